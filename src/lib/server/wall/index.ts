// TODO(shape): the public face of the wall module.
export * from './export';
export * from './http';
export * from './input';
export * from './live';
export * from './promotion';
export * from './schema';
export * from './service';
export * from './stream';
