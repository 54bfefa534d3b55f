// What the projects module adds to the platform: the common funding sources of every new
// district, and indicators computed from projects: how many reached some statuses (e.g.
// applications submitted, financed), and the beneficiaries they counted (aggregate counts by
// period, group and stage: sums, never people).
import { and, asc, eq, gte, inArray, lte } from 'drizzle-orm';
import { onDistrictCreated } from '../accounts';
import type { Executor } from '../db';
import { findOwned } from '../db/versioned';
import { objectives, registerSource } from '../planning';
import { ValidationError } from '../errors';
import { addDefaultSources } from './commands';
import { periodYears } from './input';
import {
	BENEFICIARY_STAGES,
	PROJECT_STATUSES,
	projectBeneficiaries,
	projectObjectives,
	projects,
	projectStatusChanges,
	type BeneficiaryStage,
	type ProjectStatus
} from './schema';

onDistrictCreated(addDefaultSources);

const STATUS_WORDS: Record<ProjectStatus, string> = {
	idea: 'idee',
	submitted: 'presentati',
	under_evaluation: 'in valutazione',
	financed: 'finanziati',
	rejected: 'non finanziati',
	running: 'avviati',
	closed: 'conclusi'
};

const number = (n: number) => n.toLocaleString('it-IT');
const plural = (n: number, one: string, many: string) => `${number(n)} ${n === 1 ? one : many}`;

/** The statuses of the config: a list, or the single status of indicators configured before lists. */
function statusesOf(config: Record<string, unknown>): ProjectStatus[] {
	const list = Array.isArray(config.projectStatuses) ? config.projectStatuses : [config.projectStatus];
	return PROJECT_STATUSES.filter((s) => list.includes(s));
}

/** The projects reaching any of the statuses in the period, each with the latest of them it reached. */
export async function projectsReaching(
	tx: Executor,
	districtId: number,
	statuses: readonly ProjectStatus[],
	period: { startsOn: string; endsOn: string }
): Promise<Map<number, ProjectStatus>> {
	if (!statuses.length) return new Map();
	const rows = await tx
		.select({ projectId: projectStatusChanges.projectId, status: projectStatusChanges.status })
		.from(projectStatusChanges)
		.where(
			and(
				eq(projectStatusChanges.districtId, districtId),
				inArray(projectStatusChanges.status, [...statuses]),
				gte(projectStatusChanges.changedOn, period.startsOn),
				lte(projectStatusChanges.changedOn, period.endsOn)
			)
		)
		.orderBy(asc(projectStatusChanges.changedOn), asc(projectStatusChanges.id));
	return new Map(rows.map((r) => [r.projectId, r.status]));
}

registerSource({
	id: 'projects_by_status',
	async configure(_tx, _districtId, values) {
		const chosen = (values.projectStatus ?? '')
			.split(',')
			.map((s) => s.trim())
			.filter(Boolean);
		if (!chosen.length || chosen.some((s) => !PROJECT_STATUSES.includes(s as ProjectStatus)))
			throw new ValidationError({ projectStatus: 'Scegliere lo stato dei progetti da contare.' });
		return { projectStatuses: PROJECT_STATUSES.filter((s) => chosen.includes(s)) };
	},
	async compute(tx, districtId, config, period) {
		const statuses = statusesOf(config);
		if (!statuses.length)
			return { value: null, note: 'Nessuno stato dei progetti da contare: scegliere gli stati nell’indicatore.' };
		const reached = await projectsReaching(tx, districtId, statuses, period);
		const n = reached.size;
		if (statuses.length === 1)
			return { value: n, note: `Calcolato dai progetti: ${n} progetti ${STATUS_WORDS[statuses[0]]} nel periodo.` };
		// The furthest statuses first: "3 finanziati, 2 in valutazione".
		const by = [...statuses]
			.reverse()
			.map((s) => ({ s, n: [...reached.values()].filter((x) => x === s).length }))
			.filter((x) => x.n > 0)
			.map((x) => `${x.n} ${STATUS_WORDS[x.s]}`);
		const none = statuses.map((s) => STATUS_WORDS[s]).join(', ');
		return {
			value: n,
			note: n
				? `Calcolato dai progetti: ${plural(n, 'progetto', 'progetti')} nel periodo (${by.join(', ')}).`
				: `Calcolato dai progetti: 0 progetti nel periodo (${none}).`
		};
	},
	link: (slug, config) => {
		const statuses = statusesOf(config);
		return `/gestione/${slug}/progetti${statuses.length === 1 ? `?stato=${statuses[0]}` : ''}`;
	}
});

