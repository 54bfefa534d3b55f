// What a plan document says, gathered once from the platform's data: the same model feeds the
// DOCX and the PDF, so that both carry the same figures and nobody retypes them.
import { assertCan, districts, type Actor } from '../kernel';
import { eq, inArray } from 'drizzle-orm';
import { db } from '../db';
import { findOwned } from '../db/versioned';
import {
	listPhases,
	listSections,
	PHASE_STATE_LOOK,
	phaseState,
	planConcluded,
	planOverview,
	plans,
	romeToday,
	toNumber
} from '../planning';
import { grants, listProjects, projectObjectives } from '../projects';
import { originsOf } from '../wall';
import { formatEuro } from '$lib/money';
import { label } from '$lib/labels';
import { blocks, type Block } from '../blocks';

const KIND = { output: 'Output', process: 'Processo', outcome: 'Esito' } as const;
const PLAN_STATUS = { drafting: 'In stesura', approved: 'Approvato', running: 'In corso', closed: 'Concluso' } as const;
const PROJECT_STATUS: Record<string, string> = {
	idea: 'Idea',
	submitted: 'Presentato',
	under_evaluation: 'In valutazione',
	financed: 'Finanziato',
	rejected: 'Non finanziato',
	running: 'In corso',
	closed: 'Concluso'
};

/**
 * An indicator's progress as the web pages show it (StatusBadge): a sign and the word. The sign
 * comes first, so that a reader who cannot tell colours apart sees the state in black and white.
 */
export const STATUS_ICON: Record<string, string> = {
	achieved: '✓',
	over: '↑',
	close: '≈',
	behind: '!',
	not_achieved: '×',
	no_data: '?',
	no_score: '•',
	monitored: '○'
};

/** Italian dates and numbers, as a document printed in Italy writes them. */
const dateFormat = new Intl.DateTimeFormat('it-IT', {
	day: 'numeric',
	month: 'long',
	year: 'numeric',
	timeZone: 'Europe/Rome'
});
export const italianDate = (d: string | Date) =>
	dateFormat.format(typeof d === 'string' ? new Date(`${d}T12:00:00Z`) : d);
const numberFormat = new Intl.NumberFormat('it-IT', { maximumFractionDigits: 2 });
export function figure(n: number | null, text: string | null, measure: string, unit: string, unitOne = ''): string {
	if (n === null) return text ?? '—';
	const value = numberFormat.format(n);
	const word = unitOne && n === 1 ? unitOne : unit;
	return measure === 'percentage' ? `${value}%` : word && measure !== 'score' ? `${value} ${word}` : value;
}

export interface DocIndicator {
	code: string;
	name: string;
	kind: string;
	periods: { label: string; target: string; actual: string }[];
	/** How the actuals are obtained: typed in, or the computed source's name. */
	source: string | null;
	/** The note of each period's actual (for a computed figure: how it was computed). */
	notes: { label: string; note: string }[];
	/** 0-1 progress towards the target to date, when it can be scored. */
	progress: number | null;
	/**
	 * The indicator summary's progress status, in the words of the web pages ("Raggiunto",
	 * "Superato", "In ritardo"; "Non raggiunto" once the plan is over). Null in documents frozen
	 * before it existed.
	 */
	status: { key: string; word: string; icon: string } | null;
	/** What the indicator measures and how, as the office wrote it ('' when nothing was written). */
	description: string;
}
export interface DocObjective {
	code: string;
	title: string;
	description: string;
	achievements: string[];
	specifics: string[];
	indicators: DocIndicator[];
	projects: string[];
	origins: { text: string; source: string }[];
}
export interface PlanDocument {
	district: string;
	title: string;
	years: string;
	status: string;
	description: string;
	generatedOn: string;
	phases: { name: string; owner: string; period: string; status: string }[];
	/** The narrative written in the platform: introduction, context, needs (the non-empty ones). */
	narrative: { key: string; title: string; blocks: Block[] }[];
	sections: { heading: string; text: Block[]; objectives: DocObjective[] }[];
	/** `period` null when the project has no dates; `funded` '—' when no amount was entered. */
	projects: { title: string; lead: string; status: string; period: string | null; funded: string }[];
	fundedTotal: string;
	contributions: number;
}

