// Writes of projects, their partners and funding, and the interventions they keep alive.
// Money is in exact cents. Projects counted by status, and the beneficiaries counted per
// project, feed computed indicators, recomputed once at the end of the command that changed them.
import { and, desc, eq, ne, sql } from 'drizzle-orm';
import type { PgColumn, PgTable } from 'drizzle-orm/pg-core';
import type { z } from 'zod';
import { ValidationError } from '../errors';
import { parse } from '../validation';
import { checkedUpload } from '../files';
import { command, type Actor, type Change, type Context } from '../kernel';
import { organisations } from '../organisations';
import { areas, objectives, refreshComputed } from '../planning';
import { formatEuro, sumCents } from '$lib/money';
import {
	beneficiariesInput,
	grantInput,
	grantYearInput,
	interventionInput,
	linkInput,
	milestoneInput,
	partnerInput,
	projectInput,
	sourceInput,
	statusInput
} from './input';
import {
	fundingSources,
	grants,
	grantYears,
	interventionProjects,
	interventions,
	projectAreas,
	projectBeneficiaries,
	projectDocuments,
	projectMilestones,
	projectObjectives,
	projectPartners,
	projects,
	projectStatusChanges,
	type SourceType
} from './schema';

// ---- funding sources ------------------------------------------------------------------

/** The sources every district starts with; more can be added. */
export const DEFAULT_SOURCES: { name: string; type: SourceType; description: string }[] = [
	{ name: 'FAMI', type: 'eu', description: 'Fondo Asilo, Migrazione e Integrazione' },
	{ name: 'PNRR', type: 'eu', description: 'Piano Nazionale di Ripresa e Resilienza' },
	{ name: 'PR FSE+', type: 'eu', description: 'Programma regionale del Fondo sociale europeo Plus' },
	{ name: 'FNPS', type: 'national', description: 'Fondo Nazionale Politiche Sociali' },
	{ name: 'Fondo Sociale Regionale', type: 'regional', description: '' },
	{ name: 'Fondo Povertà', type: 'national', description: 'Quota servizi del Fondo Povertà' },
	{ name: 'Fondazioni', type: 'foundation', description: 'Bandi di fondazioni (es. Fondazione Comunitaria)' }
];

/** The starting data of a new district, written in the command that creates it (not logged row by row, as ever). */
export async function addDefaultSources(c: Context) {
	await c.tx
		.insert(fundingSources)
		.values(DEFAULT_SOURCES.map((s) => ({ ...s, districtId: c.districtId })))
		.onConflictDoNothing();
}

export function createSource(actor: Actor, input: unknown) {
	return command(actor, { can: 'projects.manage', input: sourceInput, raw: input }, (c, data) =>
		c.create(fundingSources, data)
	);
}

// ---- projects --------------------------------------------------------------------------

const projectWithStatus = projectInput.and(statusInput);

/** Projects counted by status feed computed indicators ("nuove progettazioni presentate"): recomputed once, at the end. */
function refreshProjectIndicators(c: Context) {
	c.atEnd('projects:indicators', () => refreshComputed(c, (i) => i.source === 'projects_by_status'));
}

/** Beneficiaries counted by project or by objective: a count, or a project's objectives, changed. */
function refreshBeneficiaryIndicators(c: Context) {
	c.atEnd('projects:beneficiaries', () => refreshComputed(c, (i) => i.source === 'beneficiaries'));
}

/** Ids sent by the form must be of this district: areas, objectives, the lead organisation. */
async function checkProject(
	c: Context,
	data: { areaIds: number[]; objectiveIds: number[]; leadOrganisationId: number | null }
) {
	await c.owned(areas, data.areaIds, { field: 'areaIds', message: 'Scegliere aree di questo ambito.' });
	await c.owned(objectives, data.objectiveIds, {
		field: 'objectiveIds',
		message: 'Scegliere obiettivi di questo ambito.'
	});
	if (data.leadOrganisationId)
		await c.owned(organisations, [data.leadOrganisationId], {
			field: 'leadOrganisationId',
			message: 'L’ente capofila non è di questo ambito.'
		});
}

