import { describe, expect, it } from 'vitest';
import { dayPlan, easter, hoursOpen, nationalHolidays, nextChangeToday, openState, type Schedule } from './hours';
import { romeToInstant } from '$lib/time';

const desk: Schedule = {
	hours: [
		{ weekday: 1, opens: '09:00:00', closes: '12:30:00' },
		{ weekday: 1, opens: '14:00', closes: '17:00' },
		{ weekday: 3, opens: '09:00', closes: '12:30' }
	],
	exceptions: [
		{ fromDay: '2026-08-03', toDay: '2026-08-21', opens: null, closes: null, note: 'Chiusura estiva' },
		{
			fromDay: '2026-12-02',
			toDay: '2026-12-02',
			opens: '15:00',
			closes: '18:00',
			note: 'Apertura pomeridiana straordinaria'
		}
	]
};
const at = (date: string, time: string) => romeToInstant(date, time)!;

describe('opening hours', () => {
	it('computes Easter and the holidays that move with it', () => {
		expect(easter(2024)).toBe('2024-03-31');
		expect(easter(2025)).toBe('2025-04-20');
		expect(easter(2027)).toBe('2027-03-28');
		const h = nationalHolidays(2025);
		expect(h.get('2025-04-21')).toBe('Lunedì dell’Angelo');
		expect(h.get('2025-06-02')).toBe('Festa della Repubblica');
		expect(h.has('2025-10-04')).toBe(false);
		expect(nationalHolidays(2026).get('2026-10-04')).toMatch(/San Francesco/);
	});

	it('is open inside an interval and says when it closes, in Rome time across DST', () => {
		// Monday 23 March 2026 (CET) and Monday 30 March 2026 (CEST): same wall-clock answer.
		for (const day of ['2026-03-23', '2026-03-30']) {
			expect(openState(desk, at(day, '10:15'))).toMatchObject({ open: true, closesAt: '12:30' });
			expect(openState(desk, at(day, '12:30'))).toMatchObject({ open: false, next: { day, time: '14:00' } });
			expect(openState(desk, at(day, '08:59'))).toMatchObject({ open: false, next: { day, time: '09:00' } });
		}
	});

	it('is closed on national holidays and exceptions, and finds the next opening', () => {
		// Easter Monday 2026 is 6 April: closed, next opening Wednesday 8 April.
		expect(openState(desk, at('2026-04-06', '10:00'))).toEqual({
			open: false,
			next: { day: '2026-04-08', time: '09:00' },
			reason: 'Lunedì dell’Angelo'
		});
		const summer = openState(desk, at('2026-08-05', '10:00'));
		expect(summer).toMatchObject({
			open: false,
			next: { day: '2026-08-24', time: '09:00' },
			reason: 'Chiusura estiva'
		});
		// Special hours replace the week's on that day.
		expect(dayPlan(desk, '2026-12-02').intervals).toEqual([['15:00', '18:00']]);
		expect(openState(desk, at('2026-12-02', '10:00')).open).toBe(false);
		expect(openState(desk, at('2026-12-02', '16:00')).open).toBe(true);
	});

	it('applies summer hours only on the days the place opens, and an extraordinary opening on its day', () => {
		const summer: Schedule = {
			hours: desk.hours,
			exceptions: [
				{ fromDay: '2026-07-01', toDay: '2026-08-31', opens: '08:00', closes: '12:00', note: 'Orario estivo' }
			]
		};
		expect(dayPlan(summer, '2026-07-06')).toEqual({ intervals: [['08:00', '12:00']], reason: 'Orario estivo' }); // Monday
		expect(dayPlan(summer, '2026-07-07').intervals).toEqual([]); // Tuesday: closed in the week
		expect(dayPlan(summer, '2026-08-15')).toEqual({ intervals: [], reason: 'Ferragosto' });
		const saturday: Schedule = {
			hours: desk.hours,
			exceptions: [
				{ fromDay: '2026-12-05', toDay: '2026-12-05', opens: '09:00', closes: '12:00', note: 'Apertura straordinaria' }
			]
		};
		expect(dayPlan(saturday, '2026-12-05').intervals).toEqual([['09:00', '12:00']]);
	});

	it('has no next opening when a place never opens', () => {
		expect(openState({ hours: [], exceptions: [] }, at('2026-05-04', '10:00'))).toEqual({ open: false, next: null });
	});

	it('knows when the state will change next today', () => {
		expect(nextChangeToday([desk], at('2026-03-23', '10:00'))?.toISOString()).toBe(
			at('2026-03-23', '12:30').toISOString()
		);
		expect(nextChangeToday([desk], at('2026-03-23', '18:00'))).toBeNull();
	});
});

