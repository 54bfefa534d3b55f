// The attendance certificate (attestato di frequenza) of a participant who reached the
// course's minimum hours: a one-page tagged PDF (PDF/UA: headings, paragraphs, the page
// furniture as artifacts, the title in the title bar, Italian as its language).
import { and, eq } from 'drizzle-orm';
import { db } from '../db';
import { findOwned } from '../db/versioned';
import { assertCan, districts, type Actor } from '../kernel';
import { ValidationError } from '../errors';
import { organisations } from '../organisations';
import { TaggedPdf } from '../pdf-tagged';
import { formatDate } from '$lib/format';
import { romeParts } from '$lib/time';
import { sessionHours } from './figures';
import { trainees, trainingAttendance, trainingCourses, trainingSessions } from './schema';

/** "dal 1 marzo", "dall’8 marzo": the article elides before otto and undici. */
const elided = (preposition: 'dal' | 'al' | 'il', day: string) => {
	const text = formatDate(day);
	if (!/^(8|11) /.test(text)) return `${preposition} ${text}`;
	return `${preposition === 'il' ? 'l' : preposition === 'dal' ? 'dall' : 'all'}’${text}`;
};
const hours = (n: number) => `${Math.round(n * 10) / 10}`.replace('.', ',');

export async function attendanceCertificate(
	actor: Actor,
	courseId: number,
	traineeId: number
): Promise<{ filename: string; pdf: Buffer }> {
	assertCan(actor, 'training.read');
	const course = await findOwned(db(), trainingCourses, actor.districtId, courseId, 'Corso di formazione');
	const person = await findOwned(db(), trainees, actor.districtId, traineeId, 'Partecipante');
	const sessions = await db()
		.select({ startsAt: trainingSessions.startsAt, endsAt: trainingSessions.endsAt })
		.from(trainingAttendance)
		.innerJoin(trainingSessions, eq(trainingSessions.id, trainingAttendance.sessionId))
		.where(and(eq(trainingSessions.courseId, courseId), eq(trainingAttendance.traineeId, traineeId)))
		.orderBy(trainingSessions.startsAt);
	const attended = sessions.reduce((n, s) => n + sessionHours(s), 0);
	const minimum = course.minHours === null ? 0 : Number(course.minHours);
	if (!sessions.length || attended + 0.0001 < minimum)
		throw new ValidationError({
			_form: `Attestato non disponibile: ${person.name} ha frequentato ${hours(attended)} ore su ${hours(minimum)} richieste dal corso.`
		});
	const [district] = await db().select().from(districts).where(eq(districts.id, actor.districtId));
	const [organisation] = person.organisationId
		? await db()
				.select({ name: organisations.name })
				.from(organisations)
				.where(eq(organisations.id, person.organisationId))
		: [];
	const first = romeParts(sessions[0].startsAt).date;
	const last = romeParts(sessions.at(-1)!.startsAt).date;
	const title = `Attestato di frequenza - ${person.name}`;

	const t = new TaggedPdf({ title, author: district.name, subject: course.title, margin: 64 });
	const doc = t.doc;
	// The frame is decoration: an artifact, outside the reading order.
	t.artifact(() =>
		doc
			.lineWidth(1.5)
			.strokeColor('#0066CC')
			.rect(32, 32, doc.page.width - 64, doc.page.height - 64)
			.stroke()
	);
	const ink = '#1a1a1a';
	t.paragraph(district.name, { size: 12, color: ink });
	t.gap(3, 12);
	t.heading(1, 'Attestato di frequenza', { size: 26, weight: 'bold', color: '#0066CC' }, { keep: 0, bookmark: null });
	t.gap(2, 12);
	t.paragraph('Si attesta che', { size: 13, color: ink });
	t.heading(2, person.name, { size: 20, weight: 'bold', color: ink }, { keep: 0, bookmark: null });
	const who = [person.role, organisation?.name].filter(Boolean).join(', ');
	if (who) t.paragraph(who, { size: 13, color: ink });
	t.gap(1, 13);
	t.paragraph(
		`ha frequentato il corso «${course.title}»${course.provider ? `, tenuto da ${course.provider}` : ''}, per ${hours(attended)} ore in ${sessions.length === 1 ? '1 sessione' : `${sessions.length} sessioni`}, ${first === last ? elided('il', first) : `${elided('dal', first)} ${elided('al', last)}`}.`,
		{ size: 13, color: ink, leading: 1.8 }
	);
	if (minimum)
		t.paragraph(`Il corso richiede almeno ${hours(minimum)} ore di frequenza per l’attestato.`, {
			size: 13,
			color: ink
		});
	t.gap(4, 13);
	t.paragraph(`${district.name}, ${formatDate(romeParts(new Date()).date)}`, { size: 13, color: ink });
	t.paragraph('Il responsabile dell’Ufficio di Piano', { size: 13, color: ink });
	const pdf = await t.end();
	const slug = (s: string) =>
		s
			.normalize('NFD')
			.replace(/[^\w\s-]/g, '')
			.trim()
			.replace(/\s+/g, '-')
			.toLowerCase();
	return { filename: `attestato-${slug(person.name)}-${course.id}.pdf`, pdf };
}
