// Projects, their partners and funding, and the interventions they keep alive. Money is in
// exact cents; coverage.ts finds where an intervention's grants leave it without funding.
import { assertCan, type Actor } from '../kernel/access';
import { and, asc, desc, eq, inArray, ne, sql } from 'drizzle-orm';
import { db, type Executor } from '../db';
import { findOwned, updateVersioned } from '../db/versioned';
import { recordChange } from '../audit/service';
import { NotFoundError, ValidationError } from '../errors';
import { parse, versionOnly } from '../validation';
import { checkedUpload } from '../files';
import { organisations } from '../organisations/schema';
import { areas, objectives, plans } from '../planning/schema';
import { refreshComputed } from '../planning/sources';
import { formatEuro, sumCents } from '$lib/money';
import { addDays, addMonths, coverage, warnings } from './coverage';
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

export async function addDefaultSources(tx: Executor, districtId: number) {
	await tx.insert(fundingSources).values(DEFAULT_SOURCES.map((s) => ({ ...s, districtId }))).onConflictDoNothing();
}

export async function listSources(districtId: number) {
	return db().select().from(fundingSources).where(eq(fundingSources.districtId, districtId)).orderBy(asc(fundingSources.name));
}

export async function createSource(actor: Actor, input: unknown) {
	assertCan(actor, 'projects.manage');
	const data = parse(sourceInput, input);
	return db().transaction(async (tx) => {
		const [row] = await tx.insert(fundingSources).values({ ...data, districtId: actor.districtId }).returning();
		await recordChange(tx, actor, actor.districtId, { action: 'create', entity: 'funding_source', entityId: row.id, after: row });
		return row;
	});
}

// ---- projects --------------------------------------------------------------------------

export async function listProjects(districtId: number, filter: { status?: string } = {}) {
	const rows = await db()
		.select({
			id: projects.id,
			title: projects.title,
			status: projects.status,
			coDesign: projects.coDesign,
			startsOn: projects.startsOn,
			endsOn: projects.endsOn,
			exampleData: projects.exampleData,
			lead: organisations.name,
			funded: sql<number>`coalesce((select sum(g.amount_cents) from "grant" g where g.project_id = ${projects.id}), 0)::bigint`
		})
		.from(projects)
		.leftJoin(organisations, eq(organisations.id, projects.leadOrganisationId))
		.where(and(eq(projects.districtId, districtId), filter.status ? eq(projects.status, filter.status as never) : undefined))
		.orderBy(asc(projects.title));
	return { projects: rows, total: sumCents(rows.map((r) => Number(r.funded))) };
}

/** The projects that serve an objective of the plan (shown on the objective's page). */
export async function projectsOfObjective(districtId: number, objectiveId: number) {
	return db()
		.select({ id: projects.id, title: projects.title, status: projects.status })
		.from(projectObjectives)
		.innerJoin(projects, eq(projects.id, projectObjectives.projectId))
		.where(and(eq(projectObjectives.objectiveId, objectiveId), eq(projects.districtId, districtId)))
		.orderBy(asc(projects.title));
}

/** Ids sent by a form must be of this district: areas, objectives, organisations. */
async function checkOwned(tx: Executor, table: typeof areas | typeof objectives | typeof organisations, districtId: number, ids: number[], field: string, message: string) {
	if (!ids.length) return;
	const found = await tx.select({ id: table.id }).from(table).where(and(inArray(table.id, ids), eq(table.districtId, districtId)));
	if (found.length !== ids.length) throw new ValidationError({ [field]: message });
}

async function saveLinks(tx: Executor, projectId: number, data: { areaIds: number[]; objectiveIds: number[] }) {
	await tx.delete(projectAreas).where(eq(projectAreas.projectId, projectId));
	await tx.delete(projectObjectives).where(eq(projectObjectives.projectId, projectId));
	if (data.areaIds.length) await tx.insert(projectAreas).values(data.areaIds.map((areaId) => ({ projectId, areaId })));
	if (data.objectiveIds.length) await tx.insert(projectObjectives).values(data.objectiveIds.map((objectiveId) => ({ projectId, objectiveId })));
}

