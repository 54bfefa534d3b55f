// Reads of the audit log (written by the kernel's commands alone): the district's history for
// those who may read it, filtered by person, kind of thing, plan, days (Europe/Rome) and free
// text. Rows are only ever added (a database trigger refuses updates and deletes).
//
// Newest first, by time then id: the district's index on (district_id, at) yields the rows in
// that order until a page is full, and the days narrow its range. Person, kind, plan and words
// are checked on the rows it yields (the plan on its column; rows from before the log kept
// plans by the plan their data names). A page continues after a row's (at, id), never at an
// offset, so adding rows while someone reads never shifts or repeats a page.
import { and, desc, eq, gte, ilike, isNull, lt, or, sql, type SQL } from 'drizzle-orm';
import { db } from '../db';
import { assertCan, auditLog, registeredEntities, ROLES, type Actor } from '../kernel';
import { listStaffByRole } from '../accounts';
import { listPlans } from '../planning';
import { romeToInstant } from '$lib/time';

export const AUDIT_PAGE_SIZE = 50;
/** The GET parameters of the filters (a filtered view is a link). */
export const AUDIT_PARAMS = ['persona', 'oggetto', 'piano', 'dal', 'al', 'cerca'] as const;
export type AuditParam = (typeof AUDIT_PARAMS)[number];
/** The person filter's value for changes nobody signed in made (the platform, the demo, the CLI). */
export const SYSTEM_PERSON = 'sistema';
const MAX_SEARCH = 200;

export interface AuditFilters {
	/** A person's id, or null for the platform's own changes. */
	userId?: string | null;
	entity?: string;
	planId?: number;
	/** From this instant (the start of a day in Rome) … */
	from?: Date;
	/** … to before this one (the start of the day after). */
	until?: Date;
	search?: string;
}

export interface AuditChoices {
	people: { value: string; label: string }[];
	entities: { value: string; label: string }[];
	plans: { id: number; slug: string; title: string }[];
}

/** What the filters may be set to: the district's people and plans, the kinds of thing the log names. */
export async function auditChoices(actor: Actor): Promise<AuditChoices> {
	assertCan(actor, 'audit.read');
	const [staff, plans] = await Promise.all([listStaffByRole(actor, [...ROLES]), listPlans(actor)]);
	const entities = registeredEntities()
		.map((e) => ({ value: e.entity, label: e.label }))
		.sort((a, b) => a.label.localeCompare(b.label, 'it') || a.value.localeCompare(b.value));
	return {
		people: [
			...staff.map((s) => ({ value: s.id, label: s.name })),
			{ value: SYSTEM_PERSON, label: 'Sistema (nessuna persona)' }
		],
		entities,
		plans: plans.map((p) => ({ id: p.id, slug: p.slug, title: p.title }))
	};
}

/**
 * The filters a query string asks for, checked against the choices: each wrong value gets an
 * Italian message under its parameter's name (shown next to its field) and is not applied.
 */
export function readAuditFilters(
	params: URLSearchParams,
	choices: AuditChoices
): { values: Record<AuditParam, string>; filters: AuditFilters; errors: Partial<Record<AuditParam, string>> } {
	const values = Object.fromEntries(AUDIT_PARAMS.map((k) => [k, (params.get(k) ?? '').trim()])) as Record<
		AuditParam,
		string
	>;
	const filters: AuditFilters = {};
	const errors: Partial<Record<AuditParam, string>> = {};
	if (values.persona) {
		if (values.persona === SYSTEM_PERSON) filters.userId = null;
		else if (choices.people.some((p) => p.value === values.persona)) filters.userId = values.persona;
		else errors.persona = 'Persona non trovata tra gli account di questo ambito.';
	}
	if (values.oggetto) {
		if (choices.entities.some((e) => e.value === values.oggetto)) filters.entity = values.oggetto;
		else errors.oggetto = 'Tipo di elemento sconosciuto: sceglierne uno dall’elenco.';
	}
	if (values.piano) {
		const plan = choices.plans.find((p) => p.slug === values.piano);
		if (plan) filters.planId = plan.id;
		else errors.piano = 'Piano non trovato in questo ambito.';
	}
	const from = values.dal ? isoDay(values.dal) : null;
	const to = values.al ? isoDay(values.al) : null;
	if (values.dal && !from) errors.dal = 'Data non valida: scrivila come gg/mm/aaaa (per esempio 05/03/2026).';
	if (values.al && !to) errors.al = 'Data non valida: scrivila come gg/mm/aaaa (per esempio 31/03/2026).';
	// Shown again as the date field holds them.
	if (from) values.dal = from;
	if (to) values.al = to;
	if (from && to && to < from) errors.al = 'La data finale viene prima di quella iniziale.';
	else {
		if (from) filters.from = romeToInstant(from, '00:00')!;
		if (to) filters.until = romeToInstant(nextDay(to), '00:00')!;
	}
	if (values.cerca.length > MAX_SEARCH)
		errors.cerca = `Testo da cercare troppo lungo: al massimo ${MAX_SEARCH} caratteri.`;
	else if (values.cerca) filters.search = values.cerca;
	return { values, filters, errors };
}

