import { describe, expect, it } from 'vitest';
import { and, eq, sql } from 'drizzle-orm';
import { errorOf, useTestDatabase } from '../db/testing';
import { db } from '../db';
import { auditLog, command, systemActor, type Actor } from '../kernel';
import { actorIn, createAccount, createDistrict } from '../accounts';
import { createOrganisation, organisations, updateOrganisation } from '../organisations';
import {
	addPeriod,
	createArea,
	createIndicator,
	createObjective,
	createPlan,
	deleteIndicator,
	recordActual
} from '../planning';
import { ForbiddenError } from '../errors';
import { todayInRome } from '$lib/format';
import {
	AUDIT_CSV_HEADER,
	AUDIT_PAGE_SIZE,
	auditChoices,
	auditCsv,
	listAudit,
	readAuditFilters,
	readEntry,
	type AuditFilters,
	type AuditRow
} from '.';
import { auditBatches } from './queries';
import { formatValue } from './render';

useTestDatabase();

/** A row as the log keeps it, for the rendering alone. */
function row(values: Partial<AuditRow>): AuditRow {
	return {
		id: 1,
		at: new Date('2026-03-05T13:32:00Z'),
		userId: 'u1',
		userName: 'Maria Rossi',
		action: 'update',
		entity: 'indicator_period',
		entityId: '14',
		before: null,
		after: null,
		origin: 'form',
		title: null,
		planId: null,
		note: null,
		...values
	};
}

describe('the audit log read in Italian', () => {
	it('tells an update field by field, before → after, in Italian formats', () => {
		const e = readEntry(
			row({
				title: 'Indicatore G1.OUT1 · periodo 2026',
				before: {
					id: 14,
					version: 3,
					updatedAt: '2026-03-01T10:00:00.000Z',
					districtId: 1,
					actualNumber: '3',
					actualComment: '',
					target: '12.5',
					evidenceUrl: null,
					endsOn: '2026-12-31',
					actualAt: null
				},
				after: {
					id: 14,
					version: 4,
					updatedAt: '2026-03-05T13:32:00.000Z',
					districtId: 1,
					actualNumber: '4.25',
					actualComment: 'x'.repeat(200),
					target: '12.50',
					evidenceUrl: 'https://esempio.it/verbale.pdf',
					endsOn: '2027-01-31',
					actualAt: '2026-03-05T13:32:00.000Z'
				}
			})
		);
		expect(e.when).toBe('05/03/2026 14:32');
		expect(e.who).toBe('Maria Rossi');
		expect(e.origin).toBe('Modulo');
		expect(e.action).toBe('modificato');
		expect(e.changes.map((c) => c.text)).toEqual([
			'Valore raggiunto: 3 → 4,25',
			`Nota sul valore raggiunto: — → ${'x'.repeat(79)}…`,
			'Fonte / evidenza: — → https://esempio.it/verbale.pdf',
			'Fine: 31/12/2026 → 31/01/2027'
		]);
		expect(e.summary).toMatch(/^Indicatore G1\.OUT1 · periodo 2026 · Valore raggiunto: 3 → 4,25 · /);
	});

	it('formats values: booleans, nothing, dates and times in Rome, euros, codes with Italian names', () => {
		expect(formatValue('indicator', 'public', true)).toBe('sì');
		expect(formatValue('indicator', 'public', false)).toBe('no');
		expect(formatValue('indicator', 'baseline', null)).toBe('—');
		expect(formatValue('meeting', 'startsAt', '2026-07-01T07:30:00.000Z')).toBe('01/07/2026 09:30');
		expect(formatValue('grant', 'amountCents', 123456)).toBe('1234,56\u00a0€');
		expect(formatValue('plan', 'startYear', 2026)).toBe('2026');
		expect(formatValue('grant_year', 'year', 12345)).toBe('12.345');
		expect(formatValue('plan', 'status', 'running')).not.toBe('running');
		expect(formatValue('indicator_actual', 'origin', 'computed')).toBe('Calcolo automatico');
		expect(formatValue('plan_section', 'html', '<p>Il <strong>contesto</strong></p>')).toBe('Il contesto');
		expect(formatValue('roundtable', 'areaIds', [3, 5])).toBe('n. 3, 5');
	});

	it('lists the main fields of a creation and says what a deletion took', () => {
		const created = readEntry(
			row({
				action: 'create',
				entity: 'organisation',
				title: 'Ente Caritas',
				after: { id: 3, districtId: 1, name: 'Caritas', type: 'third_sector', taxCode: null, email: '', version: 1 }
			})
		);
		expect(created.action).toBe('creato');
		expect(created.changes.map((c) => c.text)).toEqual([
			'Nome: Caritas',
			expect.stringMatching(/^Tipo: (?!third_sector)/)
		]);
		const deleted = readEntry(
			row({
				action: 'delete',
				entity: 'area',
				userId: null,
				userName: 'sistema',
				origin: 'system',
				title: 'Area G · Politiche giovanili',
				before: { id: 2, code: 'G', name: 'Politiche giovanili', active: true, position: 0 }
			})
		);
		expect(deleted.action).toBe('eliminata');
		expect(deleted.who).toBe('Sistema');
		expect(deleted.origin).toBe('Sistema');
		expect(deleted.changes.map((c) => c.text)).toEqual(['Codice: G', 'Nome: Politiche giovanili', 'Attiva: sì']);
		const reopened = readEntry(
			row({ action: 'reopen', entity: 'period_closure', before: { label: '2025' }, note: 'Dati corretti' })
		);
		expect(reopened.action).toBe('riaperto');
		expect(reopened.note).toBe('Dati corretti');
	});

	it('reads a row written before titles and origins were kept', () => {
		const old = readEntry(
			row({
				userId: null,
				userName: 'sistema',
				entity: 'indicator',
				entityId: '7',
				action: 'update',
				before: { code: 'G1.OUT1', name: 'Vecchio nome', version: 1 },
				after: { code: 'G1.OUT1', name: 'Nuovo nome', version: 2 }
			})
		);
		expect(old.title).toBe('Indicatore G1.OUT1');
		expect(old.origin).toBe('Sistema');
		expect(old.changes.map((c) => c.text)).toEqual(['Nome: Vecchio nome → Nuovo nome']);
		expect(readEntry(row({ entity: 'objective', entityId: '9', action: 'password' })).title).toBe('Obiettivo n. 9');
		expect(readEntry(row({ entity: 'sconosciuta', entityId: '9' })).title).toBe('sconosciuta n. 9');
	});
});

