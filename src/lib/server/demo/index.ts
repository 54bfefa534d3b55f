// TODO(shape): the public face of the demo module.
export * from './lodi-projects';
export * from './lodi-roundtable';
export * from './lodi-services-data';
export * from './lodi-services';
export * from './lodi-wall';
export * from './lodi';
