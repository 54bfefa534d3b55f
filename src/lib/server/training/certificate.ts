// The attendance certificate (attestato di frequenza) of a participant who reached the
// course's minimum hours: a one-page tagged PDF (PDF/UA: headings, paragraphs, the page
// furniture as artifacts, the title in the title bar, Italian as its language).
import PDFDocument from 'pdfkit';
import { and, eq } from 'drizzle-orm';
import { db } from '../db';
import { findOwned } from '../db/versioned';
import { assertCan, districts, type Actor } from '../kernel';
import { ValidationError } from '../errors';
import { organisations } from '../organisations';
import { FONT, fontSafe, useFonts } from '../pdf-fonts';
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

	const doc = new PDFDocument({
		size: 'A4',
		margin: 64,
		pdfVersion: '1.7',
		subset: 'PDF/UA',
		tagged: true,
		displayTitle: true,
		lang: 'it-IT',
		info: { Title: title, Author: district.name, Subject: course.title }
	} as unknown as PDFKit.PDFDocumentOptions);
	useFonts(doc);
	const chunks: Buffer[] = [];
	doc.on('data', (c: Buffer) => chunks.push(c));
	const done = new Promise<void>((resolve) => doc.on('end', () => resolve()));
	const root = doc.struct('Document');
	doc.addStructure(root);
	const block = (tag: string, draw: () => void) => {
		const el = doc.struct(tag, {}, [() => draw()]);
		root.add(el);
		el.end();
	};

	// The frame is decoration: an artifact, outside the reading order.
	doc.markContent('Artifact', { type: 'Layout' });
	doc
		.lineWidth(1.5)
		.strokeColor('#0066CC')
		.rect(32, 32, doc.page.width - 64, doc.page.height - 64)
		.stroke();
	doc.endMarkedContent();

	block('P', () => doc.font(FONT.regular).fontSize(12).fillColor('#1a1a1a').text(fontSafe(district.name)));
	doc.moveDown(2);
	block('H1', () => doc.font(FONT.bold).fontSize(26).fillColor('#0066CC').text('Attestato di frequenza'));
	doc.moveDown(1.5);
	block('P', () => doc.font(FONT.regular).fontSize(13).fillColor('#1a1a1a').text('Si attesta che'));
	doc.moveDown(0.5);
	block('H2', () => doc.font(FONT.bold).fontSize(20).text(fontSafe(person.name)));
	const who = [person.role, organisation?.name].filter(Boolean).join(', ');
	if (who) block('P', () => doc.font(FONT.regular).fontSize(13).text(fontSafe(who)));
	doc.moveDown(1);
	block('P', () =>
		doc
			.font(FONT.regular)
			.fontSize(13)
			.text(
				fontSafe(
					`ha frequentato il corso «${course.title}»${course.provider ? `, tenuto da ${course.provider}` : ''}, per ${hours(attended)} ore in ${sessions.length === 1 ? '1 sessione' : `${sessions.length} sessioni`}, ${first === last ? elided('il', first) : `${elided('dal', first)} ${elided('al', last)}`}.`
				),
				{ lineGap: 4 }
			)
	);
	if (minimum)
		block('P', () =>
			doc.moveDown(0.5).text(fontSafe(`Il corso richiede almeno ${hours(minimum)} ore di frequenza per l’attestato.`))
		);
	doc.moveDown(3);
	block('P', () =>
		doc.text(fontSafe(`${district.name}, ${formatDate(romeParts(new Date()).date)}`), { align: 'left' })
	);
	block('P', () => doc.moveDown(0.5).text('Il responsabile dell’Ufficio di Piano'));
	root.end();
	doc.end();
	await done;
	const slug = (s: string) =>
		s
			.normalize('NFD')
			.replace(/[^\w\s-]/g, '')
			.trim()
			.replace(/\s+/g, '-')
			.toLowerCase();
	return { filename: `attestato-${slug(person.name)}-${course.id}.pdf`, pdf: Buffer.concat(chunks) };
}
