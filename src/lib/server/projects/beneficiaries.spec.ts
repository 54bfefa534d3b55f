import { systemActor } from '../kernel';
import { describe, expect, it } from 'vitest';
import { errorOf, useTestDatabase } from '../db/testing';
import { db } from '../db';
import { createDistrict } from '../accounts';
import { ValidationError } from '../errors';
import { addPeriod, computedSource, createIndicator, createObjective, createPlan, getIndicator } from '../planning';
import {
	createProject,
	getProject,
	projectBeneficiaries,
	recordBeneficiaries,
	removeBeneficiaries,
	setProjectStatus,
	updateProject
} from '.';
import { periodYears } from './input';

useTestDatabase();

const ve = async (p: Promise<unknown>) => ((await errorOf(p)) as ValidationError).fields;

async function setup(slug: string) {
	const district = await createDistrict({ slug, name: `Ambito ${slug}` });
	const admin = systemActor(district.id);
	const plan = await createPlan(admin, { title: 'Piano', startYear: '2021', endYear: '2023', status: 'running' });
	const objective = await createObjective(admin, plan.id, { kind: 'system', code: 'G1', title: 'Immigrazione' });
	const project = (title: string, targetGroups: string, objectiveIds = String(objective.id)) =>
		createProject(admin, { title, status: 'running', changedOn: '2021-01-01', targetGroups, objectiveIds });
	return { district, admin, objective, project };
}