describe('hours open over a period', () => {
	it('counts the real hours of an interval across the changes of the clocks', () => {
		// Sunday 01:00-04:00: on 26 March 2023 the clocks skip 02:00-03:00, on 29 October they repeat it.
		const night: Schedule = { hours: [{ weekday: 7, opens: '01:00', closes: '04:00' }], exceptions: [] };
		expect(hoursOpen(night, '2023-03-26', '2023-03-26')).toEqual({ hours: 2, days: 1 });
		expect(hoursOpen(night, '2023-10-29', '2023-10-29')).toEqual({ hours: 4, days: 1 });
		expect(hoursOpen(night, '2023-03-19', '2023-03-19')).toEqual({ hours: 3, days: 1 });
		// An ordinary week in each season: the same wall-clock hours, the same real hours.
		expect(hoursOpen(desk, '2026-01-12', '2026-01-18')).toEqual({ hours: 10, days: 2 });
		expect(hoursOpen(desk, '2026-07-13', '2026-07-19')).toEqual({ hours: 10, days: 2 });
	});

	it('leaves out national holidays and closures, both ends of the period included', () => {
		// Easter Monday 6 April 2026 and 25 April 2022 (a Monday): only the Wednesday of those weeks.
		expect(hoursOpen(desk, '2026-04-06', '2026-04-12')).toEqual({ hours: 3.5, days: 1 });
		expect(hoursOpen(desk, '2022-04-25', '2022-05-01')).toEqual({ hours: 3.5, days: 1 });
		// The summer closure (3-21 August 2026): Mondays 24 and 31, Wednesday 26 remain.
		expect(hoursOpen(desk, '2026-08-01', '2026-08-31')).toEqual({ hours: 16.5, days: 3 });
		expect(hoursOpen(desk, '2026-08-24', '2026-08-24')).toEqual({ hours: 6.5, days: 1 });
		expect(hoursOpen(desk, '2026-08-25', '2026-08-24')).toEqual({ hours: 0, days: 0 });
	});

	it('counts other hours over a period and a single-day extraordinary opening', () => {
		const summer: Schedule = {
			hours: desk.hours,
			exceptions: [{ fromDay: '2026-07-01', toDay: '2026-08-31', opens: '08:00', closes: '12:00', note: 'Estate' }]
		};
		// July 2026: Mondays 6, 13, 20, 27 and Wednesdays 1, 8, 15, 22, 29, four hours each.
		expect(hoursOpen(summer, '2026-07-01', '2026-07-31')).toEqual({ hours: 36, days: 9 });
		const saturday: Schedule = {
			hours: desk.hours,
			exceptions: [{ fromDay: '2026-12-05', toDay: '2026-12-05', opens: '09:00', closes: '12:00', note: '' }]
		};
		// Monday 30 November, Wednesday 2 December and the Saturday opening.
		expect(hoursOpen(saturday, '2026-11-30', '2026-12-06')).toEqual({ hours: 13, days: 3 });
	});

	it('adds up several places, a day counting once however many of them open', () => {
		const codogno: Schedule = {
			hours: [
				{ weekday: 1, opens: '14:00', closes: '16:00' },
				{ weekday: 2, opens: '09:00', closes: '12:00' }
			],
			exceptions: []
		};
		expect(hoursOpen([desk, codogno], '2026-01-12', '2026-01-18')).toEqual({ hours: 15, days: 3 });
		expect(hoursOpen([], '2026-01-12', '2026-01-18')).toEqual({ hours: 0, days: 0 });
	});
});
