import { systemActor } from '../kernel';
import { describe, expect, it } from 'vitest';
import { readSheet } from 'read-excel-file/node';
import writeXlsxFile from 'write-excel-file/node';
import { errorOf, useTestDatabase } from '../db/testing';
import { createAccount, createDistrict, actorIn } from '../accounts';
import {
	addPeriod,
	closePeriod,
	createArea,
	createIndicator,
	createObjective,
	createPlan,
	getIndicator
} from '../planning';
import { ForbiddenError, ValidationError } from '../errors';
import { parseCsv } from '../tables';
import { kick, requestFile } from '../generation';
import {
	applyImport,
	COLUMNS,
	createImport,
	indicatorsCsv,
	indicatorsXlsx,
	listImports,
	previewImport,
	runImport
} from '.';

useTestDatabase();

async function fixture(slug: string) {
	const district = await createDistrict({ slug, name: `Ambito ${slug}` });
	const admin = (await actorIn(
		await createAccount(systemActor(district.id), {
			email: `udp@${slug}.it`,
			name: 'Ufficio di Piano',
			role: 'admin',
			password: 'una-password-lunga'
		}),
		slug
	))!;
	const plan = await createPlan(admin, {
		title: 'Piano 2025-2027',
		startYear: '2025',
		endYear: '2027',
		status: 'running'
	});
	const area = await createArea(admin, plan.id, { code: 'G', name: 'Immigrazione', active: 'on' });
	const objective = await createObjective(admin, plan.id, {
		kind: 'area',
		areaId: String(area.id),
		code: 'G1',
		title: 'Obiettivo'
	});
	const ids: number[] = [];
	for (const [code, name] of [
		['G1.OUT1', 'Beneficiari intercettati'],
		['G1.OUT2', 'Vittime agganciate'],
		['G1.PRO1', 'Ore di apertura']
	] as const) {
		const ind = await createIndicator(admin, objective.id, {
			code,
			name,
			kind: 'output',
			measure: 'count',
			unit: 'persone',
			direction: 'higher',
			aggregation: 'sum'
		});
		for (const year of ['2025', '2026'])
			await addPeriod(admin, ind.id, {
				label: year,
				startsOn: `${year}-01-01`,
				endsOn: `${year}-12-31`,
				target: '100',
				actualNumber: year === '2025' ? '80' : ''
			});
		ids.push(ind.id);
	}
	return { district, admin, plan, ids };
}

const file = (name: string, content: Uint8Array | string) =>
	new File([typeof content === 'string' ? content : new Uint8Array(content)], name);