/** "2026-03-05" (a date field) or "5/3/2026" (typed) as YYYY-MM-DD, or null for anything that is not a day. */
function isoDay(raw: string): string | null {
	const iso = /^(\d{4})-(\d{2})-(\d{2})$/.exec(raw);
	const typed = /^(\d{1,2})[/.](\d{1,2})[/.](\d{4})$/.exec(raw);
	const [y, mo, d] = iso ? [iso[1], iso[2], iso[3]] : typed ? [typed[3], typed[2], typed[1]] : [];
	if (!y) return null;
	const date = new Date(Date.UTC(Number(y), Number(mo) - 1, Number(d)));
	const real = date.getUTCMonth() === Number(mo) - 1 && date.getUTCDate() === Number(d);
	return real && Number(y) >= 2000 && Number(y) <= 2999 ? date.toISOString().slice(0, 10) : null;
}

function nextDay(day: string): string {
	const d = new Date(`${day}T12:00:00Z`);
	d.setUTCDate(d.getUTCDate() + 1);
	return d.toISOString().slice(0, 10);
}

/** `%`, `_` and `\` match themselves in a search. */
function likePattern(text: string): string {
	return `%${text.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
}

function conditions(districtId: number, f: AuditFilters): SQL[] {
	const where: SQL[] = [eq(auditLog.districtId, districtId)];
	if (f.userId === null) where.push(isNull(auditLog.userId));
	else if (f.userId) where.push(eq(auditLog.userId, f.userId));
	if (f.entity) where.push(eq(auditLog.entity, f.entity));
	if (f.planId) {
		const id = String(f.planId);
		// Rows written before the log kept plans (and titles): the plan itself, or a row that names it.
		const older = and(
			isNull(auditLog.planId),
			isNull(auditLog.title),
			or(
				and(eq(auditLog.entity, 'plan'), eq(auditLog.entityId, id)),
				sql`${auditLog.after}->>'planId' = ${id}`,
				sql`${auditLog.before}->>'planId' = ${id}`
			)
		)!;
		where.push(or(eq(auditLog.planId, f.planId), older)!);
	}
	if (f.from) where.push(gte(auditLog.at, f.from));
	if (f.until) where.push(lt(auditLog.at, f.until));
	if (f.search) {
		const pattern = likePattern(f.search);
		where.push(
			or(
				ilike(auditLog.title, pattern),
				ilike(auditLog.userName, pattern),
				sql`${auditLog.before}::text ilike ${pattern}`,
				sql`${auditLog.after}::text ilike ${pattern}`
			)!
		);
	}
	return where;
}

/**
 * Where a page starts: after the row `id`, newest first. Its time is read by the database
 * (microseconds, shared by every row of one command), never through a JavaScript date.
 */
function after(id: number | null): SQL | undefined {
	if (!id) return undefined;
	const at = sql`(select ${auditLog.at} from ${auditLog} where ${auditLog.id} = ${id})`;
	return and(sql`${auditLog.at} <= ${at}`, or(sql`${auditLog.at} < ${at}`, lt(auditLog.id, id)));
}

/** The row a page continues after, if it is one of the district's. */
async function cursorOf(districtId: number, id: number | undefined): Promise<number | null> {
	if (!id) return null;
	const [row] = await db()
		.select({ id: auditLog.id })
		.from(auditLog)
		.where(and(eq(auditLog.id, id), eq(auditLog.districtId, districtId)));
	return row?.id ?? null;
}

function page(districtId: number, filters: AuditFilters, cursor: number | null, size: number) {
	return db()
		.select()
		.from(auditLog)
		.where(and(...conditions(districtId, filters), after(cursor)))
		.orderBy(desc(auditLog.at), desc(auditLog.id))
		.limit(size);
}

/** A page of the district's log, newest first; `before` is the id of the last row of the page before. */
export async function listAudit(actor: Actor, filters: AuditFilters = {}, options: { before?: number } = {}) {
	assertCan(actor, 'audit.read');
	return page(actor.districtId, filters, await cursorOf(actor.districtId, options.before), AUDIT_PAGE_SIZE);
}

/** Every row the filters match, newest first, a batch at a time (the export). */
export async function* auditBatches(actor: Actor, filters: AuditFilters, size = 500) {
	assertCan(actor, 'audit.read');
	let cursor: number | null = null;
	for (;;) {
		const rows = await page(actor.districtId, filters, cursor, size);
		if (rows.length) yield rows;
		if (rows.length < size) return;
		cursor = rows[rows.length - 1].id;
	}
}
