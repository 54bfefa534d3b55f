// The tables of projects, their funding and the interventions they keep alive; each one a
// command writes is registered with its audit name and Italian label.
import {
	pgTable,
	text,
	integer,
	bigint,
	boolean,
	date,
	numeric,
	timestamp,
	index,
	uniqueIndex,
	primaryKey,
	check
} from 'drizzle-orm/pg-core';
import { sql } from 'drizzle-orm';
import { districtId, versioned, bytea } from '../db/columns';
import { organisations } from '../organisations/schema';
import { areas, objectives } from '../planning/schema';
import { registerTable } from '../kernel/registry';

/** Euro cents as an exact integer (a bigint that the driver reads as a number: safe to 90 000 billion €). */
const cents = () => bigint({ mode: 'number' });

export const PROJECT_STATUSES = [
	'idea',
	'submitted',
	'under_evaluation',
	'financed',
	'rejected',
	'running',
	'closed'
] as const;
export type ProjectStatus = (typeof PROJECT_STATUSES)[number];
/** The statuses the public pages show: past the office's drafting, and not turned down. */
export const PUBLIC_PROJECT_STATUSES = [
	'under_evaluation',
	'financed',
	'running',
	'closed'
] as const satisfies readonly ProjectStatus[];
export const SOURCE_TYPES = ['national', 'regional', 'eu', 'foundation', 'own'] as const;
export type SourceType = (typeof SOURCE_TYPES)[number];

/** A funding source of the district (FAMI, PNRR, FNPS...). */
export const fundingSources = pgTable(
	'funding_source',
	{
		id: integer().primaryKey().generatedAlwaysAsIdentity(),
		districtId: districtId(),
		name: text().notNull(),
		type: text().$type<SourceType>().notNull(),
		description: text().notNull().default(''),
		...versioned()
	},
	(t) => [uniqueIndex().on(t.districtId, t.name)]
);
registerTable(fundingSources, {
	entity: 'funding_source',
	label: 'Fonte di finanziamento',
	title: (r) => r.name,
	fields: { name: 'Nome', type: 'Tipo', description: 'Descrizione' }
});

export const projects = pgTable(
	'project',
	{
		id: integer().primaryKey().generatedAlwaysAsIdentity(),
		districtId: districtId(),
		title: text().notNull(),
		description: text().notNull().default(''),
		leadOrganisationId: integer().references(() => organisations.id, { onDelete: 'restrict' }),
		status: text().$type<ProjectStatus>().notNull().default('idea'),
		/** Co-design (co-progettazione) with the third sector: procedure and date. */
		coDesign: boolean().notNull().default(false),
		coDesignProcedure: text().notNull().default(''),
		coDesignOn: date(),
		startsOn: date(),
		endsOn: date(),
		/** Groups the project serves; beneficiaries are counted per group, never per person. */
		targetGroups: text()
			.array()
			.notNull()
			.default(sql`'{}'::text[]`),
		/** Codes of the essential levels of social services (LEPS) it serves (see leps.ts). */
		leps: text()
			.array()
			.notNull()
			.default(sql`'{}'::text[]`),
		/** Says that dates, amounts or partners are example data where the seed gives none. */
		exampleData: boolean().notNull().default(false),
		...versioned()
	},
	(t) => [
		index().on(t.districtId, t.status),
		check('project_dates', sql`${t.endsOn} is null or ${t.startsOn} is null or ${t.endsOn} >= ${t.startsOn}`)
	]
);
registerTable(projects, {
	entity: 'project',
	label: 'Progetto',
	title: (r) => r.title,
	fields: {
		title: 'Titolo',
		description: 'Descrizione',
		leadOrganisationId: 'Ente capofila',
		status: 'Stato',
		coDesign: 'Co-progettazione',
		coDesignProcedure: 'Procedura di co-progettazione',
		coDesignOn: 'Data della co-progettazione',
		startsOn: 'Inizio',
		endsOn: 'Fine',
		targetGroups: 'Destinatari',
		leps: 'LEPS',
		exampleData: 'Dati di esempio'
	}
});

