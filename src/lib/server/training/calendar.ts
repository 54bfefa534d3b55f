// Training sessions in the district's calendar (roundtables/calendar.ts), for who may read training.
import { and, asc, eq, gte, lt } from 'drizzle-orm';
import { db } from '../db';
import { can } from '../kernel';
import { romeParts } from '$lib/time';
import { registerCalendarSource } from '../roundtables';
import { trainingCourses, trainingSessions } from './schema';

registerCalendarSource(async (actor, from, to) => {
	if (!can(actor, 'training.read')) return [];
	const rows = await db()
		.select({
			id: trainingSessions.id,
			startsAt: trainingSessions.startsAt,
			endsAt: trainingSessions.endsAt,
			place: trainingSessions.place,
			course: trainingCourses.title
		})
		.from(trainingSessions)
		.innerJoin(trainingCourses, eq(trainingCourses.id, trainingSessions.courseId))
		.where(
			and(
				eq(trainingSessions.districtId, actor.districtId),
				gte(trainingSessions.startsAt, from),
				lt(trainingSessions.startsAt, to)
			)
		)
		.orderBy(asc(trainingSessions.startsAt));
	return rows.map((s) => ({
		kind: 'training' as const,
		day: romeParts(s.startsAt).date,
		time: `${romeParts(s.startsAt).time}–${romeParts(s.endsAt).time}`,
		title: s.course,
		context: '',
		place: s.place,
		cancelled: false,
		path: `/formazione/sessioni/${s.id}`
	}));
});
