// Writes of agreements, their parties and signed document. Every change may move the
// indicators computed from signed agreements: they are recomputed once, at the end of the
// command that made it.
import { and, asc, eq, lt, isNotNull } from 'drizzle-orm';
import { ConflictError, ValidationError } from '../errors';
import { checkedUpload } from '../files';
import { assertCan, command, type Actor, type Change, type Context } from '../kernel';
import { organisations } from '../organisations';
import { objectives, plans, refreshComputed } from '../planning';
import { agreementInput, day, futureSignature, partyInput, signatureInput } from './input';
import { agreementObjectives, agreementParties, agreements } from './schema';

/** Indicators computed from signed agreements are brought up to date once, at the end. */
function refreshIndicators(c: Context) {
	c.atEnd('agreements:indicators', () => refreshComputed(c, (i) => i.source === 'agreements_signed'));
}

type AgreementRow = typeof agreements.$inferSelect;

/** An agreement as commands hand it back: never its document's bytes. */
function withoutBytes(row: AgreementRow): Omit<AgreementRow, 'documentData'> {
	const { documentData: _bytes, ...rest } = row;
	return rest;
}

/** The plan and the objectives a form sends must be of this district. */
async function checkLinks(c: Context, data: { planId: number | null; objectiveIds: number[] }) {
	if (data.planId)
		await c.owned(plans, [data.planId], { field: 'planId', message: 'Scegliere un piano di questo ambito.' });
	await c.owned(objectives, data.objectiveIds, {
		field: 'objectiveIds',
		message: 'Scegliere obiettivi dei piani di questo ambito.'
	});
}

async function saveObjectives(c: Context, agreementId: number, objectiveIds: number[]) {
	await c.tx.delete(agreementObjectives).where(eq(agreementObjectives.agreementId, agreementId));
	if (objectiveIds.length)
		await c.tx.insert(agreementObjectives).values(objectiveIds.map((objectiveId) => ({ agreementId, objectiveId })));
}

/** The log keeps an agreement's objectives with it. */
const withObjectives =
	(objectiveIds: number[]) =>
	(change: Change): Change => ({ ...change, after: { ...(change.after as object), objectiveIds } });

export function createAgreement(actor: Actor, input: unknown) {
	return command(actor, { can: 'agreements.manage', input: agreementInput, raw: input }, async (c, data) => {
		await checkLinks(c, data);
		const { objectiveIds, ...values } = data;
		const row = await c.create(agreements, values, { log: withObjectives(objectiveIds) });
		await saveObjectives(c, row.id, objectiveIds);
		refreshIndicators(c);
		return withoutBytes(row);
	});
}

export async function updateAgreement(actor: Actor, id: number, input: unknown) {
	try {
		return await command(
			actor,
			{ can: 'agreements.manage', input: agreementInput, raw: input, versioned: true },
			async (c, data) => {
				await checkLinks(c, data);
				// A party that signed before the (new) draft date would contradict it.
				const [early] = await c.tx
					.select({ name: organisations.name, signedOn: agreementParties.signedOn })
					.from(agreementParties)
					.innerJoin(organisations, eq(organisations.id, agreementParties.organisationId))
					.where(
						and(
							eq(agreementParties.agreementId, id),
							eq(agreementParties.districtId, c.districtId),
							isNotNull(agreementParties.signedOn),
							lt(agreementParties.signedOn, data.draftedOn)
						)
					)
					.orderBy(asc(agreementParties.signedOn))
					.limit(1);
				if (early)
					throw new ValidationError({
						draftedOn: `${early.name} ha firmato il ${day(early.signedOn!)}: la bozza non può essere successiva alle firme (bozza del ${day(data.draftedOn)}).`
					});
				const { objectiveIds, ...values } = data;
				const after = await c.update(agreements, id, values, { log: withObjectives(objectiveIds) });
				await saveObjectives(c, id, objectiveIds);
				refreshIndicators(c);
				return withoutBytes(after);
			}
		);
	} catch (e) {
		// The form shows what is stored now: not the document's bytes.
		if (e instanceof ConflictError) throw new ConflictError(withoutBytes(e.current as AgreementRow));
		throw e;
	}
}