async function checkProject(tx: Executor, actor: Actor, data: ReturnType<typeof projectInput.parse>) {
	await checkOwned(tx, areas, actor.districtId, data.areaIds, 'areaIds', 'Scegliere aree di questo ambito.');
	await checkOwned(tx, objectives, actor.districtId, data.objectiveIds, 'objectiveIds', 'Scegliere obiettivi di questo ambito.');
	if (data.leadOrganisationId) await checkOwned(tx, organisations, actor.districtId, [data.leadOrganisationId], 'leadOrganisationId', 'L’ente capofila non è di questo ambito.');
}

/** Projects counted by status feed computed indicators ("nuove progettazioni presentate"). */
const refreshProjectIndicators = (tx: Executor, actor: Actor) => refreshComputed(tx, actor, actor.districtId, (i) => i.source === 'projects_by_status');

export async function createProject(actor: Actor, input: unknown) {
	assertCan(actor, 'projects.manage');
	const data = parse(projectInput, input);
	const status = parse(statusInput, input);
	return db().transaction(async (tx) => {
		await checkProject(tx, actor, data);
		const { areaIds, objectiveIds, ...values } = data;
		const [row] = await tx.insert(projects).values({ ...values, status: status.status, districtId: actor.districtId }).returning();
		await saveLinks(tx, row.id, { areaIds, objectiveIds });
		await tx.insert(projectStatusChanges).values({ projectId: row.id, districtId: actor.districtId, ...status });
		await recordChange(tx, actor, actor.districtId, { action: 'create', entity: 'project', entityId: row.id, after: { ...row, areaIds, objectiveIds } });
		await refreshProjectIndicators(tx, actor);
		return row;
	});
}

export async function updateProject(actor: Actor, id: number, input: unknown) {
	assertCan(actor, 'projects.manage');
	const data = parse(projectInput, input);
	const { version } = parse(versionOnly, input);
	return db().transaction(async (tx) => {
		await checkProject(tx, actor, data);
		const { areaIds, objectiveIds, ...values } = data;
		const { before, after } = await updateVersioned(tx, projects, actor.districtId, id, version, values, 'Progetto');
		await saveLinks(tx, id, { areaIds, objectiveIds });
		await recordChange(tx, actor, actor.districtId, { action: 'update', entity: 'project', entityId: id, before, after: { ...after, areaIds, objectiveIds } });
		return after;
	});
}

/** A new status from a day on; the history keeps every step. */
export async function setProjectStatus(actor: Actor, id: number, input: unknown) {
	assertCan(actor, 'projects.manage');
	const data = parse(statusInput, input);
	return db().transaction(async (tx) => {
		const project = await findOwned(tx, projects, actor.districtId, id, 'Progetto');
		const [latest] = await tx.select().from(projectStatusChanges).where(eq(projectStatusChanges.projectId, id)).orderBy(desc(projectStatusChanges.changedOn), desc(projectStatusChanges.id)).limit(1);
		if (latest && data.changedOn < latest.changedOn) throw new ValidationError({ changedOn: `Lo stato attuale vale dal ${latest.changedOn.split('-').reverse().join('/')}: il nuovo stato deve essere dello stesso giorno o successivo.` });
		await tx.insert(projectStatusChanges).values({ projectId: id, districtId: actor.districtId, ...data });
		await tx.update(projects).set({ status: data.status, version: sql`${projects.version} + 1`, updatedAt: sql`now()` }).where(eq(projects.id, id));
		await recordChange(tx, actor, actor.districtId, { action: 'status', entity: 'project', entityId: id, before: { status: project.status }, after: data });
		await refreshProjectIndicators(tx, actor);
	});
}

