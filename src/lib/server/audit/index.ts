// Audit: reading the log the kernel writes (who changed what, when, before and after), in
// Italian, filtered, and as a spreadsheet.
export {
	listAudit,
	auditChoices,
	readAuditFilters,
	AUDIT_PAGE_SIZE,
	AUDIT_PARAMS,
	SYSTEM_PERSON,
	type AuditFilters,
	type AuditChoices,
	type AuditParam
} from './queries';
export { readEntry, type ReadEntry, type FieldChange, type AuditRow } from './render';
export { auditCsv, AUDIT_CSV_HEADER } from './export';
export { lastChange } from './public';
