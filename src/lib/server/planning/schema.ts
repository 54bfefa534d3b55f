// The planning tables: areas, plans with their phases, objectives (general and specific),
// indicators and their periods, the plan's narrative sections, and the versions of a plan
// (written by the versions module). Each table a planning command writes is registered here.
import {
	pgTable,
	text,
	integer,
	numeric,
	date,
	jsonb,
	boolean,
	index,
	uniqueIndex,
	check,
	timestamp,
	primaryKey,
	type AnyPgColumn
} from 'drizzle-orm/pg-core';
import { eq, sql } from 'drizzle-orm';
import { districtId, versioned } from '../db/columns';
import { registerTable } from '../kernel/registry';

export const PLAN_STATUSES = ['drafting', 'approved', 'running', 'closed'] as const;
export type PlanStatus = (typeof PLAN_STATUSES)[number];
export const PHASE_STATUSES = ['planned', 'in_progress', 'done'] as const;
export type PhaseStatus = (typeof PHASE_STATUSES)[number];
export const OBJECTIVE_KINDS = ['system', 'area'] as const;
export type ObjectiveKind = (typeof OBJECTIVE_KINDS)[number];
export const INDICATOR_KINDS = ['output', 'process', 'outcome'] as const;
export type IndicatorKind = (typeof INDICATOR_KINDS)[number];
export const MEASURES = ['count', 'percentage', 'score', 'hours', 'text'] as const;
export type Measure = (typeof MEASURES)[number];
export const DIRECTIONS = ['higher', 'lower', 'none'] as const;
export type Direction = (typeof DIRECTIONS)[number];
export const AGGREGATIONS = ['sum', 'latest', 'average'] as const;
export type Aggregation = (typeof AGGREGATIONS)[number];
export const OWNER_KINDS = ['account', 'roundtable', 'organisation'] as const;
export type OwnerKind = (typeof OWNER_KINDS)[number];
/** Where a monitoring record came from: the audit log's origins (form, import, computed, api, system). */
type Origin = import('../kernel/command').Origin;
/** Where actuals come from: "manual", or a computed source registered by a module (sources.ts). */
export type IndicatorSource = string;

/**
 * A plan's macro-areas: each regional cycle defines its own list (a new plan copies the one
 * before). An area without a plan is a district's list from before areas were per plan, in a
 * district that had no plan yet: its first plan takes it over.
 */
export const areas = pgTable(
	'area',
	{
		id: integer().primaryKey().generatedAlwaysAsIdentity(),
		districtId: districtId(),
		planId: integer().references((): AnyPgColumn => plans.id, { onDelete: 'cascade' }),
		code: text().notNull(),
		name: text().notNull(),
		position: integer().notNull().default(0),
		active: boolean().notNull().default(true),
		...versioned()
	},
	(t) => [uniqueIndex().on(t.planId, t.code), index().on(t.districtId)]
);
registerTable(areas, {
	entity: 'area',
	label: 'Area',
	title: (r) => r.code,
	context: async (_tx, r) => ({ title: r.code && r.name ? `Area ${r.code} · ${clip(r.name)}` : undefined }),
	fields: { code: 'Codice', name: 'Nome', position: 'Posizione', active: 'Attiva' }
});

export const plans = pgTable(
	'plan',
	{
		id: integer().primaryKey().generatedAlwaysAsIdentity(),
		districtId: districtId(),
		slug: text().notNull(),
		title: text().notNull(),
		startYear: integer().notNull(),
		endYear: integer().notNull(),
		status: text().$type<PlanStatus>().notNull().default('drafting'),
		description: text().notNull().default(''),
		...versioned()
	},
	(t) => [uniqueIndex().on(t.districtId, t.slug), check('plan_years', sql`${t.endYear} >= ${t.startYear}`)]
);
registerTable(plans, {
	entity: 'plan',
	label: 'Piano',
	title: (r) => r.title,
	// A plan's own changes belong to it (its row has no planId).
	context: async (_tx, r) => ({ planId: typeof r.id === 'number' ? r.id : null }),
	fields: {
		title: 'Titolo',
		slug: 'Indirizzo breve',
		startYear: 'Anno di inizio',
		endYear: 'Anno di fine',
		status: 'Stato',
		description: 'Descrizione'
	}
});