async function saveLinks(c: Context, projectId: number, data: { areaIds: number[]; objectiveIds: number[] }) {
	await c.tx.delete(projectAreas).where(eq(projectAreas.projectId, projectId));
	const before = await c.tx
		.delete(projectObjectives)
		.where(eq(projectObjectives.projectId, projectId))
		.returning({ objectiveId: projectObjectives.objectiveId });
	const was = new Set(before.map((o) => o.objectiveId));
	// The objective's beneficiaries are those of its projects: they change with the links.
	if (was.size !== data.objectiveIds.length || data.objectiveIds.some((id) => !was.has(id)))
		refreshBeneficiaryIndicators(c);
	if (data.areaIds.length)
		await c.tx.insert(projectAreas).values(data.areaIds.map((areaId) => ({ projectId, areaId })));
	if (data.objectiveIds.length)
		await c.tx.insert(projectObjectives).values(data.objectiveIds.map((objectiveId) => ({ projectId, objectiveId })));
}

/** The log keeps a project's areas and objectives with it. */
const withLinks =
	(links: { areaIds: number[]; objectiveIds: number[] }) =>
	(change: Change): Change => ({ ...change, after: { ...(change.after as object), ...links } });

export function createProject(actor: Actor, input: unknown) {
	return command(actor, { can: 'projects.manage', input: projectWithStatus, raw: input }, async (c, data) => {
		await checkProject(c, data);
		const { areaIds, objectiveIds, status, changedOn, ...values } = data;
		const row = await c.create(projects, { ...values, status }, { log: withLinks({ areaIds, objectiveIds }) });
		await saveLinks(c, row.id, { areaIds, objectiveIds });
		await c.tx.insert(projectStatusChanges).values({ projectId: row.id, districtId: c.districtId, status, changedOn });
		refreshProjectIndicators(c);
		return row;
	});
}

export function updateProject(actor: Actor, id: number, input: unknown) {
	return command(
		actor,
		{ can: 'projects.manage', input: projectInput, raw: input, versioned: true },
		async (c, data) => {
			await checkProject(c, data);
			const { areaIds, objectiveIds, ...values } = data;
			const after = await c.update(projects, id, values, { log: withLinks({ areaIds, objectiveIds }) });
			await saveLinks(c, id, { areaIds, objectiveIds });
			return after;
		}
	);
}

const day = (iso: string) => iso.split('-').reverse().join('/');

/** A new status from a day on; the history keeps every step. */
export function setProjectStatus(actor: Actor, id: number, input: unknown) {
	return command(actor, { can: 'projects.manage', input: statusInput, raw: input }, async (c, data) => {
		const project = await c.find(projects, id);
		const [latest] = await c.tx
			.select()
			.from(projectStatusChanges)
			.where(eq(projectStatusChanges.projectId, id))
			.orderBy(desc(projectStatusChanges.changedOn), desc(projectStatusChanges.id))
			.limit(1);
		if (latest && data.changedOn < latest.changedOn)
			throw new ValidationError({
				changedOn: `Lo stato attuale vale dal ${day(latest.changedOn)}: il nuovo stato deve essere dello stesso giorno o successivo.`
			});
		await c.tx.insert(projectStatusChanges).values({ projectId: id, districtId: c.districtId, ...data });
		await c.update(
			projects,
			id,
			{ status: data.status },
			{
				version: 'any',
				action: 'status',
				log: (change) => ({ ...change, before: { status: project.status }, after: data })
			}
		);
		refreshProjectIndicators(c);
	});
}

// ---- a project's own rows (partners, beneficiaries, milestones, documents, grants) ----------

/** A row of a project is logged under the project's id, as it always was. */
const underProject =
	(projectId: number) =>
	(change: Change): Change => ({ ...change, id: projectId });

/**
 * Adds to a project a row of one of its own tables, audited. The project row is locked:
 * checks across its rows (double funding, a partner twice) see every save in turn.
 */
function addToProject<S extends z.ZodType, T>(
	actor: Actor,
	projectId: number,
	input: S,
	raw: unknown,
	insert: (c: Context, data: z.output<S>, project: typeof projects.$inferSelect) => Promise<T>
) {
	return command(actor, { can: 'projects.manage', input, raw }, async (c, data) => {
		const project = await c.find(projects, projectId, { lock: true });
		return insert(c, data as z.output<S>, project);
	});
}

type ProjectRowTable = PgTable & { id: PgColumn; projectId: PgColumn };

