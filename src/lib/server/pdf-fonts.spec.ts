import { describe, expect, it } from 'vitest';
import { fontSafe } from './pdf-fonts';

describe('text for the PDF fonts', () => {
	it('keeps Italian and every Latin letter, and marks what the font cannot draw', () => {
		expect(fontSafe('Perché l’attività è “così” – 3 € «sì» …')).toBe('Perché l’attività è “così” – 3 € «sì» …');
		expect(fontSafe('Associazione Română, Łódź, Şahin, Dvořák')).toBe('Associazione Română, Łódź, Şahin, Dvořák');
		expect(fontSafe('中文 🙂')).toBe('?? ?');
		// Text pasted from word processors and typed in text areas.
		expect(fontSafe('Comu\u00adnità\r\nriga due\tcolonna, 3,5‰, 10\u202f000, ﬁne')).toBe(
			'Comunità\nriga due colonna, 3,5 per mille, 10\u00a0000, fine'
		);
	});
});