export const phases = pgTable(
	'phase',
	{
		id: integer().primaryKey().generatedAlwaysAsIdentity(),
		districtId: districtId(),
		planId: integer()
			.notNull()
			.references(() => plans.id, { onDelete: 'cascade' }),
		position: integer().notNull().default(0),
		name: text().notNull(),
		description: text().notNull().default(''),
		startsOn: date().notNull(),
		endsOn: date().notNull(),
		owner: text().notNull().default(''),
		status: text().$type<PhaseStatus>().notNull().default('planned'),
		...versioned()
	},
	(t) => [index().on(t.planId), check('phase_dates', sql`${t.endsOn} >= ${t.startsOn}`)]
);
registerTable(phases, {
	entity: 'phase',
	label: 'Fase',
	title: (r) => r.name,
	fields: {
		name: 'Nome',
		description: 'Descrizione',
		startsOn: 'Inizio',
		endsOn: 'Fine',
		owner: 'Responsabile',
		status: 'Stato',
		position: 'Posizione'
	}
});

export const objectives = pgTable(
	'objective',
	{
		id: integer().primaryKey().generatedAlwaysAsIdentity(),
		districtId: districtId(),
		planId: integer()
			.notNull()
			.references(() => plans.id, { onDelete: 'cascade' }),
		kind: text().$type<ObjectiveKind>().notNull(),
		areaId: integer().references(() => areas.id, { onDelete: 'restrict' }),
		code: text().notNull(),
		title: text().notNull(),
		description: text().notNull().default(''),
		/** Narrative of what was done ("su cosa si è lavorato"), one item per line. */
		achievements: text().notNull().default(''),
		position: integer().notNull().default(0),
		/**
		 * A draft objective (one carried in from a participation wall) stays off the public pages
		 * and the open data until the plan version that holds it is approved, or the office
		 * publishes it.
		 */
		draft: boolean().notNull().default(false),
		...versioned()
	},
	(t) => [index().on(t.planId), index().on(t.areaId)]
);
registerTable(objectives, {
	entity: 'objective',
	label: 'Obiettivo',
	title: (r) => r.code,
	fields: {
		code: 'Codice',
		title: 'Titolo',
		kind: 'Tipo',
		areaId: 'Area',
		description: 'Descrizione',
		achievements: 'Su cosa si è lavorato',
		position: 'Posizione',
		draft: 'Bozza (non pubblica)'
	}
});

export const specificObjectives = pgTable(
	'specific_objective',
	{
		id: integer().primaryKey().generatedAlwaysAsIdentity(),
		districtId: districtId(),
		objectiveId: integer()
			.notNull()
			.references(() => objectives.id, { onDelete: 'cascade' }),
		title: text().notNull(),
		position: integer().notNull().default(0),
		...versioned()
	},
	(t) => [index().on(t.objectiveId)]
);
registerTable(specificObjectives, {
	entity: 'specific_objective',
	label: 'Obiettivo specifico',
	title: (r) => r.title,
	context: async (tx, r) => {
		if (typeof r.objectiveId !== 'number') return {};
		const [o] = await tx
			.select({ code: objectives.code, planId: objectives.planId })
			.from(objectives)
			.where(eq(objectives.id, r.objectiveId));
		if (!o) return {};
		return {
			title: `Obiettivo ${o.code} · obiettivo specifico${r.title ? ` «${clip(r.title)}»` : ''}`,
			planId: o.planId
		};
	},
	fields: { title: 'Titolo', position: 'Posizione' }
});

