// Minutes of a meeting: written by who manages the meeting, shared with the members for
// comments, then approved, after which they are frozen. Attachments have size and type limits.
import { and, eq } from 'drizzle-orm';
import { z } from 'zod';
import { command, type Actor, type Context } from '../kernel';
import { ConflictError, ForbiddenError, ValidationError } from '../errors';
import { oneOf, requiredText, version } from '../validation';
import { sanitizeRichText } from '../richtext';
import { checkedUpload } from '../files';
import { meetings, minutes, minutesAttachments, minutesComments, MINUTES_STATUSES, type MinutesStatus } from './schema';
import { assertCanManageMeetingsOf, mayCommentMinutes } from './access';
import { mailMinutes } from './invitations';

const ALLOWED: Record<MinutesStatus, MinutesStatus[]> = {
	draft: ['shared', 'approved'],
	shared: ['draft', 'approved'],
	approved: []
};

const bodyInput = z.object({
	body: z.string().max(200_000, { error: 'Il verbale è troppo lungo.' }).default(''),
	version: z.coerce.number().int().min(0).default(0)
});
const statusInput = z.object({ status: oneOf(MINUTES_STATUSES, 'Scegliere uno stato.'), version });
const commentInput = z.object({ body: requiredText(4000, 'Il commento') });

async function editable(c: Context, actor: Actor, meetingId: number) {
	const meeting = await c.find(meetings, meetingId);
	await assertCanManageMeetingsOf(c.tx, actor, meeting);
	const [row] = await c.tx.select().from(minutes).where(eq(minutes.meetingId, meetingId));
	if (row?.status === 'approved')
		throw new ValidationError({ _form: 'Il verbale è approvato e non si può più modificare.' });
	return row;
}

/** Creates or updates the minutes; `version` 0 means "new". */
export function saveMinutes(actor: Actor, meetingId: number, input: unknown) {
	return command(actor, { input: bodyInput, raw: input }, async (c, data) => {
		const body = sanitizeRichText(data.body);
		const current = await editable(c, actor, meetingId);
		if (!current) {
			if (data.version !== 0) throw new ConflictError({});
			return c.create(minutes, { meetingId, body });
		}
		return c.update(minutes, current.id, { body }, { version: data.version });
	});
}

/**
 * Moves the minutes to draft, shared or approved. With `origin` (the site's address), minutes
 * shared for comments or approved are announced by email to the organisations of the meeting.
 */
export async function setMinutesStatus(actor: Actor, meetingId: number, input: unknown, origin?: string) {
	const row = await command(actor, { input: statusInput, raw: input }, async (c, data) => {
		const current = await editable(c, actor, meetingId);
		if (!current) throw new ValidationError({ _form: 'Scrivere prima il verbale.' });
		if (current.version !== data.version) throw new ConflictError(current);
		if (!ALLOWED[current.status].includes(data.status))
			throw new ValidationError({ status: 'Passaggio di stato non ammesso.' });
		const approvedAt = data.status === 'approved' ? new Date() : null;
		return c.update(
			minutes,
			current.id,
			{ status: data.status, approvedAt },
			{ version: data.version, action: data.status }
		);
	});
	if (!origin || row.status === 'draft') return row;
	// After the commit: the SMTP exchange holds no transaction, and its failure stays in the outbox.
	const mailed = await mailMinutes(actor, meetingId, row.status, origin);
	return { ...row, notice: mailed.notice, mailed };
}

/** Members comment on minutes while they are shared. */
export function commentMinutes(actor: Actor, meetingId: number, input: unknown) {
	return command(actor, { can: 'comments.write', input: commentInput, raw: input }, async (c, data) => {
		const meeting = await c.find(meetings, meetingId);
		if (!(await mayCommentMinutes(actor, meeting, c.tx)))
			throw new ForbiddenError('Commentano il verbale i membri del tavolo.');
		const [row] = await c.tx
			.select()
			.from(minutes)
			.where(and(eq(minutes.meetingId, meetingId), eq(minutes.districtId, c.districtId)));
		if (row?.status !== 'shared')
			throw new ValidationError({ body: 'Si può commentare solo un verbale condiviso con i membri.' });
		return c.create(minutesComments, { minutesId: row.id, authorName: actor.name, body: data.body });
	});
}

export async function addAttachment(actor: Actor, meetingId: number, file: File | null) {
	const upload = await checkedUpload(file);
	return command(actor, {}, async (c) => {
		const current = (await editable(c, actor, meetingId)) ?? (await c.create(minutes, { meetingId }));
		const { id, filename, size } = await c.create(minutesAttachments, { ...upload, minutesId: current.id });
		return { id, filename, size };
	});
}
