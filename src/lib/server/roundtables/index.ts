// Roundtables (tavoli) and sub-districts (microambiti), their meetings, attendance, minutes,
// self check-in, invitations and calendar feeds, and the indicators computed from attendance.
export * from './access';
export * from './calendar';
export * from './checkin';
export * from './commands';
export * from './figures';
export * from './input';
export * from './invitations';
export * from './minutes';
export { minutesPdf } from './minutes-pdf';
export * from './queries';
export { publicRoundtable, publicRoundtables } from './public';
export * from './schema';
export * from './signature-sheet';
export * from './welcome';
export { calendar, icsResponse, type CalendarEvent } from './ics';
// Registers the computed sources of attendance with planning.
import './sources';
// Registers roundtables as owners of indicators (and their coordinators for the reminders).
import './owners';
