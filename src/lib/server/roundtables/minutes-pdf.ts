// The minutes of a meeting as a tagged PDF (PDF/UA: headings, paragraphs and lists in reading
// order, the title in the title bar, Italian as its language): what the members read, file and
// attach to the roundtable's records. Draft and shared minutes say so on their first line.
import { eq } from 'drizzle-orm';
import { db } from '../db';
import { districts, type Actor } from '../kernel';
import { NotFoundError } from '../errors';
import { TaggedPdf } from '../pdf-tagged';
import { blocks } from '../blocks';
import { formatDate } from '$lib/format';
import { romeParts } from '$lib/time';
import { getMeeting, getMinutes } from './queries';

const STATE = {
	draft: 'Bozza, non ancora condivisa con gli enti.',
	shared: 'Condiviso con gli enti per i commenti: non ancora approvato.'
} as const;

/** A file name from a title: letters, digits and dashes. */
const slug = (s: string) =>
	s
		.normalize('NFD')
		.replace(/[^\w\s-]/g, '')
		.trim()
		.replace(/\s+/g, '-')
		.toLowerCase()
		.slice(0, 60);

export async function minutesPdf(actor: Actor, meetingId: number): Promise<{ filename: string; pdf: Buffer }> {
	const { meeting, expected, present, roundtable, subDistrict } = await getMeeting(actor, meetingId);
	const minutes = await getMinutes(actor, meetingId);
	if (!minutes) throw new NotFoundError('Verbale');
	const [district] = await db().select().from(districts).where(eq(districts.id, actor.districtId));
	const start = romeParts(meeting.startsAt);
	const owner = roundtable?.name ?? subDistrict?.name ?? '';

	const t = new TaggedPdf({
		title: `Verbale - ${meeting.title}`,
		author: district.name,
		subject: owner,
		margin: 56
	});
	const body = { size: 10.5 };
	t.paragraph(`${district.name}${owner ? ` - ${owner}` : ''}`, { size: 10, color: '#4b5a68' });
	t.heading(1, `Verbale: ${meeting.title}`, { size: 18, weight: 'bold' }, { keep: 60 });
	t.paragraph(
		`${formatDate(start.date)}, ore ${start.time}-${romeParts(meeting.endsAt).time}${meeting.place ? `, ${meeting.place}` : ''}.`,
		body
	);
	t.paragraph(
		minutes.status === 'approved' && minutes.approvedAt
			? `Approvato il ${formatDate(romeParts(minutes.approvedAt).date)}.`
			: STATE[minutes.status as keyof typeof STATE],
		{ ...body, weight: 'bold' }
	);

	const here = new Set(present.map((p) => p.organisationId));
	const attended = expected.filter((o) => here.has(o.id));
	t.heading(2, `Enti presenti: ${attended.length} su ${expected.length}`, { size: 13, weight: 'bold' }, { before: 8 });
	if (attended.length)
		t.list(
			attended.map((o) => o.name),
			body
		);
	else t.paragraph('Nessuna presenza registrata.', body);
	const absent = expected.filter((o) => !here.has(o.id));
	if (absent.length) {
		t.heading(3, 'Assenti', { size: 11, weight: 'bold' }, { before: 4 });
		t.list(
			absent.map((o) => o.name),
			body
		);
	}

	t.heading(2, 'Verbale', { size: 13, weight: 'bold' }, { before: 8 });
	const parts = blocks(minutes.body);
	if (!parts.length) t.paragraph('Il verbale è vuoto.', body);
	// Consecutive list items make one list.
	for (let i = 0; i < parts.length;) {
		const b = parts[i];
		if (b.kind === 'li') {
			const items: string[] = [];
			while (i < parts.length && parts[i].kind === 'li') items.push(parts[i++].text);
			t.list(items, body);
			continue;
		}
		if (b.kind === 'h') t.heading(3, b.text, { size: 11.5, weight: 'bold' }, { before: 4 });
		else t.paragraph(b.text, body);
		i++;
	}
	if (minutes.attachments.length) {
		t.heading(2, 'Allegati', { size: 13, weight: 'bold' }, { before: 8 });
		t.list(
			minutes.attachments.map((a) => a.filename),
			body
		);
	}
	return { filename: `verbale-${start.date}-${slug(meeting.title) || meeting.id}.pdf`, pdf: await t.end() };
}
