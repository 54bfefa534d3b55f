// Counts read right in every language: the catalogue's plural forms choose the noun by the
// language's own rules (Italian one/other, Arabic zero, one, two, few, many, other).
import { describe, expect, it } from 'vitest';
import { m } from '$lib/paraglide/messages';
import { formatValue } from '$lib/format';
import { figure } from '$lib/server/documents';

describe('plural forms of the message catalogue', () => {
	it('says "1 indicatore" and "2 indicatori" in Italian, and the same for notes, points and stars', () => {
		const it_ = { locale: 'it' } as const;
		expect([1, 2, 5].map((count) => m.public_summary_count({ count }, it_))).toEqual([
			'1 indicatore',
			'2 indicatori',
			'5 indicatori'
		]);
		expect(m.public_summary_count({ count: 0 }, it_)).toBe('0 indicatori');
		expect(m.wall_count_notes({ count: 1 }, it_)).toBe('1 nota');
		expect(m.wall_count_notes({ count: 3 }, it_)).toBe('3 note');
		expect(m.wall_dots_left({ count: 1 }, it_)).toBe('Ti resta 1 punto');
		expect(m.wall_dots_left({ count: 0 }, it_)).toBe('Ti restano 0 punti');
		expect(m.rating_star({ count: 1 }, it_)).toBe('1 stella su 5');
		expect(m.rating_star({ count: 4 }, it_)).toBe('4 stelle su 5');
		expect(m.public_phases_more({ count: 1 }, it_)).toBe('e un’altra');
		expect(m.public_phases_more({ count: 2 }, it_)).toBe('e altre 2');
		expect(m.attendance_count({ present: 1, expected: 10 }, it_)).toBe('1 ente presente su 10');
		expect(m.wall_stats({ participants: 1, notes: 2, votes: 1 }, it_)).toBe(
			'1 partecipante · 2 note · 1 punto assegnato'
		);
		expect(m.wall_stats({ participants: 12, notes: 1, votes: 30 }, it_)).toBe(
			'12 partecipanti · 1 nota · 30 punti assegnati'
		);
	});

	it('uses the six Arabic cases: one, two, few (3-10), many (11-99), other (100 and more)', () => {
		const ar = { locale: 'ar' } as const;
		expect([1, 2, 5, 11, 100].map((count) => m.public_summary_count({ count }, ar))).toEqual([
			'مؤشر واحد',
			'مؤشران',
			'5 مؤشرات',
			'11 مؤشرًا',
			'100 مؤشر'
		]);
		expect(m.public_summary_count({ count: 0 }, ar)).toBe('0 مؤشر');
	});

	it('chooses singular and plural in English, French and Spanish too', () => {
		expect(m.public_summary_count({ count: 1 }, { locale: 'en' })).toBe('1 indicator');
		expect(m.public_summary_count({ count: 2 }, { locale: 'en' })).toBe('2 indicators');
		expect(m.public_summary_count({ count: 1 }, { locale: 'fr' })).toBe('1 indicateur');
		expect(m.public_summary_count({ count: 5 }, { locale: 'fr' })).toBe('5 indicateurs');
		expect(m.public_phases_more({ count: 1 }, { locale: 'fr' })).toBe('et 1 autre');
		expect(m.public_summary_count({ count: 1 }, { locale: 'es' })).toBe('1 indicador');
		expect(m.public_summary_count({ count: 5 }, { locale: 'es' })).toBe('5 indicadores');
	});

	it('writes an indicator unit in the singular for the value 1 when the office gave it ("1 protocollo")', () => {
		expect(formatValue(1, 'count', 'protocolli', 'protocollo')).toBe('1 protocollo');
		expect(formatValue('2', 'count', 'protocolli', 'protocollo')).toBe('2 protocolli');
		expect(formatValue(1, 'count', 'ore')).toBe('1 ore'); // no singular given: as typed
		expect(formatValue(1, 'percentage', '%', 'x')).toBe('1%');
		expect(figure(1, null, 'count', 'protocolli', 'protocollo')).toBe('1 protocollo');
		expect(figure(3, null, 'count', 'protocolli', 'protocollo')).toBe('3 protocolli');
	});
});
