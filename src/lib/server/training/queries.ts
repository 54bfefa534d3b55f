// Reads of the training plan, for staff who may read it (training.read): courses with their
// figures, sessions with their register, the people trained. Never public.
import { and, asc, eq, sql } from 'drizzle-orm';
import { db } from '../db';
import { findOwned } from '../db/versioned';
import { assertCan, type Actor } from '../kernel';
import { organisations } from '../organisations';
import { projects } from '../projects';
import { completions, sessionHours } from './figures';
import { trainees, trainingAttendance, trainingCourses, trainingSessions } from './schema';

export async function listCourses(actor: Actor) {
	assertCan(actor, 'training.read');
	return db()
		.select({
			id: trainingCourses.id,
			title: trainingCourses.title,
			provider: trainingCourses.provider,
			exampleData: trainingCourses.exampleData,
			project: projects.title,
			sessions: sql<number>`(select count(*)::int from training_session s where s.course_id = ${trainingCourses.id})`,
			firstDay: sql<
				string | null
			>`(select to_char(min(s.starts_at at time zone 'Europe/Rome'), 'YYYY-MM-DD') from training_session s where s.course_id = ${trainingCourses.id})`,
			lastDay: sql<
				string | null
			>`(select to_char(max(s.starts_at at time zone 'Europe/Rome'), 'YYYY-MM-DD') from training_session s where s.course_id = ${trainingCourses.id})`,
			participants: sql<number>`(select count(distinct a.trainee_id)::int from training_attendance a join training_session s on s.id = a.session_id where s.course_id = ${trainingCourses.id})`
		})
		.from(trainingCourses)
		.leftJoin(projects, eq(projects.id, trainingCourses.projectId))
		.where(eq(trainingCourses.districtId, actor.districtId))
		.orderBy(
			sql`(select min(s.starts_at) from training_session s where s.course_id = ${trainingCourses.id}) desc nulls first`,
			asc(trainingCourses.title)
		);
}

/** A course, its sessions with how many attended, and each participant's hours and completion. */
export async function getCourse(actor: Actor, id: number) {
	assertCan(actor, 'training.read');
	const course = await findOwned(db(), trainingCourses, actor.districtId, id, 'Corso di formazione');
	const sessions = await db()
		.select({
			id: trainingSessions.id,
			startsAt: trainingSessions.startsAt,
			endsAt: trainingSessions.endsAt,
			place: trainingSessions.place,
			version: trainingSessions.version,
			present: sql<number>`(select count(*)::int from training_attendance a where a.session_id = ${trainingSessions.id})`
		})
		.from(trainingSessions)
		.where(eq(trainingSessions.courseId, id))
		.orderBy(asc(trainingSessions.startsAt));
	const attended = await db()
		.select({
			traineeId: trainees.id,
			name: trainees.name,
			role: trainees.role,
			organisation: organisations.name,
			sessionId: trainingAttendance.sessionId
		})
		.from(trainingAttendance)
		.innerJoin(trainingSessions, eq(trainingSessions.id, trainingAttendance.sessionId))
		.innerJoin(trainees, eq(trainees.id, trainingAttendance.traineeId))
		.leftJoin(organisations, eq(organisations.id, trainees.organisationId))
		.where(eq(trainingSessions.courseId, id));
	const done = new Map((await completions(db(), actor.districtId, id)).map((c) => [c.traineeId, c.completedOn]));
	const hoursOf = new Map(sessions.map((s) => [s.id, sessionHours(s)]));
	const people = new Map<
		number,
		{ id: number; name: string; role: string; organisation: string | null; hours: number; sessions: number }
	>();
	for (const a of attended) {
		const p = people.get(a.traineeId) ?? {
			id: a.traineeId,
			name: a.name,
			role: a.role,
			organisation: a.organisation,
			hours: 0,
			sessions: 0
		};
		p.hours += hoursOf.get(a.sessionId) ?? 0;
		p.sessions += 1;
		people.set(a.traineeId, p);
	}
	const participants = [...people.values()]
		.map((p) => ({ ...p, completedOn: done.get(p.id) ?? null }))
		.sort((x, y) => x.name.localeCompare(y.name, 'it'));
	const [project] = course.projectId
		? await db()
				.select({ id: projects.id, title: projects.title })
				.from(projects)
				.where(eq(projects.id, course.projectId))
		: [];
	return {
		course,
		project: project ?? null,
		sessions: sessions.map((s) => ({ ...s, hours: sessionHours(s) })),
		participants,
		deliveredHours: sessions.reduce((n, s) => n + sessionHours(s), 0)
	};
}

/** A session, its course, who attended, and the people the register offers (the course's, then everyone else). */
export async function getSession(actor: Actor, id: number) {
	assertCan(actor, 'training.read');
	const session = await findOwned(db(), trainingSessions, actor.districtId, id, 'Sessione di formazione');
	const course = await findOwned(db(), trainingCourses, actor.districtId, session.courseId, 'Corso di formazione');
	const present = await db()
		.select({
			id: trainees.id,
			name: trainees.name,
			role: trainees.role,
			organisation: organisations.name,
			method: trainingAttendance.method,
			recordedAt: trainingAttendance.recordedAt
		})
		.from(trainingAttendance)
		.innerJoin(trainees, eq(trainees.id, trainingAttendance.traineeId))
		.leftJoin(organisations, eq(organisations.id, trainees.organisationId))
		.where(eq(trainingAttendance.sessionId, id))
		.orderBy(asc(trainees.name));
	const ofCourse = await db()
		.selectDistinct({ id: trainingAttendance.traineeId })
		.from(trainingAttendance)
		.innerJoin(trainingSessions, eq(trainingSessions.id, trainingAttendance.sessionId))
		.where(eq(trainingSessions.courseId, course.id));
	const courseIds = new Set(ofCourse.map((r) => r.id));
	const everyone = await listTrainees(actor);
	return {
		session: { ...session, hours: sessionHours(session) },
		course,
		present,
		/** The register's checkboxes: the people of this course's sessions. */
		register: everyone.filter((t) => courseIds.has(t.id)),
		/** Everyone the district has trained, to add one to this session. */
		known: everyone
	};
}

export async function listTrainees(actor: Actor) {
	assertCan(actor, 'training.read');
	return db()
		.select({ id: trainees.id, name: trainees.name, role: trainees.role, organisation: organisations.name })
		.from(trainees)
		.leftJoin(organisations, eq(organisations.id, trainees.organisationId))
		.where(eq(trainees.districtId, actor.districtId))
		.orderBy(asc(trainees.name));
}

/** The distinct roles of the district's trainees, for the indicator's filter. */
export async function traineeRoles(actor: Pick<Actor, 'districtId'>) {
	const rows = await db()
		.selectDistinct({ role: trainees.role })
		.from(trainees)
		.where(and(eq(trainees.districtId, actor.districtId), sql`${trainees.role} <> ''`))
		.orderBy(asc(trainees.role));
	return rows.map((r) => r.role);
}
