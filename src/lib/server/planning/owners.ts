// Who answers for an indicator's actuals: an account of the district, a roundtable or an
// organisation (indicator.ownerKind/ownerId). The owner is operational, not programme: it is
// set and changed after the plan's approval too (no assertPlanEditable), and the monitoring
// reminders (reminders.ts) go to them.
//
// Each kind of owner is a directory: who there is in a district (the select, the names) and
// which accounts to write to. Accounts and organisations are read here through their modules;
// roundtables register their own (roundtables/owners.ts), as they import planning already.
import { and, eq, inArray } from 'drizzle-orm';
import { z } from 'zod';
import { db, type Executor } from '../db';
import { ValidationError } from '../errors';
import { command, type Actor, type Reader } from '../kernel';
import { memberships, users } from '../accounts';
import { delegates, organisations } from '../organisations';
import { indicators, OWNER_KINDS, type OwnerKind } from './schema';

/** An owner of the district, as the select lists it. */
export interface OwnerEntry {
	id: string;
	name: string;
}

/** An account to write to about an owner's indicators. */
export interface OwnerRecipient {
	ownerId: string;
	name: string;
	email: string;
}

export interface OwnerDirectory {
	/** The district's owners of this kind, by name: the select, the names shown, and what an id may be. */
	list(tx: Executor, districtId: number): Promise<OwnerEntry[]>;
	/** The accounts (members of the district) that the reminders of these owners go to. */
	recipients(tx: Executor, districtId: number, ids: string[]): Promise<OwnerRecipient[]>;
}

const directories = new Map<OwnerKind, OwnerDirectory>();

export function registerOwners(kind: OwnerKind, directory: OwnerDirectory) {
	directories.set(kind, directory);
}

function directory(kind: OwnerKind): OwnerDirectory {
	const found = directories.get(kind);
	// A kind nobody registered would silently lose its owners: fail loudly instead.
	if (!found) throw new Error(`planning: nessun elenco registrato per i responsabili di tipo «${kind}»`);
	return found;
}

/** The Italian name of each kind, as the select groups them. */
export const OWNER_GROUPS: Record<OwnerKind, string> = {
	account: 'Persone',
	roundtable: 'Tavoli',
	organisation: 'Enti'
};

/** How a kind reads beside an owner's name. */
const OWNER_KIND_LABEL: Record<OwnerKind, string> = { account: 'Persona', roundtable: 'Tavolo', organisation: 'Ente' };
/** The refusal of an id that names no owner of the district. */
const NOT_HERE: Record<OwnerKind, string> = {
	account: 'Questa persona non ha un account in questo ambito',
	roundtable: 'Questo tavolo non è di questo ambito',
	organisation: 'Questo ente non è di questo ambito'
};

// ---- accounts and organisations ----------------------------------------------------------

/** Members of the district, whatever their role. */
registerOwners('account', {
	list: (tx, districtId) =>
		tx
			.select({ id: users.id, name: users.name })
			.from(memberships)
			.innerJoin(users, eq(users.id, memberships.userId))
			.where(eq(memberships.districtId, districtId))
			.orderBy(users.name),
	recipients: async (tx, districtId, ids) =>
		ids.length
			? (
					await tx
						.select({ ownerId: users.id, name: users.name, email: users.email })
						.from(memberships)
						.innerJoin(users, eq(users.id, memberships.userId))
						.where(and(eq(memberships.districtId, districtId), inArray(users.id, ids)))
				).filter((r) => r.email)
			: []
});

/** Organisations of the district; their reminders go to their delegates who have an account here. */
registerOwners('organisation', {
	list: async (tx, districtId) =>
		(
			await tx
				.select({ id: organisations.id, name: organisations.name })
				.from(organisations)
				.where(eq(organisations.districtId, districtId))
				.orderBy(organisations.name)
		).map((o) => ({ id: String(o.id), name: o.name })),
	recipients: async (tx, districtId, ids) => {
		const numeric = ids.map(Number).filter(Number.isInteger);
		if (!numeric.length) return [];
		const rows = await tx
			.select({ organisationId: delegates.organisationId, name: users.name, email: users.email })
			.from(delegates)
			.innerJoin(users, eq(users.id, delegates.userId))
			.innerJoin(memberships, and(eq(memberships.userId, users.id), eq(memberships.districtId, districtId)))
			.where(and(eq(delegates.districtId, districtId), inArray(delegates.organisationId, numeric)));
		return rows
			.filter((r) => r.email)
			.map((r) => ({ ownerId: String(r.organisationId), name: r.name, email: r.email }));
	}
});

// ---- reads ------------------------------------------------------------------------------

