// The plan document (DOCX and PDF print its model's words) names each phase's state as the
// pages do: late once its end has passed, not completed in a plan that is over.
import { describe, expect, it } from 'vitest';
import { systemActor } from '../kernel';
import { useTestDatabase } from '../db/testing';
import { createDistrict } from '../accounts';
import { createPhase, createPlan } from '../planning';
import { planDocument } from '.';

useTestDatabase();

async function planWithPhases(slug: string, status: string) {
	const district = await createDistrict({ slug, name: `Ambito ${slug}` });
	const actor = systemActor(district.id);
	const plan = await createPlan(actor, { title: 'Piano 2025-2027', startYear: '2025', endYear: '2027', status });
	const add = (name: string, position: string, startsOn: string, endsOn: string, phaseStatus: string) =>
		createPhase(actor, plan.id, { name, position, startsOn, endsOn, status: phaseStatus });
	await add('Monitoraggio', '', '2026-09-01', '2026-12-31', 'planned');
	await add('Stesura', '', '2026-01-15', '2026-06-30', 'planned');
	await add('Tavoli', '', '2026-01-01', '2026-03-31', 'done');
	await add('Relazione', '', '2026-05-01', '2026-08-31', 'in_progress');
	return { actor, plan };
}

describe('plan document phases', () => {
	it('lists the phases by date with the state the pages show, as of the document’s day in Rome', async () => {
		const { actor, plan } = await planWithPhases('doc-fasi-a', 'running');
		// 1 July 2026 at 00:30 in Rome, still 30 June in UTC.
		const doc = await planDocument(actor, plan.id, new Date('2026-06-30T22:30:00Z'));
		expect(doc.phases.map((p) => [p.name, p.status])).toEqual([
			['Tavoli', 'Completata'],
			['Stesura', 'In ritardo'],
			['Relazione', 'In corso'],
			['Monitoraggio', 'Da avviare']
		]);
		const before = await planDocument(actor, plan.id, new Date('2026-06-30T21:30:00Z'));
		expect(before.phases.find((p) => p.name === 'Stesura')?.status).toBe('In corso');
	});

	it('says "Non completata" for what was not done in a closed plan', async () => {
		const { actor, plan } = await planWithPhases('doc-fasi-b', 'closed');
		const doc = await planDocument(actor, plan.id, new Date('2026-07-01T10:00:00Z'));
		expect(doc.phases.map((p) => p.status)).toEqual([
			'Completata',
			'Non completata',
			'Non completata',
			'Non completata'
		]);
	});
});
