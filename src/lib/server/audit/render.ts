// The audit log read in Italian: "Indicatore G1.OUT1 · periodo 2026 · Valore raggiunto: 3 → 4",
// with who, when (Europe/Rome), where the change came from and what was done. The words come
// from the kernel's registry (each table's label, its `fields` and the title the kernel stored
// with the change); rows written before titles were stored fall back to `describe`.
import { describe, registeredEntities, type EntityInfo } from '../kernel';
import { label as valueLabel, type LabelGroup } from '$lib/labels';

/** A row of audit_log as the database gives it. */
export interface AuditRow {
	id: number;
	at: Date;
	userId: string | null;
	userName: string | null;
	action: string;
	entity: string;
	entityId: string;
	before: unknown;
	after: unknown;
	origin: string;
	title: string | null;
	planId: number | null;
	note: string | null;
}

/** One field of a change: "Valore raggiunto: 3 → 4" (an update) or "Nome: Caritas" (a creation, a deletion). */
export interface FieldChange {
	field: string;
	before?: string;
	after?: string;
	text: string;
}

/** An entry of the log as a person reads it. */
export interface ReadEntry {
	id: number;
	at: Date;
	/** "05/03/2026 14:32", Europe/Rome. */
	when: string;
	who: string;
	/** Modulo, Importazione, Calcolo automatico, API, Sistema. */
	origin: string;
	/** "modificato", "creata", "riaperto"… agreeing with the thing changed. */
	action: string;
	/** The action as the log keeps it (create, update, delete, compute…). */
	code: string;
	/** "Indicatore G1.OUT1 · periodo 2026". */
	title: string;
	changes: FieldChange[];
	note: string | null;
	planId: number | null;
	/** The whole entry on one line: title, then each change. */
	summary: string;
}

export const ORIGINS: Record<string, string> = {
	form: 'Modulo',
	import: 'Importazione',
	computed: 'Calcolo automatico',
	api: 'API',
	system: 'Sistema'
};

// ---- words ---------------------------------------------------------------------------

/** Columns never shown as changes: the row's bookkeeping. */
// (A period's actualOrigin repeats the origin the entry itself shows.)
const HIDDEN = new Set(['id', 'version', 'updatedAt', 'districtId', 'createdAt', 'actualOrigin']);

/** Names of keys that many tables (or the log's own additions) share, where a table gives none. */
const COMMON: Record<string, string> = {
	name: 'Nome',
	title: 'Titolo',
	description: 'Descrizione',
	code: 'Codice',
	label: 'Etichetta',
	email: 'Email',
	phone: 'Telefono',
	status: 'Stato',
	note: 'Nota',
	body: 'Testo',
	text: 'Testi',
	role: 'Ruolo',
	position: 'Posizione',
	languages: 'Lingue',
	areaIds: 'Aree',
	objectiveIds: 'Obiettivi',
	projectIds: 'Progetti',
	municipalityIds: 'Comuni',
	changedOn: 'Dal giorno',
	hours: 'Orari',
	recipients: 'Destinatari',
	sessions: 'Sessioni chiuse',
	bytes: 'Dimensione (byte)',
	specifics: 'Obiettivi specifici',
	indicators: 'Indicatori',
	periods: 'Periodi',
	organisationId: 'Ente',
	delegateName: 'Persona presente',
	organisationName: 'Ente'
};

/** What a deletion logs that it took with it (planning's removeWith: rows or their number). */
const TAKEN = new Set(['specifics', 'indicators', 'periods']);

/** Columns whose values are codes with Italian names (label groups of $lib/labels). */
const VALUES: Record<string, LabelGroup | Record<string, LabelGroup>> = {
	status: {
		plan: 'planStatus',
		phase: 'phaseStatus',
		project: 'projectStatus',
		minutes: 'minutesStatus',
		meeting: 'meetingStatus',
		service: 'serviceStatus',
		agreement: 'agreementStatus'
	},
	kind: { indicator: 'kind', objective: 'objectiveKind', agreement: 'agreementKind' },
	type: { organisation: 'organisationType', funding_source: 'sourceType' },
	measure: 'measure',
	direction: 'direction',
	aggregation: 'aggregation',
	source: { indicator: 'source' },
	mode: 'meetingMode',
	// Account roles; elsewhere a role is free text (a partner's, an agreement party's): shown as typed.
	role: { membership: 'role' },
	topics: 'topic',
	targetGroups: { service: 'targetGroup' }
};
const OWNER_KINDS: Record<string, string> = { account: 'Account', roundtable: 'Tavolo', organisation: 'Ente' };

