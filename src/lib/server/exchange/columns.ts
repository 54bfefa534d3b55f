// The columns of the indicators table, as exported and as read back, and the Italian words
// its cells use for kinds and measures.
export const COLUMNS = [
	'Obiettivo',
	'Codice indicatore',
	'Indicatore',
	'Tipo',
	'Misura',
	'Unità',
	'Periodo',
	'Inizio',
	'Fine',
	'Atteso',
	'Atteso (testo)',
	'Realizzato',
	'Realizzato (testo)',
	'Nota sul realizzato'
] as const;
export type Column = (typeof COLUMNS)[number];

export const KINDS: Record<string, string> = { output: 'output', process: 'processo', outcome: 'esito' };
export const MEASURES: Record<string, string> = {
	count: 'numero',
	percentage: 'percentuale',
	score: 'punteggio',
	hours: 'ore',
	text: 'testo'
};
const reverse = (m: Record<string, string>) => Object.fromEntries(Object.entries(m).map(([k, v]) => [v, k]));
export const KIND_OF = reverse(KINDS);
export const MEASURE_OF = reverse(MEASURES);

/** Service fields named as the columns of the file. */
export const FIELD_COLUMN: Record<string, Column> = {
	code: 'Codice indicatore',
	name: 'Indicatore',
	kind: 'Tipo',
	measure: 'Misura',
	unit: 'Unità',
	label: 'Periodo',
	startsOn: 'Inizio',
	endsOn: 'Fine',
	target: 'Atteso',
	targetText: 'Atteso (testo)',
	actualNumber: 'Realizzato',
	actualText: 'Realizzato (testo)',
	actualComment: 'Nota sul realizzato'
};
