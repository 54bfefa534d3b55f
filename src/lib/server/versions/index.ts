// TODO(shape): the public face of the versions module.
export * from './versions';
