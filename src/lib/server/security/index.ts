// TODO(shape): the public face of the security module.
export * from './rate-limit';
export * from './schema';
export * from './settings';
