// What staff send about projects, grants and interventions, checked with Italian messages.
import { z } from 'zod';
import {
	isoDate,
	oneOf,
	optionalId,
	optionalNumber,
	optionalText,
	optionalUrl,
	requiredId,
	requiredText
} from '../validation';
import { checkbox } from '../planning';
import { idList } from '../roundtables';
import { parseEuro } from '$lib/money';
import { LEPS_CODES } from '$lib/leps';
import { BENEFICIARY_STAGES, PROJECT_STATUSES, PUBLIC_PROJECT_STATUSES, SOURCE_TYPES } from './schema';

const optionalDate = (label: string) =>
	z
		.string()
		.default('')
		.pipe(z.union([z.literal('').transform(() => null), isoDate(label)]));

/** An amount in euro as typed ("12.345,67"), read into exact cents. */
export const euro = (label: string) =>
	z.string({ error: `${label}: indicare l’importo.` }).transform((raw, ctx) => {
		const r = parseEuro(raw);
		if ('error' in r) {
			ctx.addIssue({ code: 'custom', message: `${label}: ${r.error.charAt(0).toLowerCase()}${r.error.slice(1)}` });
			return z.NEVER;
		}
		return r.cents;
	});

const lines = (max: number) =>
	z
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
		.refine((l) => l.length <= 30 && l.every((x) => x.length <= max), {
			error: `Al massimo 30 voci di ${max} caratteri.`
		});

export const sourceInput = z.object({
	name: requiredText(160, 'Il nome della fonte'),
	type: oneOf(SOURCE_TYPES, 'Scegliere il tipo di fonte.'),
	description: optionalText(2000)
});

export const projectInput = z
	.object({
		title: requiredText(300, 'Il titolo'),
		description: optionalText(8000),
		leadOrganisationId: optionalId,
		coDesign: checkbox,
		coDesignProcedure: optionalText(300),
		coDesignOn: optionalDate('La data della co-progettazione'),
		startsOn: optionalDate('La data di inizio'),
		endsOn: optionalDate('La data di fine'),
		targetGroups: lines(120),
		leps: z
			.string()
			.default('')
			.transform((s) => (s ? [...new Set(s.split(','))] : []))
			.refine((l) => l.every((c) => LEPS_CODES.includes(c)), { error: 'LEPS non riconosciuto.' }),
		areaIds: idList,
		objectiveIds: idList,
		exampleData: checkbox
	})
	.refine((p) => !p.startsOn || !p.endsOn || p.endsOn >= p.startsOn, {
		path: ['endsOn'],
		error: 'Il progetto non può finire prima di iniziare.'
	});

export const statusInput = z.object({
	status: oneOf(PROJECT_STATUSES, 'Scegliere uno stato.'),
	changedOn: isoDate('La data del cambio di stato')
});

export const partnerInput = z.object({
	organisationId: requiredId('Scegliere un ente.'),
	role: requiredText(120, 'Il ruolo')
});

/** The years of a beneficiary count's period: a year ("2022") or a range ("2021-2023", "2021 – 2023"). */
export interface PeriodYears {
	from: number;
	to: number;
}

const PERIOD_FORMAT = /^\s*(\d{4})(?:\s*[-\u2013\u2014]\s*(\d{4}))?\s*$/;

/** A period read: its years, or what is wrong with it. */
function readPeriod(raw: string): PeriodYears | 'format' | 'years' | 'order' {
	const match = PERIOD_FORMAT.exec(raw);
	if (!match) return 'format';
	const from = Number(match[1]);
	const to = Number(match[2] ?? match[1]);
	if (from < 1990 || to > 2100) return 'years';
	return to < from ? 'order' : { from, to };
}

/**
 * The years of a count's period, or null when it is not a year or an ascending range of years
 * (old databases may keep free-text periods: they stay readable, they are not counted by year).
 */
export function periodYears(period: string): PeriodYears | null {
	const years = readPeriod(period);
	return typeof years === 'object' ? years : null;
}

/** A period as stored: "2022", or "2021-2023" (one hyphen, no spaces). */
export const periodLabel = ({ from, to }: PeriodYears) => (from === to ? String(from) : `${from}-${to}`);

