// Reminders of missing actuals: the owners of indicators (owners.ts) whose actual is still
// missing 30 days after a period ended get one email listing all of them, with links to where
// they are recorded, at most once a week per recipient and district (monitoring_reminder).
// An account owner is written to at its own address, a roundtable through its coordinator,
// an organisation through its delegates who have an account in the district.
//
// Left out: computed indicators (their figures are the platform's, not typed in) and closed
// periods (locked until the office reopens them). Each district's round is one system
// command: it records who was reminded, and the mail leaves after the commit through the mail
// module (kept in the district's outbox without SMTP). Several app instances may run it at
// once: a transaction-scoped advisory lock per district lets one of them do each district.
import { and, asc, eq, inArray, isNotNull, isNull, lte, notExists, sql } from 'drizzle-orm';
import { db } from '../db';
import { command, districts, type Context } from '../kernel';
import { send, type Message } from '../mail';
import { formatDate, todayInRome } from '$lib/format';
import { indicatorPeriods, indicators, monitoringReminders, periodClosures, plans, type OwnerKind } from './schema';
import { ownerNames, ownerRecipients, ownerValue } from './owners';

/** Days after a period's end before its missing actual is reminded. */
export const REMIND_AFTER_DAYS = 30;
/** Days between two reminders to the same recipient. */
export const REMIND_EVERY_DAYS = 7;

/** A period whose actual is due, with what the mail says of it. */
interface Due {
	districtId: number;
	district: string;
	districtName: string;
	periodId: number;
	label: string;
	endsOn: string;
	indicatorId: number;
	code: string;
	name: string;
	ownerKind: OwnerKind;
	ownerId: string;
	planTitle: string;
}

/** The day `days` before the date `date` (YYYY-MM-DD). */
function daysBefore(date: string, days: number): string {
	const [y, m, d] = date.split('-').map(Number);
	return new Date(Date.UTC(y, m - 1, d - days)).toISOString().slice(0, 10);
}

/** Where links in mail point: the platform's public address (ORIGIN, as the server is started with). */
function siteOrigin(): string {
	return (process.env.ORIGIN ?? 'http://localhost:3000').replace(/\/+$/, '');
}

/**
 * Sends the reminders due at `now`, in every district; returns, per district, the addresses
 * written to. `origin` is the address links start with (default: ORIGIN).
 */
export async function sendMonitoringReminders(now = new Date(), options: { origin?: string } = {}) {
	const origin = (options.origin ?? siteOrigin()).replace(/\/+$/, '');
	const lastDay = daysBefore(todayInRome(now), REMIND_AFTER_DAYS);
	const due: Due[] = await db()
		.select({
			districtId: indicators.districtId,
			district: districts.slug,
			districtName: districts.name,
			periodId: indicatorPeriods.id,
			label: indicatorPeriods.label,
			endsOn: indicatorPeriods.endsOn,
			indicatorId: indicators.id,
			code: indicators.code,
			name: indicators.name,
			ownerKind: sql<OwnerKind>`${indicators.ownerKind}`,
			ownerId: sql<string>`${indicators.ownerId}`,
			planTitle: plans.title
		})
		.from(indicatorPeriods)
		.innerJoin(indicators, eq(indicators.id, indicatorPeriods.indicatorId))
		.innerJoin(plans, eq(plans.id, indicators.planId))
		.innerJoin(districts, eq(districts.id, indicators.districtId))
		.where(
			and(
				lte(indicatorPeriods.endsOn, lastDay),
				isNull(indicatorPeriods.actualNumber),
				isNull(indicatorPeriods.actualText),
				isNotNull(indicators.ownerKind),
				eq(indicators.source, 'manual'),
				notExists(
					db()
						.select({ one: sql`1` })
						.from(periodClosures)
						.where(and(eq(periodClosures.planId, indicators.planId), eq(periodClosures.label, indicatorPeriods.label)))
				)
			)
		)
		.orderBy(asc(indicators.districtId), asc(plans.startYear), asc(indicators.code), asc(indicatorPeriods.startsOn));
	const sent: { districtId: number; emails: string[] }[] = [];
	for (const districtId of [...new Set(due.map((d) => d.districtId))]) {
		const emails = await remindDistrict(
			districtId,
			due.filter((d) => d.districtId === districtId),
			now,
			origin
		);
		if (emails.length) sent.push({ districtId, emails });
	}
	return sent;
}