export async function getProject(districtId: number, id: number) {
	const project = await findOwned(db(), projects, districtId, id, 'Progetto');
	const [lead, partners, areaRows, objectiveRows, history, beneficiaries, milestones, documents, grantRows, interventionRows] = await Promise.all([
		project.leadOrganisationId ? db().select({ id: organisations.id, name: organisations.name }).from(organisations).where(eq(organisations.id, project.leadOrganisationId)) : [],
		db()
			.select({ id: projectPartners.id, organisationId: organisations.id, name: organisations.name, role: projectPartners.role })
			.from(projectPartners)
			.innerJoin(organisations, eq(organisations.id, projectPartners.organisationId))
			.where(eq(projectPartners.projectId, id))
			.orderBy(asc(organisations.name)),
		db().select({ id: areas.id, code: areas.code, name: areas.name }).from(projectAreas).innerJoin(areas, eq(areas.id, projectAreas.areaId)).where(eq(projectAreas.projectId, id)),
		db()
			.select({ id: objectives.id, code: objectives.code, title: objectives.title, plan: plans.title })
			.from(projectObjectives)
			.innerJoin(objectives, eq(objectives.id, projectObjectives.objectiveId))
			.innerJoin(plans, eq(plans.id, objectives.planId))
			.where(eq(projectObjectives.projectId, id)),
		db().select().from(projectStatusChanges).where(eq(projectStatusChanges.projectId, id)).orderBy(asc(projectStatusChanges.changedOn), asc(projectStatusChanges.id)),
		db().select().from(projectBeneficiaries).where(eq(projectBeneficiaries.projectId, id)).orderBy(asc(projectBeneficiaries.period), asc(projectBeneficiaries.targetGroup)),
		db().select().from(projectMilestones).where(eq(projectMilestones.projectId, id)).orderBy(asc(projectMilestones.dueOn)),
		db()
			.select({ id: projectDocuments.id, title: projectDocuments.title, url: projectDocuments.url, filename: projectDocuments.filename, size: projectDocuments.size })
			.from(projectDocuments)
			.where(eq(projectDocuments.projectId, id))
			.orderBy(asc(projectDocuments.id)),
		db()
			.select({ grant: grants, source: fundingSources.name })
			.from(grants)
			.innerJoin(fundingSources, eq(fundingSources.id, grants.sourceId))
			.where(eq(grants.projectId, id))
			.orderBy(asc(grants.startsOn)),
		db().select({ id: interventions.id, name: interventions.name }).from(interventionProjects).innerJoin(interventions, eq(interventions.id, interventionProjects.interventionId)).where(eq(interventionProjects.projectId, id))
	]);
	const years = grantRows.length ? await db().select().from(grantYears).where(inArray(grantYears.grantId, grantRows.map((g) => g.grant.id))).orderBy(asc(grantYears.year)) : [];
	const grantViews = grantRows.map(({ grant, source }) => {
		const own = years.filter((y) => y.grantId === grant.id);
		return { ...grant, source, years: own, committed: sumCents(own.map((y) => y.committedCents)), spent: sumCents(own.map((y) => y.spentCents)) };
	});
	return {
		project,
		lead: lead[0] ?? null,
		partners,
		areas: areaRows,
		objectives: objectiveRows,
		history,
		beneficiaries,
		milestones,
		documents,
		grants: grantViews,
		interventions: interventionRows,
		totals: {
			amount: sumCents(grantViews.map((g) => g.amountCents)),
			committed: sumCents(grantViews.map((g) => g.committed)),
			spent: sumCents(grantViews.map((g) => g.spent))
		}
	};
}

/** Adds to a project a row of one of its own tables (partners, beneficiaries...), audited. */
async function addToProject<T>(actor: Actor, projectId: number, entity: string, insert: (tx: Executor, project: typeof projects.$inferSelect) => Promise<T>) {
	assertCan(actor, 'projects.manage');
	return db().transaction(async (tx) => {
		// The project row is locked: checks across its rows (double funding) see every save in turn.
		const [project] = await tx.select().from(projects).where(and(eq(projects.id, projectId), eq(projects.districtId, actor.districtId))).for('update');
		if (!project) throw new NotFoundError('Progetto');
		const row = await insert(tx, project);
		await recordChange(tx, actor, actor.districtId, { action: 'create', entity, entityId: projectId, after: row });
		return row;
	});
}

