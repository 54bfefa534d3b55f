import { beforeAll, describe, expect, it } from 'vitest';
import { and, eq } from 'drizzle-orm';
import { useTestDatabase } from './db/testing';
import { db } from './db';
import { loadDemo } from './demo';
import { actorIn, users } from './accounts';
import { createMeeting, roundtables } from './roundtables';
import { createWall } from './wall';
import { indicatorPeriods, indicators, plans } from './planning';
import { homeOf } from './home';

useTestDatabase();
beforeAll(() => loadDemo(), 180_000);

async function actorOf(email: string) {
	const [u] = await db().select().from(users).where(eq(users.email, email));
	return (await actorIn(u, 'lodi'))!;
}

describe('a home per role', () => {
	it('shows a coordinator their roundtable, its next meeting, its open walls and the figures they owe', async () => {
		const coordinator = await actorOf('tavolo.immigrazione@lodi.demo.it');
		const before = await homeOf(coordinator, new Date('2024-05-10T10:00:00Z'));
		expect(before?.kind).toBe('coordinator');
		if (before?.kind !== 'coordinator') return;
		expect(before.roundtables.map((r) => [r.name, r.next?.title])).toEqual([
			['Tavolo Immigrazione', 'Programmazione 2025/2027 - lavori di stesura del Piano di Zona']
		]);
		const [table] = await db().select().from(roundtables).where(eq(roundtables.name, 'Tavolo Immigrazione'));
		// A meeting and a wall of the roundtable, and a figure of a plan being carried out that the roundtable owes.
		await createMeeting(
			coordinator,
			{ roundtableId: table.id },
			{
				title: 'Incontro di verifica',
				date: '2099-03-02',
				startTime: '10:00',
				endTime: '12:00',
				mode: 'in_person',
				place: 'Lodi',
				status: 'scheduled'
			}
		);
		const wall = await createWall(coordinator, { roundtableId: table.id });
		const [plan] = await db().select().from(plans).where(eq(plans.slug, '2021-2023'));
		await db().update(plans).set({ status: 'running' }).where(eq(plans.id, plan.id));
		const [owed] = await db()
			.select({ id: indicators.id, code: indicators.code })
			.from(indicators)
			.where(and(eq(indicators.planId, plan.id), eq(indicators.source, 'manual')))
			.limit(1);
		await db()
			.update(indicators)
			.set({ ownerKind: 'roundtable', ownerId: String(table.id) })
			.where(eq(indicators.id, owed.id));
		const [period] = await db()
			.update(indicatorPeriods)
			.set({ actualNumber: null, actualText: null })
			.where(eq(indicatorPeriods.indicatorId, owed.id))
			.returning({ label: indicatorPeriods.label });

		const home = await homeOf(coordinator, new Date('2026-06-01T10:00:00Z'));
		if (home?.kind !== 'coordinator') throw new Error(String(home?.kind));
		expect(home.roundtables[0].next?.title).toBe('Incontro di verifica');
		expect(home.walls.map((w) => [w.id, w.postingOpen])).toEqual([[wall.id, true]]);
		expect(home.indicators.map((i) => i.code)).toEqual([owed.code]);
		expect(home.indicators[0].periods).toContain(period.label);
	});

	it('shows a delegate the meetings and the open walls of their organisation’s roundtables', async () => {
		const home = await homeOf(await actorOf('cpia@lodi.demo.it'), new Date('2026-06-01T10:00:00Z'));
		if (home?.kind !== 'delegate') throw new Error(String(home?.kind));
		expect(home.organisations.map((o) => o.name)).toEqual(['CPIA di Lodi']);
		expect(home.meetings.map((m) => [m.title, m.roundtable])).toEqual([
			['Incontro di verifica', 'Tavolo Immigrazione']
		]);
		expect(home.walls).toHaveLength(1);
	});

	it('leaves the office and viewers on the plan list', async () => {
		expect(await homeOf(await actorOf('udp@lodi.demo.it'))).toBeNull();
		expect(await homeOf(await actorOf('osservatore@lodi.demo.it'))).toBeNull();
	});
});
