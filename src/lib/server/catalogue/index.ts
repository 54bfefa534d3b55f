// TODO(shape): the public face of the catalogue module.
export * from './hours';
export * from './input';
export * from './jsonld';
export * from './opendata';
export * from './public';
export * from './schema';
export * from './service';