/** Removes such a row, checking that it belongs to a project of the actor's district; `then` runs in the same command. */
function removeFromProject(actor: Actor, table: ProjectRowTable, id: number, then?: (c: Context) => void) {
	return command(actor, { can: 'projects.manage' }, async (c) => {
		const [row] = await c.tx
			.select({ id: table.id, projectId: table.projectId })
			.from(table)
			.innerJoin(projects, eq(projects.id, table.projectId))
			.where(and(eq(table.id, id), eq(projects.districtId, c.districtId)));
		if (!row) throw new ValidationError({ _form: 'Elemento non trovato: forse è già stato eliminato.' });
		await c.remove(table, id, { log: (change) => ({ ...change, before: row }) });
		then?.(c);
		return row as { id: number; projectId: number };
	});
}

export const addPartner = (actor: Actor, projectId: number, input: unknown) =>
	addToProject(actor, projectId, partnerInput, input, async (c, data) => {
		await c.owned(organisations, [data.organisationId], {
			field: 'organisationId',
			message: 'Questo ente non è di questo ambito: si aggiungono come partner solo enti dell’ambito.'
		});
		await c.unique(
			projectPartners,
			{ projectId, organisationId: data.organisationId },
			{ field: 'organisationId', message: 'Questo ente è già partner del progetto.' }
		);
		return c.create(projectPartners, { ...data, projectId }, { log: underProject(projectId) });
	});
export const removePartner = (actor: Actor, id: number) => removeFromProject(actor, projectPartners, id);

/** Counts of a period, group and stage: a second count for the same replaces the first. */
export const recordBeneficiaries = (actor: Actor, projectId: number, input: unknown) =>
	addToProject(actor, projectId, beneficiariesInput, input, async (c, data, project) => {
		if (!project.targetGroups.includes(data.targetGroup))
			throw new ValidationError({ targetGroup: 'Scegliere uno dei gruppi di destinatari del progetto.' });
		const [existing] = await c.tx
			.select({ id: projectBeneficiaries.id })
			.from(projectBeneficiaries)
			.where(
				and(
					eq(projectBeneficiaries.projectId, projectId),
					eq(projectBeneficiaries.period, data.period),
					eq(projectBeneficiaries.targetGroup, data.targetGroup),
					eq(projectBeneficiaries.stage, data.stage)
				)
			);
		refreshBeneficiaryIndicators(c);
		return existing
			? c.update(projectBeneficiaries, existing.id, { count: data.count }, { log: underProject(projectId) })
			: c.create(projectBeneficiaries, { ...data, projectId }, { log: underProject(projectId) });
	});
export const removeBeneficiaries = (actor: Actor, id: number) =>
	removeFromProject(actor, projectBeneficiaries, id, refreshBeneficiaryIndicators);

export const addMilestone = (actor: Actor, projectId: number, input: unknown) =>
	addToProject(actor, projectId, milestoneInput, input, (c, data) =>
		c.create(projectMilestones, { ...data, projectId }, { log: underProject(projectId) })
	);
export const removeMilestone = (actor: Actor, id: number) => removeFromProject(actor, projectMilestones, id);

/** What the log and the caller keep of a document: never its bytes. */
const documentLog =
	(projectId: number) =>
	(change: Change): Change => {
		const row = change.after as { id: number; title: string };
		return { ...change, id: projectId, after: { id: row.id, title: row.title } };
	};

export const addDocumentLink = (actor: Actor, projectId: number, input: unknown) =>
	addToProject(actor, projectId, linkInput, input, async (c, data) => {
		const row = await c.create(projectDocuments, { ...data, projectId }, { log: documentLog(projectId) });
		return { id: row.id, title: row.title };
	});

export async function addDocumentFile(actor: Actor, projectId: number, title: string, file: File | null) {
	const { title: checkedTitle } = parse(linkInput.pick({ title: true }), { title });
	const upload = await checkedUpload(file);
	return addToProject(actor, projectId, linkInput.pick({ title: true }), { title }, async (c) => {
		const row = await c.create(
			projectDocuments,
			{ ...upload, title: checkedTitle, projectId },
			{ log: documentLog(projectId) }
		);
		return { id: row.id, title: row.title };
	});
}
export const removeDocument = (actor: Actor, id: number) => removeFromProject(actor, projectDocuments, id);

// ---- grants ---------------------------------------------------------------------------

