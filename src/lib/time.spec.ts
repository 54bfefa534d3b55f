import { describe, expect, it } from 'vitest';
import { romeParts, romeToInstant } from './time';

describe('Europe/Rome times', () => {
	it('converts winter and summer times to UTC', () => {
		expect(romeToInstant('2024-01-15', '17:30')?.toISOString()).toBe('2024-01-15T16:30:00.000Z');
		expect(romeToInstant('2024-05-16', '09:30')?.toISOString()).toBe('2024-05-16T07:30:00.000Z');
	});
	it('keeps wall-clock times across the daylight-saving changes', () => {
		expect(romeToInstant('2024-03-30', '10:00')?.toISOString()).toBe('2024-03-30T09:00:00.000Z');
		expect(romeToInstant('2024-03-31', '10:00')?.toISOString()).toBe('2024-03-31T08:00:00.000Z');
		expect(romeToInstant('2024-10-26', '10:00')?.toISOString()).toBe('2024-10-26T08:00:00.000Z');
		expect(romeToInstant('2024-10-27', '10:00')?.toISOString()).toBe('2024-10-27T09:00:00.000Z');
	});
	it('refuses a time that does not exist and takes the first of a repeated one', () => {
		expect(romeToInstant('2024-03-31', '02:30')).toBeNull();
		expect(romeToInstant('2024-10-27', '02:30')?.toISOString()).toBe('2024-10-27T00:30:00.000Z');
	});
	it('reads instants back as Rome wall-clock time', () => {
		expect(romeParts(new Date('2024-10-27T09:00:00Z'))).toEqual({ date: '2024-10-27', time: '10:00' });
		expect(romeParts(new Date('2024-05-16T07:30:00Z'))).toEqual({ date: '2024-05-16', time: '09:30' });
	});
});
