import { systemActor } from '../kernel';
import { describe, expect, it } from 'vitest';
import { errorOf, useTestDatabase } from '../db/testing';
import { createDistrict } from '../accounts';
import { createOrganisation } from '../organisations';
import { addPeriod, createIndicator, createObjective, createPlan, getIndicator } from '../planning';
import { ValidationError } from '../errors';
import {
	addDocumentFile,
	addDocumentLink,
	getDocument,
	addGrant,
	addPartner,
	createIntervention,
	createProject,
	fundingWarnings,
	getIntervention,
	getProject,
	listSources,
	recordBeneficiaries,
	setGrantYear,
	setProjectStatus
} from '.';

useTestDatabase();

const ve = async (p: Promise<unknown>) => ((await errorOf(p)) as ValidationError).fields;

async function setup(slug: string) {
	const district = await createDistrict({ slug, name: `Ambito ${slug}` });
	const admin = systemActor(district.id);
	const sources = await listSources({ districtId: district.id });
	const source = (name: string) => String(sources.find((s) => s.name === name)!.id);
	const acsi = await createOrganisation(admin, { name: 'ACSI', type: 'third_sector' });
	const project = await createProject(admin, {
		title: 'Sportello Stranieri',
		status: 'financed',
		changedOn: '2021-01-10',
		leadOrganisationId: String(acsi.id),
		targetGroups: 'Richiedenti asilo\nDonne'
	});
	return { district, admin, source, acsi, project };
}

