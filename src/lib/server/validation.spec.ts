import { describe, expect, it } from 'vitest';
import { parseItalianNumber } from './validation';

describe('parseItalianNumber', () => {
	it('reads numbers as Italians type them', () => {
		expect(parseItalianNumber('2.000')).toBe(2000);
		expect(parseItalianNumber('1.234,5')).toBe(1234.5);
		expect(parseItalianNumber('12,5')).toBe(12.5);
		expect(parseItalianNumber('12.5')).toBe(12.5);
		expect(parseItalianNumber(' 70 ')).toBe(70);
		expect(parseItalianNumber('')).toBeNull();
		expect(parseItalianNumber('settanta')).toBeNaN();
		expect(parseItalianNumber('1,2,3')).toBeNaN();
		expect(parseItalianNumber('1.5,3')).toBeNaN();
		expect(parseItalianNumber('0,125')).toBe(0.125);
		expect(parseItalianNumber('7,125')).toBe(7.125);
		expect(parseItalianNumber('1'.repeat(400))).toBeNaN();
	});
});
