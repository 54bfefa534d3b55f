// A phase as every page and document shows it: its state (from its stored status, its dates,
// today in Rome and whether the plan is over) with an icon and a text, and the order of a
// plan's phases. Every list of phases goes through `sortPhases`, every shown state through
// `phaseState`, so that the dashboard, the phases page, the public pages and the documents agree.
import { and, eq, inArray } from 'drizzle-orm';
import { romeParts } from '$lib/time';
import { db } from '../db';
import type { Reader } from '../kernel';
import { planConcluded } from './progress';
import { phases, type PhaseStatus, type PlanStatus } from './schema';

type PlanLike = { status: PlanStatus | string; endYear: number };

/**
 * - `done`: marked done, whatever the dates.
 * - `late`: its end date has passed and it is not done, in a plan still under way.
 * - `not_completed`: not done in a plan that is over (closed, or its end year has passed):
 *   where a running plan says "In ritardo", a concluded one says "Non completata".
 * - `in_progress`: marked in progress, or today is within its dates.
 * - `to_start`: not started yet, by status and by the calendar.
 *
 * Lateness counts from the end date only: a phase still "planned" after its start date reads
 * "In corso" (the calendar says it is under way; start dates are indicative and often nobody
 * flips the status), and turns "In ritardo" only once its end date has passed.
 */
export const PHASE_STATES = ['done', 'in_progress', 'to_start', 'late', 'not_completed'] as const;
export type PhaseState = (typeof PHASE_STATES)[number];

/**
 * Icon (Bootstrap Italia sprite, without "it-") and Italian text of each state: the text is what
 * the documents print and what messages/it.json says (`phase_state_<state>`); `tone` is the
 * `.status-*` class that colours it, never the only sign.
 */
export const PHASE_STATE_LOOK: Record<
	PhaseState,
	{ icon: string; text: string; tone: 'achieved' | 'behind' | 'no_data' }
> = {
	done: { icon: 'check-circle', text: 'Completata', tone: 'achieved' },
	in_progress: { icon: 'clock', text: 'In corso', tone: 'no_data' },
	to_start: { icon: 'calendar', text: 'Da avviare', tone: 'no_data' },
	late: { icon: 'warning-circle', text: 'In ritardo', tone: 'behind' },
	not_completed: { icon: 'close-circle', text: 'Non completata', tone: 'behind' }
};

/** Today's date in Rome (YYYY-MM-DD): a day there starts at midnight Italian time, not UTC. */
export function romeToday(now = new Date()): string {
	return romeParts(now).date;
}

type PhaseDates = { startsOn: string; endsOn: string; status: PhaseStatus | string };

/** The state a phase is shown in; `today` is YYYY-MM-DD in Rome (romeToday). */
export function phaseState(phase: PhaseDates, today: string, plan?: PlanLike): PhaseState {
	if (phase.status === 'done') return 'done';
	if (plan && planConcluded(plan, today)) return 'not_completed';
	if (phase.endsOn < today) return 'late';
	if (phase.status === 'in_progress' || phase.startsOn <= today) return 'in_progress';
	return 'to_start';
}

/** What a page needs to show a phase's state: the state (its label comes from the messages), icon and tone. */
export function shownPhaseState(phase: PhaseDates, today: string, plan?: PlanLike) {
	const state = phaseState(phase, today, plan);
	const { icon, tone } = PHASE_STATE_LOOK[state];
	return { state, icon, tone };
}
export type ShownPhaseState = ReturnType<typeof shownPhaseState>;

type Sortable = { id: number; position: number; startsOn: string; endsOn: string };

const byDate = (a: Sortable, b: Sortable) =>
	a.startsOn < b.startsOn
		? -1
		: a.startsOn > b.startsOn
			? 1
			: a.endsOn < b.endsOn
				? -1
				: a.endsOn > b.endsOn
					? 1
					: a.id - b.id;

/**
 * The order of a plan's phases: by dates (start, end, id), except that phases ordered by hand
 * (position > 0) keep the places the dates give them as a group and fill those places in the
 * order of their positions. Phases without a position (0) stay where their dates put them,
 * so a phase added without a number never jumps ahead of earlier ones.
 */
export function sortPhases<T extends Sortable>(rows: readonly T[]): T[] {
	const dated = [...rows].sort(byDate);
	const ordered = dated.filter((p) => p.position > 0).sort((a, b) => a.position - b.position || byDate(a, b));
	let next = 0;
	return dated.map((p) => (p.position > 0 ? ordered[next++] : p));
}

type PhaseRow = typeof phases.$inferSelect;
export type PhaseWithState = PhaseRow & ShownPhaseState;

/**
 * The phases of several plans of the actor's district (a dashboard, the public home), each
 * plan's in order and with its shown state: one query for all, by the index on plan_id.
 */
export async function phasesByPlan(
	actor: Reader,
	planList: readonly (PlanLike & { id: number })[],
	today = romeToday()
): Promise<Map<number, PhaseWithState[]>> {
	const ids = planList.map((p) => p.id);
	const rows = ids.length
		? await db()
				.select()
				.from(phases)
				.where(and(inArray(phases.planId, ids), eq(phases.districtId, actor.districtId)))
		: [];
	return new Map(
		planList.map((plan) => [
			plan.id,
			sortPhases(rows.filter((r) => r.planId === plan.id)).map((p) => ({ ...p, ...shownPhaseState(p, today, plan) }))
		])
	);
}

/** How many phases a plan's card lists: the first ones not done (the late ones come first by date). */
export const OPEN_PHASES_SHOWN = 3;

/**
 * What a plan's card shows of its phases (the staff dashboard, the public home): the first
 * phases not done, in order, with their shown state, and how many of all are done.
 */
export function phaseSummary(list: readonly PhaseWithState[]) {
	const open = list.filter((p) => p.state !== 'done');
	return {
		open: open
			.slice(0, OPEN_PHASES_SHOWN)
			.map(({ id, name, startsOn, endsOn, state, icon, tone }) => ({ id, name, startsOn, endsOn, state, icon, tone })),
		more: Math.max(0, open.length - OPEN_PHASES_SHOWN),
		done: list.length - open.length,
		total: list.length
	};
}
export type PhaseSummary = ReturnType<typeof phaseSummary>;
