// What the training forms send, with Italian messages by field.
import { z } from 'zod';
import { checkbox } from '../planning';
import { idList } from '../roundtables';
import { isoDate, optionalId, optionalNumber, optionalText, requiredText } from '../validation';

const hours = (label: string) =>
	optionalNumber(label).refine((n) => n === null || (n > 0 && n <= 9999), {
		error: `${label} vanno da 0,5 a 9999.`
	});

const roles = z
	.string()
	.default('')
	.transform((s) => [
		...new Set(
			s
				.split(/\n|,/)
				.map((l) => l.trim())
				.filter(Boolean)
		)
	])
	.refine((l) => l.length <= 30 && l.every((r) => r.length <= 120), {
		error: 'Al massimo 30 ruoli, di 120 caratteri.'
	});

export const courseInput = z
	.object({
		title: requiredText(300, 'Il titolo del corso'),
		provider: optionalText(300),
		projectId: optionalId,
		plannedHours: hours('Le ore previste'),
		minHours: hours('Le ore minime'),
		targetRoles: roles,
		description: optionalText(4000),
		openToTerritory: checkbox,
		exampleData: checkbox
	})
	.refine((c) => c.minHours === null || c.plannedHours === null || c.minHours <= c.plannedHours, {
		path: ['minHours'],
		error: 'Le ore minime per l’attestato non possono superare le ore previste del corso.'
	});

const time = (label: string) =>
	z
		.string({ error: `${label} è obbligatoria.` })
		.trim()
		.regex(/^([01]\d|2[0-3]):[0-5]\d$/, { error: `${label} va scritta come HH:MM, es. 09:30.` });

export const sessionInput = z
	.object({
		date: isoDate('La data della sessione'),
		startTime: time('L’ora di inizio'),
		endTime: time('L’ora di fine'),
		place: optionalText(300)
	})
	.refine((s) => s.endTime > s.startTime, {
		path: ['endTime'],
		error: 'La sessione deve finire dopo l’inizio.'
	});

/** A person as the register or the check-in types them: the same name and organisation is the same person. */
export const personInput = z.object({
	name: requiredText(120, 'Il nome e cognome'),
	organisationId: optionalId,
	role: optionalText(120)
});

/** A participant added to a session: one already known, or a new person. */
export const participantInput = z.object({
	traineeId: optionalId,
	name: optionalText(120),
	organisationId: optionalId,
	role: optionalText(120)
});

/** The register of a session: who was there, among the people the form lists. */
export const registerInput = z.object({ traineeIds: idList });
