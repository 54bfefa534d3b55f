// Reads of projects, their funding and interventions: any member of the district may read
// them (each read is scoped to the actor's district). Coverage and warnings come from coverage.ts.
import { and, asc, eq, inArray, sql } from 'drizzle-orm';
import { db } from '../db';
import { findOwned } from '../db/versioned';
import type { Reader } from '../kernel';
import { organisations } from '../organisations';
import { areas, listAllAreas, objectives, plans } from '../planning';
import { areaLabel } from '$lib/areas';
import { sumCents } from '$lib/money';
import { LEPS } from '$lib/leps';
import { addDays, addMonths, coverage, warnings } from './coverage';
import {
	BENEFICIARY_STAGES,
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
	projectStatusChanges
} from './schema';

// ---- funding sources ------------------------------------------------------------------

export async function listSources(actor: Reader) {
	return db()
		.select()
		.from(fundingSources)
		.where(eq(fundingSources.districtId, actor.districtId))
		.orderBy(asc(fundingSources.name));
}

// ---- projects --------------------------------------------------------------------------

export async function listProjects(actor: Reader, filter: { status?: string } = {}) {
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
		.where(
			and(
				eq(projects.districtId, actor.districtId),
				filter.status ? eq(projects.status, filter.status as never) : undefined
			)
		)
		.orderBy(asc(projects.title));
	return { projects: rows, total: sumCents(rows.map((r) => Number(r.funded))) };
}

/** The projects that serve an objective of the plan (shown on the objective's page). */
export async function projectsOfObjective(actor: Reader, objectiveId: number) {
	return db()
		.select({ id: projects.id, title: projects.title, status: projects.status })
		.from(projectObjectives)
		.innerJoin(projects, eq(projects.id, projectObjectives.projectId))
		.where(and(eq(projectObjectives.objectiveId, objectiveId), eq(projects.districtId, actor.districtId)))
		.orderBy(asc(projects.title));
}

