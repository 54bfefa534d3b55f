import { describe, expect, it } from 'vitest';
import ICAL from 'ical.js';
import { calendar } from './ics';
import { romeToInstant } from '$lib/time';

describe('iCalendar output', () => {
	it('parses with an independent parser and keeps Rome times across a daylight-saving change', () => {
		const before = romeToInstant('2024-10-26', '09:30')!;
		const after = romeToInstant('2024-10-28', '09:30')!;
		const text = calendar('Tavolo Immigrazione, Lodi', [
			{
				uid: 'meeting-1@pdz',
				title: 'Incontro; prima parte, con «virgolette»',
				startsAt: before,
				endsAt: new Date(before.getTime() + 7_200_000),
				updatedAt: before,
				location: 'Ufficio di Piano, Lodi',
				description: 'Ordine del giorno:\nesiti\npriorità ' + 'lungo '.repeat(30)
			},
			{
				uid: 'meeting-2@pdz',
				title: 'Incontro dopo il cambio d’ora',
				startsAt: after,
				endsAt: new Date(after.getTime() + 7_200_000),
				updatedAt: after
			}
		]);
		expect(text.split('\r\n').every((line) => Buffer.byteLength(line, 'utf8') <= 75)).toBe(true);
		const component = new ICAL.Component(ICAL.parse(text));
		const events = component.getAllSubcomponents('vevent').map((v) => new ICAL.Event(v));
		expect(events.map((e) => e.summary)).toEqual([
			'Incontro; prima parte, con «virgolette»',
			'Incontro dopo il cambio d’ora'
		]);
		expect(events[0].location).toBe('Ufficio di Piano, Lodi');
		expect(events[0].description).toContain('esiti\npriorità');
		const rome = (e: InstanceType<typeof ICAL.Event>) =>
			new Intl.DateTimeFormat('it-IT', { timeZone: 'Europe/Rome', hour: '2-digit', minute: '2-digit' }).format(
				e.startDate.toJSDate()
			);
		expect(events.map(rome)).toEqual(['09:30', '09:30']);
		expect(events[0].startDate.toJSDate().toISOString()).toBe('2024-10-26T07:30:00.000Z');
		expect(events[1].startDate.toJSDate().toISOString()).toBe('2024-10-28T08:30:00.000Z');
	});

	it('keeps every line break and control character of a title, place or text inside its own property', () => {
		const at = romeToInstant('2024-05-16', '09:30')!;
		const injected = '\rEND:VEVENT\rBEGIN:VEVENT\rSUMMARY:Falso\rDTSTART:20240101T000000Z';
		const text = calendar('Tavolo', [
			{
				uid: 'meeting-9@pdz',
				title: `Incontro${injected}`,
				startsAt: at,
				endsAt: new Date(at.getTime() + 3_600_000),
				updatedAt: at,
				location: `Sala\r\nBEGIN:VALARM\u0000\u000b`,
				description: `Riga uno\rRiga due\r\nRiga tre\nRiga quattro\u0007`
			}
		]);
		// No line of the file but the real ones: any CR, LF or control character would start one.
		const lines = text.split('\r\n').slice(0, -1);
		expect(lines.every((line) => !/[\u0000-\u0008\u000A-\u001F\u007F]/.test(line))).toBe(true);
		expect(text.split(/\r\n|\r|\n/).filter((l) => l === 'BEGIN:VEVENT')).toHaveLength(1);
		const events = new ICAL.Component(ICAL.parse(text)).getAllSubcomponents('vevent').map((v) => new ICAL.Event(v));
		expect(events).toHaveLength(1);
		expect(events[0].summary).toBe('Incontro END:VEVENT BEGIN:VEVENT SUMMARY:Falso DTSTART:20240101T000000Z');
		expect(events[0].location).toBe('Sala BEGIN:VALARM ');
		expect(events[0].description).toBe('Riga uno\nRiga due\nRiga tre\nRiga quattro');
	});
});