/** Things whose Italian name is feminine or plural: the action agrees with them ("Area creata"). */
const GENDER: Record<string, 'f' | 'mp' | 'fp'> = {
	area: 'f',
	phase: 'f',
	period_closure: 'f',
	plan_section: 'f',
	indicator_actual: 'f',
	funding_source: 'f',
	project_milestone: 'f',
	agreement_party: 'f',
	project_beneficiaries: 'mp',
	grant_year: 'f',
	service_location: 'f',
	location_exception: 'f',
	page_rating: 'f',
	plan_version: 'f',
	roundtable_member: 'f',
	attendance: 'fp',
	district_languages: 'fp',
	wall: 'f',
	wall_column: 'f',
	wall_note: 'f',
	wall_promotion: 'f',
	wall_action: 'f',
	import_job: 'f'
};

/** Past participles by action ("creat" + o/a/i/e); a string with no ending does not agree. */
const ACTIONS: Record<string, string> = {
	create: 'creat',
	update: 'modificat',
	delete: 'eliminat',
	compute: 'calcolat',
	reopen: 'riapert',
	merge: 'unit',
	hide: 'nascost',
	restore: 'ripristinat',
	undo: 'annullat',
	promote: 'portat* nel piano',
	draft: 'riportat* in bozza',
	shared: 'condivis',
	approved: 'approvat'
};
/** Actions that say what happened in words of their own. */
const FIXED_ACTIONS: Record<string, string> = {
	password: 'password cambiata',
	sessions_ended: 'sessioni chiuse',
	status: 'stato cambiato',
	checkin: 'presenza registrata',
	invite: 'invito inviato',
	mail_minutes_shared: 'verbale annunciato ai membri per i commenti',
	mail_minutes_approved: 'verbale approvato annunciato ai membri',
	mark_sent: 'segnata come inviata a mano',
	resend: 'inviata di nuovo',
	backup: 'copia di sicurezza scaricata'
};
/** Some things read better with their own words: a closure created is a period closed. */
const ENTITY_ACTIONS: Record<string, Record<string, string>> = {
	period_closure: { create: 'chiuso', reopen: 'riaperto', delete: 'riaperto' },
	indicator_actual: { create: 'registrata' }
};

let infos: Map<string, EntityInfo> | undefined;
function infoOf(entity: string): EntityInfo | undefined {
	// Every module has registered its tables by the time the log is read.
	infos ??= new Map(registeredEntities().map((i) => [i.entity, i]));
	return infos.get(entity) ?? registeredEntities().find((i) => i.entity === entity);
}

/** "modificato", "creata", "eliminati": the action in words, agreeing with the thing changed. */
export function actionWords(entity: string, action: string): string {
	const own = ENTITY_ACTIONS[entity]?.[action] ?? FIXED_ACTIONS[action];
	if (own) return own;
	const stem = ACTIONS[action];
	if (!stem) return action;
	const gender = GENDER[entity];
	const ending = gender ? { f: 'a', mp: 'i', fp: 'e' }[gender] : 'o';
	return stem.includes('*') ? stem.replace('*', ending) : stem + ending;
}

export function originWords(origin: string, userId: string | null): string {
	// Rows from before origins were kept say "form" even for the platform's own changes.
	if (origin === 'form' && !userId) return ORIGINS.system;
	return ORIGINS[origin] ?? origin;
}

/** The Italian name of a column: the table's own, a common one, or the column's name made readable. */
export function fieldLabel(entity: string, key: string): string | undefined {
	if (HIDDEN.has(key)) return undefined;
	const own = (infoOf(entity)?.fields as Record<string, string> | undefined)?.[key] ?? COMMON[key];
	if (own) return own;
	// Links and timestamps nobody named are bookkeeping (the log's "actualAt", a "wallId").
	if (/(Id|Ids|At|Hash|Token)$/.test(key) || key === 'secret') return undefined;
	return humanise(key);
}

