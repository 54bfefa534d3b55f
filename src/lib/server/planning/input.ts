// What users may send to the planning module, with Italian messages.
import { z } from 'zod';
import {
	isoDate,
	oneOf,
	optionalId,
	optionalNumber,
	optionalText,
	optionalUrl,
	position,
	requiredText,
	MAX_TEXT
} from '../validation';
import {
	AGGREGATIONS,
	DIRECTIONS,
	INDICATOR_KINDS,
	MEASURES,
	OBJECTIVE_KINDS,
	PHASE_STATUSES,
	PLAN_STATUSES
} from './schema';

const year = (label: string) =>
	z.coerce
		.number({ error: `${label} deve essere un anno.` })
		.int({ error: `${label} deve essere un anno.` })
		.min(2000, { error: `${label} deve essere tra il 2000 e il 2100.` })
		.max(2100, { error: `${label} deve essere tra il 2000 e il 2100.` });

export const checkbox = z
	.union([z.literal('on'), z.literal('true'), z.literal(''), z.boolean()])
	.optional()
	.transform((v) => v === 'on' || v === 'true' || v === true);

export const planInput = z
	.object({
		title: requiredText(200, 'Il titolo'),
		startYear: year('L’anno di inizio'),
		endYear: year('L’anno di fine'),
		status: oneOf(PLAN_STATUSES, 'Scegliere uno stato.'),
		description: optionalText()
	})
	.refine((p) => p.endYear >= p.startYear, {
		path: ['endYear'],
		error: 'L’anno di fine non può precedere quello di inizio.'
	})
	.refine((p) => p.endYear - p.startYear <= 5, { path: ['endYear'], error: 'Un piano dura al massimo sei anni.' });

const dates = { startsOn: isoDate('La data di inizio'), endsOn: isoDate('La data di fine') };
const endsAfterStart: [(v: { startsOn: string; endsOn: string }) => boolean, { path: string[]; error: string }] = [
	(v) => v.endsOn >= v.startsOn,
	{ path: ['endsOn'], error: 'La data di fine non può precedere quella di inizio.' }
];

export const phaseInput = z
	.object({
		...dates,
		name: requiredText(200, 'Il nome della fase'),
		description: optionalText(2000),
		owner: optionalText(200),
		status: oneOf(PHASE_STATUSES, 'Scegliere uno stato.'),
		position
	})
	.refine(...endsAfterStart);

export const areaInput = z.object({
	code: z
		.string()
		.trim()
		.toUpperCase()
		.min(1, { error: 'Il codice è obbligatorio.' })
		.max(4, { error: 'Il codice ha al massimo 4 caratteri.' })
		.regex(/^[A-Z0-9]+$/, { error: 'Il codice può contenere solo lettere e numeri.' }),
	name: requiredText(200, 'Il nome dell’area'),
	position,
	active: checkbox
});

export const objectiveInput = z
	.object({
		kind: oneOf(OBJECTIVE_KINDS, 'Scegliere il tipo di obiettivo.'),
		areaId: optionalId,
		code: requiredText(20, 'Il codice'),
		title: requiredText(500, 'Il titolo'),
		description: optionalText(MAX_TEXT),
		achievements: optionalText(MAX_TEXT),
		position
	})
	.refine((o) => o.kind !== 'area' || (o.areaId !== null && Number.isInteger(o.areaId)), {
		path: ['areaId'],
		error: 'Un obiettivo d’area deve indicare la sua area.'
	});

export const specificObjectiveInput = z.object({ title: requiredText(500, 'Il titolo') });

export const indicatorInput = z.object({
	code: z
		.string()
		.trim()
		.min(1, { error: 'Il codice è obbligatorio.' })
		.max(30, { error: 'Il codice ha al massimo 30 caratteri.' })
		.regex(/^[\p{L}\p{N}._-]+$/u, { error: 'Il codice può contenere lettere, numeri, punti e trattini.' }),
	name: requiredText(500, 'Il nome dell’indicatore'),
	description: optionalText(4000),
	kind: oneOf(INDICATOR_KINDS, 'Scegliere il tipo di indicatore.'),
	measure: oneOf(MEASURES, 'Scegliere la misura.'),
	unit: optionalText(40),
	unitOne: optionalText(40),
	direction: oneOf(DIRECTIONS, 'Scegliere la direzione.'),
	baseline: optionalNumber('Il valore di partenza'),
	aggregation: oneOf(AGGREGATIONS, 'Scegliere come si sommano i periodi.'),
	public: checkbox,
	source: z.string().trim().max(40).default('manual')
});

export const periodInput = z
	.object({
		...dates,
		label: requiredText(40, 'Il nome del periodo'),
		target: optionalNumber('Il valore atteso'),
		targetText: optionalText(500),
		targetComment: optionalText(2000),
		actualNumber: optionalNumber('Il valore raggiunto'),
		actualText: optionalText(500),
		actualComment: optionalText(2000),
		evidenceUrl: optionalUrl
	})
	.refine(...endsAfterStart)
	.refine((p) => p.actualNumber === null || p.actualText === '', {
		path: ['actualText'],
		error: 'Inserire il valore raggiunto come numero oppure come testo, non entrambi.'
	});

export const actualInput = z
	.object({
		actualNumber: optionalNumber('Il valore raggiunto'),
		actualText: optionalText(500),
		actualComment: optionalText(2000),
		evidenceUrl: optionalUrl
	})
	.refine((p) => p.actualNumber === null || p.actualText === '', {
		path: ['actualText'],
		error: 'Inserire il valore raggiunto come numero oppure come testo, non entrambi.'
	});

/** The indicator kind of a dashboard filter (?tipo=), ignored when not one of the kinds. */
export const kindFilter = z.enum(INDICATOR_KINDS).optional().catch(undefined);

/** Closing a period of a plan's monitoring: its label ("2023"), and an optional note. */
export const closeInput = z.object({
	label: requiredText(60, 'Il periodo'),
	note: optionalText(1000)
});

/** Reopening a closed period: the reason is required, and kept in the audit log. */
export const reopenInput = z.object({
	label: requiredText(60, 'Il periodo'),
	reason: requiredText(1000, 'Il motivo della riapertura').refine((v) => v.length >= 10, {
		error: 'Scrivere il motivo della riapertura (almeno 10 caratteri): resta nel registro delle modifiche.'
	})
});
