// Writes of the registry of organisations and their delegates.
import { and, eq } from 'drizzle-orm';
import { command } from '../kernel';
import { memberships, users } from '../accounts';
import { delegates, organisations } from './schema';
import { delegateInput, organisationInput } from './input';
import type { Actor } from '../kernel';

const NAME_TAKEN = { field: 'name', message: 'Esiste già un ente con questo nome.', ignoreCase: true };

export function createOrganisation(actor: Actor, input: unknown) {
	return command(actor, { can: 'organisations.manage', input: organisationInput, raw: input }, async (c, data) => {
		await c.unique(organisations, { name: data.name }, NAME_TAKEN);
		return c.create(organisations, { ...data, taxCode: data.taxCode || null });
	});
}

export function updateOrganisation(actor: Actor, id: number, input: unknown) {
	return command(
		actor,
		{ can: 'organisations.manage', input: organisationInput, raw: input, versioned: true },
		async (c, data) => {
			await c.unique(organisations, { name: data.name }, { ...NAME_TAKEN, except: id });
			return c.update(organisations, id, { ...data, taxCode: data.taxCode || null });
		}
	);
}

export function addDelegate(actor: Actor, organisationId: number, input: unknown) {
	return command(actor, { can: 'organisations.manage', input: delegateInput, raw: input }, async (c, data) => {
		await c.find(organisations, organisationId);
		// A delegate who has an account in this district (same email) is linked to it.
		const [account] = data.email
			? await c.tx
					.select({ id: users.id })
					.from(users)
					.innerJoin(memberships, and(eq(memberships.userId, users.id), eq(memberships.districtId, c.districtId)))
					.where(eq(users.email, data.email))
			: [];
		return c.create(delegates, { ...data, userId: account?.id ?? null, organisationId });
	});
}

export function removeDelegate(actor: Actor, id: number) {
	return command(actor, { can: 'organisations.manage' }, async (c) => {
		await c.remove(delegates, id);
	});
}
