// Who a meeting's mail reaches: every organisation expected there, at its own address (its
// email, or its PEC when it has no email) and at its delegates', each address once. The
// invitation carries the meeting as .ics; shared and approved minutes are announced the same way.
import { and, asc, eq, inArray, ne } from 'drizzle-orm';
import { command, districts, type Actor } from '../kernel';
import { db, type Executor } from '../db';
import { findOwned } from '../db/versioned';
import { ValidationError } from '../errors';
import { romeParts } from '$lib/time';
import { delDate, italianDate } from '$lib/format';
import { delegates, organisations } from '../organisations';
import { mailsOfMeeting, send, type MailKind, type Message } from '../mail';
import { meetings } from './schema';
import { assertCanManageMeetingsOf } from './access';
import { expectedAt } from './queries';
import { event } from './calendar';
import { calendar } from './ics';

type Meeting = typeof meetings.$inferSelect;

export interface Address {
	to: string;
	/** Whose address: the organisation's (email or PEC) or a delegate's. */
	via: 'email' | 'pec' | 'delegate';
	/** How the mail opens: "Spettabile CPIA di Lodi," or "Gentile Maria Rossi,". */
	greeting: string;
}

export interface Reach {
	/** Organisations with at least one address, and their addresses (an address shared with an organisation before it is listed, but mailed once). */
	reached: { id: number; name: string; addresses: Address[] }[];
	/** Organisations that no mail can reach, and why. */
	unreachable: { id: number; name: string; reason: string }[];
}

export const NO_ADDRESS = 'nessun indirizzo: l’ente non ha email né PEC e nessun suo referente ha un’email';

/** The addresses of the organisations expected at `meeting`. */
export async function meetingReach(tx: Executor, meeting: Meeting): Promise<Reach> {
	const expected = await expectedAt(tx, meeting);
	if (!expected.length) return { reached: [], unreachable: [] };
	const ids = expected.map((o) => o.id);
	const [orgs, people] = await Promise.all([
		tx
			.select({ id: organisations.id, email: organisations.email, pec: organisations.pec })
			.from(organisations)
			.where(inArray(organisations.id, ids)),
		tx
			.select({ organisationId: delegates.organisationId, name: delegates.name, email: delegates.email })
			.from(delegates)
			.where(and(inArray(delegates.organisationId, ids), ne(delegates.email, '')))
			.orderBy(asc(delegates.name))
	]);
	const reach: Reach = { reached: [], unreachable: [] };
	for (const o of expected) {
		const row = orgs.find((r) => r.id === o.id)!;
		const addresses: Address[] = [];
		const add = (to: string, via: Address['via'], greeting: string) => {
			const address = to.trim().toLowerCase();
			if (address && !addresses.some((a) => a.to === address)) addresses.push({ to: address, via, greeting });
		};
		// The PEC only when there is no plain email: many PEC mailboxes refuse ordinary mail.
		if (row.email) add(row.email, 'email', `Spettabile ${o.name},`);
		else if (row.pec) add(row.pec, 'pec', `Spettabile ${o.name},`);
		for (const d of people.filter((p) => p.organisationId === o.id)) add(d.email, 'delegate', `Gentile ${d.name},`);
		if (addresses.length) reach.reached.push({ id: o.id, name: o.name, addresses });
		else reach.unreachable.push({ id: o.id, name: o.name, reason: NO_ADDRESS });
	}
	return reach;
}

/** What the meeting page shows: who the mail reaches, who it cannot, and the mails already sent. */
export async function meetingMailing(actor: Actor, meetingId: number) {
	const meeting = await findOwned(db(), meetings, actor.districtId, meetingId, 'Incontro');
	await assertCanManageMeetingsOf(db(), actor, meeting);
	const [reach, sent] = await Promise.all([meetingReach(db(), meeting), mailsOfMeeting(actor, meetingId)]);
	return { ...reach, mails: sent };
}

async function meetingUrl(meeting: Meeting, origin: string) {
	const [district] = await db()
		.select({ slug: districts.slug })
		.from(districts)
		.where(eq(districts.id, meeting.districtId));
	return `${origin}/gestione/${district.slug}/incontri/${meeting.id}`;
}

/** One message per address, each address once even when two organisations share it. */
function messages(reach: Reach, build: (address: Address, organisation: string) => Omit<Message, 'to'>): Message[] {
	const seen = new Set<string>();
	const out: Message[] = [];
	for (const o of reach.reached)
		for (const a of o.addresses) {
			if (seen.has(a.to)) continue;
			seen.add(a.to);
			out.push({ to: a.to, ...build(a, o.name) });
		}
	return out;
}

function when(meeting: Meeting) {
	const start = romeParts(meeting.startsAt);
	return `${delDate(start.date)}, dalle ${start.time} alle ${romeParts(meeting.endsAt).time}`;
}

/** "9 enti invitati (11 indirizzi); 1 ente non raggiunto perché senza indirizzo: Questura di Lodi". */
export function reachSummary(reach: Reach, addresses: number, verb: 'invitato' | 'raggiunto' = 'invitato') {
	const invited = reach.reached.length;
	const skipped = reach.unreachable.length;
	const a = `${invited === 1 ? verb : `${verb.slice(0, -1)}i`} (${addresses} ${addresses === 1 ? 'indirizzo' : 'indirizzi'})`;
	return [
		`${invited} ${invited === 1 ? 'ente' : 'enti'} ${a}`,
		skipped
			? `${skipped} ${skipped === 1 ? 'ente non raggiunto' : 'enti non raggiunti'} perché senza indirizzo: ${reach.unreachable.map((o) => o.name).join(', ')}`
			: 'nessun ente senza indirizzo'
	].join('; ');
}

