// From the wall into the plan: a proposal becomes a draft objective of a plan being drafted,
// an improvement (or a proposal) becomes a note on an objective. The link is kept both ways:
// the note shows its objective, the objective (also on the public page) its notes.
import { and, asc, desc, eq, inArray, ne } from 'drizzle-orm';
import { z } from 'zod';
import { db } from '../db';
import { ValidationError } from '../errors';
import { can, command, type Actor } from '../kernel';
import { oneOf, optionalId, optionalText, parse, requiredId } from '../validation';
import { addObjective, areas, objectives, plans, plansInPreparation } from '../planning';
import { meetings, roundtables } from '../roundtables';
import { assertMayPromote, roundtableAreaIds } from './access';
import { announce } from './live';
import { wallColumns, wallNotes, wallPromotions, walls, type Wall } from './schema';

const target = z.object({ mode: oneOf(['objective', 'note'] as const, 'Scegliere come portare la nota nel piano.') });
const noteOnObjective = z.object({ objectiveId: requiredId('Scegliere l’obiettivo.'), comment: optionalText(2000) });
const intoPlan = z.object({ planId: requiredId('Scegliere il piano.') });
const intoArea = z.object({ areaId: optionalId });

/**
 * What the promotion page offers: the plans in preparation first (newest first; the first is the
 * form's default), then, for the planning office, the others, newest first; the active areas of
 * each (with its `planId`: a plan has its own areas, the page offers the chosen plan's), for a
 * coordinator only those of the wall's roundtable; and the objectives of those plans.
 */
export async function promotionChoices(actor: Actor, wall: Wall) {
	const [planRows, areaRows, objectiveRows, preparing] = await Promise.all([
		db().select().from(plans).where(eq(plans.districtId, actor.districtId)).orderBy(desc(plans.startYear)),
		db()
			.select()
			.from(areas)
			.where(and(eq(areas.districtId, actor.districtId), eq(areas.active, true)))
			.orderBy(asc(areas.position), asc(areas.code)),
		db()
			.select({
				id: objectives.id,
				code: objectives.code,
				title: objectives.title,
				planId: objectives.planId,
				areaId: objectives.areaId
			})
			.from(objectives)
			.where(eq(objectives.districtId, actor.districtId))
			.orderBy(asc(objectives.planId), asc(objectives.position), asc(objectives.code)),
		plansInPreparation(actor)
	]);
	const office = can(actor, 'planning.manage');
	const open = planRows
		.filter((p) => preparing.includes(p.id))
		.concat(office ? planRows.filter((p) => !preparing.includes(p.id)) : []);
	const mine = office ? null : new Set((await Promise.all(open.map((p) => roundtableAreaIds(wall, p.id)))).flat());
	const offered = areaRows.filter((a) => open.some((p) => p.id === a.planId) && (!mine || mine.has(a.id)));
	return {
		plans: open.map((p) => ({ id: p.id, title: p.title, status: p.status, preparing: preparing.includes(p.id) })),
		defaultPlanId: open[0]?.id ?? null,
		areas: offered.map((a) => ({ id: a.id, code: a.code, name: a.name, planId: a.planId })),
		objectives: objectiveRows
			.filter((o) => open.some((p) => p.id === o.planId) && (!mine || o.areaId === null || mine.has(o.areaId)))
			// In the order of the plans offered: the plan in preparation first.
			.sort((a, b) => open.findIndex((p) => p.id === a.planId) - open.findIndex((p) => p.id === b.planId))
			.map(({ areaId: _a, ...o }) => ({ ...o, planTitle: planRows.find((p) => p.id === o.planId)!.title }))
	};
}

