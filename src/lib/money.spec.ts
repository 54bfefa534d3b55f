import { describe, expect, it } from 'vitest';
import { formatEuro, parseEuro, sumCents } from './money';

describe('money', () => {
	it('reads amounts as Italians type them, to the cent', () => {
		const cents = (s: string) => (parseEuro(s) as { cents: number }).cents;
		expect(cents('12.345,67')).toBe(1234567);
		expect(cents('€ 12.345,67')).toBe(1234567);
		expect(cents('12345,6')).toBe(1234560);
		expect(cents('1.000')).toBe(100000);
		expect(cents('1.000.000')).toBe(100000000);
		expect(cents('1000.50')).toBe(100050);
		expect(cents('0,10')).toBe(10);
		expect(cents('250000')).toBe(25000000);
		expect(parseEuro('-5')).toEqual({ error: 'L’importo non può essere negativo.' });
		expect(parseEuro('12,345')).toEqual({ error: 'Gli importi si indicano al centesimo (due decimali).' });
		expect(parseEuro('12a')).toHaveProperty('error');
		expect(parseEuro('1,23,45')).toHaveProperty('error');
		expect(parseEuro('')).toHaveProperty('error');
	});

	it('formats and adds up exactly where floating point would not', () => {
		expect(formatEuro(1234567)).toBe('€ 12.345,67');
		expect(formatEuro(5)).toBe('€ 0,05');
		expect(formatEuro(100000000)).toBe('€ 1.000.000,00');
		expect(formatEuro(-150)).toBe('-€ 1,50');
		// 0.1 + 0.2 in euros: floating point gives 0.30000000000000004.
		expect(sumCents([10, 20])).toBe(30);
		expect(formatEuro(sumCents(Array.from({ length: 1000 }, () => 1001)))).toBe('€ 10.010,00');
		for (const s of ['0,01', '999.999,99', '12.345.678,90'])
			expect(formatEuro((parseEuro(s) as { cents: number }).cents)).toBe(`€ ${s}`);
	});
});