/** One district's round: whom to write to, what, and the record of it (one command). */
function remindDistrict(districtId: number, due: Due[], now: Date, origin: string) {
	return command(null, { districtId, origin: 'system' }, async (c) => {
		const lock = await c.tx.execute<{ locked: boolean }>(
			sql`select pg_try_advisory_xact_lock(hashtext('pdz:monitoring-reminders'), ${districtId}) as locked`
		);
		// Another instance is doing this district right now.
		if (!lock.rows[0]?.locked) return [];
		const letters = await recipientsOf(c, due);
		if (!letters.size) return [];
		const since = new Date(now.getTime() - REMIND_EVERY_DAYS * 86_400_000);
		const earlier = await c.tx
			.select()
			.from(monitoringReminders)
			.where(
				and(eq(monitoringReminders.districtId, districtId), inArray(monitoringReminders.email, [...letters.keys()]))
			);
		const last = new Map(earlier.map((r) => [r.email, r.sentAt]));
		const messages: Message[] = [];
		for (const [email, letter] of letters) {
			const at = last.get(email);
			if (at && at > since) continue;
			if (at) await c.update(monitoringReminders, { email }, { sentAt: now });
			// Logged under the address, as the update is (the key's other half is the district).
			else await c.create(monitoringReminders, { email, sentAt: now }, { log: (change) => ({ ...change, id: email }) });
			messages.push({ to: email, ...reminderMail(letter, origin) });
		}
		if (messages.length) c.afterCommit(async () => void (await send(districtId, messages)));
		return messages.map((m) => m.to);
	});
}

/** What one person is reminded of, with why (the owner through whom it reaches them). */
interface Letter {
	name: string;
	items: (Due & { through: string })[];
}

/** The recipients of the due periods, by email: each with every period they answer for (once). */
async function recipientsOf(c: Context, due: Due[]): Promise<Map<string, Letter>> {
	const owners = await ownerNames({ districtId: c.districtId }, due);
	const letters = new Map<string, Letter>();
	for (const kind of [...new Set(due.map((d) => d.ownerKind))]) {
		const ids = [...new Set(due.filter((d) => d.ownerKind === kind).map((d) => d.ownerId))];
		for (const r of await ownerRecipients(c.tx, c.districtId, kind, ids)) {
			const email = r.email.trim().toLowerCase();
			const letter = letters.get(email) ?? { name: r.name, items: [] };
			const owner = owners.get(ownerValue(kind, r.ownerId));
			const through =
				kind === 'roundtable'
					? `come referente del tavolo «${owner?.name}»`
					: kind === 'organisation'
						? `come referente dell’ente «${owner?.name}»`
						: '';
			for (const d of due)
				if (d.ownerKind === kind && d.ownerId === r.ownerId && !letter.items.some((i) => i.periodId === d.periodId))
					letter.items.push({ ...d, through });
			letters.set(email, letter);
		}
	}
	return letters;
}

/** The mail of one recipient: every missing actual, by plan, with the link to record it. */
export function reminderMail(letter: Letter, origin: string): { subject: string; body: string } {
	const n = letter.items.length;
	const plansOf = [...new Set(letter.items.map((i) => i.planTitle))];
	const lines = [
		`Gentile ${letter.name},`,
		'',
		n === 1
			? `manca ancora il valore raggiunto di un indicatore di cui è responsabile, a più di ${REMIND_AFTER_DAYS} giorni dalla fine del periodo:`
			: `mancano ancora i valori raggiunti di ${n} periodi di indicatori di cui è responsabile, a più di ${REMIND_AFTER_DAYS} giorni dalla fine del periodo:`
	];
	for (const title of plansOf) {
		lines.push('', `${title}`);
		for (const i of letter.items.filter((x) => x.planTitle === title))
			lines.push(
				`- ${i.code} ${i.name} · periodo ${i.label}, terminato il ${formatDate(i.endsOn)}${i.through ? ` (${i.through})` : ''}`,
				`  Inserire il valore: ${origin}/gestione/${i.district}/indicatori/${i.indicatorId}#periodo-${i.periodId}`
			);
	}
	lines.push(
		'',
		'Il valore si registra dalla pagina dell’indicatore, nel riquadro del periodo. Se non spetta a lei inserirlo, lo segnali all’Ufficio di Piano.',
		`Questo promemoria arriva al più una volta a settimana, finché mancano valori.`,
		'',
		`${letter.items[0].districtName} · pdz`
	);
	return {
		subject:
			n === 1
				? `Promemoria: un valore di monitoraggio da inserire (${letter.items[0].districtName})`
				: `Promemoria: ${n} valori di monitoraggio da inserire (${letter.items[0].districtName})`,
		body: lines.join('\n')
	};
}

// ---- running it now and then --------------------------------------------------------------

let timer: ReturnType<typeof setInterval> | undefined;
let running: Promise<unknown> | undefined;

/** Whether this instance sends reminders: unless PDZ_REMINDERS is 0 or false (tests turn them off). */
export function remindersWanted(): boolean {
	const flag = process.env.PDZ_REMINDERS;
	return flag !== '0' && flag !== 'false';
}

/** Runs the reminders now and every `everyMinutes` (an hour by default), one round at a time. */
export function startReminders(everyMinutes = 60) {
	const tick = () => {
		if (running) return;
		running = sendMonitoringReminders()
			.catch((e) => console.error('[pdz] promemoria di monitoraggio:', e))
			.finally(() => (running = undefined));
	};
	if (timer) return;
	timer = setInterval(tick, everyMinutes * 60_000);
	timer.unref();
	tick();
}

/** Stops the timer and waits for a round under way. */
export async function stopReminders() {
	if (timer) clearInterval(timer);
	timer = undefined;
	await running;
}
