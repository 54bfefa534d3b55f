// TODO(shape): the public face of the generation module.
export * from './schema';
export * from './service';
