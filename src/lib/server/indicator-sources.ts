// What the indicator form offers for the parameters of each computed source: the district's
// roundtables, projects, objectives, services with their places, organisations and the
// roles of the people trained. Read from every module that registers a source.
import { and, asc, eq } from 'drizzle-orm';
import { db } from './db';
import type { Actor } from './kernel';
import { listOrganisations } from './organisations';
import { projectChoices } from './projects';
import { projects } from './projects';
import { listRoundtables } from './roundtables';
import { serviceLocations, services, serviceTexts } from './catalogue';
import { traineeRoles } from './training';

export type SourceChoices = Awaited<ReturnType<typeof sourceChoices>>;

export async function sourceChoices(actor: Actor) {
	const [roundtables, projectRows, { objectives }, serviceRows, organisations, roles] = await Promise.all([
		listRoundtables(actor),
		db()
			.select({ id: projects.id, title: projects.title })
			.from(projects)
			.where(eq(projects.districtId, actor.districtId))
			.orderBy(asc(projects.title)),
		projectChoices(actor),
		db()
			.select({
				id: services.id,
				title: serviceTexts.title,
				locationId: serviceLocations.id,
				place: serviceLocations.name
			})
			.from(services)
			.innerJoin(serviceTexts, and(eq(serviceTexts.serviceId, services.id), eq(serviceTexts.lang, 'it')))
			.leftJoin(serviceLocations, eq(serviceLocations.serviceId, services.id))
			.where(eq(services.districtId, actor.districtId))
			.orderBy(asc(serviceTexts.title), asc(serviceLocations.name)),
		listOrganisations(actor),
		traineeRoles(actor)
	]);
	const option = (value: number | string, label: string) => ({ value: String(value), label });
	return {
		roundtables: roundtables.map((r) => option(r.id, r.name)),
		projects: projectRows.map((p) => option(p.id, p.title)),
		objectives,
		services: [...new Map(serviceRows.map((s) => [s.id, option(s.id, s.title)])).values()],
		locations: serviceRows
			.filter((s) => s.locationId !== null)
			.map((s) => option(s.locationId!, `${s.title} · ${s.place}`)),
		organisations: organisations.map((o) => option(o.id, o.name)),
		roles: roles.map((r) => option(r, r))
	};
}