describe('indicator exchange', () => {
	it('round-trips through XLSX: three changed actuals are previewed, applied once, and a second import changes nothing', async () => {
		const { admin, plan, ids } = await fixture('exc-a');
		const rows = (await readSheet(await indicatorsXlsx(admin, plan.id))) as unknown[][];
		expect(rows[0]).toEqual([...COLUMNS]);
		expect(rows).toHaveLength(7);
		// Change three actuals: 80 → 95 (2025, first two indicators) and a new one for 2026.
		const changed = rows.map((r) => [...r]);
		changed[1][11] = 95;
		changed[3][11] = 95;
		changed[6][11] = 42.5;
		const bytes = await writeXlsxFile(
			changed.map((r) => r.map((value) => ({ value: value ?? null }))) as never
		).toBuffer();
		const job = await createImport(admin, plan.id, file('indicatori.xlsx', bytes));
		// The check runs in the background, as after an upload.
		expect((await previewImport(admin, job.id)).check).toBeNull();
		await requestFile(admin, 'import-check', { import: job.id });
		await kick();
		const preview = await previewImport(admin, job.id);
		expect(preview.check).toMatchObject({ status: 'done', progress: 100 });
		expect(preview.outcome?.errors).toEqual([]);
		expect(preview.outcome?.changes.map((c) => c.text)).toEqual([
			'G1.OUT1 · 2025: realizzato 80 → 95',
			'G1.OUT2 · 2025: realizzato 80 → 95',
			'G1.PRO1 · 2026: realizzato — → 42,5'
		]);
		expect((await getIndicator(admin, ids[0])).periods[0].actualNumber).toBe('80'); // the preview changed nothing
		await requestFile(admin, 'import-apply', { import: job.id });
		await kick();
		expect((await previewImport(admin, job.id)).job).toMatchObject({
			status: 'applied',
			result: { actuals: 3, indicators: 0, periods: 0 }
		});
		expect((await getIndicator(admin, ids[0])).periods[0].actualNumber).toBe('95');
		expect((await errorOf(applyImport(admin, job.id))) as ValidationError).toBeInstanceOf(ValidationError);
		const again = await createImport(admin, plan.id, file('indicatori.xlsx', bytes));
		await requestFile(admin, 'import-check', { import: again.id });
		await kick();
		const second = await previewImport(admin, again.id);
		expect(second.outcome?.changes).toEqual([]);
		expect(second.appliedBefore).not.toBeNull();
		expect((await listImports(admin, plan.id)).map((j) => j.status)).toEqual(['preview', 'applied']);
	});

	it('exports CSV for Italian Excel and reads it back, also from Windows-1252', async () => {
		const { admin, plan, ids } = await fixture('exc-b');
		const csv = await indicatorsCsv(admin, plan.id);
		expect(csv.startsWith('\uFEFFObiettivo;Codice indicatore;')).toBe(true);
		const rows = parseCsv(csv.slice(1), ';');
		rows[1][13] = '=HYPERLINK("http://x")'; // a note that looks like a formula is kept as text
		rows[2][11] = '2,125'; // three decimals: 2.125, not 2125
		rows[4][13] = 'Attività più citàte';
		const text = rows
			.map((r) => r.map((c) => (/[;"\n]/.test(c) ? `"${c.replace(/"/g, '""')}"` : c)).join(';'))
			.join('\r\n');
		const latin1 = Uint8Array.from([...text].map((ch) => (ch.charCodeAt(0) <= 0xff ? ch.charCodeAt(0) : 0x3f)));
		const outcome = await runImport(admin, plan.id, 'export.csv', latin1, false);
		expect(outcome.notice).toMatch(/Windows-1252/);
		expect(outcome.errors).toEqual([]);
		expect(outcome.changes.map((c) => c.text)).toEqual([
			'G1.OUT1 · 2025: nota aggiornata',
			'G1.OUT1 · 2026: realizzato — → 2,125',
			'G1.OUT2 · 2026: nota aggiornata'
		]);
		// Applied, the figure is 2.125 (not 2125), and a blank row in the file changes nothing.
		const withBlank = new Uint8Array([...latin1, ...new TextEncoder().encode('\r\n;;;;;;;;;;;;;\r\n')]);
		expect((await runImport(admin, plan.id, 'export.csv', withBlank, true)).counts).toEqual({
			actuals: 3,
			indicators: 0,
			periods: 0
		});
		expect((await runImport(admin, plan.id, 'export.csv', withBlank, false)).changes).toEqual([]);
		expect((await getIndicator(admin, ids[0])).periods.map((p) => p.actualNumber)).toEqual(['80', '2.125']);
	});

	it('lists every error by row and column in Italian, and applies nothing', async () => {
		const { admin, plan, ids } = await fixture('exc-c');
		const header = COLUMNS.join(';');
		const bad = [
			header,
			'G1;G1.OUT1;;;;;2025;;;100;;molti;;', // not a number
			'G9;G9.NEW;Nuovo;output;numero;;;;;;;;;', // unknown objective
			'G1;G1.OUT2;;;;;2025;;;150;;;;', // target changed
			'G1;G1.OUT2;;;;;2025;;;150;;;;', // duplicate row
			'G1;G1.NEW;Mediazioni;output;sfere;;;;;;;;;', // unknown measure
			'G1;G1.OUT1;;;;;2027;2027-01-01;2026-12-31;;;;;' // new period ending before it starts
		].join('\n');
		const outcome = await runImport(admin, plan.id, 'errori.csv', new TextEncoder().encode(bad), true);
		expect(outcome.errors.map((e) => [e.row, e.column ?? '', e.message.slice(0, 40)])).toEqual([
			[2, 'Realizzato', 'deve essere un numero (es. 120 oppure 12'],
			[3, 'Obiettivo', 'l’obiettivo «G9» non è di questo piano: '],
			[4, 'Atteso', 'il valore atteso del periodo 2025 è 100 '],
			[5, 'Periodo', 'l’indicatore G1.OUT2 per il periodo 2025'],
			[6, 'Misura', 'scrivere numero, percentuale, punteggio,'],
			[7, 'Fine', expect.stringMatching(/^la data di fine/i)]
		]);
		expect(outcome.counts).toEqual({ actuals: 0, indicators: 0, periods: 0 });
		expect((await getIndicator(admin, ids[0])).periods).toHaveLength(2);
		// Files that are not what they claim, or lack columns, are refused before any row.
		expect(
			((await errorOf(createImport(admin, plan.id, file('finto.xlsx', 'Obiettivo;Codice')))) as ValidationError).fields
				.file
		).toMatch(/non lo è/);
		expect(
			((await errorOf(createImport(admin, plan.id, file('dati.pdf', '%PDF-1.4')))) as ValidationError).fields.file
		).toMatch(/\.xlsx oppure \.csv/);
		expect(
			(
				(await errorOf(
					createImport(admin, plan.id, file('x.csv', new Uint8Array([0x4f, 0x81, 0x00])))
				)) as ValidationError
			).fields.file
		).toMatch(/binari/);
		const missing = await runImport(
			admin,
			plan.id,
			'x.csv',
			new TextEncoder().encode('Obiettivo;Codice indicatore;Colore\nG1;G1.OUT1;rosso'),
			false
		);
		expect(missing.errors.find((e) => e.column === 'Realizzato')?.message).toBe('Manca la colonna «Realizzato».');
		expect(missing.errors.some((e) => e.message.startsWith('La colonna «Colore» non è prevista'))).toBe(true);
	});

	it('refuses, row by row, an actual of a closed period and a changed target, and applies nothing', async () => {
		const { admin, plan, ids } = await fixture('exc-closed');
		await closePeriod(admin, plan.id, { label: '2025', note: 'Controllato' });
		const rows = [
			COLUMNS.join(';'),
			'G1;G1.OUT1;;;;;2025;;;100;;90;;', // actual of the closed 2025
			'G1;G1.OUT2;;;;;2026;;;150;;;;', // target of the approved programme changed
			'G1;G1.PRO1;;;;;2026;;;100;;50;;' // good on its own
		].join('\n');
		const outcome = await runImport(admin, plan.id, 'chiuso.csv', new TextEncoder().encode(rows), true);
		expect(outcome.errors.map((e) => [e.row, e.column ?? '', e.message])).toEqual([
			[
				2,
				'Realizzato',
				expect.stringMatching(/^il periodo 2025 è chiuso: lo ha chiuso Ufficio di Piano il .*riaprilo/)
			],
			[3, 'Atteso', expect.stringMatching(/^il valore atteso del periodo 2026 è 100 nella piattaforma/)]
		]);
		expect(outcome.counts).toEqual({ actuals: 0, indicators: 0, periods: 0 });
		const kept = await getIndicator(admin, ids[2]);
		expect(kept.periods.find((p) => p.label === '2026')?.actualNumber).toBeNull();
	});

	it('lets a coordinator record actuals but not add indicators, and refuses viewers', async () => {
		const { district, admin, plan } = await fixture('exc-d');
		const coordinator = (await actorIn(
			await createAccount(admin, {
				email: 'coord@exc-d.it',
				name: 'Coordinatrice',
				role: 'coordinator',
				password: 'una-password-lunga'
			}),
			district.slug
		))!;
		const viewer = (await actorIn(
			await createAccount(admin, {
				email: 'view@exc-d.it',
				name: 'Osservatore',
				role: 'viewer',
				password: 'una-password-lunga'
			}),
			district.slug
		))!;
		const csv = [COLUMNS.join(';'), 'G1;G1.OUT1;;;;;2026;;;100;;77;;', 'G1;G1.NEW;Nuovo;output;numero;;;;;;;;;'].join(
			'\n'
		);
		const outcome = await runImport(coordinator, plan.id, 'c.csv', new TextEncoder().encode(csv), false);
		expect(outcome.changes.map((c) => c.text)).toEqual(['G1.OUT1 · 2026: realizzato — → 77']);
		expect(outcome.errors).toEqual([{ row: 3, message: 'solo l’Ufficio di Piano può aggiungere indicatori.' }]);
		expect(await errorOf(runImport(viewer, plan.id, 'c.csv', new TextEncoder().encode(csv), false))).toBeInstanceOf(
			ForbiddenError
		);
	});
});