// ---- beneficiaries ----------------------------------------------------------------------

/** How the note names the people of each stage: one, many. */
const STAGE_WORDS: Record<BeneficiaryStage, [string, string]> = {
	reached: ['persona raggiunta', 'persone raggiunte'],
	contacted: ['persona contattata', 'persone contattate'],
	met: ['persona incontrata in colloquio', 'persone incontrate in colloquio'],
	taken_in_charge: ['persona presa in carico', 'persone prese in carico']
};
const people = (n: number, stage: BeneficiaryStage) => plural(n, ...STAGE_WORDS[stage]);

/** An id a select sends, or null when none was chosen. */
function optionalId(values: Record<string, string>, field: string): number | null {
	const raw = (values[field] ?? '').trim();
	if (!raw) return null;
	if (!/^\d{1,9}$/.test(raw)) throw new ValidationError({ [field]: 'Scelta non valida.' });
	return Number(raw);
}

export interface BeneficiaryConfig {
	projectId?: number;
	objectiveId?: number;
	/** Absent: every group. */
	targetGroup?: string;
	stage: BeneficiaryStage;
}

/** The projects whose counts an indicator sums: the one chosen, or those serving the objective. */
async function projectsOf(tx: Executor, districtId: number, config: BeneficiaryConfig) {
	const scope = config.projectId
		? eq(projects.id, config.projectId)
		: eq(projectObjectives.objectiveId, config.objectiveId ?? 0);
	const query = tx.selectDistinct({ id: projects.id, title: projects.title }).from(projects);
	return (
		config.projectId ? query : query.innerJoin(projectObjectives, eq(projectObjectives.projectId, projects.id))
	).where(and(eq(projects.districtId, districtId), scope));
}

/**
 * The sums of the counts whose years fall wholly inside the period's years, by stage, for the
 * chosen projects and group; and how many counts were left out because their period is not a
 * year or a range of years (free text kept from older versions).
 */
export async function beneficiaryTotals(
	tx: Executor,
	projectIds: number[],
	filter: { targetGroup?: string },
	period: { startsOn: string; endsOn: string }
) {
	const totals = new Map<BeneficiaryStage, { count: number; projects: Set<number> }>();
	let unreadable = 0;
	if (!projectIds.length) return { totals, unreadable };
	const rows = await tx.select().from(projectBeneficiaries).where(inArray(projectBeneficiaries.projectId, projectIds));
	const first = Number(period.startsOn.slice(0, 4));
	const last = Number(period.endsOn.slice(0, 4));
	const group = filter.targetGroup?.trim().toLocaleLowerCase('it');
	for (const row of rows) {
		if (group && row.targetGroup.trim().toLocaleLowerCase('it') !== group) continue;
		const years = periodYears(row.period);
		if (!years) {
			unreadable++;
			continue;
		}
		if (years.from < first || years.to > last) continue;
		const total = totals.get(row.stage) ?? { count: 0, projects: new Set<number>() };
		total.count += row.count;
		total.projects.add(row.projectId);
		totals.set(row.stage, total);
	}
	return { totals, unreadable };
}

/** The years the period covers only in part ("2022" for 2022-07-01 – 2023-12-31): counts are by whole year. */
function partialYears(period: { startsOn: string; endsOn: string }): string[] {
	const years = new Set<string>();
	if (!period.startsOn.endsWith('-01-01')) years.add(period.startsOn.slice(0, 4));
	if (!period.endsOn.endsWith('-12-31')) years.add(period.endsOn.slice(0, 4));
	return [...years];
}

