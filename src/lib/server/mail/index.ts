// TODO(shape): the public face of the mail module.
export * from './schema';
export * from './service';