export const addGrant = (actor: Actor, projectId: number, input: unknown) =>
	addToProject(actor, projectId, grantInput, input, async (c, data) => {
		const [source] = await c.tx
			.select()
			.from(fundingSources)
			.where(and(eq(fundingSources.id, data.sourceId), eq(fundingSources.districtId, c.districtId)));
		if (!source) throw new ValidationError({ sourceId: 'Fonte non trovata in questo ambito.' });
		// The same source paying the same project twice for the same months is a mistake to fix, not to add up.
		const [overlap] = await c.tx
			.select()
			.from(grants)
			.where(
				and(
					eq(grants.projectId, projectId),
					eq(grants.sourceId, data.sourceId),
					sql`${grants.startsOn} <= ${data.endsOn}`,
					sql`${grants.endsOn} >= ${data.startsOn}`
				)
			);
		if (overlap) {
			throw new ValidationError({
				startsOn: `Doppio finanziamento: ${source.name} finanzia già questo progetto dal ${day(overlap.startsOn)} al ${day(overlap.endsOn)} (${formatEuro(overlap.amountCents)}). Correggi le date o modifica il finanziamento esistente.`
			});
		}
		const { amount, cofinancingPercent, ...rest } = data;
		return c.create(
			grants,
			{ ...rest, amountCents: amount, cofinancingPercent: String(cofinancingPercent ?? 0), projectId },
			{ log: underProject(projectId) }
		);
	});
export const removeGrant = (actor: Actor, id: number) => removeFromProject(actor, grants, id);

/** Committed and spent in one year of a grant: spent within committed, committed within the grant. */
export function setGrantYear(actor: Actor, grantId: number, input: unknown) {
	return command(actor, { can: 'projects.manage', input: grantYearInput, raw: input }, async (c, data) => {
		const grant = await c.find(grants, grantId, { lock: true });
		if (data.spent > data.committed)
			throw new ValidationError({
				spent: `Lo speso (${formatEuro(data.spent)}) supera l’impegnato (${formatEuro(data.committed)}) del ${data.year}.`
			});
		const firstYear = Number(grant.startsOn.slice(0, 4));
		const lastYear = Number(grant.endsOn.slice(0, 4));
		if (data.year < firstYear || data.year > lastYear)
			throw new ValidationError({ year: `Il finanziamento va dal ${firstYear} al ${lastYear}.` });
		const others = await c.tx
			.select()
			.from(grantYears)
			.where(and(eq(grantYears.grantId, grantId), ne(grantYears.year, data.year)));
		const committed = sumCents([...others.map((y) => y.committedCents), data.committed]);
		if (committed > grant.amountCents)
			throw new ValidationError({
				committed: `L’impegnato di tutti gli anni (${formatEuro(committed)}) supera l’importo del finanziamento (${formatEuro(grant.amountCents)}).`
			});
		const values = { committedCents: data.committed, spentCents: data.spent };
		const [existing] = await c.tx
			.select({ id: grantYears.id })
			.from(grantYears)
			.where(and(eq(grantYears.grantId, grantId), eq(grantYears.year, data.year)));
		return existing
			? c.update(grantYears, existing.id, values)
			: c.create(grantYears, { ...values, grantId, year: data.year });
	});
}

// ---- interventions ------------------------------------------------------------------------

async function saveInterventionProjects(c: Context, interventionId: number, projectIds: number[]) {
	await c.owned(projects, projectIds, { field: 'projectIds', message: 'Scegliere progetti di questo ambito.' });
	await c.tx.delete(interventionProjects).where(eq(interventionProjects.interventionId, interventionId));
	if (projectIds.length)
		await c.tx.insert(interventionProjects).values(projectIds.map((projectId) => ({ interventionId, projectId })));
}

/** The log keeps an intervention's projects with it. */
const withProjects =
	(projectIds: number[]) =>
	(change: Change): Change => ({ ...change, after: { ...(change.after as object), projectIds } });

export function createIntervention(actor: Actor, input: unknown) {
	return command(
		actor,
		{ can: 'projects.manage', input: interventionInput, raw: input },
		async (c, { projectIds, ...data }) => {
			const row = await c.create(interventions, data, { log: withProjects(projectIds) });
			await saveInterventionProjects(c, row.id, projectIds);
			return row;
		}
	);
}

export function updateIntervention(actor: Actor, id: number, input: unknown) {
	return command(
		actor,
		{ can: 'projects.manage', input: interventionInput, raw: input, versioned: true },
		async (c, { projectIds, ...data }) => {
			const after = await c.update(interventions, id, data, { log: withProjects(projectIds) });
			await saveInterventionProjects(c, id, projectIds);
			return after;
		}
	);
}
