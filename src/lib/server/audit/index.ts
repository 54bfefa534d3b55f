// Audit: reading the log the kernel writes (who changed what, when, before and after).
export { listAudit, AUDIT_PAGE_SIZE } from './queries';
export { lastChange } from './public';
