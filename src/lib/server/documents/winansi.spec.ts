import { describe, expect, it } from 'vitest';
import { winAnsi } from './winansi';

describe('text for the PDF fonts', () => {
	it('keeps Italian, drops accents the font lacks, and marks the rest', () => {
		expect(winAnsi('Perché l’attività è “così” – 3 €')).toBe('Perché l’attività è “così” – 3 €');
		expect(winAnsi('Associazione Română, Łódź')).toBe('Associazione Româna, ?ódz');
		expect(winAnsi('中文 🙂')).toBe('?? ?');
	});
});