/** Removes such a row, checking that it belongs to a project of the actor's district. */
async function removeFromProject(actor: Actor, table: typeof projectPartners | typeof projectBeneficiaries | typeof projectMilestones | typeof projectDocuments | typeof grants, id: number, entity: string) {
	assertCan(actor, 'projects.manage');
	return db().transaction(async (tx) => {
		const [row] = await tx
			.delete(table)
			.where(and(eq(table.id, id), inArray(table.projectId, tx.select({ id: projects.id }).from(projects).where(eq(projects.districtId, actor.districtId)))))
			.returning({ id: table.id, projectId: table.projectId });
		if (!row) throw new ValidationError({ _form: 'Elemento non trovato: forse è già stato eliminato.' });
		await recordChange(tx, actor, actor.districtId, { action: 'delete', entity, entityId: id, before: row });
		return row;
	});
}

export const addPartner = (actor: Actor, projectId: number, input: unknown) =>
	addToProject(actor, projectId, 'project_partner', async (tx) => {
		const data = parse(partnerInput, input);
		await checkOwned(tx, organisations, actor.districtId, [data.organisationId], 'organisationId', 'Questo ente non è di questo ambito: si aggiungono come partner solo enti dell’ambito.');
		const [row] = await tx.insert(projectPartners).values({ ...data, projectId }).onConflictDoNothing().returning();
		if (!row) throw new ValidationError({ organisationId: 'Questo ente è già partner del progetto.' });
		return row;
	});
export const removePartner = (actor: Actor, id: number) => removeFromProject(actor, projectPartners, id, 'project_partner');

export const recordBeneficiaries = (actor: Actor, projectId: number, input: unknown) =>
	addToProject(actor, projectId, 'project_beneficiaries', async (tx, project) => {
		const data = parse(beneficiariesInput, input);
		if (!project.targetGroups.includes(data.targetGroup)) throw new ValidationError({ targetGroup: 'Scegliere uno dei gruppi di destinatari del progetto.' });
		const [row] = await tx
			.insert(projectBeneficiaries)
			.values({ ...data, projectId })
			.onConflictDoUpdate({ target: [projectBeneficiaries.projectId, projectBeneficiaries.period, projectBeneficiaries.targetGroup], set: { count: data.count } })
			.returning();
		return row;
	});
export const removeBeneficiaries = (actor: Actor, id: number) => removeFromProject(actor, projectBeneficiaries, id, 'project_beneficiaries');

export const addMilestone = (actor: Actor, projectId: number, input: unknown) =>
	addToProject(actor, projectId, 'project_milestone', async (tx) => (await tx.insert(projectMilestones).values({ ...parse(milestoneInput, input), projectId }).returning())[0]);
export const removeMilestone = (actor: Actor, id: number) => removeFromProject(actor, projectMilestones, id, 'project_milestone');

export const addDocumentLink = (actor: Actor, projectId: number, input: unknown) =>
	addToProject(actor, projectId, 'project_document', async (tx) => {
		const [row] = await tx.insert(projectDocuments).values({ ...parse(linkInput, input), projectId, districtId: actor.districtId }).returning({ id: projectDocuments.id, title: projectDocuments.title });
		return row;
	});

export async function addDocumentFile(actor: Actor, projectId: number, title: string, file: File | null) {
	const { title: checkedTitle } = parse(linkInput.pick({ title: true }), { title });
	const upload = await checkedUpload(file);
	return addToProject(actor, projectId, 'project_document', async (tx) => {
		const [row] = await tx.insert(projectDocuments).values({ ...upload, title: checkedTitle, projectId, districtId: actor.districtId }).returning({ id: projectDocuments.id, title: projectDocuments.title });
		return row;
	});
}
export const removeDocument = (actor: Actor, id: number) => removeFromProject(actor, projectDocuments, id, 'project_document');

export async function getDocument(districtId: number, id: number) {
	return findOwned(db(), projectDocuments, districtId, id, 'Documento');
}

// ---- grants ---------------------------------------------------------------------------

const day = (iso: string) => iso.split('-').reverse().join('/');