export const indicators = pgTable(
	'indicator',
	{
		id: integer().primaryKey().generatedAlwaysAsIdentity(),
		districtId: districtId(),
		planId: integer()
			.notNull()
			.references(() => plans.id, { onDelete: 'cascade' }),
		objectiveId: integer()
			.notNull()
			.references(() => objectives.id, { onDelete: 'cascade' }),
		code: text().notNull(),
		name: text().notNull(),
		description: text().notNull().default(''),
		kind: text().$type<IndicatorKind>().notNull(),
		measure: text().$type<Measure>().notNull(),
		unit: text().notNull().default(''),
		/** The unit for the value 1, when it is another word (protocollo, protocolli): '' when the same. */
		unitOne: text().notNull().default(''),
		direction: text().$type<Direction>().notNull().default('higher'),
		baseline: numeric(),
		aggregation: text().$type<Aggregation>().notNull().default('sum'),
		source: text().$type<IndicatorSource>().notNull().default('manual'),
		/** Parameters of a computed source (e.g. threshold and period); empty for manual. */
		sourceConfig: jsonb().$type<Record<string, unknown>>().notNull().default({}),
		public: boolean().notNull().default(true),
		position: integer().notNull().default(0),
		/** Who answers for the actuals: an account, a roundtable or an organisation (reminders go to them). */
		ownerKind: text().$type<OwnerKind>(),
		ownerId: text(),
		...versioned()
	},
	(t) => [
		uniqueIndex().on(t.planId, t.code),
		index().on(t.objectiveId),
		check('indicator_owner', sql`(${t.ownerKind} is null) = (${t.ownerId} is null)`)
	]
);
registerTable(indicators, {
	entity: 'indicator',
	label: 'Indicatore',
	title: (r) => r.code,
	fields: {
		code: 'Codice',
		name: 'Nome',
		description: 'Descrizione',
		objectiveId: 'Obiettivo',
		kind: 'Tipo',
		measure: 'Misura',
		unit: 'Unità di misura',
		unitOne: 'Unità al singolare',
		direction: 'Direzione',
		baseline: 'Valore di partenza',
		aggregation: 'Aggregazione dei periodi',
		source: 'Fonte del dato',
		sourceConfig: 'Parametri del calcolo',
		public: 'Pubblicato',
		position: 'Posizione',
		ownerKind: 'Tipo di responsabile',
		ownerId: 'Responsabile'
	}
});

export const indicatorPeriods = pgTable(
	'indicator_period',
	{
		id: integer().primaryKey().generatedAlwaysAsIdentity(),
		districtId: districtId(),
		indicatorId: integer()
			.notNull()
			.references(() => indicators.id, { onDelete: 'cascade' }),
		label: text().notNull(),
		startsOn: date().notNull(),
		endsOn: date().notNull(),
		target: numeric(),
		targetText: text(),
		targetComment: text().notNull().default(''),
		actualNumber: numeric(),
		actualText: text(),
		actualComment: text().notNull().default(''),
		evidenceUrl: text(),
		/** The latest monitoring record's origin and time (the actual columns above are its values). */
		actualOrigin: text().$type<Origin>(),
		actualAt: timestamp({ withTimezone: true }),
		/**
		 * A computed figure of a closed period stays as closed; when its records change, the
		 * recalculated value is kept here, beside it, for the office to decide on.
		 */
		recomputedNumber: numeric(),
		recomputedNote: text(),
		recomputedAt: timestamp({ withTimezone: true }),
		...versioned()
	},
	(t) => [
		uniqueIndex().on(t.indicatorId, t.label),
		check('period_dates', sql`${t.endsOn} >= ${t.startsOn}`),
		check('actual_one_kind', sql`${t.actualNumber} is null or ${t.actualText} is null`)
	]
);
registerTable(indicatorPeriods, {
	entity: 'indicator_period',
	label: 'Periodo',
	title: (r) => r.label,
	context: async (tx, r) => {
		if (typeof r.indicatorId !== 'number') return {};
		const [i] = await tx
			.select({ code: indicators.code, planId: indicators.planId })
			.from(indicators)
			.where(eq(indicators.id, r.indicatorId));
		if (!i) return {};
		return { title: `Indicatore ${i.code}${r.label ? ` · periodo ${r.label}` : ''}`, planId: i.planId };
	},
	fields: {
		label: 'Periodo',
		startsOn: 'Inizio',
		endsOn: 'Fine',
		target: 'Valore atteso',
		targetText: 'Valore atteso (testo)',
		targetComment: 'Nota sul valore atteso',
		actualNumber: 'Valore raggiunto',
		actualText: 'Valore raggiunto (testo)',
		actualComment: 'Nota sul valore raggiunto',
		evidenceUrl: 'Fonte / evidenza',
		recomputedNumber: 'Valore ricalcolato',
		recomputedNote: 'Nota del ricalcolo'
	}
});

