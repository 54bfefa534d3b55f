// TODO(shape): the public face of the roundtables module.
export * from './calendar';
export * from './checkin';
export * from './ics';
export * from './input';
export * from './minutes';
export * from './schema';
export * from './service';
export * from './signature-sheet';
export * from './sources';
export * from './view';
export * from './welcome';