export const addGrant = (actor: Actor, projectId: number, input: unknown) =>
	addToProject(actor, projectId, 'grant', async (tx) => {
		const data = parse(grantInput, input);
		const [source] = await tx.select().from(fundingSources).where(and(eq(fundingSources.id, data.sourceId), eq(fundingSources.districtId, actor.districtId)));
		if (!source) throw new ValidationError({ sourceId: 'Fonte non trovata in questo ambito.' });
		// The same source paying the same project twice for the same months is a mistake to fix, not to add up.
		const [overlap] = await tx
			.select()
			.from(grants)
			.where(and(eq(grants.projectId, projectId), eq(grants.sourceId, data.sourceId), sql`${grants.startsOn} <= ${data.endsOn}`, sql`${grants.endsOn} >= ${data.startsOn}`));
		if (overlap) {
			throw new ValidationError({
				startsOn: `Doppio finanziamento: ${source.name} finanzia già questo progetto dal ${day(overlap.startsOn)} al ${day(overlap.endsOn)} (${formatEuro(overlap.amountCents)}). Correggi le date o modifica il finanziamento esistente.`
			});
		}
		const { amount, cofinancingPercent, ...rest } = data;
		const [row] = await tx
			.insert(grants)
			.values({ ...rest, amountCents: amount, cofinancingPercent: String(cofinancingPercent ?? 0), projectId, districtId: actor.districtId })
			.returning();
		return row;
	});
export const removeGrant = (actor: Actor, id: number) => removeFromProject(actor, grants, id, 'grant');

/** Committed and spent in one year of a grant: spent within committed, committed within the grant. */
export async function setGrantYear(actor: Actor, grantId: number, input: unknown) {
	assertCan(actor, 'projects.manage');
	const data = parse(grantYearInput, input);
	return db().transaction(async (tx) => {
		const [grant] = await tx.select().from(grants).where(and(eq(grants.id, grantId), eq(grants.districtId, actor.districtId))).for('update');
		if (!grant) throw new NotFoundError('Finanziamento');
		if (data.spent > data.committed) throw new ValidationError({ spent: `Lo speso (${formatEuro(data.spent)}) supera l’impegnato (${formatEuro(data.committed)}) del ${data.year}.` });
		const firstYear = Number(grant.startsOn.slice(0, 4));
		const lastYear = Number(grant.endsOn.slice(0, 4));
		if (data.year < firstYear || data.year > lastYear) throw new ValidationError({ year: `Il finanziamento va dal ${firstYear} al ${lastYear}.` });
		const others = await tx.select().from(grantYears).where(and(eq(grantYears.grantId, grantId), ne(grantYears.year, data.year)));
		const committed = sumCents([...others.map((y) => y.committedCents), data.committed]);
		if (committed > grant.amountCents) throw new ValidationError({ committed: `L’impegnato di tutti gli anni (${formatEuro(committed)}) supera l’importo del finanziamento (${formatEuro(grant.amountCents)}).` });
		const [row] = await tx
			.insert(grantYears)
			.values({ grantId, year: data.year, committedCents: data.committed, spentCents: data.spent })
			.onConflictDoUpdate({ target: [grantYears.grantId, grantYears.year], set: { committedCents: data.committed, spentCents: data.spent } })
			.returning();
		await recordChange(tx, actor, actor.districtId, { action: 'update', entity: 'grant_year', entityId: row.id, after: row });
		return row;
	});
}

// ---- interventions and their coverage ----------------------------------------------------

export async function listInterventions(districtId: number) {
	return db().select().from(interventions).where(eq(interventions.districtId, districtId)).orderBy(asc(interventions.name));
}

async function saveInterventionProjects(tx: Executor, actor: Actor, interventionId: number, projectIds: number[]) {
	if (projectIds.length) {
		const found = await tx.select({ id: projects.id }).from(projects).where(and(inArray(projects.id, projectIds), eq(projects.districtId, actor.districtId)));
		if (found.length !== projectIds.length) throw new ValidationError({ projectIds: 'Scegliere progetti di questo ambito.' });
	}
	await tx.delete(interventionProjects).where(eq(interventionProjects.interventionId, interventionId));
	if (projectIds.length) await tx.insert(interventionProjects).values(projectIds.map((projectId) => ({ interventionId, projectId })));
}