registerSource({
	id: 'beneficiaries',
	async configure(tx, districtId, values) {
		const projectId = optionalId(values, 'beneficiaryProjectId');
		const objectiveId = optionalId(values, 'objectiveId');
		if (!projectId === !objectiveId)
			throw new ValidationError({ beneficiaryProjectId: 'Scegliere un progetto oppure un obiettivo.' });
		if (projectId)
			await findOwned(tx, projects, districtId, projectId, 'Progetto').catch(() => {
				throw new ValidationError({ beneficiaryProjectId: 'Progetto non trovato in questo ambito.' });
			});
		if (objectiveId)
			await findOwned(tx, objectives, districtId, objectiveId, 'Obiettivo').catch(() => {
				throw new ValidationError({ objectiveId: 'Obiettivo non trovato in questo ambito.' });
			});
		const targetGroup = (values.targetGroup ?? '').trim();
		if (targetGroup.length > 120)
			throw new ValidationError({ targetGroup: 'Testo troppo lungo: massimo 120 caratteri.' });
		const stage = (values.stage ?? '').trim() || 'reached';
		if (!BENEFICIARY_STAGES.includes(stage as BeneficiaryStage))
			throw new ValidationError({ stage: 'Scegliere la fase: raggiunti, contattati, incontrati o presi in carico.' });
		const config: BeneficiaryConfig = {
			...(projectId ? { projectId } : { objectiveId: objectiveId! }),
			...(targetGroup ? { targetGroup } : {}),
			stage: stage as BeneficiaryStage
		};
		return { ...config };
	},
	async compute(tx, districtId, raw, period) {
		const config = raw as unknown as BeneficiaryConfig;
		const stage = BENEFICIARY_STAGES.includes(config.stage) ? config.stage : 'reached';
		const chosen = await projectsOf(tx, districtId, config);
		const from = config.projectId
			? chosen[0]
				? `Calcolato dal progetto «${chosen[0].title}»`
				: null
			: 'Calcolato dai progetti';
		if (!from) return { value: null, note: 'Il progetto scelto non c’è più: scegliere un altro progetto.' };
		if (!chosen.length)
			return {
				value: null,
				note: 'Calcolato dai progetti: nessun progetto serve l’obiettivo, quindi nessun conteggio dei destinatari.'
			};
		const { totals, unreadable } = await beneficiaryTotals(
			tx,
			chosen.map((p) => p.id),
			config,
			period
		);
		const group = config.targetGroup || 'tutti i gruppi';
		const own = totals.get(stage);
		const others = BENEFICIARY_STAGES.filter((s) => s !== stage && totals.has(s)).map((s) =>
			people(totals.get(s)!.count, s)
		);
		const which = config.projectId ? group : `${group}, ${plural(own?.projects.size ?? 0, 'progetto', 'progetti')}`;
		const main = own
			? `${from}: ${people(own.count, stage)} (${which})`
			: `${from}: nessun conteggio di ${STAGE_WORDS[stage][1]} (${group}) nel periodo`;
		const partial = partialYears(period);
		const notes = [
			others.length ? `${main}; ${others.join('; ')}.` : `${main}.`,
			unreadable &&
				`${unreadable === 1 ? 'Escluso 1 conteggio' : `Esclusi ${unreadable} conteggi`} con un periodo che non è un anno o un intervallo di anni.`,
			partial.length &&
				`I conteggi sono per anno: il periodo copre solo in parte il ${partial.join(' e il ')}, che vi è contato per intero.`
		];
		return { value: own ? own.count : null, note: notes.filter(Boolean).join(' ') };
	},
	link: (slug, config) =>
		config.projectId
			? `/gestione/${slug}/progetti/${config.projectId}`
			: `/gestione/${slug}/obiettivi/${config.objectiveId}`
});
