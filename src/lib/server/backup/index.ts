// Backup: a district's full backup in pdz's own format (FORMAT.md), and its restore as a new district.
export {
	backupDistrict,
	backupFileName,
	readBackup,
	serialise,
	staffBackup,
	schemaTag,
	FORMAT,
	FORMAT_VERSION,
	MAX_BACKUP_BYTES,
	type Backup,
	type BackupUser,
	type Passwords
} from './backup';
export { parseBackup, restoreDistrict, type RestoreResult } from './restore';
export { NOT_BACKED_UP, readCatalog } from './catalog';