export async function getProject(actor: Reader, id: number) {
	const project = await findOwned(db(), projects, actor.districtId, id, 'Progetto');
	const [
		lead,
		partners,
		areaRows,
		objectiveRows,
		history,
		beneficiaries,
		milestones,
		documents,
		grantRows,
		interventionRows
	] = await Promise.all([
		project.leadOrganisationId
			? db()
					.select({ id: organisations.id, name: organisations.name })
					.from(organisations)
					.where(eq(organisations.id, project.leadOrganisationId))
			: [],
		db()
			.select({
				id: projectPartners.id,
				organisationId: organisations.id,
				name: organisations.name,
				role: projectPartners.role
			})
			.from(projectPartners)
			.innerJoin(organisations, eq(organisations.id, projectPartners.organisationId))
			.where(eq(projectPartners.projectId, id))
			.orderBy(asc(organisations.name)),
		// Each plan has its own areas: `plan` (its slug) says which cycle's an area is.
		db()
			.select({ id: areas.id, code: areas.code, name: areas.name, plan: plans.slug })
			.from(projectAreas)
			.innerJoin(areas, eq(areas.id, projectAreas.areaId))
			.leftJoin(plans, eq(plans.id, areas.planId))
			.where(eq(projectAreas.projectId, id))
			.orderBy(sql`${plans.startYear} desc nulls last`, asc(areas.position), asc(areas.code)),
		db()
			.select({ id: objectives.id, code: objectives.code, title: objectives.title, plan: plans.title })
			.from(projectObjectives)
			.innerJoin(objectives, eq(objectives.id, projectObjectives.objectiveId))
			.innerJoin(plans, eq(plans.id, objectives.planId))
			.where(eq(projectObjectives.projectId, id)),
		db()
			.select()
			.from(projectStatusChanges)
			.where(eq(projectStatusChanges.projectId, id))
			.orderBy(asc(projectStatusChanges.changedOn), asc(projectStatusChanges.id)),
		db()
			.select()
			.from(projectBeneficiaries)
			.where(eq(projectBeneficiaries.projectId, id))
			.then((rows) =>
				// By period and group, then the stages in their order (reached first, taken in charge last).
				rows.sort(
					(a, b) =>
						a.period.localeCompare(b.period) ||
						a.targetGroup.localeCompare(b.targetGroup) ||
						BENEFICIARY_STAGES.indexOf(a.stage) - BENEFICIARY_STAGES.indexOf(b.stage)
				)
			),
		db()
			.select()
			.from(projectMilestones)
			.where(eq(projectMilestones.projectId, id))
			.orderBy(asc(projectMilestones.dueOn)),
		db()
			.select({
				id: projectDocuments.id,
				title: projectDocuments.title,
				url: projectDocuments.url,
				filename: projectDocuments.filename,
				size: projectDocuments.size
			})
			.from(projectDocuments)
			.where(eq(projectDocuments.projectId, id))
			.orderBy(asc(projectDocuments.id)),
		db()
			.select({ grant: grants, source: fundingSources.name })
			.from(grants)
			.innerJoin(fundingSources, eq(fundingSources.id, grants.sourceId))
			.where(eq(grants.projectId, id))
			.orderBy(asc(grants.startsOn)),
		db()
			.select({ id: interventions.id, name: interventions.name })
			.from(interventionProjects)
			.innerJoin(interventions, eq(interventions.id, interventionProjects.interventionId))
			.where(eq(interventionProjects.projectId, id))
	]);
	const years = grantRows.length
		? await db()
				.select()
				.from(grantYears)
				.where(
					inArray(
						grantYears.grantId,
						grantRows.map((g) => g.grant.id)
					)
				)
				.orderBy(asc(grantYears.year))
		: [];
	const grantViews = grantRows.map(({ grant, source }) => {
		const own = years.filter((y) => y.grantId === grant.id);
		return {
			...grant,
			source,
			years: own,
			committed: sumCents(own.map((y) => y.committedCents)),
			spent: sumCents(own.map((y) => y.spentCents))
		};
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

export async function getDocument(actor: Reader, id: number) {
	return findOwned(db(), projectDocuments, actor.districtId, id, 'Documento');
}

/**
 * What project forms offer: the district's areas and objectives, each named with its plan
 * ("2025-2027 · G) Politiche giovanili…": each plan has its own areas), LEPS.
 */
export async function projectChoices(actor: Reader) {
	const [areaRows, objectiveRows] = await Promise.all([
		listAllAreas(actor),
		db()
			.select({ id: objectives.id, code: objectives.code, title: objectives.title, plan: plans.title })
			.from(objectives)
			.innerJoin(plans, eq(plans.id, objectives.planId))
			.where(eq(objectives.districtId, actor.districtId))
			.orderBy(asc(plans.startYear), asc(objectives.position), asc(objectives.code))
	]);
	return {
		areas: areaRows.map((a) => ({ value: String(a.id), label: areaLabel(a) })),
		objectives: objectiveRows.map((o) => ({
			value: String(o.id),
			label: `${o.plan} · ${o.code} ${o.title.length > 90 ? `${o.title.slice(0, 88)}…` : o.title}`
		})),
		leps: LEPS.map((l) => ({ value: l.code, label: l.label }))
	};
}

// ---- interventions and their coverage ----------------------------------------------------

export async function listInterventions(actor: Reader) {
	return db()
		.select()
		.from(interventions)
		.where(eq(interventions.districtId, actor.districtId))
		.orderBy(asc(interventions.name));
}

/** The grants behind each intervention of the district (or one), for coverage. */
async function interventionGrants(actor: Reader, interventionId?: number) {
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
		.where(
			and(
				eq(projects.districtId, actor.districtId),
				interventionId ? eq(interventionProjects.interventionId, interventionId) : undefined
			)
		)
		.orderBy(asc(grants.startsOn));
}

/**
 * The coverage of one intervention, drawn up to 12 months from today (or to its last grant).
 * An ongoing intervention whose funding has not started yet is uncovered from today.
 */
function coverageOf(
	intervention: typeof interventions.$inferSelect,
	rows: Awaited<ReturnType<typeof interventionGrants>>,
	today: string
) {
	const spans = rows.map((r) => ({
		id: r.id,
		label: `${r.source} · ${r.project}`,
		sourceId: r.sourceId,
		startsOn: r.startsOn,
		endsOn: r.endsOn
	}));
	const last = rows.reduce((m, r) => (r.endsOn > m ? r.endsOn : m), '');
	const horizon = last > addMonths(today, 12) ? last : addMonths(today, 12);
	const c = coverage(spans, horizon, intervention.endedOn);
	const first = spans.reduce((m, r) => (!m || r.startsOn < m ? r.startsOn : m), '');
	if (!intervention.endedOn && (!first || first > today))
		c.gaps.unshift({ from: today, to: first ? addDays(first, -1) : horizon, ...(first ? {} : { open: true }) });
	return { coverage: c, warnings: warnings(c, today, intervention.endedOn), horizon };
}

export async function getIntervention(actor: Reader, id: number, today: string) {
	const intervention = await findOwned(db(), interventions, actor.districtId, id, 'Intervento');
	const rows = await interventionGrants(actor, id);
	const linked = await db()
		.select({ id: projects.id, title: projects.title })
		.from(interventionProjects)
		.innerJoin(projects, eq(projects.id, interventionProjects.projectId))
		.where(eq(interventionProjects.interventionId, id));
	return { intervention, grants: rows, projects: linked, ...coverageOf(intervention, rows, today) };
}

/** For the district dashboard: gaps opening within 6 months, single grants ending within 12. */
export async function fundingWarnings(actor: Reader, today: string) {
	const [list, rows] = await Promise.all([listInterventions(actor), interventionGrants(actor)]);
	return list
		.map((intervention) => ({
			intervention: { id: intervention.id, name: intervention.name },
			...coverageOf(
				intervention,
				rows.filter((r) => r.interventionId === intervention.id),
				today
			).warnings
		}))
		.filter((w) => w.gapsSoon.length || w.singleEnding);
}
