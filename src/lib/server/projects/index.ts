// TODO(shape): the public face of the projects module.
export * from './coverage';
export * from './input';
export * from './schema';
export * from './service';
export * from './sources';
export * from './view';