describe('beneficiary counts', () => {
	it('reads periods as a year or a range of years, and keeps one count per period, group and stage', async () => {
		const { admin, project } = await setup('ben-a');
		const p = await project('Mettiamo le Ali', 'Vittime di tratta\nGiovani stranieri');
		const count = (values: Record<string, string>) =>
			recordBeneficiaries(admin, p.id, { targetGroup: 'Vittime di tratta', count: '10', ...values });
		expect((await ve(count({ period: 'primo semestre 2022' }))).period).toBe(
			'Il periodo è un anno (2024) o un intervallo di anni (2021-2023).'
		);
		expect((await ve(count({ period: '2023-2021' }))).period).toMatch(/dal primo all’ultimo anno/);
		expect((await ve(count({ period: '22' }))).period).toMatch(/un anno \(2024\)/);
		expect((await ve(count({ period: '' }))).period).toMatch(/obbligatorio/);
		expect((await ve(count({ period: '2022', stage: 'helped' }))).stage).toMatch(/Scegliere la fase/);
		// Written the one way, whatever dash or spaces were typed; the stage is "reached" unless chosen.
		expect(await count({ period: ' 2021 – 2023 ' })).toMatchObject({ period: '2021-2023', stage: 'reached' });
		expect(await count({ period: '2021—2023', count: '12' })).toMatchObject({ period: '2021-2023', count: 12 });
		await count({ period: '2022', stage: 'contacted', count: '150' });
		await count({ period: '2022', stage: 'met', count: '100' });
		await count({ period: '2022', stage: 'met', count: '90' });
		const { beneficiaries } = await getProject(admin, p.id);
		expect(beneficiaries.map((b) => [b.period, b.stage, b.count])).toEqual([
			['2021-2023', 'reached', 12],
			['2022', 'contacted', 150],
			['2022', 'met', 90]
		]);
		expect(periodYears('2021-2023')).toEqual({ from: 2021, to: 2023 });
		expect(periodYears('2022')).toEqual({ from: 2022, to: 2022 });
		expect(periodYears('anno 2022')).toBeNull();
	});

	it('sums the counts of a project or of an objective’s projects into an indicator, by whole years', async () => {
		const { district, admin, objective, project } = await setup('ben-b');
		const other = await setup('ben-b2');
		const ali = await project('Mettiamo le Ali', 'Vittime di tratta\nGiovani stranieri');
		const ideas = await project('I.D.E.A.S', 'Vittime di tratta\nDonne straniere');
		const elsewhere = await project('Fuori obiettivo', 'Vittime di tratta', '');
		const indicator = (code: string, values: Record<string, string>) =>
			createIndicator(admin, objective.id, {
				code,
				name: 'Vittime agganciate',
				kind: 'output',
				measure: 'count',
				direction: 'higher',
				aggregation: 'sum',
				source: 'beneficiaries',
				...values
			});
		const choose = 'Scegliere un progetto oppure un obiettivo.';
		expect((await ve(indicator('X', {}))).beneficiaryProjectId).toBe(choose);
		expect(
			(await ve(indicator('X', { beneficiaryProjectId: String(ali.id), objectiveId: String(objective.id) })))
				.beneficiaryProjectId
		).toBe(choose);
		expect((await ve(indicator('X', { objectiveId: String(other.objective.id) }))).objectiveId).toMatch(/non trovato/);
		expect((await ve(indicator('X', { objectiveId: String(objective.id), stage: 'x' }))).stage).toMatch(/fase/);

		const met = await indicator('V1', {
			objectiveId: String(objective.id),
			targetGroup: 'vittime di tratta',
			stage: 'met'
		});
		expect(met.sourceConfig).toEqual({ objectiveId: objective.id, targetGroup: 'vittime di tratta', stage: 'met' });
		const reached = await indicator('V2', { beneficiaryProjectId: String(ali.id) });
		expect(reached.sourceConfig).toEqual({ projectId: ali.id, stage: 'reached' });
		const periods = [
			{ label: '2021-2023', startsOn: '2021-01-01', endsOn: '2023-12-31' },
			{ label: '2022', startsOn: '2022-01-01', endsOn: '2022-12-31' },
			{ label: '2023', startsOn: '2023-01-01', endsOn: '2023-12-31' }
		];
		for (const period of periods) {
			await addPeriod(admin, met.id, period);
			await addPeriod(admin, reached.id, period);
		}
		const actuals = async (id: number) =>
			(await getIndicator(admin, id)).periods.map((p) => [
				p.label,
				p.actualNumber === null ? null : Number(p.actualNumber),
				p.actualComment
			]);
		expect((await actuals(met.id))[0]).toEqual([
			'2021-2023',
			null,
			'Calcolato dai progetti: nessun conteggio di persone incontrate in colloquio (vittime di tratta) nel periodo.'
		]);

		const record = (
			p: { id: number },
			period: string,
			stage: string,
			count: number,
			targetGroup = 'Vittime di tratta'
		) => recordBeneficiaries(admin, p.id, { period, targetGroup, stage, count: String(count) });
		await record(ali, '2022', 'met', 80);
		await record(ali, '2023', 'met', 150);
		await record(ideas, '2023', 'met', 50);
		await record(ali, '2022', 'contacted', 120);
		await record(ali, '2023', 'contacted', 290);
		await record(ali, '2021-2023', 'met', 7); // belongs only to the period covering all three years
		await record(ali, '2022', 'reached', 30, 'Giovani stranieri');
		await record(elsewhere, '2022', 'met', 999); // not a project of the objective
		const other2022 = await record(ideas, '2022', 'taken_in_charge', 5, 'Donne straniere');
		expect(await actuals(met.id)).toEqual([
			[
				'2021-2023',
				287,
				'Calcolato dai progetti: 287 persone incontrate in colloquio (vittime di tratta, 2 progetti); 410 persone contattate.'
			],
			[
				'2022',
				80,
				'Calcolato dai progetti: 80 persone incontrate in colloquio (vittime di tratta, 1 progetto); 120 persone contattate.'
			],
			[
				'2023',
				200,
				'Calcolato dai progetti: 200 persone incontrate in colloquio (vittime di tratta, 2 progetti); 290 persone contattate.'
			]
		]);
		// One project, every group: the other stages beside it.
		expect((await actuals(reached.id))[1]).toEqual([
			'2022',
			30,
			'Calcolato dal progetto «Mettiamo le Ali»: 30 persone raggiunte (tutti i gruppi); 120 persone contattate; 80 persone incontrate in colloquio.'
		]);
		expect((await actuals(reached.id))[2]).toEqual([
			'2023',
			null,
			'Calcolato dal progetto «Mettiamo le Ali»: nessun conteggio di persone raggiunte (tutti i gruppi) nel periodo; 290 persone contattate; 150 persone incontrate in colloquio.'
		]);

		// Removing a count, or a project leaving the objective, moves the figure at once.
		const [latest] = (await getProject(admin, ideas.id)).beneficiaries.filter((b) => b.stage === 'met');
		await removeBeneficiaries(admin, latest.id);
		expect((await actuals(met.id))[2][1]).toBe(150);
		await record(ideas, '2023', 'met', 50);
		const { project: current } = await getProject(admin, ideas.id);
		await updateProject(admin, ideas.id, {
			title: current.title,
			targetGroups: current.targetGroups.join('\n'),
			objectiveIds: '',
			version: String(current.version)
		});
		expect((await actuals(met.id))[2][1]).toBe(150);
		expect(other2022.stage).toBe('taken_in_charge');

		// A count kept from an older version with a free-text period is left out, and the note says so.
		await db().insert(projectBeneficiaries).values({
			projectId: ali.id,
			period: 'primo semestre 2022',
			targetGroup: 'Vittime di tratta',
			stage: 'met',
			count: 40
		});
		await record(ali, '2022', 'met', 81);
		const [, year] = await actuals(met.id);
		expect(year).toEqual([
			'2022',
			81,
			'Calcolato dai progetti: 81 persone incontrate in colloquio (vittime di tratta, 1 progetto); 120 persone contattate. Escluso 1 conteggio con un periodo che non è un anno o un intervallo di anni.'
		]);
		// A period covering a year in part counts that year's counts, and says so.
		const source = computedSource('beneficiaries')!;
		const half = await source.compute(db(), district.id, met.sourceConfig, {
			startsOn: '2022-07-01',
			endsOn: '2023-12-31'
		});
		expect(half.value).toBe(231);
		expect(half.note).toMatch(/copre solo in parte il 2022, che vi è contato per intero\.$/);
		expect(source.link('ben-b', met.sourceConfig)).toBe(`/gestione/ben-b/obiettivi/${objective.id}`);
		expect(source.link('ben-b', reached.sourceConfig)).toBe(`/gestione/ben-b/progetti/${ali.id}`);
	});

	it('counts projects reaching any of several statuses, each once, under the latest it reached', async () => {
		const { district, admin, objective, project } = await setup('ben-c');
		const indicator = await createIndicator(admin, objective.id, {
			code: 'P1',
			name: 'Progettazioni',
			kind: 'output',
			measure: 'count',
			direction: 'higher',
			aggregation: 'sum',
			source: 'projects_by_status',
			projectStatus: 'financed,under_evaluation'
		});
		expect(indicator.sourceConfig).toEqual({ projectStatuses: ['under_evaluation', 'financed'] });
		expect(
			(
				await ve(
					createIndicator(admin, objective.id, {
						code: 'P2',
						name: 'Progettazioni',
						kind: 'output',
						measure: 'count',
						direction: 'higher',
						aggregation: 'sum',
						source: 'projects_by_status',
						projectStatus: 'financed,bogus'
					})
				)
			).projectStatus
		).toMatch(/Scegliere lo stato/);
		await addPeriod(admin, indicator.id, { label: '2021-2023', startsOn: '2021-01-01', endsOn: '2023-12-31' });
		const evaluated = await createProject(admin, { title: 'A', status: 'under_evaluation', changedOn: '2021-03-01' });
		await setProjectStatus(admin, evaluated.id, { status: 'financed', changedOn: '2021-06-01' });
		await createProject(admin, { title: 'B', status: 'under_evaluation', changedOn: '2022-03-01' });
		await createProject(admin, { title: 'C', status: 'under_evaluation', changedOn: '2023-03-01' });
		const later = await createProject(admin, { title: 'D', status: 'financed', changedOn: '2023-05-01' });
		await setProjectStatus(admin, later.id, { status: 'running', changedOn: '2023-06-01' });
		await createProject(admin, { title: 'E', status: 'financed', changedOn: '2024-01-10' });
		await project('F', '');
		const [period] = (await getIndicator(admin, indicator.id)).periods;
		expect([Number(period.actualNumber), period.actualComment]).toEqual([
			4,
			'Calcolato dai progetti: 4 progetti nel periodo (2 finanziati, 2 in valutazione).'
		]);
		// Indicators configured before lists keep their single status.
		const source = computedSource('projects_by_status')!;
		const old = await source.compute(db(), district.id, { projectStatus: 'financed' }, period);
		expect(old).toEqual({ value: 2, note: 'Calcolato dai progetti: 2 progetti finanziati nel periodo.' });
		expect(source.link('ben-c', { projectStatus: 'financed' })).toBe('/gestione/ben-c/progetti?stato=financed');
		expect(source.link('ben-c', indicator.sourceConfig)).toBe('/gestione/ben-c/progetti');
	});
});
