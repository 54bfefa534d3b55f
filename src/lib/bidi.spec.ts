import { describe, expect, it } from 'vitest';
import { isolateText, segments } from './bidi';

const ltr = (text: string) =>
	segments(text)
		.filter((s) => s.ltr)
		.map((s) => s.text);

describe('left-to-right runs inside Arabic text', () => {
	it('isolates Italian names without their brackets, which follow the Arabic text', () => {
		expect(ltr('مكتب الأجانب واللاجئين (Sportello Stranieri&Rifugiati)')).toEqual(['Sportello Stranieri&Rifugiati']);
		expect(ltr('مشروع «Mettiamo le Ali» التابع لمؤسسة سوماسكي (Fondazione Somaschi)')).toEqual([
			'Mettiamo le Ali',
			'Fondazione Somaschi'
		]);
	});

	it('keeps a phone number, an address and an e-mail whole, without the sentence punctuation', () => {
		expect(ltr('الهاتف 0371 000 101، البريد الإلكتروني sportello.stranieri@lodi.demo.it.')).toEqual([
			'0371 000 101',
			'sportello.stranieri@lodi.demo.it'
		]);
		expect(ltr('مكتب في لودي، Via Cavour 40، بموعد مسبق')).toEqual(['Via Cavour 40']);
		expect(ltr('اتصل على +39 0371 000 101 الآن')).toEqual(['+39 0371 000 101']);
	});

	it('gives back the text unchanged, cut into pieces', () => {
		const text = 'يعمل على مدار 24 ساعة (800 290 290).';
		expect(
			segments(text)
				.map((s) => s.text)
				.join('')
		).toBe(text);
		expect(ltr(text)).toEqual(['24', '800 290 290']);
		// A phone number is kept on one line; a name may wrap.
		expect(segments(text).filter((s) => s.whole)).toEqual([{ text: '800 290 290', ltr: true, whole: true }]);
		expect(segments('(Sportello Stranieri)').some((s) => s.whole)).toBe(false);
	});

	it('uses Unicode isolates where no markup is possible, and only in right-to-left languages', () => {
		expect(isolateText('هاتف 0371 000 101', 'ar')).toBe('هاتف \u20660371 000 101\u2069');
		expect(isolateText('Telefono 0371 000 101', 'it')).toBe('Telefono 0371 000 101');
	});
});
