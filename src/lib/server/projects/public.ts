// The projects as the public sees them: those past the office's own drafting (under
// evaluation, financed, running, closed), with their lead and partners (organisations), the
// plan's areas they serve and the names of the sources that fund them. Never amounts,
// documents, co-design procedures, beneficiaries or notes; never ideas, submissions or
// rejected proposals.
import { and, asc, desc, eq, inArray, sql } from 'drizzle-orm';
import { db } from '../db';
import { organisations } from '../organisations';
import { areas, plans } from '../planning';
import { fundingSources, grants, projectAreas, projectPartners, projects, PUBLIC_PROJECT_STATUSES } from './schema';
import type { ProjectFilters } from './input';

const PUBLIC = inArray(projects.status, [...PUBLIC_PROJECT_STATUSES]);

/** What the filters offer: only areas and sources that some public project has. */
export async function publicProjectChoices(districtId: number) {
	const [areaRows, sources] = await Promise.all([
		db()
			.selectDistinct({
				id: areas.id,
				code: areas.code,
				name: areas.name,
				position: areas.position,
				planId: plans.id,
				plan: plans.title,
				startYear: plans.startYear
			})
			.from(areas)
			.innerJoin(projectAreas, eq(projectAreas.areaId, areas.id))
			.innerJoin(projects, eq(projects.id, projectAreas.projectId))
			.leftJoin(plans, eq(plans.id, areas.planId))
			.where(and(eq(projects.districtId, districtId), PUBLIC))
			.orderBy(sql`${plans.startYear} desc nulls last`, asc(areas.position), asc(areas.code)),
		db()
			.selectDistinct({ id: fundingSources.id, name: fundingSources.name })
			.from(fundingSources)
			.innerJoin(grants, eq(grants.sourceId, fundingSources.id))
			.innerJoin(projects, eq(projects.id, grants.projectId))
			.where(and(eq(projects.districtId, districtId), PUBLIC))
			.orderBy(asc(fundingSources.name))
	]);
	return { areas: areaRows.map(({ id, code, name, planId, plan }) => ({ id, code, name, planId, plan })), sources };
}

/**
 * The public projects matching the filters. A filter naming an area or source that no public
 * project has (another district's, a typo) is dropped and reported in `ignored`.
 */
export async function publicProjects(districtId: number, asked: ProjectFilters) {
	const choices = await publicProjectChoices(districtId);
	const area = asked.area && choices.areas.some((a) => a.id === asked.area) ? asked.area : undefined;
	const source = asked.source && choices.sources.some((s) => s.id === asked.source) ? asked.source : undefined;
	const filters = { area, source, status: asked.status };
	const ignored = asked.ignored || (!!asked.area && !area) || (!!asked.source && !source);
	const rows = await db()
		.select({
			id: projects.id,
			title: projects.title,
			description: projects.description,
			status: projects.status,
			startsOn: projects.startsOn,
			endsOn: projects.endsOn,
			exampleData: projects.exampleData,
			updatedAt: projects.updatedAt,
			leadId: projects.leadOrganisationId,
			lead: organisations.name
		})
		.from(projects)
		.leftJoin(organisations, eq(organisations.id, projects.leadOrganisationId))
		.where(
			and(
				eq(projects.districtId, districtId),
				PUBLIC,
				filters.status ? eq(projects.status, filters.status) : undefined,
				area
					? sql`exists (select 1 from ${projectAreas} pa where pa.project_id = ${projects.id} and pa.area_id = ${area})`
					: undefined,
				source
					? sql`exists (select 1 from ${grants} g where g.project_id = ${projects.id} and g.source_id = ${source})`
					: undefined
			)
		)
		.orderBy(sql`${projects.startsOn} desc nulls last`, asc(projects.title));
	const ids = rows.map((r) => r.id);
	const [areaLinks, sourceLinks, latest] = await Promise.all([
		ids.length
			? db()
					.select({ projectId: projectAreas.projectId, code: areas.code, name: areas.name, plan: plans.slug })
					.from(projectAreas)
					.innerJoin(areas, eq(areas.id, projectAreas.areaId))
					.leftJoin(plans, eq(plans.id, areas.planId))
					.where(inArray(projectAreas.projectId, ids))
					.orderBy(sql`${plans.startYear} desc nulls last`, asc(areas.position), asc(areas.code))
			: [],
		ids.length
			? db()
					.selectDistinct({ projectId: grants.projectId, name: fundingSources.name })
					.from(grants)
					.innerJoin(fundingSources, eq(fundingSources.id, grants.sourceId))
					.where(inArray(grants.projectId, ids))
					.orderBy(asc(fundingSources.name))
			: [],
		// The list changed last when any public project did, whatever the filters.
		db()
			.select({ at: projects.updatedAt })
			.from(projects)
			.where(and(eq(projects.districtId, districtId), PUBLIC))
			.orderBy(desc(projects.updatedAt))
			.limit(1)
	]);
	return {
		filters,
		ignored,
		choices,
		projects: rows.map(({ updatedAt: _, ...p }) => ({
			...p,
			areas: areaLinks.filter((a) => a.projectId === p.id).map(({ code, name, plan }) => ({ code, name, plan })),
			sources: sourceLinks.filter((s) => s.projectId === p.id).map((s) => s.name)
		})),
		updatedAt: latest[0]?.at ?? null
	};
}

/** A public project (see PUBLIC_PROJECT_STATUSES), as the public may see it: no amounts, no documents, no internal notes. */
export async function publicProject(districtId: number, id: number) {
	const [p] = await db()
		.select({
			id: projects.id,
			title: projects.title,
			description: projects.description,
			status: projects.status,
			startsOn: projects.startsOn,
			endsOn: projects.endsOn,
			targetGroups: projects.targetGroups,
			exampleData: projects.exampleData,
			leadId: projects.leadOrganisationId,
			lead: organisations.name
		})
		.from(projects)
		.leftJoin(organisations, eq(organisations.id, projects.leadOrganisationId))
		.where(
			and(
				eq(projects.districtId, districtId),
				eq(projects.id, id),
				inArray(projects.status, [...PUBLIC_PROJECT_STATUSES])
			)
		);
	if (!p) return null;
	const [partners, projectAreaRows, sources] = await Promise.all([
		db()
			.select({ id: organisations.id, name: organisations.name, role: projectPartners.role })
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
		// The sources' names only, never the amounts.
		db()
			.selectDistinct({ name: fundingSources.name })
			.from(grants)
			.innerJoin(fundingSources, eq(fundingSources.id, grants.sourceId))
			.where(eq(grants.projectId, id))
			.orderBy(asc(fundingSources.name))
	]);
	return { project: p, partners, areas: projectAreaRows, sources: sources.map((s) => s.name) };
}
