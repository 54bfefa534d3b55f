import { systemActor } from '../kernel';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SMTPServer } from 'smtp-server';
import ICAL from 'ical.js';
import { useTestDatabase } from '../db/testing';
import { createDistrict } from '../accounts';
import { addDelegate, createOrganisation } from '../organisations';
import { addMember, createMeeting, createRoundtable } from '.';
import { inviteMembers, meetingsFeed } from './calendar';
import { listMails } from '../mail';

useTestDatabase();

const received: { to: string[]; data: string }[] = [];
let server: SMTPServer;
let port = 0;

beforeAll(async () => {
	server = new SMTPServer({
		authOptional: true,
		disabledCommands: ['STARTTLS'],
		onData(stream, session, callback) {
			let data = '';
			stream.on('data', (chunk) => (data += chunk));
			stream.on('end', () => {
				received.push({ to: session.envelope.rcptTo.map((r) => r.address), data });
				callback();
			});
		}
	});
	await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', () => resolve()));
	port = (server.server.address() as { port: number }).port;
});

afterAll(async () => {
	delete process.env.SMTP_URL;
	await new Promise<void>((resolve) => server.close(() => resolve()));
});

async function setup(slug: string) {
	const district = await createDistrict({ slug, name: `Ambito ${slug}` });
	const admin = systemActor(district.id);
	const rt = await createRoundtable(admin, { name: 'Tavolo Immigrazione' });
	const org = await createOrganisation(admin, { name: 'CPIA', type: 'school' });
	await addDelegate(admin, org.id, { name: 'Maria Rossi', email: 'maria.rossi@cpia.example.it' });
	await addMember(admin, rt.id, { organisationId: String(org.id), joinedOn: '2021-01-01' });
	const meeting = await createMeeting(
		admin,
		{ roundtableId: rt.id },
		{
			title: 'Tavolo Immigrazione',
			date: '2024-10-28',
			startTime: '09:30',
			endTime: '12:00',
			mode: 'hybrid',
			place: 'Lodi',
			link: 'https://meet.example.org/x',
			agenda: 'Esiti\nPriorità',
			status: 'scheduled'
		}
	);
	return { district, admin, rt, meeting };
}

describe('invitations and calendar feeds', () => {
	it('emails the delegates through a real SMTP server, with the meeting as .ics', async () => {
		process.env.SMTP_URL = `smtp://127.0.0.1:${port}`;
		const { admin, meeting } = await setup('cal-a');
		expect(await inviteMembers(admin, meeting.id, 'http://localhost:3000')).toEqual({
			total: 1,
			sent: 1,
			outbox: 0,
			failed: 0
		});
		await expect.poll(() => received.length).toBe(1);
		expect(received[0].to).toEqual(['maria.rossi@cpia.example.it']);
		expect(received[0].data).toContain('Subject: Invito: Tavolo Immigrazione');
		expect(received[0].data).toMatch(/text\/calendar/);
		const ics = received[0].data.match(/BEGIN:VCALENDAR[\s\S]*?END:VCALENDAR/)![0].replace(/=\r\n/g, '');
		const event = new ICAL.Event(new ICAL.Component(ICAL.parse(ics)).getFirstSubcomponent('vevent')!);
		expect(event.startDate.toJSDate().toISOString()).toBe('2024-10-28T08:30:00.000Z');
	});

	it('keeps messages in the outbox when no SMTP server is configured', async () => {
		delete process.env.SMTP_URL;
		const { admin, meeting } = await setup('cal-b');
		expect(await inviteMembers(admin, meeting.id, 'http://localhost:3000')).toEqual({
			total: 1,
			sent: 0,
			outbox: 1,
			failed: 0
		});
		const [mail] = await listMails(admin);
		expect(mail).toMatchObject({ to: 'maria.rossi@cpia.example.it', status: 'outbox' });
		expect(mail.body).toContain('dalle 09:30 alle 12:00');
	});

	it('publishes a feed without the online links', async () => {
		const { district, rt } = await setup('cal-c');
		const feed = await meetingsFeed(district, 'pdz.example.it', rt.id);
		const events = new ICAL.Component(ICAL.parse(feed)).getAllSubcomponents('vevent');
		expect(events).toHaveLength(1);
		expect(feed).not.toContain('meet.example.org');
		expect(feed).toContain('Esiti\\nPriorità');
	});
});
