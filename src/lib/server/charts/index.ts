// TODO(shape): the public face of the charts module.
export * from './coverage-chart';
export * from './objective-chart';
export * from './ranking-chart';
export * from './respond';
export * from './svg';
