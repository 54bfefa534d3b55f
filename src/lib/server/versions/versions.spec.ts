import { systemActor } from '../kernel';
import { describe, expect, it } from 'vitest';
import { sql } from 'drizzle-orm';
import { errorOf, useTestDatabase } from '../db/testing';
import { db } from '../db';
import { createAccount, createDistrict, actorIn } from '../accounts';
import {
	addPeriod,
	createArea,
	createIndicator,
	createObjective,
	createPlan,
	getIndicator,
	recordActual,
	updateObjective
} from '../planning';
import { advanceVersion, commentOnVersion, compareVersions, listVersions, newDraft, versionSnapshot } from '.';
import { ForbiddenError, ValidationError } from '../errors';

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
		status: 'drafting'
	});
	const area = await createArea(admin, plan.id, { code: 'G', name: 'Immigrazione', active: 'on' });
	const objective = await createObjective(admin, plan.id, {
		kind: 'area',
		areaId: String(area.id),
		code: 'G1',
		title: 'Accrescere la capacità del sistema'
	});
	const indicator = await createIndicator(admin, objective.id, {
		code: 'G1.OUT1',
		name: 'Beneficiari',
		kind: 'output',
		measure: 'count',
		unit: 'persone',
		direction: 'higher',
		aggregation: 'sum'
	});
	const period = await addPeriod(admin, indicator.id, {
		label: '2025',
		startsOn: '2025-01-01',
		endsOn: '2025-12-31',
		target: '300'
	});
	return { district, admin, plan, objective, indicator, period };
}

const fields = async (p: Promise<unknown>) => ((await errorOf(p)) as ValidationError).fields;

describe('plan versions and approval', () => {
	it('goes from draft to the Region, recording who and when, and freezes the approved version', async () => {
		const { admin, plan, objective, indicator, period } = await fixture('ver-a');
		const step = async (to: Parameters<typeof advanceVersion>[2], extra: Record<string, string> = {}) => {
			const [latest] = await listVersions(admin, plan.id);
			return advanceVersion(admin, plan.id, to, { version: String(latest?.version ?? 1), ...extra });
		};
		await step('review');
		expect(await fields(step('approved', { deliberationOn: '2025-12-10', deliberationNumber: '12' }))).toEqual({
			_form: 'La versione 1 è «in revisione»: non può passare a «approvata».'
		});
		await commentOnVersion(admin, plan.id, { section: 'Obiettivo G1', body: 'Indicare anche i minori.' });
		for (const role of ['viewer', 'delegate'] as const)
			expect(
				await errorOf(
					commentOnVersion({ ...admin, role }, plan.id, { section: 'Generale', body: 'Non dovrei poter scrivere' })
				)
			).toBeInstanceOf(ForbiddenError);
		await step('submitted');
		expect((await fields(newDraft(admin, plan.id)))._form).toMatch(/La versione 1 è ancora in lavorazione/);
		// While the mayors examine it, the plan is not edited; actuals are still recorded.
		expect(
			(
				await fields(
					updateObjective(admin, objective.id, {
						...objective,
						title: 'Titolo cambiato',
						areaId: String(objective.areaId),
						version: String(objective.version)
					})
				)
			)._form
		).toMatch(/all’esame dell’Assemblea dei Sindaci/);
		expect(await fields(step('approved', { deliberationOn: '', deliberationNumber: '' }))).toMatchObject({
			deliberationOn: expect.stringMatching(/obbligatoria/),
			deliberationNumber: expect.stringMatching(/obbligatorio/)
		});
		expect(await fields(step('approved', { deliberationOn: '2199-01-01', deliberationNumber: '12/2025' }))).toEqual({
			deliberationOn: 'La data della deliberazione non può essere nel futuro.'
		});
		await step('approved', { deliberationOn: '2025-12-10', deliberationNumber: '12/2025' });
		await step('sent', { sentOn: '2025-12-20', protocolNumber: 'R1.2025.0012345' });
		const [v1] = await listVersions(admin, plan.id);
		expect(v1).toMatchObject({
			number: 1,
			status: 'sent',
			deliberationNumber: '12/2025',
			protocolNumber: 'R1.2025.0012345',
			frozen: true
		});
		expect(v1.steps.map((s) => [s.fromStatus, s.toStatus, s.actorName])).toEqual([
			[null, 'draft', 'Ufficio di Piano'],
			['draft', 'review', 'Ufficio di Piano'],
			['review', 'submitted', 'Ufficio di Piano'],
			['submitted', 'approved', 'Ufficio di Piano'],
			['approved', 'sent', 'Ufficio di Piano']
		]);
		expect(v1.comments.map((c) => c.body)).toEqual(['Indicare anche i minori.']);

		// Approved: editing is refused with a pointer to the new draft; the snapshot cannot be changed.
		expect(
			(
				await fields(
					updateObjective(admin, objective.id, {
						...objective,
						title: 'Altro',
						areaId: String(objective.areaId),
						version: String(objective.version)
					})
				)
			)._form
		).toMatch(/crea la bozza della versione 2/);
		await recordActual(admin, period.id, { actualNumber: '120', version: String(period.version) });
		// Monitoring goes on: what was done is written on the approved plan.
		await updateObjective(admin, objective.id, {
			...objective,
			achievements: 'Sportello potenziato',
			areaId: String(objective.areaId),
			version: String(objective.version)
		});
		objective.version++;
		await expect(
			db().execute(sql`update plan_version set snapshot = '{}'::jsonb where plan_id = ${plan.id}`)
		).rejects.toThrow();
		await expect(db().execute(sql`delete from plan_version where plan_id = ${plan.id}`)).rejects.toThrow();

		// Version 2: the edit goes through, and the comparison shows exactly what changed.
		await newDraft(admin, plan.id);
		await updateObjective(admin, objective.id, {
			...objective,
			title: 'Accrescere la capacità dei servizi',
			areaId: String(objective.areaId),
			version: String(objective.version)
		});
		const diff = await compareVersions(admin, plan.id, 1, 'bozza');
		expect(diff).toEqual([
			{
				where: 'Obiettivo G1',
				change: 'changed',
				what: 'Titolo',
				before: 'Accrescere la capacità del sistema',
				after: 'Accrescere la capacità dei servizi'
			}
		]);
		const snapshot = await versionSnapshot(admin, plan.id, 1);
		expect(snapshot?.model.sections[0].objectives[0].title).toBe('Accrescere la capacità del sistema');
		expect(snapshot?.model.status).toBe('Approvato');
		expect((await getIndicator(admin, indicator.id)).periods[0].actualNumber).toBe('120');
	});
});
