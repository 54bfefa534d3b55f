import { describe, expect, it } from 'vitest';
import { systemActor } from '../kernel';
import { useTestDatabase } from '../db/testing';
import { createDistrict } from '../accounts';
import { createOrganisation } from '../organisations';
import { createArea, createPlan } from '../planning';
import { addGrant, createProject, listSources, projectFilters, publicProject, publicProjects } from '.';

useTestDatabase();

const filters = (query: string) => projectFilters(new URLSearchParams(query));

async function setup(slug: string) {
	const district = await createDistrict({ slug, name: `Ambito ${slug}` });
	const admin = systemActor(district.id);
	const sources = await listSources({ districtId: district.id });
	const source = (name: string) => sources.find((s) => s.name === name)!.id;
	const acsi = await createOrganisation(admin, { name: 'ACSI', type: 'third_sector' });
	const plan = await createPlan(admin, {
		title: 'Piano 2025-2027',
		startYear: '2025',
		endYear: '2027',
		status: 'running'
	});
	const area = await createArea(admin, plan.id, { code: 'X', name: 'Immigrazione', active: 'on' });
	const other = await createArea(admin, plan.id, { code: 'Y', name: 'Anziani', active: 'on' });
	const project = (title: string, status: string, areaId: number, extra: Record<string, string> = {}) =>
		createProject(admin, {
			title,
			status,
			changedOn: '2025-01-10',
			leadOrganisationId: String(acsi.id),
			areaIds: String(areaId),
			coDesignProcedure: 'Avviso riservato 3/2025',
			...extra
		});
	const financed = await project('Sportello Stranieri', 'financed', area.id, { startsOn: '2025-01-01' });
	const evaluation = await project('Mediazione a scuola', 'under_evaluation', other.id);
	const closed = await project('Corsi di italiano', 'closed', area.id, { startsOn: '2023-01-01' });
	const idea = await project('Idea non presentata', 'idea', area.id);
	const rejected = await project('Proposta respinta', 'rejected', area.id);
	await addGrant(admin, financed.id, {
		sourceId: String(source('FAMI')),
		amount: '120.000,00',
		startsOn: '2025-01-01',
		endsOn: '2026-12-31',
		note: 'Nota interna sul rendiconto'
	});
	// A source that funds only a project the public does not see is not a choice.
	await addGrant(admin, idea.id, {
		sourceId: String(source('PNRR')),
		amount: '5.000,00',
		startsOn: '2025-01-01',
		endsOn: '2025-12-31'
	});
	return { district, admin, source, area, other, financed, evaluation, closed, idea, rejected };
}

describe('public projects list', () => {
	it('lists only projects past drafting, never ideas or rejected ones, and nothing the office keeps for itself', async () => {
		const { district, source } = await setup('pub-prj-a');
		const { projects, choices, ignored, updatedAt } = await publicProjects(district.id, filters(''));
		expect(ignored).toBe(false);
		expect(projects.map((p) => [p.title, p.status])).toEqual([
			['Sportello Stranieri', 'financed'],
			['Corsi di italiano', 'closed'],
			['Mediazione a scuola', 'under_evaluation']
		]);
		expect(projects[0]).toMatchObject({
			lead: 'ACSI',
			sources: ['FAMI'],
			areas: [{ code: 'X', name: 'Immigrazione' }]
		});
		const text = JSON.stringify({ projects, choices });
		for (const secret of ['120', 'Nota interna', 'Avviso riservato', 'Idea non presentata', 'respinta', 'PNRR'])
			expect(text).not.toContain(secret);
		expect(choices.sources).toEqual([{ id: source('FAMI'), name: 'FAMI' }]);
		expect(choices.areas.map((a) => [a.code, a.plan])).toEqual([
			['X', 'Piano 2025-2027'],
			['Y', 'Piano 2025-2027']
		]);
		expect(updatedAt).toBeInstanceOf(Date);
	});

	it('filters by area, status and funding source, together', async () => {
		const { district, area, other, source } = await setup('pub-prj-b');
		const titles = async (q: string) => (await publicProjects(district.id, filters(q))).projects.map((p) => p.title);
		expect(await titles(`area=${area.id}`)).toEqual(['Sportello Stranieri', 'Corsi di italiano']);
		expect(await titles(`area=${other.id}`)).toEqual(['Mediazione a scuola']);
		expect(await titles('stato=closed')).toEqual(['Corsi di italiano']);
		expect(await titles(`fonte=${source('FAMI')}`)).toEqual(['Sportello Stranieri']);
		expect(await titles(`area=${area.id}&stato=financed&fonte=${source('FAMI')}`)).toEqual(['Sportello Stranieri']);
		expect(await titles(`area=${other.id}&stato=financed`)).toEqual([]);
	});

	it('drops filters that make no sense, says so, and never fails', async () => {
		const { district, source } = await setup('pub-prj-c');
		const elsewhere = await setup('pub-prj-c2');
		for (const q of [
			'stato=idea',
			'stato=rejected',
			'stato=%00',
			'area=abc',
			'area=99999999999',
			'area=-1',
			`area=${elsewhere.area.id}`,
			`fonte=${elsewhere.source('FAMI')}`,
			// A source of this district that funds no public project.
			`fonte=${source('PNRR')}`
		]) {
			const found = await publicProjects(district.id, filters(q));
			expect(found.ignored, q).toBe(true);
			expect(found.projects, q).toHaveLength(3);
			expect(found.filters, q).toEqual({ area: undefined, source: undefined, status: undefined });
		}
		const none = await publicProjects(district.id, filters('area=&stato=&fonte='));
		expect(none.ignored).toBe(false);
		expect(none.projects).toHaveLength(3);
	});

	it('shows a public project page for every listed status, and none for ideas, rejected or other districts', async () => {
		const { district, financed, evaluation, closed, idea, rejected } = await setup('pub-prj-d');
		const elsewhere = await setup('pub-prj-d2');
		for (const p of [financed, evaluation, closed])
			expect((await publicProject(district.id, p.id))?.project.title).toBe(p.title);
		for (const p of [idea, rejected]) expect(await publicProject(district.id, p.id)).toBeNull();
		expect(await publicProject(district.id, elsewhere.financed.id)).toBeNull();
		expect((await publicProject(district.id, financed.id))?.sources).toEqual(['FAMI']);
	});
});
