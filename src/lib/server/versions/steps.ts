// The approval path of a version: the steps it may take from each status, and their names.
import type { VersionStatus } from './schema';

/** The steps a version may take from each status. */
export const NEXT: Record<VersionStatus, VersionStatus[]> = {
	draft: ['review'],
	review: ['draft', 'submitted'],
	submitted: ['draft', 'approved'],
	approved: ['sent'],
	sent: []
};

export const STATUS_LABEL: Record<VersionStatus, string> = {
	draft: 'bozza',
	review: 'in revisione',
	submitted: 'presentata all’Assemblea dei Sindaci',
	approved: 'approvata',
	sent: 'inviata alla Regione'
};