export async function promoteNote(actor: Actor, wall: Wall, noteId: number, input: unknown) {
	const { mode } = parse(target, input);
	const [note] = await db()
		.select({ note: wallNotes, kind: wallColumns.kind })
		.from(wallNotes)
		.innerJoin(wallColumns, eq(wallColumns.id, wallNotes.columnId))
		.where(and(eq(wallNotes.id, noteId), eq(wallNotes.wallId, wall.id)));
	if (!note || note.note.status !== 'visible')
		throw new ValidationError({ _form: 'Si portano nel piano solo le note visibili della parete.' });
	if (mode === 'objective' && note.kind !== 'proposal')
		throw new ValidationError({
			mode: 'Diventano obiettivi le proposte; le altre note si aggiungono a un obiettivo esistente.'
		});
	let objectiveId: number;
	let comment = '';
	let planId: number;
	let areaId: number | null;
	if (mode === 'objective') {
		planId = parse(intoPlan, input).planId;
		areaId = parse(intoArea, input).areaId;
		// A coordinator's proposal goes into an area of their roundtable (not among the system objectives).
		if (!can(actor, 'planning.manage') && (areaId === null || (input as { kind?: string })?.kind !== 'area'))
			throw new ValidationError({
				areaId:
					'Il referente porta le proposte nelle aree del proprio tavolo: scegli «Obiettivo d’area» e una di quelle.'
			});
	} else {
		const data = parse(noteOnObjective, input);
		const [o] = await db()
			.select({ planId: objectives.planId, areaId: objectives.areaId })
			.from(objectives)
			.where(and(eq(objectives.id, data.objectiveId), eq(objectives.districtId, actor.districtId)));
		if (!o) throw new ValidationError({ objectiveId: 'Obiettivo non trovato in questo ambito.' });
		objectiveId = data.objectiveId;
		comment = data.comment;
		planId = o.planId;
		areaId = o.areaId;
	}
	await assertMayPromote(actor, wall, planId, areaId);
	// The objective and the link in one command: a refused objective leaves no link behind.
	return command(actor, {}, async (c) => {
		if (mode === 'objective') {
			// A draft: off the public pages until the plan version holding it is approved.
			const objective = await addObjective(c, planId, input, { draft: true });
			objectiveId = objective.id;
		}
		const [row] = await c.tx
			.insert(wallPromotions)
			.values({
				districtId: actor.districtId,
				noteId,
				objectiveId,
				kind: mode,
				comment,
				createdBy: actor.userId || null
			})
			.onConflictDoNothing()
			.returning();
		if (!row) throw new ValidationError({ objectiveId: 'Questa nota è già collegata a quell’obiettivo.' });
		// Logged as what happened to the note, as it always was.
		await c.audit(wallNotes, { action: 'promote', id: noteId, after: row });
		await announce(c.tx, { wallId: wall.id, notes: [noteId] });
		return { objectiveId, planId };
	});
}

/** Where objectives came from: the wall notes promoted into them, with their meeting. */
export async function originsOf(districtId: number, objectiveIds: number[]) {
	if (!objectiveIds.length) return new Map<number, Origin[]>();
	const rows = await db()
		.select({
			objectiveId: wallPromotions.objectiveId,
			kind: wallPromotions.kind,
			comment: wallPromotions.comment,
			body: wallNotes.body,
			organisationName: wallNotes.organisationName,
			wallTitle: walls.title,
			roundtable: roundtables.name,
			meetingStartsAt: meetings.startsAt
		})
		.from(wallPromotions)
		.innerJoin(wallNotes, eq(wallNotes.id, wallPromotions.noteId))
		.innerJoin(walls, eq(walls.id, wallNotes.wallId))
		.leftJoin(roundtables, eq(roundtables.id, walls.roundtableId))
		.leftJoin(meetings, eq(meetings.id, walls.meetingId))
		.where(
			and(
				eq(wallPromotions.districtId, districtId),
				inArray(wallPromotions.objectiveId, objectiveIds),
				ne(wallNotes.status, 'hidden')
			)
		)
		.orderBy(asc(wallPromotions.id));
	const map = new Map<number, Origin[]>();
	for (const r of rows) {
		const list = map.get(r.objectiveId) ?? [];
		list.push(r);
		map.set(r.objectiveId, list);
	}
	return map;
}
export interface Origin {
	kind: string;
	comment: string;
	body: string;
	organisationName: string;
	wallTitle: string;
	roundtable: string | null;
	meetingStartsAt: Date | null;
}
