// TODO(shape): the public face of the accounts module.
export * from './auth';
export * from './input';
export * from './login';
export * from './schema';
export * from './service';
