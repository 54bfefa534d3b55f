// The exchange of a plan's indicators as spreadsheets: export (XLSX, CSV) and import with a
// check made in the background, kept until the person applies it.
import './generators';
export { applyImport, createImport } from './commands';
export { indicatorsCsv, indicatorsXlsx, listImports, previewImport } from './queries';
export { runImport, type ImportOutcome, type RowError } from './import';
export { COLUMNS, type Column } from './columns';
export { importJobs, IMPORT_STATUSES, type ImportStatus } from './schema';
