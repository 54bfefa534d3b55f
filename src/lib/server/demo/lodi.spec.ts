import { systemActor } from '../kernel';
import { describe, expect, it } from 'vitest';
import { useTestDatabase } from '../db/testing';
import { AREAS, loadDemo } from './lodi';
import { AGENDA_16_MAY_2024 } from './lodi-roundtable';
import { getRoundtable, listRoundtables, listSubDistricts } from '../roundtables';
import { computedSource, getPlan, listAreas, listPhases, planOverview } from '../planning';
import { db } from '../db';
import { originsOf, ranking, wallOfMeeting } from '../wall';
import { getIntervention, getProject, listInterventions, listProjects } from '../projects';
import { catalogueFilters, getService, publicService, searchServices, whoDoesWhat } from '../catalogue';
import { areaLabel } from '$lib/areas';
import { romeToInstant } from '$lib/time';

useTestDatabase();

describe('Lodi demo district', () => {
	it('reproduces the seed: objectives, achievements and every indicator figure', async () => {
		const district = await loadDemo();
		const reader = { districtId: district.id };
		const previous = await getPlan(reader, '2021-2023');
		const next = await getPlan(reader, '2025-2027');
		// Each plan has its own areas: in 2021-2023 G was immigration; 2025-2027 has the seed's A-L (no C).
		const named = (rows: { code: string; name: string }[]) => rows.map((a) => `${a.code}) ${a.name}`);
		expect(named(await listAreas(reader, previous.id))).toEqual(['G) Area immigrazione e cittadinanza']);
		expect(named(await listAreas(reader, next.id))).toEqual([
			'A) Contrasto alla povertà e all’emarginazione sociale e promozione dell’inclusione attiva',
			'B) Politiche abitative',
			'D) Domiciliarità',
			'E) Anziani',
			'F) Digitalizzazione dei servizi',
			'G) Politiche giovanili e per i minori',
			'H) Interventi connessi alle politiche per il lavoro',
			'I) Interventi per la Famiglia',
			'J) Interventi a favore delle persone con disabilità',
			'K) Interventi di sistema per il potenziamento dell’Ufficio di Piano e il rafforzamento della gestione associata',
			'L) Altro'
		]);

		const { objectives } = await planOverview({ districtId: district.id }, previous.id);
		expect(objectives.map((o) => o.code)).toEqual(['OS1', 'OS2', 'OS3', 'OS4', 'OS5', 'COM', 'G1']);
		expect(objectives[0].achievements).toContain(
			'Circa 10 coprogettazioni con il Terzo Settore ed altri attori locali e 7 coprogettazioni sviluppate con il CSV'
		);
		expect(objectives[4].achievements).toContain('15 Corsi di formazione realizzati nell’anno 2022');
		expect(objectives.reduce((n, o) => n + o.specifics.length, 0)).toBe(15);

		const g1 = objectives[6];
		expect(`${g1.area?.code}) ${g1.area?.name}`).toBe('G) Area immigrazione e cittadinanza');
		expect(g1.area?.planId).toBe(previous.id);
		const figures = Object.fromEntries(
			g1.indicators.map((i) => [
				i.code,
				[i.summary.target, i.summary.actual ?? i.summary.actualText, i.summary.progress.status]
			])
		);
		expect(figures).toEqual({
			'G1.OUT1': [3, 5, 'over'],
			'G1.OUT2': [300, 600, 'over'],
			'G1.OUT3': [100, 280, 'over'],
			'G1.PRO1': [120, 145, 'over'],
			'G1.PRO2': [900, 2000, 'over'],
			'G1.OUTC1': [70, 70, 'achieved'],
			'G1.OUTC2': [1, 'In definizione', 'no_score'],
			'G1.OUTC3': [8, 9, 'over'],
			'G1.OUTC4': [8, 8, 'achieved'],
			'G1.OUTC5': [60, 70, 'over'],
			'G1.OUTC6': [80, 80, 'achieved'],
			'G1.OUTC7': [15, 5, 'behind']
		});
		const comments = Object.fromEntries(g1.indicators.map((i) => [i.code, i.summary.comment]));
		// The seed's figures come from the records, each saying how it was computed.
		expect(comments['G1.OUT1']).toBe(
			'Calcolato dai progetti: 5 progetti nel periodo (3 finanziati, 2 in valutazione).'
		);
		expect(comments['G1.OUT2']).toMatch(/^Calcolato dai progetti: 600 /);
		expect(comments['G1.PRO1']).toBe(
			'Calcolato dai registri della formazione: 145 operatori distinti hanno completato almeno un corso nel periodo (22 corsi; completato: raggiunte le ore minime del corso).'
		);
		expect(comments['G1.PRO2']).toMatch(/^Calcolato dagli orari di apertura della sede Sportello di Lodi: 2000 ore/);
		expect(comments['G1.OUTC2']).toMatch(/in definizione/i);
		expect(Object.fromEntries(g1.indicators.map((i) => [i.code, i.source]))).toMatchObject({
			'G1.OUT1': 'projects_by_status',
			'G1.OUT2': 'beneficiaries',
			'G1.OUT3': 'beneficiaries',
			'G1.PRO1': 'training_operators',
			'G1.PRO2': 'service_hours',
			'G1.OUTC2': 'agreements_signed',
			'G1.OUTC3': 'manual'
		});
		// System objective 5: 15 courses in 2022, from the training records.
		const os5 = objectives[4].indicators.find((i) => i.code === 'OS5.OUT1')!;
		expect([os5.source, os5.summary.actual]).toEqual(['training_courses', 15]);
		expect(comments['G1.OUT3']).toContain('410 persone contattate');
		expect(comments['G1.OUT3']).toContain('280 persone incontrate');
		expect(comments['G1.OUTC7']).toContain('programmi di protezione');
		expect(comments['G1.OUTC1']).toBe(
			'Calcolato dalle presenze: 7 enti su 10 hanno partecipato ad almeno il 70% degli incontri (70%).'
		);
		expect(g1.indicators.find((i) => i.code === 'G1.OUTC1')?.source).toBe('attendance_share');

		const phases = await listPhases({ districtId: district.id }, next.id);
		expect(phases.find((p) => p.name.startsWith('Tavoli tematici'))).toMatchObject({
			startsOn: '2024-05-01',
			endsOn: '2024-06-30'
		});
		expect(phases.find((p) => p.name.startsWith('Microambiti'))).toMatchObject({
			startsOn: '2024-09-01',
			endsOn: '2024-10-31'
		});
		expect(phases.find((p) => p.name.startsWith('Approvazione'))).toMatchObject({ endsOn: '2024-12-31' });

		const [roundtable] = await listRoundtables({ districtId: district.id });
		expect(roundtable).toMatchObject({ name: 'Tavolo Immigrazione', members: 10, meetings: 16 });
		const { meetings, areas: roundtableAreas } = await getRoundtable({ districtId: district.id }, roundtable.id);
		// The roundtable of 2024 works on the new cycle's areas.
		expect(roundtableAreas.map(areaLabel)).toEqual(['2025-2027 · G) Politiche giovanili e per i minori']);
		const may = meetings.find((m) => m.startsAt.toISOString().startsWith('2024-05-16'))!;
		expect(may.startsAt.toISOString()).toBe('2024-05-16T07:30:00.000Z');
		expect(may.agenda.split('\n')).toEqual(AGENDA_16_MAY_2024);
		const [subDistrict] = await listSubDistricts({ districtId: district.id });
		expect(subDistrict.municipalities).toHaveLength(4);

		// The wall of 16 May 2024: every note of the seed in its place, votes, one proposal in the plan.
		const wall = (await wallOfMeeting({ districtId: district.id }, may.id))!;
		const r = await ranking(wall);
		const count = (kind: string, theme: string) =>
			r.cells.find((c) => c.column.kind === kind && c.theme.label.startsWith(theme))!.notes.length;
		expect([
			count('strength', 'Governance'),
			count('strength', 'Accesso'),
			count('improvement', 'Governance'),
			count('improvement', 'Accesso'),
			count('proposal', 'Governance'),
			count('proposal', 'Accesso')
		]).toEqual([4, 5, 5, 7, 5, 7]);
		expect(r.stats).toEqual({ participants: 7, notes: 33, votes: 35 });
		const top = r.cells.find((c) => c.column.kind === 'proposal' && c.theme.label === 'Governance')!.notes[0];
		expect(top).toMatchObject({
			rank: 1,
			votes: 7,
			promotions: [expect.objectContaining({ code: 'G1', planTitle: 'Piano di Zona 2025-2027', kind: 'objective' })]
		});
		// The wall drafted an objective of 2025-2027, under that plan's own G.
		const drafted = (await planOverview(reader, next.id)).objectives.find(
			(o) => o.id === top.promotions[0].objectiveId
		)!;
		expect([drafted.area?.planId, drafted.area?.name]).toEqual([next.id, 'Politiche giovanili e per i minori']);
		const origins = await originsOf(district.id, [top.promotions[0].objectiveId]);
		expect(origins.get(top.promotions[0].objectiveId)!.map((o) => o.kind)).toEqual(['objective', 'note']);

		// Projects: 3 financed and 2 under evaluation in 2021-2023; the Sportello's gap of early 2024.
		const { projects } = await listProjects({ districtId: district.id });
		const seedProjects = projects.filter((p) => !p.title.startsWith('Sportello'));
		expect(
			seedProjects
				.filter((p) => p.status === 'under_evaluation')
				.map((p) => p.title)
				.sort()
		).toEqual(['Conoscere per Integrarsi', 'I.D.E.A.S']);
		expect(seedProjects).toHaveLength(5);
		// They served the 2021-2023 objective, in that plan's G.
		for (const p of seedProjects)
			expect((await getProject(reader, p.id)).areas.map(areaLabel)).toEqual([
				'2021-2023 · G) Area immigrazione e cittadinanza'
			]);
		// «Chi fa cosa»: the current plan's areas, then the older area the projects still work on.
		const who = await whoDoesWhat(district.id, 2026);
		expect(who.areas.map((a) => (a.plan ? `${a.plan} ${a.code}` : a.code))).toEqual([
			...AREAS.map(([code]) => code),
			'2021-2023 G'
		]);
		const [sportello] = await listInterventions({ districtId: district.id });
		const coverage = await getIntervention({ districtId: district.id }, sportello.id, '2026-11-26');
		expect(coverage.coverage.gaps[0]).toEqual({ from: '2024-01-01', to: '2024-03-31' });
		expect(coverage.warnings.singleEnding?.endsOn).toBe('2027-06-30');

		// The catalogue: the seed's six services, each translated into the six demo languages.
		const all = await searchServices(district.id, 'it', catalogueFilters(new URLSearchParams()));
		expect(all.results.map((r) => r.slug).sort()).toEqual([
			'cpia-corsi-italiano-terza-media',
			'mediazione-linguistico-culturale',
			'numero-verde-antitratta',
			'sai-minori-stranieri-non-accompagnati',
			'sportello-assistenti-familiari',
			'sportello-stranieri-rifugiati'
		]);
		for (const r of all.results) {
			const staff = await getService(
				systemActor(district.id),
				(await publicService(district.id, r.slug, 'it'))!.service.id
			);
			expect(Object.entries(staff.missing).filter(([, fields]) => fields.length)).toEqual([]);
		}
		// On Monday 30 November 2026 at 10:00 the desk in Lodi is open; in Codogno it is not.
		const monday = romeToInstant('2026-11-30', '10:00')!;
		const open = await searchServices(
			district.id,
			'ar',
			catalogueFilters(new URLSearchParams('aperto=1&comune=Lodi&q=الأجانب')),
			monday
		);
		expect([open.results[0].slug, open.results[0].title.lang]).toEqual(['sportello-stranieri-rifugiati', 'ar']);
		expect(open.results.every((r) => r.open && r.municipalities.includes('Lodi'))).toBe(true);
		// At 3 a.m. every desk is closed, but the anti-trafficking line answers: it is open now.
		const night = await searchServices(
			district.id,
			'ar',
			catalogueFilters(new URLSearchParams('aperto=1')),
			romeToInstant('2026-12-02', '03:00')!
		);
		expect(night.results.map((r) => [r.slug, r.open, r.alwaysOpen])).toEqual([['numero-verde-antitratta', true, true]]);
		const stp = await searchServices(district.id, 'it', catalogueFilters(new URLSearchParams('q=codice STP')), monday);
		expect(stp.results[0].slug).toBe('sportello-stranieri-rifugiati');
		const page = await publicService(district.id, 'sportello-stranieri-rifugiati', 'ar', monday);
		expect(page!.locations.map((l) => [l.municipality, l.state.open])).toEqual([
			['Codogno', false],
			['Lodi', true]
		]);
		expect(JSON.stringify(page)).not.toContain('convenzione FAMI');
		// Past closures and openings (2021-2023) stay off the public page: only those still to come.
		const lodiDesk = page!.locations.find((l) => l.municipality === 'Lodi')!;
		expect(lodiDesk.exceptions.map((e) => e.fromDay)).toEqual(['2027-01-19', '2027-08-09']);

		// The seed's figures from the records, for 2021-2023: the people the objective's projects
		// reached, the victims of trafficking met (and contacted), the hours the desk in Lodi was open.
		const computed = async (id: string, values: Record<string, string>) => {
			const source = computedSource(id)!;
			const config = await source.configure(db(), district.id, values);
			return source.compute(db(), district.id, config, { startsOn: '2021-01-01', endsOn: '2023-12-31' });
		};
		expect((await computed('beneficiaries', { objectiveId: String(g1.id), stage: 'reached' })).value).toBe(600);
		expect(
			await computed('beneficiaries', { objectiveId: String(g1.id), targetGroup: 'Vittime di tratta', stage: 'met' })
		).toEqual({
			value: 280,
			note: 'Calcolato dai progetti: 280 persone incontrate in colloquio (Vittime di tratta, 1 progetto); 410 persone contattate.'
		});
		expect(
			await computed('service_hours', { serviceId: String(page!.service.id), locationId: String(lodiDesk.id) })
		).toEqual({
			value: 2000,
			note: 'Calcolato dagli orari di apertura della sede Sportello di Lodi: 2000 ore in 446 giorni di apertura (chiusure e festività escluse).'
		});
	});
});