export function deleteAgreement(actor: Actor, id: number) {
	return command(actor, { can: 'agreements.manage' }, async (c) => {
		const row = await c.remove(agreements, id);
		refreshIndicators(c);
		return { id: row.id, title: row.title };
	});
}

// ---- parties ------------------------------------------------------------------------------

/** A party's signature: not before the agreement's draft, not in the future. */
function checkSignature(agreement: AgreementRow, signedOn: string | null) {
	if (!signedOn) return;
	if (signedOn < agreement.draftedOn)
		throw new ValidationError({
			signedOn: `Un ente non può firmare prima della bozza dell’accordo (firma del ${day(signedOn)}, bozza del ${day(agreement.draftedOn)}).`
		});
	const future = futureSignature(signedOn);
	if (future) throw new ValidationError({ signedOn: future });
}

/** The log names the organisation of a party ("Ente: Comune di Lodi"), not just its number. */
const partyLog =
	(organisationName: string) =>
	(change: Change): Change => {
		const named = (row: unknown) => (row && typeof row === 'object' ? { ...row, organisationName } : row);
		return { ...change, before: named(change.before), after: named(change.after) };
	};

/** An organisation of this district joins the agreement (with the day it signed, if it has). */
export function addParty(actor: Actor, agreementId: number, input: unknown) {
	return command(actor, { can: 'agreements.manage', input: partyInput, raw: input }, async (c, data) => {
		// Locked: two saves of the same organisation see each other in turn.
		const agreement = await c.find(agreements, agreementId, { lock: true });
		await c.owned(organisations, [data.organisationId], {
			field: 'organisationId',
			message: 'Questo ente non è di questo ambito: sono parti dell’accordo solo enti dell’ambito.'
		});
		await c.unique(
			agreementParties,
			{ agreementId, organisationId: data.organisationId },
			{ field: 'organisationId', message: 'Questo ente è già parte dell’accordo.' }
		);
		checkSignature(agreement, data.signedOn);
		const organisation = await c.find(organisations, data.organisationId);
		const row = await c.create(agreementParties, { ...data, agreementId }, { log: partyLog(organisation.name) });
		refreshIndicators(c);
		return row;
	});
}

async function partyOf(c: Context, partyId: number) {
	const party = await c.find(agreementParties, partyId, { lock: true });
	const agreement = await c.find(agreements, party.agreementId);
	const organisation = await c.find(organisations, party.organisationId);
	return { party, agreement, log: partyLog(organisation.name) };
}

/** A party signs on a day (or its signature is taken back: an empty date). */
export function signParty(actor: Actor, partyId: number, input: unknown) {
	return command(actor, { can: 'agreements.manage', input: signatureInput, raw: input }, async (c, data) => {
		const { agreement, log } = await partyOf(c, partyId);
		checkSignature(agreement, data.signedOn);
		const row = await c.update(agreementParties, partyId, { signedOn: data.signedOn }, { log });
		refreshIndicators(c);
		return row;
	});
}

export function removeParty(actor: Actor, partyId: number) {
	return command(actor, { can: 'agreements.manage' }, async (c) => {
		const { log } = await partyOf(c, partyId);
		const row = await c.remove(agreementParties, partyId, { log });
		refreshIndicators(c);
		return { id: row.id, agreementId: row.agreementId };
	});
}

// ---- the signed document --------------------------------------------------------------------

/** The signed text (a PDF or another document), checked on its bytes; it replaces any earlier one. */
export async function attachDocument(actor: Actor, agreementId: number, file: File | null) {
	assertCan(actor, 'agreements.manage');
	const upload = await checkedUpload(file);
	return command(actor, { can: 'agreements.manage' }, async (c) => {
		const row = await c.update(
			agreements,
			agreementId,
			{
				documentName: upload.filename,
				documentType: upload.contentType,
				documentSize: upload.size,
				documentData: upload.data
			},
			{ version: 'any' }
		);
		refreshIndicators(c);
		return { id: row.id, documentName: row.documentName, documentSize: row.documentSize };
	});
}

export function removeDocument(actor: Actor, agreementId: number) {
	return command(actor, { can: 'agreements.manage' }, async (c) => {
		await c.update(
			agreements,
			agreementId,
			{ documentName: null, documentType: null, documentSize: null, documentData: null },
			{ version: 'any' }
		);
		refreshIndicators(c);
	});
}
