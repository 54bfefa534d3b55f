// TODO(shape): the public face of the planning module.
export * from './input';
export * from './progress';
export * from './schema';
export * from './sections';
export * from './service';
export * from './sources';
export * from './view';
