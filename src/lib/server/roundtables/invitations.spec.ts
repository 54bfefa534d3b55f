import { systemActor, type Actor } from '../kernel';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { SMTPServer } from 'smtp-server';
import ICAL from 'ical.js';
import { errorOf, useTestDatabase } from '../db/testing';
import { createAccount, createDistrict } from '../accounts';
import { addDelegate, createOrganisation } from '../organisations';
import { listMails, markMailSent, resendMail } from '../mail';
import { ForbiddenError, NotFoundError, ValidationError } from '../errors';
import {
	addMember,
	createMeeting,
	createRoundtable,
	inviteMembers,
	meetingMailing,
	saveMinutes,
	setMinutesStatus,
	NO_ADDRESS
} from '.';
import { delDate } from '$lib/format';

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

beforeEach(() => {
	received.length = 0;
	delete process.env.SMTP_URL;
});

afterAll(async () => {
	delete process.env.SMTP_URL;
	await new Promise<void>((resolve) => server.close(() => resolve()));
});

const ORIGIN = 'http://localhost:3000';

/**
 * Four members: CPIA (its email, and two delegates, one with the same address), the Comune
 * (only a PEC), ASST (email and PEC) and the Questura (nothing at all). A fifth organisation
 * is not a member.
 */
async function setup(slug: string) {
	const district = await createDistrict({ slug, name: `Ambito ${slug}` });
	const admin = systemActor(district.id);
	const rt = await createRoundtable(admin, { name: 'Tavolo Immigrazione' });
	const cpia = await createOrganisation(admin, { name: 'CPIA', type: 'school', email: 'segreteria@cpia.example.it' });
	await addDelegate(admin, cpia.id, { name: 'Maria Rossi', email: 'maria.rossi@cpia.example.it' });
	await addDelegate(admin, cpia.id, { name: 'Segreteria CPIA', email: 'Segreteria@cpia.example.it' });
	await addDelegate(admin, cpia.id, { name: 'Senza email' });
	const comune = await createOrganisation(admin, {
		name: 'Comune di Lodi',
		type: 'municipality',
		pec: 'protocollo@pec.comune.example.it'
	});
	const asst = await createOrganisation(admin, {
		name: 'ASST',
		type: 'health_agency',
		email: 'urp@asst.example.it',
		pec: 'protocollo@pec.asst.example.it'
	});
	const questura = await createOrganisation(admin, { name: 'Questura', type: 'police' });
	await createOrganisation(admin, { name: 'Non membro', type: 'other', email: 'altro@example.it' });
	for (const org of [cpia, comune, asst, questura])
		await addMember(admin, rt.id, { organisationId: String(org.id), joinedOn: '2021-01-01' });
	const meeting = await createMeeting(
		admin,
		{ roundtableId: rt.id },
		{
			title: 'Tavolo Immigrazione',
			date: '2024-12-03',
			startTime: '09:30',
			endTime: '12:00',
			mode: 'hybrid',
			place: 'Lodi',
			link: 'https://meet.example.org/x',
			agenda: 'Esiti\nPriorità',
			status: 'scheduled'
		}
	);
	return { district, admin, rt, meeting, questura };
}

