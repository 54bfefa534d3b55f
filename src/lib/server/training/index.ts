// The district's training plan: courses, sessions, the operators who attend, attendance by
// register or self check-in, certificates, and the indicators computed from them.
export * from './certificate';
export * from './checkin';
export * from './commands';
export * from './figures';
export * from './input';
export * from './queries';
export * from './schema';
import './sources';
// Shows the sessions in the district's calendar.
import './calendar';
