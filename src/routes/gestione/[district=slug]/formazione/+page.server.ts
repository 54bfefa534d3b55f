import { createCourse, listCourses, operatorsTrained, sessionsHeld } from '$lib/server/training';
import { listProjects } from '$lib/server/projects';
import { db } from '$lib/server/db';
import { orNotFound, submit } from '$lib/server/http';
import { romeToday } from '$lib/server/planning';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = async ({ parent, locals, url }) => {
	const { permissions } = await parent();
	const actor = locals.actor;
	const courses = await orNotFound(() => listCourses(actor));
	// A year's figures, as the indicators compute them: this year unless another year with
	// sessions is asked for (?anno=2022).
	const thisYear = romeToday().slice(0, 4);
	const years = [
		...new Set([
			thisYear,
			...courses.flatMap((c) => [c.firstDay, c.lastDay]).flatMap((d) => (d ? [d.slice(0, 4)] : []))
		])
	].sort((a, b) => b.localeCompare(a));
	const asked = url.searchParams.get('anno') ?? '';
	const year = years.includes(asked) ? asked : thisYear;
	const period = { startsOn: `${year}-01-01`, endsOn: `${year}-12-31` };
	const [held, trained] = await Promise.all([
		sessionsHeld(db(), actor.districtId, period),
		operatorsTrained(db(), actor.districtId, period)
	]);
	return {
		courses,
		year,
		years,
		held,
		trained,
		projects: permissions.training
			? (await listProjects(actor)).projects.map((p) => ({ id: p.id, title: p.title }))
			: []
	};
};

export const actions: Actions = {
	create: async (event) => {
		const actor = event.locals.actor;
		return submit(event.request, (v) => createCourse(actor, v), {
			redirectTo: (c) => `/gestione/${event.params.district}/formazione/${(c as { id: number }).id}`
		});
	}
};