/**
 * Monitoring as a stream of dated records on top of the approved programme: every actual
 * recorded (by form, import, computation or API) is kept, with who and when. The period's
 * actual columns hold the latest; a document shows the monitoring as of a chosen date from here.
 */
export const indicatorActuals = pgTable(
	'indicator_actual',
	{
		id: integer().primaryKey().generatedAlwaysAsIdentity(),
		districtId: districtId(),
		periodId: integer()
			.notNull()
			.references(() => indicatorPeriods.id, { onDelete: 'cascade' }),
		actualNumber: numeric(),
		actualText: text(),
		comment: text().notNull().default(''),
		evidenceUrl: text(),
		origin: text().$type<Origin>().notNull(),
		recordedBy: text().notNull(),
		recordedAt: timestamp({ withTimezone: true }).notNull().defaultNow()
	},
	(t) => [
		index().on(t.periodId, t.recordedAt),
		check('indicator_actual_one_kind', sql`${t.actualNumber} is null or ${t.actualText} is null`)
	]
);
registerTable(indicatorActuals, {
	entity: 'indicator_actual',
	label: 'Rilevazione',
	context: async (tx, r) => {
		if (typeof r.periodId !== 'number') return {};
		const [p] = await tx
			.select({ code: indicators.code, planId: indicators.planId, label: indicatorPeriods.label })
			.from(indicatorPeriods)
			.innerJoin(indicators, eq(indicators.id, indicatorPeriods.indicatorId))
			.where(eq(indicatorPeriods.id, r.periodId));
		if (!p) return {};
		return { title: `Indicatore ${p.code} · periodo ${p.label} · rilevazione`, planId: p.planId };
	},
	fields: {
		actualNumber: 'Valore raggiunto',
		actualText: 'Valore raggiunto (testo)',
		comment: 'Nota sul valore raggiunto',
		evidenceUrl: 'Fonte / evidenza',
		origin: 'Origine del valore',
		recordedBy: 'Registrato da',
		recordedAt: 'Registrato il'
	}
});

/**
 * A period of a plan's monitoring (a label such as "2023") closed by the planning office once
 * checked: its actuals are locked until it is reopened, with a reason.
 */
export const periodClosures = pgTable(
	'period_closure',
	{
		id: integer().primaryKey().generatedAlwaysAsIdentity(),
		districtId: districtId(),
		planId: integer()
			.notNull()
			.references(() => plans.id, { onDelete: 'cascade' }),
		label: text().notNull(),
		closedBy: text().notNull(),
		closedAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
		note: text().notNull().default('')
	},
	(t) => [uniqueIndex().on(t.planId, t.label)]
);
registerTable(periodClosures, {
	entity: 'period_closure',
	label: 'Chiusura del periodo',
	title: (r) => r.label,
	context: async (_tx, r) => ({ title: r.label ? `Monitoraggio del periodo ${r.label}` : undefined }),
	fields: { label: 'Periodo', closedBy: 'Chiuso da', closedAt: 'Chiuso il', note: 'Nota' }
});

/** When an owner was last reminded of missing actuals (at most once a week). */
export const monitoringReminders = pgTable(
	'monitoring_reminder',
	{
		districtId: districtId(),
		email: text().notNull(),
		sentAt: timestamp({ withTimezone: true }).notNull().defaultNow()
	},
	(t) => [primaryKey({ columns: [t.districtId, t.email] })]
);
registerTable(monitoringReminders, {
	entity: 'monitoring_reminder',
	label: 'Promemoria di monitoraggio',
	title: (r) => r.email,
	fields: { email: 'Email', sentAt: 'Inviato il' }
});

