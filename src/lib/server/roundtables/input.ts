import { z } from 'zod';
import { isoDate, oneOf, optionalId, optionalText, parse, requiredId, requiredText } from '../validation';
import { MEETING_MODES, MEETING_STATUSES } from './schema';

/** A list of ids sent as repeated fields (joined with commas by formValues). */
export const idList = z
	.string()
	.default('')
	.refine((s) => s === '' || /^\d{1,9}(,\d{1,9})*$/.test(s), { error: 'Scelta non valida.' })
	.transform((s) => (s === '' ? [] : [...new Set(s.split(',').map(Number))]));

export const roundtableInput = z.object({
	name: requiredText(200, 'Il nome del tavolo'),
	description: optionalText(4000),
	coordinatorId: z.string().trim().max(64).default(''),
	areaIds: idList
});

export const memberInput = z.object({
	organisationId: requiredId('Scegliere un ente.'),
	joinedOn: isoDate('La data di adesione')
});

export const leaveInput = z.object({ leftOn: isoDate('La data di uscita') });

const time = (label: string) =>
	z
		.string({ error: `${label} è obbligatoria.` })
		.trim()
		.regex(/^([01]\d|2[0-3]):[0-5]\d$/, { error: `${label} va scritta come HH:MM, es. 09:30.` });

export const meetingInput = z
	.object({
		title: requiredText(200, 'Il titolo'),
		date: isoDate('La data'),
		startTime: time('L’ora di inizio'),
		endTime: time('L’ora di fine'),
		mode: oneOf(MEETING_MODES, 'Scegliere la modalità.'),
		place: optionalText(300),
		link: z
			.string()
			.trim()
			.max(500)
			.default('')
			.refine((s) => s === '' || /^https:\/\/\S+$/i.test(s), { error: 'Il link deve iniziare con https://.' }),
		agenda: optionalText(4000),
		phaseId: optionalId,
		status: oneOf(MEETING_STATUSES, 'Scegliere lo stato.')
	})
	.refine((m) => m.endTime > m.startTime, { path: ['endTime'], error: 'L’incontro deve finire dopo l’inizio.' })
	.refine((m) => m.mode === 'online' || m.place !== '', {
		path: ['place'],
		error: 'Indicare il luogo dell’incontro in presenza.'
	})
	.refine((m) => m.mode === 'in_person' || m.link !== '', {
		path: ['link'],
		error: 'Indicare il link per partecipare online.'
	});

export const subDistrictInput = z.object({
	name: requiredText(200, 'Il nome del microambito'),
	municipalityIds: idList
});

export const attendanceInput = z.object({ present: idList });

export const thresholdInput = z.object({
	roundtableId: requiredId('Scegliere il tavolo.'),
	threshold: z.coerce
		.number({ error: 'La soglia è una percentuale da 1 a 100.' })
		.int({ error: 'La soglia è una percentuale da 1 a 100.' })
		.min(1, { error: 'La soglia è una percentuale da 1 a 100.' })
		.max(100, { error: 'La soglia è una percentuale da 1 a 100.' })
		.default(70)
});

/** The optional names of the delegates present, sent as delegate_<organisation id>. */
export function delegateNames(input: unknown): Map<number, string> {
	const names = new Map<number, string>();
	for (const [key, value] of Object.entries((input ?? {}) as Record<string, unknown>)) {
		const match = /^delegate_(\d{1,9})$/.exec(key);
		if (!match || typeof value !== 'string') continue;
		names.set(Number(match[1]), parse(optionalText(120), value));
	}
	return names;
}