export async function planDocument(actor: Actor, planId: number, now = new Date()): Promise<PlanDocument> {
	assertCan(actor, 'planning.read');
	const plan = await findOwned(db(), plans, actor.districtId, planId, 'Piano');
	const today = romeToday(now);
	const concluded = planConcluded(plan, today);
	const [district] = await db()
		.select({ name: districts.name })
		.from(districts)
		.where(eq(districts.id, actor.districtId));
	const [overview, phases, projectList, texts] = await Promise.all([
		planOverview(actor, planId),
		listPhases(actor, planId),
		listProjects(actor),
		listSections(actor, planId)
	]);
	const textOf = (key: string) => blocks(texts.find((t) => t.key === key)?.html ?? '');
	const objectiveIds = overview.objectives.map((o) => o.id);
	const [origins, links] = await Promise.all([
		originsOf(actor.districtId, objectiveIds),
		objectiveIds.length
			? db().select().from(projectObjectives).where(inArray(projectObjectives.objectiveId, objectiveIds))
			: Promise.resolve([])
	]);
	const projectById = new Map(projectList.projects.map((p) => [p.id, p]));
	const planProjects = [...new Set(links.map((l) => l.projectId))].map((id) => projectById.get(id)).filter((p) => !!p);
	// A project without any grant has no amount: "—", not "€ 0,00".
	const withAmount = new Set(
		planProjects.length
			? (
					await db()
						.selectDistinct({ projectId: grants.projectId })
						.from(grants)
						.where(
							inArray(
								grants.projectId,
								planProjects.map((p) => p.id)
							)
						)
				).map((g) => g.projectId)
			: []
	);

	const objective = (o: (typeof overview.objectives)[number]): DocObjective => ({
		code: o.code,
		title: o.title,
		description: o.description,
		achievements: o.achievements
			.split('\n')
			.map((s) => s.trim())
			.filter(Boolean),
		specifics: o.specifics.map((s) => s.title),
		indicators: o.indicators.map((i) => ({
			code: i.code,
			name: i.name,
			kind: KIND[i.kind],
			periods: i.periods.map((p) => ({
				label: p.label,
				target: figure(toNumber(p.target), p.targetText, i.measure, i.unit, i.unitOne),
				actual: figure(toNumber(p.actualNumber), p.actualText, i.measure, i.unit, i.unitOne)
			})),
			source: i.source === 'manual' ? null : label('source', i.source),
			notes: i.periods
				.filter((p) => p.actualComment?.trim())
				.map((p) => ({ label: p.label, note: p.actualComment!.trim() })),
			progress: i.summary.progress.ratio ?? null,
			status: indicatorStatus(i.summary.progress.status, concluded),
			description: i.description?.trim() ?? ''
		})),
		projects: links
			.filter((l) => l.objectiveId === o.id)
			.map((l) => projectById.get(l.projectId)?.title)
			.filter((t): t is string => !!t),
		origins: (origins.get(o.id) ?? []).map((x) => ({
			text: x.body,
			source: [x.organisationName, x.roundtable, x.meetingStartsAt ? italianDate(x.meetingStartsAt) : '']
				.filter(Boolean)
				.join(', ')
		}))
	});
	const system = overview.objectives.filter((o) => o.kind === 'system');
	const sections = [
		...(system.length ? [{ heading: 'Obiettivi di sistema', text: [], objectives: system.map(objective) }] : []),
		...overview.areas
			.map((a) => ({
				heading: `Area ${a.code}. ${a.name}`,
				text: textOf(`area-${a.id}`),
				objectives: overview.objectives.filter((o) => o.areaId === a.id).map(objective)
			}))
			.filter((s) => s.objectives.length || s.text.length)
	];
	return {
		district: district.name,
		title: plan.title,
		years: `${plan.startYear}-${plan.endYear}`,
		status: PLAN_STATUS[plan.status],
		description: plan.description,
		generatedOn: italianDate(now),
		narrative: texts
			.filter((t) => !t.key.startsWith('area-'))
			.map((t) => ({ key: t.key, title: t.title, blocks: blocks(t.html) }))
			.filter((n) => n.blocks.length),
		phases: phases.map((p) => ({
			name: p.name,
			owner: p.owner,
			period: `${italianDate(p.startsOn)} – ${italianDate(p.endsOn)}`,
			// The words the pages show: late, or not completed in a plan that is over.
			status: PHASE_STATE_LOOK[phaseState(p, today, plan)].text
		})),
		sections,
		projects: planProjects.map((p) => ({
			title: p.title,
			lead: p.lead ?? '—',
			status: PROJECT_STATUS[p.status] ?? p.status,
			period: projectPeriod(p.startsOn, p.endsOn),
			funded: withAmount.has(p.id) ? formatEuro(Number(p.funded)) : '—'
		})),
		fundedTotal: withAmount.size ? formatEuro(planProjects.reduce((n, p) => n + Number(p.funded), 0)) : '—',
		contributions: [...origins.values()].reduce((n, l) => n + l.length, 0)
	};
}

/** The status of an indicator in a document: "behind" reads "not achieved" once the plan is over. */
export function indicatorStatus(key: string, concluded: boolean): NonNullable<DocIndicator['status']> {
	const shown = concluded && key === 'behind' ? 'not_achieved' : key;
	return { key: shown, word: label('status', shown), icon: STATUS_ICON[shown] ?? '•' };
}

/** "1 marzo 2022 – 31 dicembre 2023", "dal 1 marzo 2022", "fino al 31 dicembre 2023", or null. */
export function projectPeriod(startsOn: string | null, endsOn: string | null): string | null {
	if (startsOn && endsOn) return `${italianDate(startsOn)} – ${italianDate(endsOn)}`;
	if (startsOn) return `dal ${italianDate(startsOn)}`;
	if (endsOn) return `fino al ${italianDate(endsOn)}`;
	return null;
}

/** The note of a period's actual (how a computed figure was computed), to print under the figure. */
export function actualNote(i: DocIndicator, label: string): string | null {
	return i.notes.find((n) => n.label === label)?.note ?? null;
}

/**
 * One line per indicator with a computed source or a description: where its figures come from,
 * for a document that prints the actuals' notes under the figures (so they are not repeated).
 */
export function indicatorSources(indicators: DocIndicator[]): string[] {
	return indicators
		.filter((i) => i.source || i.description)
		.map((i) =>
			[
				i.code,
				...(i.description ? [i.description.replace(/[.\s]*$/, '.')] : []),
				i.source ? `Fonte: ${i.source}.` : 'Fonte: inserito dall’Ufficio di Piano.'
			].join(' – ')
		);
}

/** One line per indicator with a computed source or a note: where its figures come from, in the plan document and the report. */
export function indicatorNotes(indicators: DocIndicator[]): string[] {
	return indicators
		.filter((i) => i.source || i.notes.length)
		.map((i) =>
			[
				`${i.code}`,
				i.source ? `fonte: ${i.source}.` : 'fonte: inserito dall’Ufficio di Piano.',
				...i.notes.map((n) => `${n.label}: ${n.note}`)
			].join(' – ')
		);
}