/**
 * The approval path of a plan: draft → in review → submitted to the mayors' assembly →
 * approved (deliberation) → sent to the Region (protocol). An approved version keeps a
 * snapshot of every figure and text, which the database refuses to change (migration 0012);
 * later edits go into the next version.
 */
export const VERSION_STATUSES = ['draft', 'review', 'submitted', 'approved', 'sent'] as const;
export type VersionStatus = (typeof VERSION_STATUSES)[number];

export const planVersions = pgTable(
	'plan_version',
	{
		id: integer().primaryKey().generatedAlwaysAsIdentity(),
		districtId: districtId(),
		planId: integer()
			.notNull()
			.references(() => plans.id, { onDelete: 'cascade' }),
		number: integer().notNull(),
		status: text().$type<VersionStatus>().notNull().default('draft'),
		deliberationOn: date(),
		deliberationNumber: text(),
		sentOn: date(),
		protocolNumber: text(),
		/** Frozen at approval: the document's model and the data that versions are compared on. */
		snapshot: jsonb().$type<Record<string, unknown>>(),
		...versioned()
	},
	(t) => [uniqueIndex().on(t.planId, t.number)]
);

/** Every step of a version, with who took it and when. */
export const planVersionSteps = pgTable(
	'plan_version_step',
	{
		id: integer().primaryKey().generatedAlwaysAsIdentity(),
		districtId: districtId(),
		versionId: integer()
			.notNull()
			.references(() => planVersions.id, { onDelete: 'cascade' }),
		fromStatus: text().$type<VersionStatus>(),
		toStatus: text().$type<VersionStatus>().notNull(),
		actorName: text().notNull(),
		note: text().notNull().default(''),
		at: timestamp({ withTimezone: true }).notNull().defaultNow()
	},
	(t) => [index().on(t.versionId)]
);

/** Staff comments on a section of a version in review. */
export const planVersionComments = pgTable(
	'plan_version_comment',
	{
		id: integer().primaryKey().generatedAlwaysAsIdentity(),
		districtId: districtId(),
		versionId: integer()
			.notNull()
			.references(() => planVersions.id, { onDelete: 'cascade' }),
		section: text().notNull(),
		body: text().notNull(),
		authorName: text().notNull(),
		at: timestamp({ withTimezone: true }).notNull().defaultNow()
	},
	(t) => [index().on(t.versionId)]
);

/**
 * The plan's narrative, written in the platform: introduction, context, analysis of needs, and
 * a text per area; the documents place the structured parts around them. Sanitised HTML.
 */
export const planSections = pgTable(
	'plan_section',
	{
		id: integer().primaryKey().generatedAlwaysAsIdentity(),
		districtId: districtId(),
		planId: integer()
			.notNull()
			.references(() => plans.id, { onDelete: 'cascade' }),
		/** "introduction", "context", "needs", or "area-<area id>". */
		key: text().notNull(),
		html: text().notNull().default(''),
		...versioned()
	},
	(t) => [uniqueIndex().on(t.planId, t.key)]
);
registerTable(planSections, {
	entity: 'plan_section',
	label: 'Sezione del piano',
	title: (r) => r.key,
	context: async (tx, r) => {
		const fixed: Record<string, string> = {
			introduction: 'Introduzione',
			context: 'Il contesto del territorio',
			needs: 'Analisi dei bisogni'
		};
		if (typeof r.key !== 'string') return {};
		if (fixed[r.key]) return { title: `Testo del piano · ${fixed[r.key]}` };
		const areaId = /^area-(\d{1,9})$/.exec(r.key)?.[1];
		if (!areaId) return {};
		const [a] = await tx
			.select({ code: areas.code, name: areas.name })
			.from(areas)
			.where(eq(areas.id, Number(areaId)));
		return a ? { title: `Testo del piano · area ${a.code} ${clip(a.name)}` } : {};
	},
	fields: { key: 'Sezione', html: 'Testo' }
});

/** A name short enough for the audit log's title of a change. */
function clip(text: string, max = 60): string {
	return text.length > max ? `${text.slice(0, max - 1).trimEnd()}…` : text;
}