/** A district with a plan, an indicator with a period, an organisation, and a second person. */
async function fixture(slug: string) {
	const district = await createDistrict({ slug, name: `Ambito ${slug}` });
	const admin = systemActor(district.id);
	const plan = await createPlan(admin, {
		title: 'Piano 2025-2027',
		startYear: '2025',
		endYear: '2027',
		status: 'drafting'
	});
	const other = await createPlan(admin, {
		title: 'Piano 2028-2030',
		startYear: '2028',
		endYear: '2030',
		status: 'drafting'
	});
	const area = await createArea(admin, plan.id, { code: 'G', name: 'Politiche giovanili', active: 'on' });
	const objective = await createObjective(admin, plan.id, {
		kind: 'area',
		areaId: String(area.id),
		code: 'G1',
		title: 'Giovani protagonisti'
	});
	const indicator = await createIndicator(admin, objective.id, {
		code: 'G1.OUT1',
		name: 'Laboratori attivati',
		kind: 'output',
		measure: 'count',
		direction: 'higher',
		aggregation: 'sum'
	});
	const period = await addPeriod(admin, indicator.id, {
		label: '2026',
		startsOn: '2026-01-01',
		endsOn: '2026-12-31',
		target: '10'
	});
	const account = await createAccount(admin, {
		email: `maria@${slug}.example.it`,
		name: 'Maria Verdi',
		role: 'admin',
		password: 'password-lunga-7'
	});
	const maria = (await actorIn(account, slug))!;
	return { district, admin, plan, other, objective, indicator, period, maria };
}

async function all(actor: Actor, filters: AuditFilters) {
	const out: AuditRow[] = [];
	for await (const batch of auditBatches(actor, filters, 3)) out.push(...batch);
	return out;
}

const filtersOf = async (actor: Actor, query: string) =>
	readAuditFilters(new URLSearchParams(query), await auditChoices(actor));

