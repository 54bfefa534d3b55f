// The district's public site beside the catalogue and the plans: reports of a disservice
// from readers, and the district's own parts of the accessibility statement.
export { sendReport, saveStatement, REPORT_LIMITS } from './commands';
export { listReports, getStatement } from './queries';
export { pagePath } from './input';
export * from './schema';
