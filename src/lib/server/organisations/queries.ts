// Reads of the registry: organisations are public facts, delegates personal data (staff only).
import { and, asc, eq } from 'drizzle-orm';
import { db } from '../db';
import { findOwned } from '../db/versioned';
import { assertCan, type Actor } from '../kernel';
import { delegates, organisations } from './schema';

export async function listOrganisations(actor: Pick<Actor, 'districtId'>) {
	return db()
		.select()
		.from(organisations)
		.where(eq(organisations.districtId, actor.districtId))
		.orderBy(asc(organisations.name));
}

export async function getOrganisation(actor: Pick<Actor, 'districtId'>, id: number) {
	return findOwned(db(), organisations, actor.districtId, id, 'Ente');
}

export async function listDelegates(actor: Actor, organisationId: number) {
	assertCan(actor, 'people.read');
	return db()
		.select()
		.from(delegates)
		.where(and(eq(delegates.organisationId, organisationId), eq(delegates.districtId, actor.districtId)))
		.orderBy(asc(delegates.name));
}