describe('invitations', () => {
	it('reach every member organisation at its address (the PEC when no email) and its delegates, each address once', async () => {
		const { admin, meeting, questura } = await setup('inv-a');
		const mailing = await meetingMailing(admin, meeting.id);
		expect(mailing.reached.map((o) => [o.name, o.addresses.map((a) => `${a.to} ${a.via}`)])).toEqual([
			['ASST', ['urp@asst.example.it email']],
			['CPIA', ['segreteria@cpia.example.it email', 'maria.rossi@cpia.example.it delegate']],
			['Comune di Lodi', ['protocollo@pec.comune.example.it pec']]
		]);
		expect(mailing.unreachable).toEqual([{ id: questura.id, name: 'Questura', reason: NO_ADDRESS }]);
		expect(mailing.mails).toEqual([]);

		process.env.SMTP_URL = `smtp://127.0.0.1:${port}`;
		const result = await inviteMembers(admin, meeting.id, ORIGIN);
		expect(result).toMatchObject({ total: 4, sent: 4, outbox: 0, failed: 0 });
		expect(result.notice).toBe(
			'Inviti: 3 enti invitati (4 indirizzi); 1 ente non raggiunto perché senza indirizzo: Questura. Inviate 4 email.'
		);
		await expect.poll(() => received.length).toBe(4);
		expect(received.flatMap((r) => r.to).sort()).toEqual([
			'maria.rossi@cpia.example.it',
			'protocollo@pec.comune.example.it',
			'segreteria@cpia.example.it',
			'urp@asst.example.it'
		]);
		for (const r of received) {
			expect(r.data).toContain('Subject: Invito: Tavolo Immigrazione (3 dicembre 2024)');
			expect(r.data).toMatch(/text\/calendar/);
			const ics = r.data.match(/BEGIN:VCALENDAR[\s\S]*?END:VCALENDAR/)![0].replace(/=\r\n/g, '');
			const event = new ICAL.Event(new ICAL.Component(ICAL.parse(ics)).getFirstSubcomponent('vevent')!);
			expect(event.startDate.toJSDate().toISOString()).toBe('2024-12-03T08:30:00.000Z');
		}
		const mails = await listMails(admin);
		const maria = mails.find((m) => m.to === 'maria.rossi@cpia.example.it')!;
		expect(maria).toMatchObject({
			status: 'sent',
			kind: 'invitation',
			meetingId: meeting.id,
			meetingTitle: meeting.title
		});
		expect(maria.calendar).toContain('BEGIN:VEVENT');
		expect(maria.body.split('\n')).toEqual([
			'Gentile Maria Rossi,',
			'',
			'è invitato/a, come referente di CPIA, all’incontro «Tavolo Immigrazione» del 3 dicembre 2024, dalle 09:30 alle 12:00.',
			'',
			'Luogo: Lodi',
			'Collegamento: https://meet.example.org/x',
			'',
			'Ordine del giorno:',
			'1. Esiti',
			'2. Priorità',
			'',
			'In allegato l’invito (invito.ics) da aggiungere al calendario.',
			`La pagina dell’incontro: ${ORIGIN}/gestione/inv-a/incontri/${meeting.id}`
		]);
		expect(mails.find((m) => m.to === 'urp@asst.example.it')!.body).toMatch(/^Spettabile ASST,\n\nl’ente è invitato/);
		// The page then tells, per address, that the invitation went.
		expect((await meetingMailing(admin, meeting.id)).mails.map((m) => m.status)).toEqual([
			'sent',
			'sent',
			'sent',
			'sent'
		]);
	});

	it('keep messages in the outbox without SMTP, say so in words, and refuse when nobody can be reached', async () => {
		const { admin, meeting, rt } = await setup('inv-b');
		const result = await inviteMembers(admin, meeting.id, ORIGIN);
		expect(result.notice).toBe(
			'Inviti: 3 enti invitati (4 indirizzi); 1 ente non raggiunto perché senza indirizzo: Questura. Le 4 email restano nella posta in uscita: nessun server SMTP configurato.'
		);
		expect((await listMails(admin)).map((m) => m.status)).toEqual(['outbox', 'outbox', 'outbox', 'outbox']);

		const lonely = await createMeeting(
			admin,
			{ roundtableId: rt.id },
			{
				title: 'Vuoto',
				date: '2020-05-05',
				startTime: '10:00',
				endTime: '11:00',
				mode: 'in_person',
				place: 'Lodi',
				status: 'held'
			}
		);
		// On 5 May 2020 nobody was a member yet.
		const refused = await errorOf(inviteMembers(admin, lonely.id, ORIGIN));
		expect(refused).toBeInstanceOf(ValidationError);
		expect((refused as ValidationError).fields._form).toBe('Nessun ente è atteso a questo incontro.');
	});

	it('are sent only by who manages the meeting', async () => {
		const { admin, meeting } = await setup('inv-c');
		const account = await createAccount(admin, {
			email: 'altro.coordinatore@example.it',
			name: 'Altro',
			role: 'coordinator',
			password: 'password-lunga-1'
		});
		const other: Actor = { ...admin, userId: account.id, role: 'coordinator', name: 'Altro' };
		expect(await errorOf(inviteMembers(other, meeting.id, ORIGIN))).toBeInstanceOf(ForbiddenError);
		expect(await errorOf(meetingMailing(other, meeting.id))).toBeInstanceOf(ForbiddenError);
	});
});

