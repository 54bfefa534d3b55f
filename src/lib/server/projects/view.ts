// What project forms offer: the district's areas and objectives (grouped by plan), LEPS, sources.
import { asc, eq } from 'drizzle-orm';
import { db } from '../db';
import { areas, objectives, plans } from '../planning/schema';
import { LEPS } from '$lib/leps';

export async function projectChoices(districtId: number) {
	const [areaRows, objectiveRows] = await Promise.all([
		db().select({ id: areas.id, code: areas.code, name: areas.name }).from(areas).where(eq(areas.districtId, districtId)).orderBy(asc(areas.position), asc(areas.code)),
		db()
			.select({ id: objectives.id, code: objectives.code, title: objectives.title, plan: plans.title })
			.from(objectives)
			.innerJoin(plans, eq(plans.id, objectives.planId))
			.where(eq(objectives.districtId, districtId))
			.orderBy(asc(plans.startYear), asc(objectives.position), asc(objectives.code))
	]);
	return {
		areas: areaRows.map((a) => ({ value: String(a.id), label: `${a.code}) ${a.name}` })),
		objectives: objectiveRows.map((o) => ({ value: String(o.id), label: `${o.plan} · ${o.code} ${o.title.length > 90 ? `${o.title.slice(0, 88)}…` : o.title}` })),
		leps: LEPS.map((l) => ({ value: l.code, label: l.label }))
	};
}