/** Every status a project took, with the day: the computed indicators count from here. */
export const projectStatusChanges = pgTable(
	'project_status_change',
	{
		id: integer().primaryKey().generatedAlwaysAsIdentity(),
		districtId: districtId(),
		projectId: integer()
			.notNull()
			.references(() => projects.id, { onDelete: 'cascade' }),
		status: text().$type<ProjectStatus>().notNull(),
		changedOn: date().notNull(),
		createdAt: timestamp({ withTimezone: true }).notNull().defaultNow()
	},
	(t) => [index().on(t.projectId), index().on(t.districtId, t.status, t.changedOn)]
);

export const projectPartners = pgTable(
	'project_partner',
	{
		id: integer().primaryKey().generatedAlwaysAsIdentity(),
		projectId: integer()
			.notNull()
			.references(() => projects.id, { onDelete: 'cascade' }),
		organisationId: integer()
			.notNull()
			.references(() => organisations.id, { onDelete: 'cascade' }),
		role: text().notNull()
	},
	(t) => [uniqueIndex().on(t.projectId, t.organisationId), index().on(t.organisationId)]
);
registerTable(projectPartners, {
	entity: 'project_partner',
	label: 'Partner del progetto',
	title: (r) => r.role,
	fields: { organisationId: 'Ente', role: 'Ruolo' }
});

export const projectAreas = pgTable(
	'project_area',
	{
		projectId: integer()
			.notNull()
			.references(() => projects.id, { onDelete: 'cascade' }),
		areaId: integer()
			.notNull()
			.references(() => areas.id, { onDelete: 'cascade' })
	},
	(t) => [primaryKey({ columns: [t.projectId, t.areaId] })]
);

export const projectObjectives = pgTable(
	'project_objective',
	{
		projectId: integer()
			.notNull()
			.references(() => projects.id, { onDelete: 'cascade' }),
		objectiveId: integer()
			.notNull()
			.references(() => objectives.id, { onDelete: 'cascade' })
	},
	(t) => [primaryKey({ columns: [t.projectId, t.objectiveId] })]
);

export const BENEFICIARY_STAGES = ['reached', 'contacted', 'met', 'taken_in_charge'] as const;
export type BeneficiaryStage = (typeof BENEFICIARY_STAGES)[number];

/** Aggregate counts only: how many people of a target group a project reached in a period, and at which stage. */
export const projectBeneficiaries = pgTable(
	'project_beneficiaries',
	{
		id: integer().primaryKey().generatedAlwaysAsIdentity(),
		projectId: integer()
			.notNull()
			.references(() => projects.id, { onDelete: 'cascade' }),
		/** A year ("2022") or years ("2021-2023"): the computed indicators read the counts by year. */
		period: text().notNull(),
		targetGroup: text().notNull(),
		/** How far the people got: reached, contacted, met, taken in charge (see BENEFICIARY_STAGES). */
		stage: text().$type<BeneficiaryStage>().notNull().default('reached'),
		count: integer().notNull()
	},
	(t) => [
		uniqueIndex('project_beneficiaries_count_key').on(t.projectId, t.period, t.targetGroup, t.stage),
		check('beneficiaries_count', sql`${t.count} >= 0`)
	]
);
registerTable(projectBeneficiaries, {
	entity: 'project_beneficiaries',
	label: 'Destinatari raggiunti',
	title: (r) => `${r.period} · ${r.targetGroup}`,
	fields: { period: 'Periodo', targetGroup: 'Gruppo di destinatari', stage: 'Fase', count: 'Persone raggiunte' }
});

export const projectMilestones = pgTable(
	'project_milestone',
	{
		id: integer().primaryKey().generatedAlwaysAsIdentity(),
		projectId: integer()
			.notNull()
			.references(() => projects.id, { onDelete: 'cascade' }),
		title: text().notNull(),
		dueOn: date().notNull(),
		doneOn: date()
	},
	(t) => [index().on(t.projectId)]
);
registerTable(projectMilestones, {
	entity: 'project_milestone',
	label: 'Tappa del progetto',
	title: (r) => r.title,
	fields: { title: 'Titolo', dueOn: 'Scadenza', doneOn: 'Completata il' }
});

