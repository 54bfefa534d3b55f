// What the training records add up to: hours of each session, who completed which course and
// when (the session at which their hours reached the course's minimum), courses held, hours
// delivered. The computed indicators and the course page read these.
import { sql } from 'drizzle-orm';
import type { Executor } from '../db';

export interface Period {
	startsOn: string;
	endsOn: string;
}

/** Hours of a session, from its start and end (instants: a session across a clock change counts its real length). */
export const sessionHours = (s: { startsAt: Date; endsAt: Date }) =>
	(s.endsAt.getTime() - s.startsAt.getTime()) / 3_600_000;

const romeDay = (column: string) => sql.raw(`(${column} at time zone 'Europe/Rome')::date`);

export interface Completion {
	traineeId: number;
	courseId: number;
	role: string;
	organisationId: number | null;
	/** The day (Europe/Rome) the participant's hours reached the course's minimum. */
	completedOn: string;
	hours: number;
}

/**
 * Every participant who completed a course: hours attended, in session order, reach the
 * course's minimum (any attendance, when the course sets none).
 */
export async function completions(tx: Executor, districtId: number, courseId?: number): Promise<Completion[]> {
	const { rows } = await tx.execute<{
		trainee_id: number;
		course_id: number;
		role: string;
		organisation_id: number | null;
		completed_on: string;
		hours: string;
	}>(sql`
		with att as (
			select a.trainee_id, s.course_id, s.ends_at,
				sum(extract(epoch from s.ends_at - s.starts_at) / 3600)
					over (partition by a.trainee_id, s.course_id order by s.starts_at, s.id) as cum,
				sum(extract(epoch from s.ends_at - s.starts_at) / 3600)
					over (partition by a.trainee_id, s.course_id) as total
			from training_attendance a
			join training_session s on s.id = a.session_id
			where a.district_id = ${districtId} ${courseId ? sql`and s.course_id = ${courseId}` : sql``}
		)
		select att.trainee_id, att.course_id, t.role, t.organisation_id,
			to_char(min(${romeDay('att.ends_at')}), 'YYYY-MM-DD') as completed_on, max(att.total)::text as hours
		from att
		join training_course c on c.id = att.course_id
		join trainee t on t.id = att.trainee_id
		where att.cum >= coalesce(c.min_hours, 0) - 0.0001
		group by att.trainee_id, att.course_id, t.role, t.organisation_id`);
	return rows.map((r) => ({
		traineeId: r.trainee_id,
		courseId: r.course_id,
		role: r.role,
		organisationId: r.organisation_id,
		completedOn: r.completed_on,
		hours: Number(r.hours)
	}));
}

/** Distinct operators who completed a course in the period, optionally of one role or organisation. */
export async function operatorsTrained(
	tx: Executor,
	districtId: number,
	period: Period,
	filter: { role?: string; organisationId?: number | null } = {}
) {
	const inPeriod = (await completions(tx, districtId)).filter(
		(c) =>
			c.completedOn >= period.startsOn &&
			c.completedOn <= period.endsOn &&
			(!filter.role || c.role.toLocaleLowerCase('it') === filter.role.toLocaleLowerCase('it')) &&
			(!filter.organisationId || c.organisationId === filter.organisationId)
	);
	return {
		operators: new Set(inPeriod.map((c) => c.traineeId)).size,
		courses: new Set(inPeriod.map((c) => c.courseId)).size
	};
}

/** Sessions held in the period (by their day in Europe/Rome): how many, of how many courses, how many hours. */
export async function sessionsHeld(tx: Executor, districtId: number, period: Period) {
	const { rows } = await tx.execute<{ sessions: number; courses: number; hours: string | null }>(sql`
		select count(*)::int as sessions, count(distinct course_id)::int as courses,
			sum(extract(epoch from ends_at - starts_at) / 3600)::text as hours
		from training_session
		where district_id = ${districtId}
			and ${romeDay('starts_at')} between ${period.startsOn}::date and ${period.endsOn}::date`);
	const [r] = rows;
	return { sessions: r.sessions, courses: r.courses, hours: Number(r.hours ?? 0) };
}
