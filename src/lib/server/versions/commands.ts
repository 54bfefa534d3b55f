// Writes of a plan's versions: each step along the approval path (recorded with who and
// when; approval freezes a snapshot of the programme), the new draft that may open as soon as
// a version is approved, and the staff's review comments. Monitoring is none of this: actuals
// go on being recorded on the plan whatever the state of its versions.
import { and, desc, eq, isNotNull } from 'drizzle-orm';
import { command, type Actor, type Context } from '../kernel';
import { ConflictError, ValidationError } from '../errors';
import { plans, publishDraftObjectives } from '../planning';
import { planDocument } from '../documents';
import { assertMayCommentOnVersions } from './access';
import { approvalInput, commentInput, sendingInput, stepInput } from './input';
import { planData, type Snapshot } from './queries';
import { planVersionComments, planVersions, planVersionSteps, type VersionStatus } from './schema';
import { NEXT, STATUS_LABEL } from './steps';

/** Records a step of a version, with who took it (the steps are the version's own history). */
async function recordStep(
	c: Context,
	versionId: number,
	fromStatus: VersionStatus | null,
	toStatus: VersionStatus,
	note = ''
) {
	await c.tx
		.insert(planVersionSteps)
		.values({ districtId: c.districtId, versionId, fromStatus, toStatus, actorName: c.actor?.name ?? 'sistema', note });
}

/** The version being worked on: the latest, created as version 1 the first time. */
async function latestVersion(c: Context, planId: number) {
	const [latest] = await c.tx
		.select()
		.from(planVersions)
		.where(eq(planVersions.planId, planId))
		.orderBy(desc(planVersions.number))
		.limit(1)
		.for('update');
	if (latest) return latest;
	const created = await c.create(planVersions, { planId, number: 1 });
	await recordStep(c, created.id, null, 'draft');
	return created;
}

/**
 * The latest approved version (locked), for recording its sending to the Region: a new draft
 * may already be open after it, the sending still belongs to the approved one.
 */
async function latestApproved(c: Context, planId: number) {
	const [row] = await c.tx
		.select()
		.from(planVersions)
		.where(and(eq(planVersions.planId, planId), isNotNull(planVersions.snapshot)))
		.orderBy(desc(planVersions.number))
		.limit(1)
		.for('update');
	return row ?? null;
}

const inputOf = (to: VersionStatus) => (to === 'approved' ? approvalInput : to === 'sent' ? sendingInput : stepInput);

/**
 * Moves the latest version one step along its path; the sending to the Region is recorded on
 * the latest approved version, also when a new draft was opened after it.
 */
export function advanceVersion(actor: Actor, planId: number, to: VersionStatus, input: unknown) {
	return command(
		actor,
		{ can: 'planning.manage', input: inputOf(to), raw: input, versioned: true },
		async (c, data) => {
			const { note, ...recorded } = data as { note: string } & Record<string, string>;
			await c.find(plans, planId);
			const latest = await latestVersion(c, planId);
			const approved = to === 'sent' && latest.status !== 'approved' ? await latestApproved(c, planId) : null;
			const current = approved?.status === 'approved' ? approved : latest;
			if (current.version !== c.version) throw new ConflictError(current);
			if (!NEXT[current.status].includes(to))
				throw new ValidationError({
					_form: `La versione ${current.number} è «${STATUS_LABEL[current.status]}»: non può passare a «${STATUS_LABEL[to]}».`
				});
			// Approval freezes the document's model and the programme versions are compared on.
			const snapshot: Snapshot | null =
				to === 'approved'
					? {
							takenAt: new Date().toISOString(),
							model: { ...(await planDocument(actor, planId)), status: 'Approvato' },
							data: await planData(actor, planId)
						}
					: null;
			const after = await c.update(planVersions, current.id, {
				status: to,
				...recorded,
				...(snapshot ? { snapshot: snapshot as unknown as Record<string, unknown> } : {})
			});
			await recordStep(c, current.id, current.status, to, note);
			if (to === 'approved') {
				await c.tx
					.update(plans)
					.set({ status: 'approved' })
					.where(and(eq(plans.id, planId), eq(plans.status, 'drafting')));
				// The objectives carried in from the walls are part of what was approved: now public.
				await publishDraftObjectives(c, planId);
			}
			return after;
		}
	);
}

/**
 * After approval, edits go into a new draft version: it may open as soon as the latest version
 * is approved, whether or not its sending to the Region is recorded yet.
 */
export function newDraft(actor: Actor, planId: number) {
	return command(actor, { can: 'planning.manage' }, async (c) => {
		await c.find(plans, planId);
		const latest = await latestVersion(c, planId);
		if (latest.status !== 'approved' && latest.status !== 'sent')
			throw new ValidationError({
				_form: `La versione ${latest.number} è ancora in lavorazione («${STATUS_LABEL[latest.status]}»): le modifiche vanno lì.`
			});
		const created = await c.create(planVersions, { planId, number: latest.number + 1 });
		await recordStep(c, created.id, null, 'draft', `Nuova bozza dopo la versione ${latest.number}`);
		return created;
	});
}

/** Staff comment on a section while the version is in review. */
export async function commentOnVersion(actor: Actor, planId: number, input: unknown) {
	assertMayCommentOnVersions(actor);
	return command(actor, { can: 'comments.write', input: commentInput, raw: input }, async (c, data) => {
		await c.find(plans, planId);
		const latest = await latestVersion(c, planId);
		if (latest.status !== 'review')
			throw new ValidationError({ _form: 'Si commenta una versione quando è in revisione.' });
		return c.create(planVersionComments, {
			versionId: latest.id,
			section: data.section,
			body: data.body,
			authorName: actor.name
		});
	});
}
