// Who may change what of a plan, per record: a plan whose latest version is with the mayors'
// assembly or approved is frozen (its structure and texts; achieved values stay open, as
// monitoring goes on after approval). Phases stay editable: they are the work's calendar.
import { desc, eq } from 'drizzle-orm';
import { ForbiddenError, ValidationError } from '../errors';
import { assertCan, type Context, type Permission } from '../kernel';
import { indicators, objectives, planVersions } from './schema';

/**
 * A plan submitted to the mayors' assembly, or approved, is not edited: the refusal says
 * where to go (back to draft, or a new draft version).
 */
export async function assertPlanEditable(c: Pick<Context, 'tx'>, planId: number) {
	const [latest] = await c.tx
		.select({ number: planVersions.number, status: planVersions.status })
		.from(planVersions)
		.where(eq(planVersions.planId, planId))
		.orderBy(desc(planVersions.number))
		.limit(1);
	if (latest?.status === 'submitted')
		throw new ValidationError({
			_form: `La versione ${latest.number} del piano è all’esame dell’Assemblea dei Sindaci e non si modifica: per correggerla riportala in bozza dalla pagina «Versioni».`
		});
	if (latest?.status === 'approved' || latest?.status === 'sent')
		throw new ValidationError({
			_form: `La versione ${latest.number} del piano è approvata e non si modifica: crea la bozza della versione ${latest.number + 1} dalla pagina «Versioni» e le modifiche andranno lì.`
		});
}

/** The plan an objective belongs to must be editable. */
export async function assertObjectiveEditable(c: Context, objectiveId: number) {
	await assertPlanEditable(c, (await c.find(objectives, objectiveId)).planId);
}

/** The plan an indicator belongs to must be editable. */
export async function assertIndicatorEditable(c: Context, indicatorId: number) {
	await assertPlanEditable(c, (await c.find(indicators, indicatorId)).planId);
}

/**
 * The actor of `c` holds `permission`: for helpers other modules call inside their own
 * command (the indicator import adds periods only for those who manage the plan).
 */
export function assertActorCan(c: Context, permission: Permission) {
	if (!c.actor) throw new ForbiddenError();
	assertCan(c.actor, permission);
}
