import { describe, expect, it } from 'vitest';
import { familyOf, fontSafe, runs } from './pdf-fonts';

describe('text for the PDF fonts', () => {
	it('keeps Italian, every Latin letter and every script a fallback font has, and marks what none can draw', () => {
		expect(fontSafe('Perché l’attività è “così” – 3 € «sì» …')).toBe('Perché l’attività è “così” – 3 € «sì» …');
		expect(fontSafe('Associazione Română, Łódź, Şahin, Dvořák')).toBe('Associazione Română, Łódź, Şahin, Dvořák');
		expect(fontSafe('中文 Київ مرحبا Ελλάδα ǹ → ≤ ✓')).toBe('中文 Київ مرحبا Ελλάδα ǹ → ≤ ✓');
		expect(fontSafe('🙂')).toBe('?');
		// Text pasted from word processors and typed in text areas.
		expect(fontSafe('Comu\u00adnità\r\nriga due\tcolonna, 3,5‰, 10\u202f000')).toBe(
			'Comunità\nriga due colonna, 3,5‰, 10\u00a0000'
		);
		// What no font has, written with the letters it stands for.
		expect(fontSafe('\u{1d400}')).toBe('A');
	});

	it('splits text into runs by the first font that has each character, Arabic right to left', () => {
		expect(familyOf('a')).toBe('titillium');
		expect(familyOf('Ж')).toBe('noto');
		expect(familyOf('ع')).toBe('arabic');
		expect(familyOf('中')).toBe('sc');
		const r = runs('Ente جمعية الأمل 2024, Київ 中文');
		expect(r.map((x) => [x.text, x.family, x.rtl, x.lang])).toEqual([
			['Ente ', 'titillium', false, null],
			['جمعية الأمل', 'arabic', true, 'ar'],
			[' ', 'titillium', false, null],
			['2024, ', 'titillium', false, null],
			['Київ ', 'noto', false, 'uk'],
			['中文', 'sc', false, 'zh-Hans']
		]);
	});
});