const PERIOD_HELP = 'Il periodo è un anno (2024) o un intervallo di anni (2021-2023).';

/** The period of a count, written the one way ("2021 – 2023" is kept as "2021-2023"). */
const beneficiaryPeriod = z
	.string({ error: 'Il periodo è obbligatorio.' })
	.trim()
	.min(1, { error: 'Il periodo è obbligatorio.' })
	.transform((raw, ctx) => {
		const years = readPeriod(raw);
		if (typeof years === 'object') return periodLabel(years);
		const message =
			years === 'format'
				? PERIOD_HELP
				: years === 'years'
					? 'Anno non valido: indicare anni dal 1990 al 2100.'
					: 'L’intervallo va dal primo all’ultimo anno (es. 2021-2023).';
		ctx.addIssue({ code: 'custom', message });
		return z.NEVER;
	});

export const beneficiariesInput = z.object({
	period: beneficiaryPeriod,
	targetGroup: requiredText(120, 'Il gruppo di destinatari'),
	stage: z
		.string()
		.default('')
		.transform((s) => s || 'reached')
		.pipe(oneOf(BENEFICIARY_STAGES, 'Scegliere la fase: raggiunti, contattati, incontrati o presi in carico.')),
	count: z.coerce
		.number({ error: 'Il numero deve essere un intero da 0 in su.' })
		.int({ error: 'Il numero deve essere un intero da 0 in su.' })
		.min(0, { error: 'Il numero deve essere un intero da 0 in su.' })
		.max(10_000_000, { error: 'Numero troppo grande.' })
});

export const milestoneInput = z.object({
	title: requiredText(300, 'La tappa'),
	dueOn: isoDate('La scadenza'),
	doneOn: optionalDate('La data di completamento')
});

export const linkInput = z.object({
	title: requiredText(200, 'Il titolo del documento'),
	url: optionalUrl.refine((u) => u !== '', { error: 'Inserire l’indirizzo del documento.' })
});

export const grantInput = z
	.object({
		sourceId: requiredId('Scegliere la fonte.'),
		amount: euro('L’importo'),
		cofinancingPercent: optionalNumber('La quota di cofinanziamento').refine(
			(n) => n === null || (n >= 0 && n <= 100),
			{ error: 'La quota di cofinanziamento va da 0 a 100%.' }
		),
		startsOn: isoDate('La data di inizio'),
		endsOn: isoDate('La data di fine'),
		note: optionalText(1000)
	})
	.refine((g) => g.endsOn >= g.startsOn, {
		path: ['endsOn'],
		error: 'Il finanziamento non può finire prima di iniziare.'
	});

export const grantYearInput = z.object({
	year: z.coerce
		.number({ error: 'Anno non valido.' })
		.int({ error: 'Anno non valido.' })
		.min(1990, { error: 'Anno non valido.' })
		.max(2100, { error: 'Anno non valido.' }),
	committed: euro('L’impegnato'),
	spent: z
		.string()
		.default('')
		.pipe(z.union([z.literal('').transform(() => 0), euro('Lo speso')]))
});

export const interventionInput = z.object({
	name: requiredText(200, 'Il nome dell’intervento'),
	description: optionalText(4000),
	endedOn: optionalDate('La data di chiusura'),
	projectIds: idList
});

/**
 * The filters of the public projects list, from the query string (area, stato, fonte). A value
 * of the wrong shape is dropped and reported (`ignored`), never an error.
 */
export function projectFilters(params: URLSearchParams) {
	let ignored = false;
	const id = (name: string) => {
		const v = (params.get(name) ?? '').trim();
		if (v === '') return undefined;
		if (/^\d{1,9}$/.test(v)) return Number(v);
		ignored = true;
		return undefined;
	};
	const area = id('area');
	const source = id('fonte');
	const raw = (params.get('stato') ?? '').trim();
	const status = (PUBLIC_PROJECT_STATUSES as readonly string[]).includes(raw)
		? (raw as (typeof PUBLIC_PROJECT_STATUSES)[number])
		: undefined;
	if (raw && !status) ignored = true;
	return { area, source, status, ignored };
}
export type ProjectFilters = ReturnType<typeof projectFilters>;