export async function createIntervention(actor: Actor, input: unknown) {
	assertCan(actor, 'projects.manage');
	const { projectIds, ...data } = parse(interventionInput, input);
	return db().transaction(async (tx) => {
		const [row] = await tx.insert(interventions).values({ ...data, districtId: actor.districtId }).returning();
		await saveInterventionProjects(tx, actor, row.id, projectIds);
		await recordChange(tx, actor, actor.districtId, { action: 'create', entity: 'intervention', entityId: row.id, after: { ...row, projectIds } });
		return row;
	});
}

export async function updateIntervention(actor: Actor, id: number, input: unknown) {
	assertCan(actor, 'projects.manage');
	const { projectIds, ...data } = parse(interventionInput, input);
	const { version } = parse(versionOnly, input);
	return db().transaction(async (tx) => {
		const { before, after } = await updateVersioned(tx, interventions, actor.districtId, id, version, data, 'Intervento');
		await saveInterventionProjects(tx, actor, id, projectIds);
		await recordChange(tx, actor, actor.districtId, { action: 'update', entity: 'intervention', entityId: id, before, after: { ...after, projectIds } });
		return after;
	});
}

/** The grants behind each intervention of the district (or one), for coverage. */
async function interventionGrants(districtId: number, interventionId?: number) {
	return db()
		.select({
			interventionId: interventionProjects.interventionId,
			id: grants.id,
			projectId: projects.id,
			project: projects.title,
			sourceId: grants.sourceId,
			source: fundingSources.name,
			startsOn: grants.startsOn,
			endsOn: grants.endsOn,
			amountCents: grants.amountCents
		})
		.from(interventionProjects)
		.innerJoin(projects, eq(projects.id, interventionProjects.projectId))
		.innerJoin(grants, eq(grants.projectId, projects.id))
		.innerJoin(fundingSources, eq(fundingSources.id, grants.sourceId))
		.where(and(eq(projects.districtId, districtId), interventionId ? eq(interventionProjects.interventionId, interventionId) : undefined))
		.orderBy(asc(grants.startsOn));
}

/**
 * The coverage of one intervention, drawn up to 12 months from today (or to its last grant).
 * An ongoing intervention whose funding has not started yet is uncovered from today.
 */
function coverageOf(intervention: typeof interventions.$inferSelect, rows: Awaited<ReturnType<typeof interventionGrants>>, today: string) {
	const spans = rows.map((r) => ({ id: r.id, label: `${r.source} · ${r.project}`, sourceId: r.sourceId, startsOn: r.startsOn, endsOn: r.endsOn }));
	const last = rows.reduce((m, r) => (r.endsOn > m ? r.endsOn : m), '');
	const horizon = last > addMonths(today, 12) ? last : addMonths(today, 12);
	const c = coverage(spans, horizon, intervention.endedOn);
	const first = spans.reduce((m, r) => (!m || r.startsOn < m ? r.startsOn : m), '');
	if (!intervention.endedOn && (!first || first > today)) c.gaps.unshift({ from: today, to: first ? addDays(first, -1) : horizon, ...(first ? {} : { open: true }) });
	return { coverage: c, warnings: warnings(c, today, intervention.endedOn), horizon };
}

export async function getIntervention(districtId: number, id: number, today: string) {
	const intervention = await findOwned(db(), interventions, districtId, id, 'Intervento');
	const rows = await interventionGrants(districtId, id);
	const linked = await db().select({ id: projects.id, title: projects.title }).from(interventionProjects).innerJoin(projects, eq(projects.id, interventionProjects.projectId)).where(eq(interventionProjects.interventionId, id));
	return { intervention, grants: rows, projects: linked, ...coverageOf(intervention, rows, today) };
}

/** For the district dashboard: gaps opening within 6 months, single grants ending within 12. */
export async function fundingWarnings(districtId: number, today: string) {
	const [list, rows] = await Promise.all([listInterventions(districtId), interventionGrants(districtId)]);
	return list
		.map((intervention) => ({ intervention: { id: intervention.id, name: intervention.name }, ...coverageOf(intervention, rows.filter((r) => r.interventionId === intervention.id), today).warnings }))
		.filter((w) => w.gapsSoon.length || w.singleEnding);
}
