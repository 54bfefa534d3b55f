// Self check-in at a training session: the meetings' QR code and short code, for people. The
// participant types their name, organisation and role; the same name and organisation is the
// same person across sessions and courses.
import { asc, eq } from 'drizzle-orm';
import { z } from 'zod';
import { db } from '../db';
import { command, districts } from '../kernel';
import { NotFoundError, ValidationError } from '../errors';
import { organisations } from '../organisations';
import { addressKey, reserve } from '../security';
import { assertCheckinCode, checkinWindow, CHECKIN_LIMIT } from '../roundtables';
import { optionalId, optionalText, parse, requiredText, shortCode } from '../validation';
import { findOrAddTrainee, refreshTrainingIndicators } from './commands';
import { trainingAttendance, trainingCourses, trainingSessions } from './schema';

const checkinInput = z.object({
	name: requiredText(120, 'Il nome e cognome'),
	organisationId: optionalId,
	role: optionalText(120),
	code: shortCode
});

async function sessionByToken(token: string) {
	if (!/^[0-9a-f]{32}$/.test(token)) throw new NotFoundError('Sessione');
	const [row] = await db()
		.select({ session: trainingSessions, course: trainingCourses.title })
		.from(trainingSessions)
		.innerJoin(trainingCourses, eq(trainingCourses.id, trainingSessions.courseId))
		.where(eq(trainingSessions.checkinToken, token));
	if (!row) throw new NotFoundError('Sessione');
	return row;
}

/** What the check-in page shows: the session, and the district's organisations to pick from. */
export async function trainingCheckinPage(token: string, now = new Date()) {
	const { session, course } = await sessionByToken(token);
	const [district] = await db()
		.select({ name: districts.name })
		.from(districts)
		.where(eq(districts.id, session.districtId));
	const { opens, closes } = checkinWindow(session);
	return {
		district: district.name,
		course,
		session: { startsAt: session.startsAt, endsAt: session.endsAt, place: session.place },
		open: now >= opens && now <= closes,
		opens,
		closes,
		organisations: await db()
			.select({ id: organisations.id, name: organisations.name })
			.from(organisations)
			.where(eq(organisations.districtId, session.districtId))
			.orderBy(asc(organisations.name))
	};
}

export async function trainingSelfCheckin(token: string, input: unknown, clientAddress: string, now = new Date()) {
	const data = parse(checkinInput, input);
	if ((await reserve(`checkin:${addressKey(clientAddress)}`, CHECKIN_LIMIT)).wait)
		throw new ValidationError({ code: 'Troppi tentativi: riprova tra qualche minuto.' });
	const { session } = await sessionByToken(token);
	assertCheckinCode(session, data.code, now, 'la sessione');
	return command(null, { districtId: session.districtId }, async (c) => {
		const person = await findOrAddTrainee(c, { name: data.name, organisationId: data.organisationId, role: data.role });
		const [row] = await c.tx
			.insert(trainingAttendance)
			.values({ sessionId: session.id, traineeId: person.id, method: 'self_checkin', districtId: c.districtId })
			.onConflictDoNothing()
			.returning();
		if (!row) throw new ValidationError({ name: `La presenza di ${person.name} è già registrata.` });
		await c.audit(trainingAttendance, { action: 'checkin', id: session.id, after: { traineeId: person.id } });
		refreshTrainingIndicators(c);
		return { name: person.name };
	});
}
