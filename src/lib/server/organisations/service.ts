// The district's registry of organisations (enti) and the people who represent them.
// Organisations are public facts; delegates are personal data, shown to staff only.
import { and, asc, eq, sql } from 'drizzle-orm';
import { db, type Executor } from '../db';
import { findOwned, updateVersioned } from '../db/versioned';
import { recordChange } from '../audit/service';
import { assertCan, type Actor } from '../accounts/policy';
import { ValidationError } from '../errors';
import { parse, versionOnly } from '../validation';
import { delegates, organisations } from './schema';
import { memberships, users } from '../accounts/schema';
import { delegateInput, organisationInput } from './input';


async function assertNameFree(tx: Executor, districtId: number, name: string, exceptId?: number) {
	const [clash] = await tx
		.select({ id: organisations.id })
		.from(organisations)
		.where(and(eq(organisations.districtId, districtId), sql`lower(${organisations.name}) = lower(${name})`));
	if (clash && clash.id !== exceptId) throw new ValidationError({ name: 'Esiste già un ente con questo nome.' });
}

export async function listOrganisations(districtId: number) {
	return db().select().from(organisations).where(eq(organisations.districtId, districtId)).orderBy(asc(organisations.name));
}

export async function getOrganisation(districtId: number, id: number) {
	return findOwned(db(), organisations, districtId, id, 'Ente');
}

export async function createOrganisation(actor: Actor, input: unknown) {
	assertCan(actor, 'organisations.manage');
	const data = parse(organisationInput, input);
	return db().transaction(async (tx) => {
		await assertNameFree(tx, actor.districtId, data.name);
		const [row] = await tx
			.insert(organisations)
			.values({ ...data, taxCode: data.taxCode || null, districtId: actor.districtId })
			.returning();
		await recordChange(tx, actor, actor.districtId, { action: 'create', entity: 'organisation', entityId: row.id, after: row });
		return row;
	});
}

export async function updateOrganisation(actor: Actor, id: number, input: unknown) {
	assertCan(actor, 'organisations.manage');
	const data = parse(organisationInput, input);
	const { version: v } = parse(versionOnly, input);
	return db().transaction(async (tx) => {
		await assertNameFree(tx, actor.districtId, data.name, id);
		const { before, after } = await updateVersioned(tx, organisations, actor.districtId, id, v, { ...data, taxCode: data.taxCode || null }, 'Ente');
		await recordChange(tx, actor, actor.districtId, { action: 'update', entity: 'organisation', entityId: id, before, after });
		return after;
	});
}

export async function listDelegates(actor: Actor, organisationId: number) {
	assertCan(actor, 'people.read');
	return db()
		.select()
		.from(delegates)
		.where(and(eq(delegates.organisationId, organisationId), eq(delegates.districtId, actor.districtId)))
		.orderBy(asc(delegates.name));
}

export async function addDelegate(actor: Actor, organisationId: number, input: unknown) {
	assertCan(actor, 'organisations.manage');
	const data = parse(delegateInput, input);
	return db().transaction(async (tx) => {
		await findOwned(tx, organisations, actor.districtId, organisationId, 'Ente');
		// A delegate who has an account in this district (same email) is linked to it.
		const [account] = data.email
			? await tx
					.select({ id: users.id })
					.from(users)
					.innerJoin(memberships, and(eq(memberships.userId, users.id), eq(memberships.districtId, actor.districtId)))
					.where(eq(users.email, data.email))
			: [];
		const [row] = await tx.insert(delegates).values({ ...data, userId: account?.id ?? null, organisationId, districtId: actor.districtId }).returning();
		await recordChange(tx, actor, actor.districtId, { action: 'create', entity: 'delegate', entityId: row.id, after: row });
		return row;
	});
}

export async function removeDelegate(actor: Actor, id: number) {
	assertCan(actor, 'organisations.manage');
	return db().transaction(async (tx) => {
		const before = await findOwned(tx, delegates, actor.districtId, id, 'Referente');
		await tx.delete(delegates).where(eq(delegates.id, id));
		await recordChange(tx, actor, actor.districtId, { action: 'delete', entity: 'delegate', entityId: id, before });
	});
}
