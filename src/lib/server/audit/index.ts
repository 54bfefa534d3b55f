// TODO(shape): the public face of the audit module.
export * from './service';
