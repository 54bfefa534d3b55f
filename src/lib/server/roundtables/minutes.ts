// Minutes of a meeting: written by who manages the meeting, shared with the members for
// comments, then approved, after which they are frozen. Attachments have size and type limits.
import { assertCan, can, type Actor } from '../kernel/access';
import { and, asc, eq, isNull } from 'drizzle-orm';
import { z } from 'zod';
import { db, type Executor } from '../db';
import { findOwned } from '../db/versioned';
import { recordChange } from '../audit/service';
import { ConflictError, ForbiddenError, ValidationError } from '../errors';
import { oneOf, parse, requiredText, version } from '../validation';
import { sanitizeRichText } from '../richtext';
import { checkedUpload } from '../files';
import { meetings, minutes, minutesAttachments, minutesComments, roundtableMembers, MINUTES_STATUSES, type MinutesStatus } from './schema';
import { delegates } from '../organisations/schema';
import { assertCanManageMeetingsOf } from './service';

const ALLOWED: Record<MinutesStatus, MinutesStatus[]> = { draft: ['shared', 'approved'], shared: ['draft', 'approved'], approved: [] };

const bodyInput = z.object({ body: z.string().max(200_000, { error: 'Il verbale è troppo lungo.' }).default(''), version: z.coerce.number().int().min(0).default(0) });
const statusInput = z.object({ status: oneOf(MINUTES_STATUSES, 'Scegliere uno stato.'), version });
const commentInput = z.object({ body: requiredText(4000, 'Il commento') });

export async function getMinutes(districtId: number, meetingId: number) {
	const [row] = await db().select().from(minutes).where(and(eq(minutes.meetingId, meetingId), eq(minutes.districtId, districtId)));
	if (!row) return null;
	const [comments, attachments] = await Promise.all([
		db().select().from(minutesComments).where(eq(minutesComments.minutesId, row.id)).orderBy(asc(minutesComments.id)),
		db()
			.select({ id: minutesAttachments.id, filename: minutesAttachments.filename, size: minutesAttachments.size, contentType: minutesAttachments.contentType })
			.from(minutesAttachments)
			.where(eq(minutesAttachments.minutesId, row.id))
			.orderBy(asc(minutesAttachments.id))
	]);
	return { ...row, comments, attachments };
}

async function editable(tx: Executor, actor: Actor, meetingId: number) {
	const meeting = await findOwned(tx, meetings, actor.districtId, meetingId, 'Incontro');
	await assertCanManageMeetingsOf(tx, actor, meeting);
	const [row] = await tx.select().from(minutes).where(eq(minutes.meetingId, meetingId));
	if (row?.status === 'approved') throw new ValidationError({ _form: 'Il verbale è approvato e non si può più modificare.' });
	return row;
}

/** Creates or updates the minutes; `version` 0 means "new". */
export async function saveMinutes(actor: Actor, meetingId: number, input: unknown) {
	const data = parse(bodyInput, input);
	const body = sanitizeRichText(data.body);
	return db().transaction(async (tx) => {
		const current = await editable(tx, actor, meetingId);
		if (!current) {
			if (data.version !== 0) throw new ConflictError({});
			const [row] = await tx.insert(minutes).values({ meetingId, body, districtId: actor.districtId }).returning();
			await recordChange(tx, actor, actor.districtId, { action: 'create', entity: 'minutes', entityId: row.id, after: row });
			return row;
		}
		if (current.version !== data.version) throw new ConflictError(current);
		const [row] = await tx
			.update(minutes)
			.set({ body, version: current.version + 1, updatedAt: new Date() })
			.where(and(eq(minutes.id, current.id), eq(minutes.version, data.version)))
			.returning();
		if (!row) throw new ConflictError(current);
		await recordChange(tx, actor, actor.districtId, { action: 'update', entity: 'minutes', entityId: row.id, before: current, after: row });
		return row;
	});
}

export async function setMinutesStatus(actor: Actor, meetingId: number, input: unknown) {
	const data = parse(statusInput, input);
	return db().transaction(async (tx) => {
		const current = await editable(tx, actor, meetingId);
		if (!current) throw new ValidationError({ _form: 'Scrivere prima il verbale.' });
		if (current.version !== data.version) throw new ConflictError(current);
		if (!ALLOWED[current.status].includes(data.status)) throw new ValidationError({ status: 'Passaggio di stato non ammesso.' });
		const [row] = await tx
			.update(minutes)
			.set({ status: data.status, approvedAt: data.status === 'approved' ? new Date() : null, version: current.version + 1, updatedAt: new Date() })
			.where(eq(minutes.id, current.id))
			.returning();
		await recordChange(tx, actor, actor.districtId, { action: data.status, entity: 'minutes', entityId: row.id, before: current, after: row });
		return row;
	});
}

/**
 * Who may comment on a meeting's minutes: the office and coordinators, and delegates of an
 * organisation that belongs to the meeting's roundtable. Viewers only read.
 */
export async function mayCommentMinutes(actor: Actor, meeting: { roundtableId: number | null }, tx: Executor = db()): Promise<boolean> {
	if (!can(actor, 'comments.write')) return false;
	if (actor.role !== 'delegate') return true;
	if (!meeting.roundtableId) return false;
	const [mine] = await tx
		.select({ id: roundtableMembers.organisationId })
		.from(roundtableMembers)
		.innerJoin(delegates, eq(delegates.organisationId, roundtableMembers.organisationId))
		.where(and(eq(roundtableMembers.roundtableId, meeting.roundtableId), isNull(roundtableMembers.leftOn), eq(delegates.userId, actor.userId), eq(delegates.districtId, actor.districtId)))
		.limit(1);
	return !!mine;
}

/** Members comment on minutes while they are shared. */
export async function commentMinutes(actor: Actor, meetingId: number, input: unknown) {
	assertCan(actor, 'comments.write');
	const data = parse(commentInput, input);
	return db().transaction(async (tx) => {
		const meeting = await findOwned(tx, meetings, actor.districtId, meetingId, 'Incontro');
		if (!(await mayCommentMinutes(actor, meeting, tx))) throw new ForbiddenError('Commentano il verbale i membri del tavolo.');
		const [row] = await tx.select().from(minutes).where(and(eq(minutes.meetingId, meetingId), eq(minutes.districtId, actor.districtId)));
		if (row?.status !== 'shared') throw new ValidationError({ body: 'Si può commentare solo un verbale condiviso con i membri.' });
		const [comment] = await tx.insert(minutesComments).values({ minutesId: row.id, authorName: actor.name, body: data.body, districtId: actor.districtId }).returning();
		await recordChange(tx, actor, actor.districtId, { action: 'create', entity: 'minutes_comment', entityId: comment.id, after: comment });
		return comment;
	});
}

export async function addAttachment(actor: Actor, meetingId: number, file: File | null) {
	const upload = await checkedUpload(file);
	return db().transaction(async (tx) => {
		let current = await editable(tx, actor, meetingId);
		if (!current) [current] = await tx.insert(minutes).values({ meetingId, districtId: actor.districtId }).returning();
		const [row] = await tx
			.insert(minutesAttachments)
			.values({ ...upload, minutesId: current.id, districtId: actor.districtId })
			.returning({ id: minutesAttachments.id, filename: minutesAttachments.filename, size: minutesAttachments.size });
		await recordChange(tx, actor, actor.districtId, { action: 'create', entity: 'minutes_attachment', entityId: row.id, after: row });
		return row;
	});
}

export async function getAttachment(districtId: number, id: number) {
	return findOwned(db(), minutesAttachments, districtId, id, 'Allegato');
}
