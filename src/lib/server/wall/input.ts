// What people send to a wall, checked with Italian messages.
import { z } from 'zod';
import { oneOf, optionalId, optionalText, requiredId, requiredText, shortCode } from '../validation';
import { COLUMN_KINDS, TIMER_ROUNDS } from './schema';

/** A note is short: a sticky note, not a document. */
export const MAX_NOTE = 500;

export const noteInput = z.object({
	columnId: requiredId('Scegliere la colonna.'),
	themeId: requiredId('Scegliere il tema.'),
	body: z
		.string({ error: 'Scrivere il testo della nota.' })
		.trim()
		.min(1, { error: 'Scrivere il testo della nota.' })
		.superRefine((v, ctx) => {
			if (v.length > MAX_NOTE)
				ctx.addIssue({
					code: 'custom',
					message: `Nota troppo lunga: massimo ${MAX_NOTE} caratteri (ora ${v.length}). Dividila in più note.`
				});
			if (/[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F]/.test(v))
				ctx.addIssue({ code: 'custom', message: 'Il testo contiene caratteri non ammessi.' });
		}),
	authorName: optionalText(80),
	clientKey: z
		.string()
		.default('')
		.refine((s) => s === '' || /^[A-Za-z0-9-]{8,64}$/.test(s), { error: 'Chiave non valida.' })
		.transform((s) => s || null)
});

export const joinInput = z
	.object({
		code: shortCode,
		organisationId: z
			.string({ error: 'Scegliere il proprio ente.' })
			.regex(/^(\d{1,9}|other)$/, { error: 'Scegliere il proprio ente.' }),
		organisationOther: optionalText(160),
		name: optionalText(80)
	})
	.refine((v) => v.organisationId !== 'other' || v.organisationOther !== '', {
		path: ['organisationOther'],
		error: 'Scrivere il nome del proprio ente.'
	});

export const wallSettingsInput = z.object({
	title: requiredText(200, 'Il titolo'),
	dotBudget: z.coerce
		.number({ error: 'I punti vanno da 1 a 50.' })
		.int({ error: 'I punti vanno da 1 a 50.' })
		.min(1, { error: 'I punti vanno da 1 a 50.' })
		.max(50, { error: 'I punti vanno da 1 a 50.' })
});

export const columnInput = z.object({
	label: requiredText(80, 'Il nome della colonna'),
	kind: oneOf(COLUMN_KINDS, 'Scegliere il tipo di contributo.')
});
export const themeInput = z.object({ label: requiredText(80, 'Il nome del tema') });
export const groupInput = z.object({
	label: requiredText(120, 'Il titolo del gruppo'),
	columnId: requiredId('Scegliere la colonna.'),
	themeId: requiredId('Scegliere il tema.')
});
export const assignGroupInput = z.object({ groupId: optionalId });
export const mergeInput = z.object({
	targetId: requiredId('Scegliere la nota in cui unirla.'),
	/** Set when the facilitator has confirmed a merge across columns. */
	confirm: z
		.string()
		.optional()
		.transform((v) => v === '1' || v === 'on')
});

/** The longest a facilitator's timer may run: a day. */
export const MAX_TIMER_MINUTES = 24 * 60;
const timerMessage = `La durata va da 1 minuto a ${MAX_TIMER_MINUTES} minuti (un giorno).`;

export const timerInput = z.object({
	round: oneOf(TIMER_ROUNDS, 'Scegliere se il tempo è per scrivere o per votare.'),
	minutes: z
		.string({ error: 'Scrivere la durata in minuti.' })
		.trim()
		.transform((v, ctx) => {
			const n = Number(v.replace(',', '.'));
			if (v === '' || !Number.isFinite(n)) {
				ctx.addIssue({ code: 'custom', message: 'Scrivere la durata in minuti, con un numero.' });
				return z.NEVER;
			}
			if (n <= 0 || n > MAX_TIMER_MINUTES) {
				ctx.addIssue({ code: 'custom', message: timerMessage });
				return z.NEVER;
			}
			return n;
		}),
	autoClose: z
		.string()
		.optional()
		.transform((v) => v === '1' || v === 'on')
});