function humanise(key: string): string {
	const words = key
		.replace(/_/g, ' ')
		.replace(/([a-z0-9])([A-Z])/g, '$1 $2')
		.toLowerCase();
	return words.charAt(0).toUpperCase() + words.slice(1);
}

// ---- values --------------------------------------------------------------------------

const numberFormat = new Intl.NumberFormat('it-IT', { maximumFractionDigits: 6 });
const euroFormat = new Intl.NumberFormat('it-IT', { style: 'currency', currency: 'EUR' });
const dateTimeFormat = new Intl.DateTimeFormat('it-IT', {
	day: '2-digit',
	month: '2-digit',
	year: 'numeric',
	hour: '2-digit',
	minute: '2-digit',
	hourCycle: 'h23',
	timeZone: 'Europe/Rome'
});
const secondsFormat = new Intl.DateTimeFormat('it-IT', {
	day: '2-digit',
	month: '2-digit',
	year: 'numeric',
	hour: '2-digit',
	minute: '2-digit',
	second: '2-digit',
	hourCycle: 'h23',
	timeZone: 'Europe/Rome'
});

/** "05/03/2026 14:32" in Europe/Rome (with seconds for the export). */
export function romeDateTime(at: Date, seconds = false): string {
	return (seconds ? secondsFormat : dateTimeFormat).format(at).replace(',', '');
}

export const MAX_TEXT = 80;

function shorten(text: string, max = MAX_TEXT): string {
	const one = text.replace(/\s+/g, ' ').trim();
	return one.length > max ? `${one.slice(0, max - 1).trimEnd()}…` : one;
}

const ISO_DAY = /^(\d{4})-(\d{2})-(\d{2})$/;
const ISO_INSTANT = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}/;

function valueGroup(entity: string, key: string): LabelGroup | undefined {
	const group = VALUES[key];
	return typeof group === 'string' ? group : group?.[entity];
}

/** A value of a column as a person reads it: Italian numbers and dates, sì/no, "—" for nothing. */
export function formatValue(entity: string, key: string, value: unknown): string {
	if (value === null || value === undefined || value === '') return '—';
	if (typeof value === 'boolean') return value ? 'sì' : 'no';
	if (value instanceof Date) return romeDateTime(value);
	const cents = key.endsWith('Cents');
	if (typeof value === 'number') return cents ? euroFormat.format(value / 100) : numberFormat.format(value);
	if (Array.isArray(value)) {
		if (!value.length) return '—';
		if (value.every((v) => v !== null && typeof v === 'object')) return String(value.length);
		if (key.endsWith('Ids')) return shorten(`n. ${value.join(', ')}`);
		return shorten(value.map((v) => formatValue(entity, key, v)).join(', '));
	}
	if (typeof value === 'object') {
		const parts = Object.entries(value as Record<string, unknown>).map(
			([k, v]) => `${k} ${typeof v === 'object' && v !== null ? JSON.stringify(v) : formatValue(entity, k, v)}`
		);
		return parts.length ? shorten(parts.join(', ')) : '—';
	}
	const s = String(value);
	if (cents && /^-?\d+$/.test(s)) return euroFormat.format(Number(s) / 100);
	if (key === 'origin' || key === 'actualOrigin') return ORIGINS[s] ?? s;
	if (key === 'ownerKind') return OWNER_KINDS[s] ?? s;
	const group = valueGroup(entity, key);
	if (group) return valueLabel(group, s);
	if (/Id$/.test(key) && /^\d+$/.test(s)) return `n. ${s}`;
	const day = ISO_DAY.exec(s);
	if (day) return `${day[3]}/${day[2]}/${day[1]}`;
	if (ISO_INSTANT.test(s) && !Number.isNaN(Date.parse(s))) return romeDateTime(new Date(s));
	if (/^\d{2}:\d{2}:\d{2}$/.test(s)) return s.slice(0, 5);
	if (/^-?\d+\.\d+$/.test(s)) return numberFormat.format(Number(s));
	// Rich text (a section, the minutes): its words, not its tags.
	const text = /<[a-z][^>]*>/i.test(s) ? s.replace(/<[^>]+>/g, ' ').replace(/&nbsp;/g, ' ') : s;
	return shorten(text) || '—';
}

