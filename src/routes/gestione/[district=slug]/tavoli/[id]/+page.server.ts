import { can } from '$lib/server/kernel';
import {
	addMember,
	canManageMeetingsOf,
	createMeeting,
	getRoundtable,
	recordLeave,
	updateRoundtable
} from '$lib/server/roundtables';
import { listOrganisations } from '$lib/server/organisations';
import { listAllAreas } from '$lib/server/planning';
import { listStaffByRole } from '$lib/server/accounts';
import { districtPhases } from '$lib/server/roundtables';
import { idParam, orNotFound, submit } from '$lib/server/http';
import { createWall, wallsOfRoundtable } from '$lib/server/wall';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = async ({ parent, params, locals }) => {
	const { actor } = await parent();
	const detail = await orNotFound(() => getRoundtable(locals.actor, idParam(params.id)));
	const manage = can(actor, 'roundtables.manage');
	const manageMeetings = canManageMeetingsOf(actor, detail.roundtable);
	const [staff, areas, organisations, phases] = await Promise.all([
		can(actor, 'people.read') ? listStaffByRole(actor, ['coordinator', 'admin']) : [],
		manage ? listAllAreas(locals.actor) : [],
		manage ? listOrganisations(locals.actor) : [],
		manageMeetings ? districtPhases(locals.actor) : []
	]);
	const walls = await wallsOfRoundtable(actor, detail.roundtable.id);
	const linked = new Set(detail.areas.map((a) => a.id));
	const active = new Set(detail.members.filter((x) => x.member.leftOn === null).map((x) => x.organisation.id));
	return {
		...detail,
		manageMeetings,
		coordinator: staff.find((s) => s.id === detail.roundtable.coordinatorId)?.name ?? null,
		coordinators: manage ? staff : [],
		areaChoices: areas.filter((a) => a.active || linked.has(a.id)),
		joinable: organisations.filter((o) => !active.has(o.id)).map((o) => ({ id: o.id, name: o.name })),
		phases,
		walls
	};
};

export const actions: Actions = {
	openWall: async (event) => {
		const actor = event.locals.actor;
		return submit(event.request, () => createWall(actor, { roundtableId: idParam(event.params.id) }), {
			redirectTo: (w) => `/parete/${(w as { joinToken: string }).joinToken}`
		});
	},
	update: async (event) => {
		const actor = event.locals.actor;
		return submit(event.request, (v) => updateRoundtable(actor, idParam(event.params.id), v));
	},
	addMember: async (event) => {
		const actor = event.locals.actor;
		return submit(event.request, (v) => addMember(actor, idParam(event.params.id), v));
	},
	recordLeave: async (event) => {
		const actor = event.locals.actor;
		return submit(event.request, (v) => recordLeave(actor, idParam(v.id), v));
	},
	createMeeting: async (event) => {
		const actor = event.locals.actor;
		return submit(event.request, (v) => createMeeting(actor, { roundtableId: idParam(event.params.id) }, v), {
			redirectTo: (x) => `/gestione/${event.params.district}/incontri/${(x as { id: number }).id}`
		});
	}
};