describe('the audit log filtered and exported', () => {
	it('keeps the title and plan of each change, and filters by person, kind, plan, days and words', async () => {
		const f = await fixture('registro-a');
		await recordActual(f.maria, f.period.id, { actualNumber: '3', version: String(f.period.version) });
		await recordActual(f.maria, f.period.id, { actualNumber: '4', version: String(f.period.version + 1) });
		const caritas = await createOrganisation(f.maria, { name: 'Caritas Lodigiana', type: 'third_sector' });
		await updateOrganisation(f.admin, caritas.id, { name: 'Caritas di Lodi', type: 'third_sector', version: '1' });

		const everything = await listAudit(f.admin);
		const periodRows = everything.filter((r) => r.entity === 'indicator_period');
		expect(periodRows.map((r) => r.title)).toEqual([
			'Indicatore G1.OUT1 · periodo 2026',
			'Indicatore G1.OUT1 · periodo 2026',
			'Indicatore G1.OUT1 · periodo 2026'
		]);
		expect(periodRows.every((r) => r.planId === f.plan.id)).toBe(true);
		expect(everything.find((r) => r.entity === 'plan' && r.entityId === String(f.other.id))?.planId).toBe(f.other.id);
		const latest = readEntry(periodRows[0]);
		expect(latest.who).toBe('Maria Verdi');
		expect(latest.summary).toBe('Indicatore G1.OUT1 · periodo 2026 · Valore raggiunto: 3 → 4');

		// Person: Maria's four changes (two actuals, the organisation, nothing else); the platform's own.
		const byMaria = await filtersOf(f.admin, `persona=${f.maria.userId}`);
		expect(byMaria.errors).toEqual({});
		const mine = await listAudit(f.admin, byMaria.filters);
		expect(mine.map((r) => r.entity)).toEqual(['organisation', 'indicator_period', 'indicator_period']);
		const system = await listAudit(f.admin, (await filtersOf(f.admin, 'persona=sistema')).filters);
		expect(system.every((r) => r.userId === null)).toBe(true);
		expect(system.map((r) => r.entity)).toContain('organisation');

		// Kind of thing.
		const orgs = await listAudit(f.admin, (await filtersOf(f.admin, 'oggetto=organisation')).filters);
		expect(orgs.map((r) => readEntry(r).summary)).toEqual([
			'Ente Caritas di Lodi · Nome: Caritas Lodigiana → Caritas di Lodi',
			expect.stringMatching(/^Ente Caritas Lodigiana · Nome: Caritas Lodigiana · Tipo: /)
		]);

		// Plan: its own rows (the plan, its area, objective, indicator, period) and none of the other plan's.
		const inPlan = await listAudit(f.admin, (await filtersOf(f.admin, `piano=${f.plan.slug}`)).filters);
		expect(new Set(inPlan.map((r) => r.entity))).toEqual(
			new Set(['plan', 'area', 'objective', 'indicator', 'indicator_period'])
		);
		expect(inPlan.some((r) => r.entityId === String(f.other.id) && r.entity === 'plan')).toBe(false);
		const otherPlan = await listAudit(f.admin, (await filtersOf(f.admin, `piano=${f.other.slug}`)).filters);
		expect(otherPlan.map((r) => r.entity)).toEqual(['plan']);

		// Days in Rome: today has them all, tomorrow and yesterday none.
		const today = todayInRome();
		const shift = (days: number) =>
			new Date(Date.parse(`${today}T12:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);
		expect(await listAudit(f.admin, (await filtersOf(f.admin, `dal=${today}&al=${today}`)).filters)).toHaveLength(
			everything.length
		);
		expect(await listAudit(f.admin, (await filtersOf(f.admin, `dal=${shift(1)}`)).filters)).toEqual([]);
		expect(await listAudit(f.admin, (await filtersOf(f.admin, `al=${shift(-1)}`)).filters)).toEqual([]);

		// Words: in the title, in the person's name, in the values (any case; % is no wildcard).
		const search = async (q: string) =>
			(await listAudit(f.admin, (await filtersOf(f.admin, `cerca=${encodeURIComponent(q)}`)).filters)).map(
				(r) => r.entity
			);
		expect(await search('g1.out1 · PERIODO')).toEqual(['indicator_period', 'indicator_period', 'indicator_period']);
		expect(await search('verdi')).toEqual(['organisation', 'indicator_period', 'indicator_period', 'membership']);
		expect(await search('lodigiana')).toEqual(['organisation', 'organisation']);
		expect(await search('Laboratori attivati')).toEqual(['indicator']);
		expect(await search('%')).toEqual([]);

		// Filters together.
		const together = await filtersOf(f.admin, `persona=${f.maria.userId}&oggetto=indicator_period&cerca=G1`);
		expect(await listAudit(f.admin, together.filters)).toHaveLength(2);
	});

	it('finds rows from before the log kept plans and titles, and days in Europe/Rome', async () => {
		const f = await fixture('registro-b');
		// 23:30 UTC on 10 March 2024 is 00:30 on the 11th in Rome.
		await db()
			.insert(auditLog)
			.values({
				districtId: f.district.id,
				userId: null,
				userName: 'sistema',
				action: 'update',
				entity: 'objective',
				entityId: String(f.objective.id),
				before: { code: 'G1', title: 'Vecchio', planId: f.plan.id },
				after: { code: 'G1', title: 'Nuovo', planId: f.plan.id },
				at: new Date('2024-03-10T23:30:00Z')
			});
		const old = await listAudit(f.admin, (await filtersOf(f.admin, 'dal=11/03/2024&al=2024-03-11')).filters);
		expect(old).toHaveLength(1);
		expect(readEntry(old[0]).summary).toBe('Obiettivo G1 · Titolo: Vecchio → Nuovo');
		expect(readEntry(old[0]).origin).toBe('Sistema');
		expect(await listAudit(f.admin, (await filtersOf(f.admin, 'al=2024-03-10')).filters)).toEqual([]);
		const inPlan = await listAudit(f.admin, (await filtersOf(f.admin, `piano=${f.plan.slug}`)).filters);
		expect(inPlan.some((r) => r.id === old[0].id)).toBe(true);
		const otherPlan = await listAudit(f.admin, (await filtersOf(f.admin, `piano=${f.other.slug}`)).filters);
		expect(otherPlan.some((r) => r.id === old[0].id)).toBe(false);
	});

	it('pages newest first without losing rows of one command (same instant), and keeps districts apart', async () => {
		const f = await fixture('registro-c');
		const g = await fixture('registro-d');
		// One command, three changes: the same instant (the transaction's), told apart by id.
		await command(f.admin, { can: 'organisations.manage' }, async (c) => {
			for (const name of ['Ente uno', 'Ente due', 'Ente tre']) await c.create(organisations, { name, type: 'other' });
		});
		const rows = await listAudit(f.admin);
		expect(rows.length).toBeGreaterThan(5);
		expect(rows.length).toBeLessThan(AUDIT_PAGE_SIZE);
		const paged = await all(f.admin, {});
		expect(paged.map((r) => r.id)).toEqual(rows.map((r) => r.id));
		const ats = paged.map((r) => r.at.getTime());
		expect([...ats].sort((a, b) => b - a)).toEqual(ats);
		expect(new Set(ats).size).toBeLessThan(ats.length); // some rows share their command's instant
		// The page after a row, and a row of another district is no place to start from.
		const second = await listAudit(f.admin, {}, { before: rows[2].id });
		expect(second.map((r) => r.id)).toEqual(rows.slice(3).map((r) => r.id));
		const foreign = (await listAudit(g.admin))[0].id;
		expect((await listAudit(f.admin, {}, { before: foreign })).map((r) => r.id)).toEqual(rows.map((r) => r.id));
		expect(rows.every((r) => r.districtId === f.district.id)).toBe(true);
	});

	it('exports the filtered view as CSV with a byte-order mark, every matching row', async () => {
		const f = await fixture('registro-e');
		await recordActual(f.maria, f.period.id, { actualNumber: '3,5', version: String(f.period.version) });
		await recordActual(f.maria, f.period.id, {
			actualNumber: '4',
			actualComment: 'Dati del secondo semestre; verificati',
			version: String(f.period.version + 1)
		});
		await deleteIndicator(f.admin, f.indicator.id);
		const plans = new Map([[f.plan.id, f.plan.title]]);
		const read = async (filters: AuditFilters) => {
			const bytes = new Uint8Array(await new Response(auditCsv(f.admin, filters, plans)).arrayBuffer());
			return { bom: [...bytes.slice(0, 3)], text: new TextDecoder('utf-8', { ignoreBOM: true }).decode(bytes) };
		};
		const { bom, text } = await read((await filtersOf(f.admin, 'oggetto=indicator_period')).filters);
		expect(bom).toEqual([0xef, 0xbb, 0xbf]);
		const lines = text.slice(1).split('\r\n');
		expect(lines[0]).toBe(AUDIT_CSV_HEADER.join(';'));
		expect(AUDIT_CSV_HEADER).toEqual([
			'data e ora',
			'persona',
			'origine',
			'azione',
			'oggetto',
			'piano',
			'modifiche',
			'nota'
		]);
		expect(lines[1]).toMatch(
			/^\d{2}\/\d{2}\/\d{4} \d{2}:\d{2}:\d{2};Maria Verdi;Modulo;modificato;Indicatore G1\.OUT1 · periodo 2026;Piano 2025-2027;"Valore raggiunto: 3,5 → 4\nNota sul valore raggiunto: — → Dati del secondo semestre; verificati";$/
		);
		expect(lines[2]).toMatch(/;Valore raggiunto: — → 3,5;$/);
		expect(lines[3]).toMatch(/;Sistema;Sistema;creato;Indicatore G1\.OUT1 · periodo 2026;Piano 2025-2027;/);
		expect(lines.at(-1)).toBe('');
		expect(lines).toHaveLength(5);
		// Every row, past the batch size, in the order of the page.
		const full = (await read({})).text.slice(1).split('\r\n').filter(Boolean);
		const rows = await listAudit(f.admin);
		expect(full.length - 1).toBe(rows.length);
		expect(full[1]).toMatch(
			/;Sistema;Sistema;eliminato;Indicatore G1\.OUT1;Piano 2025-2027;.*Nome: Laboratori attivati.*\nPeriodi: 1";$/s
		);
	});

	it('answers bad filter values with Italian messages next to each field, and applies none of them', async () => {
		const f = await fixture('registro-f');
		const bad = await filtersOf(
			f.admin,
			`persona=nessuno&oggetto=tabella&piano=piano-inesistente&dal=31/02/2026&al=domani&cerca=${'x'.repeat(201)}`
		);
		expect(bad.filters).toEqual({});
		expect(bad.errors.persona).toMatch(/Persona non trovata/);
		expect(bad.errors.oggetto).toMatch(/Tipo di elemento sconosciuto/);
		expect(bad.errors.piano).toMatch(/Piano non trovato/);
		expect(bad.errors.dal).toMatch(/Data non valida/);
		expect(bad.errors.al).toMatch(/Data non valida/);
		expect(bad.errors.cerca).toMatch(/al massimo 200/);
		const backwards = await filtersOf(f.admin, 'dal=2026-03-10&al=2026-03-01');
		expect(backwards.errors).toEqual({ al: 'La data finale viene prima di quella iniziale.' });
		expect(backwards.values.dal).toBe('2026-03-10');
		// A plan of another district is unknown here.
		const g = await fixture('registro-g');
		const slugClash = await filtersOf(g.admin, `piano=${f.plan.slug}`);
		expect(slugClash.errors).toEqual({});
		expect(slugClash.filters.planId).toBe(g.plan.id);
		const typed = await filtersOf(f.admin, 'dal=5/3/2026&al=05.03.2026');
		expect(typed.errors).toEqual({});
		expect(typed.values).toMatchObject({ dal: '2026-03-05', al: '2026-03-05' });
		expect(typed.filters.from?.toISOString()).toBe('2026-03-04T23:00:00.000Z');
		expect(typed.filters.until?.toISOString()).toBe('2026-03-05T23:00:00.000Z');
	});

	it('is read only by who holds audit.read, and nobody can change or remove a row', async () => {
		const f = await fixture('registro-h');
		const viewer: Actor = { ...f.maria, role: 'viewer' };
		expect(await errorOf(listAudit(viewer))).toBeInstanceOf(ForbiddenError);
		expect(await errorOf(auditChoices({ ...f.maria, role: 'coordinator' }))).toBeInstanceOf(ForbiddenError);
		expect(() => auditCsv(viewer, {}, new Map())).toThrow(ForbiddenError);
		const refused = async (statement: ReturnType<typeof sql>) =>
			String(((await errorOf(db().execute(statement))) as Error & { cause?: Error }).cause?.message);
		expect(await refused(sql`update audit_log set title = 'x' where district_id = ${f.district.id}`)).toMatch(
			/append-only/
		);
		expect(await refused(sql`delete from audit_log where district_id = ${f.district.id}`)).toMatch(/append-only/);
		const [kept] = await db()
			.select({ n: sql<number>`count(*)::int` })
			.from(auditLog)
			.where(and(eq(auditLog.districtId, f.district.id), sql`${auditLog.title} = 'x'`));
		expect(kept.n).toBe(0);
	});
});