/** Every possible owner of the district, grouped as the select shows them (Persone, Tavoli, Enti). */
export async function ownerOptions(reader: Reader) {
	const lists = await Promise.all(OWNER_KINDS.map((kind) => directory(kind).list(db(), reader.districtId)));
	return OWNER_KINDS.map((kind, n) => ({
		kind,
		label: OWNER_GROUPS[kind],
		options: lists[n].map((o) => ({ value: ownerValue(kind, o.id), label: o.name }))
	}));
}

/** The select's value of an owner ("roundtable:3"), or '' for none. */
export function ownerValue(kind: OwnerKind | null, id: string | null): string {
	return kind && id ? `${kind}:${id}` : '';
}

/** An indicator's owner as pages show it. */
export interface OwnerView {
	kind: OwnerKind;
	id: string;
	name: string;
	/** "Tavolo", "Ente" or "Persona". */
	kindLabel: string;
	/** Where the owner's page is, for those who may open it (a person has none). */
	path: string | null;
}

/**
 * The names of the owners of `rows` (indicators), by "kind:id": one read per kind. An owner
 * that no longer exists (a roundtable deleted) reads as "non più presente".
 */
export async function ownerNames(
	reader: Reader,
	rows: { ownerKind: OwnerKind | null; ownerId: string | null }[]
): Promise<Map<string, OwnerView>> {
	const kinds = [...new Set(rows.map((r) => r.ownerKind).filter((k): k is OwnerKind => !!k))];
	const lists = await Promise.all(kinds.map((kind) => directory(kind).list(db(), reader.districtId)));
	const names = new Map<string, OwnerView>();
	for (const r of rows) {
		if (!r.ownerKind || !r.ownerId) continue;
		const key = ownerValue(r.ownerKind, r.ownerId);
		if (names.has(key)) continue;
		const found = lists[kinds.indexOf(r.ownerKind)].find((o) => o.id === r.ownerId);
		names.set(key, {
			kind: r.ownerKind,
			id: r.ownerId,
			name: found?.name ?? 'non più presente',
			kindLabel: OWNER_KIND_LABEL[r.ownerKind],
			path: !found
				? null
				: r.ownerKind === 'roundtable'
					? `tavoli/${r.ownerId}`
					: r.ownerKind === 'organisation'
						? `enti/${r.ownerId}`
						: null
		});
	}
	return names;
}

/** The owner of one indicator, or null. */
export async function indicatorOwner(
	reader: Reader,
	indicator: { ownerKind: OwnerKind | null; ownerId: string | null }
): Promise<OwnerView | null> {
	const names = await ownerNames(reader, [indicator]);
	return names.get(ownerValue(indicator.ownerKind, indicator.ownerId)) ?? null;
}

/** The accounts to remind about owners of `kind` (see OwnerDirectory.recipients). */
export function ownerRecipients(tx: Executor, districtId: number, kind: OwnerKind, ids: string[]) {
	return directory(kind).recipients(tx, districtId, ids);
}

// ---- the command ------------------------------------------------------------------------

const PICK = 'Scegliere il responsabile dall’elenco.';

/** The select's value: "account:<id>", "roundtable:<id>", "organisation:<id>", or empty for none. */
export const ownerInput = z.object({
	owner: z
		.string()
		.trim()
		.max(200, { error: PICK })
		.default('')
		.transform((raw, ctx) => {
			if (raw === '') return { ownerKind: null, ownerId: null };
			const match = /^(account|roundtable|organisation):(\S+)$/.exec(raw);
			if (!match) {
				ctx.addIssue({ code: 'custom', message: PICK });
				return z.NEVER;
			}
			return { ownerKind: match[1] as OwnerKind, ownerId: match[2] };
		})
});

/**
 * Sets (or, with an empty `owner`, clears) who answers for an indicator's actuals. The owner
 * must be of the indicator's district; it may change after the plan's approval, as it is how
 * the monitoring is run, not what the plan says.
 */
export function setIndicatorOwner(actor: Actor, indicatorId: number, input: unknown) {
	return command(
		actor,
		{ can: 'planning.manage', input: ownerInput, raw: input, versioned: true },
		async (c, { owner }) => {
			await c.find(indicators, indicatorId);
			if (owner.ownerKind) {
				const known = await directory(owner.ownerKind).list(c.tx, c.districtId);
				if (!known.some((o) => o.id === owner.ownerId))
					throw new ValidationError({
						owner: `${NOT_HERE[owner.ownerKind]}: scegliere il responsabile dall’elenco.`
					});
			}
			return c.update(indicators, indicatorId, owner);
		}
	);
}
