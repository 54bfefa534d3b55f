import { describe, expect, it } from 'vitest';
import { and, desc, eq } from 'drizzle-orm';
import { errorOf, useTestDatabase } from '../db/testing';
import { db } from '../db';
import { createAccount, createDistrict } from '../accounts';
import { auditLog, systemActor, type Actor } from '../kernel';
import { createOrganisation } from '../organisations';
import { createRoundtable } from '../roundtables';
import { advanceVersion, listVersions } from '../versions';
import { ConflictError, ForbiddenError, ValidationError } from '../errors';
import {
	createIndicator,
	createObjective,
	createPlan,
	getIndicator,
	indicatorOwner,
	ownerOptions,
	setIndicatorOwner,
	updateIndicator
} from '.';

useTestDatabase();

async function setup(slug: string) {
	const district = await createDistrict({ slug, name: `Ambito ${slug}` });
	const admin: Actor = { ...systemActor(district.id), userId: 'u-admin', name: 'Anna Ufficio' };
	const plan = await createPlan(admin, { title: 'Piano', startYear: '2024', endYear: '2026', status: 'drafting' });
	const objective = await createObjective(admin, plan.id, { kind: 'system', code: 'S1', title: 'Sistema' });
	const indicator = await createIndicator(admin, objective.id, {
		code: 'S1.OUT1',
		name: 'Operatori formati',
		kind: 'output',
		measure: 'count',
		direction: 'higher',
		aggregation: 'sum'
	});
	const person = await createAccount(admin, {
		email: `maria@${slug}.it`,
		name: 'Maria Rossi',
		role: 'coordinator',
		password: 'password-lunga-1'
	});
	const roundtable = await createRoundtable(admin, { name: 'Tavolo anziani', coordinatorId: person.id });
	const organisation = await createOrganisation(admin, { name: 'Caritas', type: 'third_sector' });
	return { district, admin, plan, indicator, person, roundtable, organisation };
}

const fields = async (p: Promise<unknown>) => ((await errorOf(p)) as ValidationError).fields;
const current = async (admin: Actor, id: number) => (await getIndicator(admin, id)).indicator;