describe('projects and funding', () => {
	it('gives every district the common funding sources', async () => {
		const { district } = await setup('prj-a');
		expect((await listSources({ districtId: district.id })).map((s) => s.name)).toEqual(
			['FAMI', 'Fondazioni', 'Fondo Povertà', 'Fondo Sociale Regionale', 'FNPS', 'PNRR', 'PR FSE+'].sort((a, b) =>
				a.localeCompare(b)
			)
		);
	});

	it('refuses negative amounts, reversed dates, foreign partners, overspending and double funding', async () => {
		const { admin, source, project } = await setup('prj-b');
		const other = await setup('prj-b2');
		const grant = { sourceId: source('FAMI'), amount: '120.000,00', startsOn: '2021-01-01', endsOn: '2022-12-31' };
		expect((await ve(addGrant(admin, project.id, { ...grant, amount: '-5' }))).amount).toMatch(/negativo/);
		expect((await ve(addGrant(admin, project.id, { ...grant, endsOn: '2020-12-31' }))).endsOn).toMatch(
			/prima di iniziare/
		);
		expect(
			(await ve(addPartner(admin, project.id, { organisationId: String(other.acsi.id), role: 'partner' })))
				.organisationId
		).toMatch(/non è di questo ambito/);
		const g = await addGrant(admin, project.id, grant);
		expect(g.amountCents).toBe(12_000_000);
		expect(
			(await ve(addGrant(admin, project.id, { ...grant, startsOn: '2022-06-01', endsOn: '2023-06-30' }))).startsOn
		).toMatch(
			/Doppio finanziamento: FAMI finanzia già questo progetto dal 01\/01\/2021 al 31\/12\/2022 \(€ 120\.000,00\)/
		);
		await addGrant(admin, project.id, {
			...grant,
			sourceId: source('Fondazioni'),
			amount: '10.000',
			startsOn: '2022-06-01',
			endsOn: '2023-06-30'
		});
		expect(
			(await ve(setGrantYear(admin, g.id, { year: '2021', committed: '50.000,00', spent: '50.000,01' }))).spent
		).toBe('Lo speso (€ 50.000,01) supera l’impegnato (€ 50.000,00) del 2021.');
		expect((await ve(setGrantYear(admin, g.id, { year: '2024', committed: '1' }))).year).toMatch(/dal 2021 al 2022/);
		await setGrantYear(admin, g.id, { year: '2021', committed: '60.000,00', spent: '59.999,99' });
		expect((await ve(setGrantYear(admin, g.id, { year: '2022', committed: '60.000,01' }))).committed).toMatch(
			/\(€ 120\.000,01\) supera l’importo del finanziamento \(€ 120\.000,00\)/
		);
		await setGrantYear(admin, g.id, { year: '2022', committed: '60.000,00', spent: '0,01' });
		const detail = await getProject(admin, project.id);
		expect(detail.totals).toEqual({ amount: 13_000_000, committed: 12_000_000, spent: 6_000_000 });
		expect(
			(await ve(recordBeneficiaries(admin, project.id, { period: '2021', targetGroup: 'Anziani', count: '4' })))
				.targetGroup
		).toMatch(/gruppi di destinatari/);
		await recordBeneficiaries(admin, project.id, { period: '2021', targetGroup: 'Donne', count: '40' });
		// Documents: a real PDF is kept; a file whose bytes do not match its name is refused.
		const pdf = new File([Buffer.from('%PDF-1.4\n%âãÏÓ\n')], 'delibera.pdf');
		const doc = await addDocumentFile(admin, project.id, 'Delibera di approvazione', pdf);
		expect((await getDocument(admin, doc.id)).contentType).toBe('application/pdf');
		expect(
			(await ve(addDocumentFile(admin, project.id, 'Falso', new File([Buffer.from('MZ...')], 'falso.pdf')))).file
		).toMatch(/Tipo di file non ammesso/);
		expect((await ve(addDocumentLink(admin, project.id, { title: 'Bando', url: 'javascript:alert(1)' }))).url).toMatch(
			/http/
		);
	});

	it('shows an intervention’s gap and warns on the dashboard until a new grant closes it', async () => {
		const { admin, source, project } = await setup('prj-c');
		await addGrant(admin, project.id, {
			sourceId: source('FAMI'),
			amount: '100.000',
			startsOn: '2025-01-01',
			endsOn: '2026-12-31'
		});
		const intervention = await createIntervention(admin, {
			name: 'Sportello Stranieri&Rifugiati',
			projectIds: String(project.id)
		});
		await addGrant(admin, project.id, {
			sourceId: source('Fondo Povertà'),
			amount: '50.000',
			startsOn: '2027-04-01',
			endsOn: '2027-12-31'
		});
		const today = '2026-11-26';
		const detail = await getIntervention(admin, intervention.id, today);
		expect(detail.coverage.gaps[0]).toEqual({ from: '2027-01-01', to: '2027-03-31' });
		let warnings = await fundingWarnings(admin, today);
		expect(warnings).toMatchObject([
			{ intervention: { name: 'Sportello Stranieri&Rifugiati' }, gapsSoon: [{ from: '2027-01-01', to: '2027-03-31' }] }
		]);
		await addGrant(admin, project.id, {
			sourceId: source('FNPS'),
			amount: '20.000',
			startsOn: '2027-01-01',
			endsOn: '2027-03-31'
		});
		warnings = await fundingWarnings(admin, today);
		expect(warnings).toEqual([]);
		// An ongoing intervention with no funding at all is uncovered from today.
		await createIntervention(admin, { name: 'Mediazione culturale' });
		expect(await fundingWarnings(admin, today)).toMatchObject([
			{ intervention: { name: 'Mediazione culturale' }, gapsSoon: [{ from: today, open: true }] }
		]);
	});

	it('counts projects by status into a computed indicator', async () => {
		const { admin, project } = await setup('prj-d');
		const plan = await createPlan(admin, { title: 'Piano', startYear: '2021', endYear: '2023', status: 'running' });
		const objective = await createObjective(admin, plan.id, { kind: 'system', code: 'OS1', title: 'Progettazione' });
		const indicator = await createIndicator(admin, objective.id, {
			code: 'P1',
			name: 'Nuove progettazioni presentate',
			kind: 'output',
			measure: 'count',
			direction: 'higher',
			aggregation: 'sum',
			source: 'projects_by_status',
			projectStatus: 'submitted'
		});
		await addPeriod(admin, indicator.id, {
			label: '2021-2023',
			startsOn: '2021-01-01',
			endsOn: '2023-12-31',
			target: '3'
		});
		await setProjectStatus(admin, project.id, { status: 'submitted', changedOn: '2021-03-01' });
		expect(
			(await ve(setProjectStatus(admin, project.id, { status: 'running', changedOn: '2021-02-01' }))).changedOn
		).toMatch(/dal 01\/03\/2021/);
		const second = await createProject(admin, { title: 'SAI', status: 'submitted', changedOn: '2022-05-05' });
		await createProject(admin, { title: 'Fuori periodo', status: 'submitted', changedOn: '2024-01-01' });
		const { periods } = await getIndicator(admin, indicator.id);
		expect(periods[0]).toMatchObject({
			actualNumber: '2',
			actualComment: 'Calcolato dai progetti: 2 progetti presentati nel periodo.'
		});
		expect(second.status).toBe('submitted');
	});
});