describe('the outbox', () => {
	it('marks a mail sent by hand, and sends a waiting one again once SMTP is set', async () => {
		const { admin, meeting } = await setup('out-a');
		await inviteMembers(admin, meeting.id, ORIGIN);
		const [first, second] = await listMails(admin);
		const viewer: Actor = { ...admin, role: 'viewer' };
		expect(await errorOf(markMailSent(viewer, first.id))).toBeInstanceOf(ForbiddenError);

		const marked = await markMailSent(admin, first.id);
		expect(marked).toMatchObject({ status: 'manual', error: null });
		expect(marked.sentAt).toBeInstanceOf(Date);
		expect(((await errorOf(markMailSent(admin, first.id))) as ValidationError).fields._form).toMatch(/già inviata/);

		// No SMTP yet: the mail stays where it is.
		expect(((await errorOf(resendMail(admin, second.id))) as ValidationError).fields._form).toMatch(/SMTP_URL/);
		process.env.SMTP_URL = `smtp://127.0.0.1:${port}`;
		const again = await resendMail(admin, second.id);
		expect(again).toMatchObject({ status: 'sent', error: null });
		await expect.poll(() => received.length).toBe(1);
		expect(received[0].to).toEqual([second.to]);
		expect(received[0].data).toMatch(/text\/calendar/);
		expect(((await errorOf(resendMail(admin, second.id))) as ValidationError).fields._form).toMatch(/già inviata/);

		// A server that refuses: the mail is marked failed, with the reason, and may be tried again.
		process.env.SMTP_URL = 'smtp://127.0.0.1:1';
		const [, , third] = await listMails(admin);
		const failed = await resendMail(admin, third.id);
		expect(failed.status).toBe('failed');
		expect(failed.error).toBeTruthy();
		// Another district's mail is not found.
		const elsewhere = await createDistrict({ slug: 'out-b', name: 'Altro ambito' });
		expect(await errorOf(markMailSent(systemActor(elsewhere.id), third.id))).toBeInstanceOf(NotFoundError);
	});
});

describe('minutes by email', () => {
	it('announce minutes shared for comments and approved to the members, with a link to them', async () => {
		const { admin, meeting } = await setup('minm-a');
		const minutes = await saveMinutes(admin, meeting.id, { body: '<p>Testo</p>', version: '0' });
		const shared = await setMinutesStatus(
			admin,
			meeting.id,
			{ status: 'shared', version: String(minutes.version) },
			ORIGIN
		);
		expect(shared.status).toBe('shared');
		expect('notice' in shared && shared.notice).toBe(
			'Verbale annunciato: 3 enti raggiunti (4 indirizzi); 1 ente non raggiunto perché senza indirizzo: Questura. Le 4 email restano nella posta in uscita: nessun server SMTP configurato.'
		);
		let mails = await listMails(admin);
		expect(mails.map((m) => m.kind)).toEqual(['minutes_shared', 'minutes_shared', 'minutes_shared', 'minutes_shared']);
		expect(mails[0].subject).toBe('Verbale da commentare: Tavolo Immigrazione');
		expect(mails[0].body).toContain(
			'del 3 dicembre 2024, dalle 09:30 alle 12:00 è condiviso con i membri per i commenti.'
		);
		expect(mails[0].body).toContain(`${ORIGIN}/gestione/minm-a/incontri/${meeting.id}#minutes-title`);
		expect(mails[0].calendar).toBeNull();

		// Back to draft sends nothing; approving announces it again.
		const draft = await setMinutesStatus(
			admin,
			meeting.id,
			{ status: 'draft', version: String(shared.version) },
			ORIGIN
		);
		expect(await listMails(admin)).toHaveLength(4);
		await setMinutesStatus(admin, meeting.id, { status: 'approved', version: String(draft.version) }, ORIGIN);
		mails = await listMails(admin);
		expect(mails).toHaveLength(8);
		expect(mails[0]).toMatchObject({ kind: 'minutes_approved', subject: 'Verbale approvato: Tavolo Immigrazione' });
		expect(mails[0].body).toContain('è stato approvato.');
	});
});

describe('Italian dates after "del"', () => {
	it('elide the article before a vowel', () => {
		expect(delDate('2024-12-03')).toBe('del 3 dicembre 2024');
		expect(delDate('2024-12-08')).toBe('dell’8 dicembre 2024');
		expect(delDate('2024-03-11')).toBe('dell’11 marzo 2024');
		expect(delDate('2024-03-01')).toBe('del 1 marzo 2024');
		expect(delDate('2024-03-18')).toBe('del 18 marzo 2024');
	});
});