describe('indicator owners', () => {
	it('sets an account, a roundtable or an organisation of the district, and clears it', async () => {
		const { admin, indicator, person, roundtable, organisation } = await setup('own-a');
		let version = indicator.version;
		for (const [owner, kind, id, name] of [
			[`account:${person.id}`, 'account', person.id, 'Maria Rossi'],
			[`roundtable:${roundtable.id}`, 'roundtable', String(roundtable.id), 'Tavolo anziani'],
			[`organisation:${organisation.id}`, 'organisation', String(organisation.id), 'Caritas']
		]) {
			const saved = await setIndicatorOwner(admin, indicator.id, { owner, version: String(version) });
			expect(saved).toMatchObject({ ownerKind: kind, ownerId: id, version: version + 1 });
			version = saved.version;
			expect(await indicatorOwner(admin, saved)).toMatchObject({ kind, id, name });
		}
		const cleared = await setIndicatorOwner(admin, indicator.id, { owner: '', version: String(version) });
		expect(cleared).toMatchObject({ ownerKind: null, ownerId: null });
		expect(await indicatorOwner(admin, cleared)).toBeNull();
		const [log] = await db()
			.select()
			.from(auditLog)
			.where(and(eq(auditLog.entity, 'indicator'), eq(auditLog.entityId, String(indicator.id))))
			.orderBy(desc(auditLog.id))
			.limit(1);
		expect(log.before).toMatchObject({ ownerKind: 'organisation', ownerId: String(organisation.id) });
		expect(log.after).toMatchObject({ ownerKind: null, ownerId: null });
	});

	it('lists the possible owners grouped as Persone, Tavoli, Enti', async () => {
		const { admin, person, roundtable, organisation } = await setup('own-list');
		const groups = await ownerOptions(admin);
		expect(groups.map((g) => g.label)).toEqual(['Persone', 'Tavoli', 'Enti']);
		expect(groups[0].options).toEqual([{ value: `account:${person.id}`, label: 'Maria Rossi' }]);
		expect(groups[1].options).toEqual([{ value: `roundtable:${roundtable.id}`, label: 'Tavolo anziani' }]);
		expect(groups[2].options).toEqual([{ value: `organisation:${organisation.id}`, label: 'Caritas' }]);
	});

	it('refuses an owner of another district, or no owner at all, with a message by the field', async () => {
		const mine = await setup('own-b');
		const other = await setup('own-c');
		const v = String(mine.indicator.version);
		const set = (owner: string) => setIndicatorOwner(mine.admin, mine.indicator.id, { owner, version: v });
		expect(await fields(set(`roundtable:${other.roundtable.id}`))).toEqual({
			owner: 'Questo tavolo non è di questo ambito: scegliere il responsabile dall’elenco.'
		});
		expect(await fields(set(`organisation:${other.organisation.id}`))).toEqual({
			owner: 'Questo ente non è di questo ambito: scegliere il responsabile dall’elenco.'
		});
		expect(await fields(set(`account:${other.person.id}`))).toEqual({
			owner: 'Questa persona non ha un account in questo ambito: scegliere il responsabile dall’elenco.'
		});
		expect(await fields(set('roundtable:999999'))).toHaveProperty('owner');
		expect(await fields(set('tavolo:3'))).toEqual({ owner: 'Scegliere il responsabile dall’elenco.' });
		// Another district's indicator is not found; nothing was written.
		await expect(
			setIndicatorOwner(mine.admin, other.indicator.id, { owner: '', version: String(other.indicator.version) })
		).rejects.toThrow();
		expect(await current(mine.admin, mine.indicator.id)).toMatchObject({ ownerKind: null, version: 1 });
	});

	it('refuses a stale form and those who do not manage the plan', async () => {
		const { admin, indicator, roundtable, district } = await setup('own-d');
		const owner = `roundtable:${roundtable.id}`;
		await setIndicatorOwner(admin, indicator.id, { owner, version: String(indicator.version) });
		expect(
			await errorOf(setIndicatorOwner(admin, indicator.id, { owner: '', version: String(indicator.version) }))
		).toBeInstanceOf(ConflictError);
		const coordinator: Actor = { ...systemActor(district.id), userId: 'u-c', name: 'Coord', role: 'coordinator' };
		expect(
			await errorOf(setIndicatorOwner(coordinator, indicator.id, { owner: '', version: String(indicator.version + 1) }))
		).toBeInstanceOf(ForbiddenError);
	});

	it('changes after the plan is approved, while the programme stays frozen', async () => {
		const { admin, plan, indicator, person } = await setup('own-e');
		for (const [to, extra] of [
			['review', {}],
			['submitted', {}],
			['approved', { deliberationOn: '2024-03-10', deliberationNumber: '3/2024' }]
		] as const) {
			const [latest] = await listVersions(admin, plan.id);
			await advanceVersion(admin, plan.id, to, { version: String(latest?.version ?? 1), ...extra });
		}
		const before = await current(admin, indicator.id);
		// The definition is programme: refused.
		expect(
			Object.values(
				await fields(
					updateIndicator(admin, indicator.id, {
						code: before.code,
						name: 'Altro',
						kind: before.kind,
						measure: before.measure,
						direction: before.direction,
						aggregation: before.aggregation,
						version: String(before.version)
					})
				)
			).join(' ')
		).toMatch(/approvata/);
		const saved = await setIndicatorOwner(admin, indicator.id, {
			owner: `account:${person.id}`,
			version: String(before.version)
		});
		expect(saved).toMatchObject({ ownerKind: 'account', ownerId: person.id, name: 'Operatori formati' });
	});
});
