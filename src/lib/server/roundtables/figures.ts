// Participation figures of a roundtable over a period, from its meetings and attendance: the
// attendance page shows them and the computed indicators (sources.ts) are made of them.
import { and, eq, gte, sql } from 'drizzle-orm';
import type { Executor } from '../db';
import { romeToInstant } from '$lib/time';
import { organisations } from '../organisations';
import { attendance, meetings, roundtableMembers } from './schema';

export interface Period {
	startsOn: string;
	endsOn: string;
}

/**
 * Attendance of each organisation that was a member during the period: the meetings held
 * while it was a member (eligible) and those it attended. Cancelled meetings do not count.
 */
export async function attendanceByOrganisation(tx: Executor, districtId: number, roundtableId: number, period: Period) {
	const from = romeToInstant(period.startsOn, '00:00')!;
	const to = new Date(romeToInstant(period.endsOn, '00:00')!.getTime() + 86_400_000);
	const { rows } = await tx.execute<{ organisation_id: number; name: string; eligible: number; attended: number }>(sql`
		select o.id as organisation_id, o.name,
			count(distinct x.id)::int as eligible,
			count(distinct a.meeting_id)::int as attended
		from ${roundtableMembers} m
		join ${organisations} o on o.id = m.organisation_id
		join ${meetings} x on x.roundtable_id = m.roundtable_id
			and x.status <> 'cancelled'
			and x.starts_at >= ${from} and x.starts_at < ${to}
			and (x.starts_at at time zone 'Europe/Rome')::date >= m.joined_on
			and (m.left_on is null or (x.starts_at at time zone 'Europe/Rome')::date <= m.left_on)
		left join ${attendance} a on a.meeting_id = x.id and a.organisation_id = m.organisation_id
		where m.roundtable_id = ${roundtableId} and m.district_id = ${districtId}
		group by o.id, o.name
		order by o.name`);
	return rows.map((r) => ({
		organisationId: r.organisation_id,
		name: r.name,
		eligible: r.eligible,
		attended: r.attended,
		rate: r.eligible ? r.attended / r.eligible : null
	}));
}

export async function meetingsHeld(tx: Executor, districtId: number, roundtableId: number, period: Period) {
	const from = romeToInstant(period.startsOn, '00:00')!;
	const to = new Date(romeToInstant(period.endsOn, '00:00')!.getTime() + 86_400_000);
	const [row] = await tx
		.select({ n: sql<number>`count(*)::int` })
		.from(meetings)
		.where(
			and(
				eq(meetings.districtId, districtId),
				eq(meetings.roundtableId, roundtableId),
				sql`${meetings.status} <> 'cancelled'`,
				gte(meetings.startsAt, from),
				sql`${meetings.startsAt} < ${to}`
			)
		);
	return row.n;
}

/** Share (0-100) of member organisations that attended at least `threshold`% of their meetings. */
export async function shareAttending(
	tx: Executor,
	districtId: number,
	roundtableId: number,
	period: Period,
	threshold: number
) {
	const rows = (await attendanceByOrganisation(tx, districtId, roundtableId, period)).filter((r) => r.eligible > 0);
	const reaching = rows.filter((r) => r.attended * 100 >= threshold * r.eligible).length;
	return { members: rows.length, reaching, share: rows.length ? (reaching * 100) / rows.length : null };
}