/** Two values that read the same are no change ("3.50" and "3.5", an unchanged list). */
function same(a: unknown, b: unknown): boolean {
	return JSON.stringify(a ?? null) === JSON.stringify(b ?? null);
}

// ---- entries -------------------------------------------------------------------------

type Fields = Record<string, unknown>;
const isFields = (v: unknown): v is Fields => !!v && typeof v === 'object' && !Array.isArray(v);

/**
 * The fields of a row worth telling when it is created or deleted: those the table names, in
 * its order (at most `limit`), then what a deletion took with it (its indicators, its periods).
 */
function mainFields(entity: string, row: Fields, limit = 6): FieldChange[] {
	const named = Object.keys((infoOf(entity)?.fields as Fields | undefined) ?? {});
	const keys = [...named.filter((k) => k in row), ...Object.keys(row).filter((k) => !named.includes(k))];
	const out: FieldChange[] = [];
	const taken: FieldChange[] = [];
	for (const key of keys) {
		const value = row[key];
		if (value === null || value === undefined || value === '' || value === false || key === 'position') continue;
		if (Array.isArray(value) && !value.length) continue;
		// Unnamed columns only when the table names none (an old or reshaped row).
		if (named.length && !named.includes(key) && !COMMON[key]) continue;
		const field = fieldLabel(entity, key);
		if (!field) continue;
		const shown = formatValue(entity, key, value);
		const change = { field, after: shown, text: `${field}: ${shown}` };
		const dependants = Array.isArray(value) && value.every((v) => v !== null && typeof v === 'object');
		if (dependants || TAKEN.has(key)) taken.push(change);
		else if (out.length < limit) out.push(change);
	}
	return [...out, ...taken];
}

/** What changed, field by field: before → after for an update, the main fields of what was created or deleted. */
export function changesOf(entity: string, before: unknown, after: unknown): FieldChange[] {
	if (Array.isArray(before) || Array.isArray(after)) {
		// A whole register logged as a list (the organisations present at a meeting).
		const field = entity === 'attendance' ? 'Enti presenti' : 'Elementi';
		const count = (v: unknown) => (Array.isArray(v) ? String(v.length) : '—');
		if (before !== null && before !== undefined && after !== null && after !== undefined) {
			const b = count(before);
			const a = count(after);
			return [{ field, before: b, after: a, text: `${field}: ${b} → ${a}` }];
		}
		const value = count(after ?? before);
		return [{ field, after: value, text: `${field}: ${value}` }];
	}
	if (isFields(before) && isFields(after)) {
		const out: FieldChange[] = [];
		for (const key of new Set([...Object.keys(before), ...Object.keys(after)])) {
			if (same(before[key], after[key])) continue;
			const field = fieldLabel(entity, key);
			if (!field) continue;
			const b = formatValue(entity, key, before[key]);
			const a = formatValue(entity, key, after[key]);
			if (a === b) continue;
			out.push({ field, before: b, after: a, text: `${field}: ${b} → ${a}` });
		}
		return out;
	}
	const row = isFields(after) ? after : isFields(before) ? before : null;
	return row ? mainFields(entity, row) : [];
}

/** An audit row as a person reads it (rows from before titles were stored read through `describe`). */
export function readEntry(row: AuditRow): ReadEntry {
	const title = row.title || describe(row.entity, row.entityId, row.after ?? row.before);
	const changes = changesOf(row.entity, row.before, row.after);
	const who = !row.userName || row.userName === 'sistema' ? 'Sistema' : row.userName;
	return {
		id: row.id,
		at: row.at,
		when: romeDateTime(row.at),
		who,
		origin: originWords(row.origin, row.userId),
		action: actionWords(row.entity, row.action),
		code: row.action,
		title,
		changes,
		note: row.note || null,
		planId: row.planId,
		summary: [title, ...changes.map((c) => c.text)].join(' · ')
	};
}
