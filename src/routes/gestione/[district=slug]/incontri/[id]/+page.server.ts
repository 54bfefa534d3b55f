import { getMeeting, meetingFormValues, recordAttendance, updateMeeting } from '$lib/server/roundtables/service';
import { districtPhases, managesMeetingsOf } from '$lib/server/roundtables/view';
import { idParam, orNotFound, requireActor, submit } from '$lib/server/http';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = async ({ parent, params }) => {
	const { district, actor } = await parent();
	const detail = await orNotFound(() => getMeeting(district.id, idParam(params.id)));
	return {
		...detail,
		stored: meetingFormValues(detail.meeting),
		manage: managesMeetingsOf(actor, detail.roundtable),
		phases: await districtPhases(district.id)
	};
};

export const actions: Actions = {
	update: async (event) => {
		const actor = await requireActor(event);
		return submit(event.request, (v) => updateMeeting(actor, idParam(event.params.id), v));
	},
	attendance: async (event) => {
		const actor = await requireActor(event);
		return submit(event.request, (v) => recordAttendance(actor, idParam(event.params.id), v));
	}
};
