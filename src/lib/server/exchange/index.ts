// TODO(shape): the public face of the exchange module.
export * from './indicators';
export * from './schema';