function outcome(rows: { status: string }[]) {
	return {
		total: rows.length,
		sent: rows.filter((m) => m.status === 'sent').length,
		outbox: rows.filter((m) => m.status === 'outbox').length,
		failed: rows.filter((m) => m.status === 'failed').length
	};
}

/** What happened to the messages, in words: sent, waiting in the outbox, failed. */
function delivery(o: ReturnType<typeof outcome>) {
	if (o.outbox)
		return `${o.outbox === 1 ? 'L’email resta' : `Le ${o.outbox} email restano`} nella posta in uscita: nessun server SMTP configurato.`;
	const sent = `${o.sent === 1 ? 'Inviata 1 email' : `Inviate ${o.sent} email`}`;
	return o.failed
		? `${sent}; ${o.failed === 1 ? '1 non riuscita' : `${o.failed} non riuscite`} (vedi la posta in uscita).`
		: `${sent}.`;
}

/** Emails the organisations expected at the meeting (and their delegates), with the .ics. */
export async function inviteMembers(actor: Actor, meetingId: number, origin: string) {
	const meeting = await findOwned(db(), meetings, actor.districtId, meetingId, 'Incontro');
	await assertCanManageMeetingsOf(db(), actor, meeting);
	const reach = await meetingReach(db(), meeting);
	if (!reach.reached.length)
		throw new ValidationError({
			_form: reach.unreachable.length
				? `Nessun ente invitato ha un indirizzo email: ${reach.unreachable.map((o) => o.name).join(', ')}. Aggiungere l’email o la PEC nella scheda dell’ente.`
				: 'Nessun ente è atteso a questo incontro.'
		});
	const host = new URL(origin).host;
	const ics = calendar(meeting.title, [event(meeting, host, true)], 'PUBLISH');
	const url = await meetingUrl(meeting, origin);
	const where = [meeting.place && `Luogo: ${meeting.place}`, meeting.link && `Collegamento: ${meeting.link}`].filter(
		Boolean
	);
	const agenda = meeting.agenda
		.split('\n')
		.map((l) => l.trim())
		.filter(Boolean);
	const body = (a: Address, organisation: string) =>
		[
			a.greeting,
			'',
			a.via === 'delegate'
				? `è invitato/a, come referente di ${organisation}, all’incontro «${meeting.title}» ${when(meeting)}.`
				: `l’ente è invitato all’incontro «${meeting.title}» ${when(meeting)}.`,
			...(where.length ? ['', ...where] : []),
			...(agenda.length ? ['', 'Ordine del giorno:', ...agenda.map((l, i) => `${i + 1}. ${l}`)] : []),
			'',
			'In allegato l’invito (invito.ics) da aggiungere al calendario.',
			`La pagina dell’incontro: ${url}`
		].join('\n');
	const list = messages(reach, (a, organisation) => ({
		subject: `Invito: ${meeting.title} (${italianDate(romeParts(meeting.startsAt).date)})`,
		body: body(a, organisation),
		calendar: ics,
		meetingId,
		kind: 'invitation'
	}));
	const sent = await send(actor.districtId, list);
	// Logged once the mail is handed over (sending inside a transaction would hold it for the SMTP exchange).
	await command(actor, {}, (c) =>
		c.audit(meetings, {
			action: 'invite',
			id: meetingId,
			after: { recipients: list.map((m) => m.to), unreachable: reach.unreachable.map((o) => o.name) }
		})
	);
	const o = outcome(sent);
	return { ...o, reach, notice: `Inviti: ${reachSummary(reach, list.length)}. ${delivery(o)}` };
}

/** Announces minutes shared for comments, or approved, to the organisations of the meeting, with a link to them. */
export async function mailMinutes(actor: Actor, meetingId: number, status: 'shared' | 'approved', origin: string) {
	const meeting = await findOwned(db(), meetings, actor.districtId, meetingId, 'Incontro');
	const reach = await meetingReach(db(), meeting);
	const url = `${await meetingUrl(meeting, origin)}#minutes-title`;
	const kind: MailKind = status === 'shared' ? 'minutes_shared' : 'minutes_approved';
	const list = messages(reach, (a) => ({
		subject: `${status === 'shared' ? 'Verbale da commentare' : 'Verbale approvato'}: ${meeting.title}`,
		body: [
			a.greeting,
			'',
			status === 'shared'
				? `il verbale dell’incontro «${meeting.title}» ${when(meeting)} è condiviso con i membri per i commenti.`
				: `il verbale dell’incontro «${meeting.title}» ${when(meeting)} è stato approvato.`,
			'',
			status === 'shared' ? `Si legge e si commenta qui: ${url}` : `Si legge qui: ${url}`
		].join('\n'),
		meetingId,
		kind
	}));
	if (!list.length)
		return { ...outcome([]), reach, notice: `Verbale non annunciato: ${reachSummary(reach, 0, 'raggiunto')}.` };
	const sent = await send(actor.districtId, list);
	await command(actor, {}, (c) =>
		c.audit(meetings, { action: `mail_${kind}`, id: meetingId, after: { recipients: list.map((m) => m.to) } })
	);
	const o = outcome(sent);
	return {
		...o,
		reach,
		notice: `Verbale annunciato: ${reachSummary(reach, list.length, 'raggiunto')}. ${delivery(o)}`
	};
}