/** A link, or an uploaded file kept in the database (so that backups hold it). */
export const projectDocuments = pgTable(
	'project_document',
	{
		id: integer().primaryKey().generatedAlwaysAsIdentity(),
		districtId: districtId(),
		projectId: integer()
			.notNull()
			.references(() => projects.id, { onDelete: 'cascade' }),
		title: text().notNull(),
		url: text(),
		filename: text(),
		contentType: text(),
		size: integer(),
		data: bytea(),
		createdAt: timestamp({ withTimezone: true }).notNull().defaultNow()
	},
	(t) => [index().on(t.projectId), check('document_kind', sql`(${t.url} is null) <> (${t.data} is null)`)]
);
registerTable(projectDocuments, {
	entity: 'project_document',
	label: 'Documento',
	title: (r) => r.title,
	omit: ['data'],
	fields: {
		title: 'Titolo',
		url: 'Collegamento',
		filename: 'File',
		contentType: 'Tipo di file',
		size: 'Dimensione (byte)'
	}
});

/** A grant: a source funds a project for a time, with a total and its co-financing share. */
export const grants = pgTable(
	'grant',
	{
		id: integer().primaryKey().generatedAlwaysAsIdentity(),
		districtId: districtId(),
		projectId: integer()
			.notNull()
			.references(() => projects.id, { onDelete: 'cascade' }),
		sourceId: integer()
			.notNull()
			.references(() => fundingSources.id, { onDelete: 'restrict' }),
		amountCents: cents().notNull(),
		/** Share of the project's cost the district or partners add, in percent. */
		cofinancingPercent: numeric({ precision: 5, scale: 2 }).notNull().default('0'),
		startsOn: date().notNull(),
		endsOn: date().notNull(),
		note: text().notNull().default(''),
		...versioned()
	},
	(t) => [
		index().on(t.projectId),
		index().on(t.districtId, t.endsOn),
		check('grant_dates', sql`${t.endsOn} >= ${t.startsOn}`),
		check('grant_amount', sql`${t.amountCents} >= 0`),
		check('grant_cofinancing', sql`${t.cofinancingPercent} between 0 and 100`)
	]
);
registerTable(grants, {
	entity: 'grant',
	label: 'Finanziamento',
	title: (r) => `${r.startsOn} – ${r.endsOn}`,
	fields: {
		sourceId: 'Fonte di finanziamento',
		amountCents: 'Importo',
		cofinancingPercent: 'Cofinanziamento (%)',
		startsOn: 'Inizio',
		endsOn: 'Fine',
		note: 'Nota'
	}
});

/** Committed and spent per year of a grant. */
export const grantYears = pgTable(
	'grant_year',
	{
		id: integer().primaryKey().generatedAlwaysAsIdentity(),
		grantId: integer()
			.notNull()
			.references(() => grants.id, { onDelete: 'cascade' }),
		year: integer().notNull(),
		committedCents: cents().notNull(),
		spentCents: cents().notNull().default(0)
	},
	(t) => [
		uniqueIndex().on(t.grantId, t.year),
		check(
			'grant_year_spent',
			sql`${t.spentCents} >= 0 and ${t.committedCents} >= 0 and ${t.spentCents} <= ${t.committedCents}`
		)
	]
);
registerTable(grantYears, {
	entity: 'grant_year',
	label: 'Annualità del finanziamento',
	title: (r) => String(r.year),
	fields: { year: 'Anno', committedCents: 'Impegnato', spentCents: 'Speso' }
});

/** A lasting intervention or service (e.g. the Sportello Stranieri&Rifugiati) kept alive by successive projects. */
export const interventions = pgTable(
	'intervention',
	{
		id: integer().primaryKey().generatedAlwaysAsIdentity(),
		districtId: districtId(),
		name: text().notNull(),
		description: text().notNull().default(''),
		/** An ongoing intervention needs funding from here on; an ended one no longer has gaps. */
		endedOn: date(),
		...versioned()
	},
	(t) => [uniqueIndex().on(t.districtId, t.name)]
);
registerTable(interventions, {
	entity: 'intervention',
	label: 'Intervento',
	title: (r) => r.name,
	fields: { name: 'Nome', description: 'Descrizione', endedOn: 'Concluso il' }
});

export const interventionProjects = pgTable(
	'intervention_project',
	{
		interventionId: integer()
			.notNull()
			.references(() => interventions.id, { onDelete: 'cascade' }),
		projectId: integer()
			.notNull()
			.references(() => projects.id, { onDelete: 'cascade' })
	},
	(t) => [primaryKey({ columns: [t.interventionId, t.projectId] }), index().on(t.projectId)]
);
