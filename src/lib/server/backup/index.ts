// TODO(shape): the public face of the backup module.
export * from './backup';
export * from './catalog';
export * from './restore';
