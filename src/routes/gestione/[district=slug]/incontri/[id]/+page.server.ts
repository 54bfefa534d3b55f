import { fail } from '@sveltejs/kit';
import {
	canManageMeetingsOf,
	getMeeting,
	meetingFormValues,
	recordAttendance,
	updateMeeting
} from '$lib/server/roundtables';
import { inviteMembers, meetingMailing } from '$lib/server/roundtables';
import {
	addAttachment,
	commentMinutes,
	getMinutes,
	mayCommentMinutes,
	saveMinutes,
	setMinutesStatus
} from '$lib/server/roundtables';
import { ValidationError } from '$lib/server/errors';
import { districtPhases } from '$lib/server/roundtables';
import { idParam, orNotFound, parseForm, submit } from '$lib/server/http';
import { createWall, wallOfMeeting } from '$lib/server/wall';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = async ({ parent, params, locals }) => {
	const { actor } = await parent();
	const detail = await orNotFound(() => getMeeting(actor, idParam(params.id)));
	const manage = canManageMeetingsOf(actor, detail.roundtable);
	return {
		...detail,
		stored: meetingFormValues(detail.meeting),
		manage,
		// Who the invitation reaches and who it cannot (personal data: for who manages the meeting).
		mailing: manage ? await meetingMailing(actor, detail.meeting.id) : null,
		phases: await districtPhases(locals.actor),
		minutes: await getMinutes(locals.actor, detail.meeting.id),
		canComment: await mayCommentMinutes(actor, detail.meeting),
		wall: await wallOfMeeting(actor, detail.meeting.id).then(
			(w) => w && { id: w.id, token: w.joinToken, title: w.title }
		)
	};
};

export const actions: Actions = {
	update: async (event) => {
		const actor = event.locals.actor;
		return submit(event.request, (v) => updateMeeting(actor, idParam(event.params.id), v));
	},
	attendance: async (event) => {
		const actor = event.locals.actor;
		return submit(event.request, (v) => recordAttendance(actor, idParam(event.params.id), v));
	},
	invite: async (event) => {
		const actor = event.locals.actor;
		return submit(event.request, () => inviteMembers(actor, idParam(event.params.id), event.url.origin));
	},
	openWall: async (event) => {
		const actor = event.locals.actor;
		return submit(event.request, () => createWall(actor, { meetingId: idParam(event.params.id) }), {
			redirectTo: (w) => `/parete/${(w as { joinToken: string }).joinToken}`
		});
	},
	minutes: async (event) => {
		const actor = event.locals.actor;
		return submit(event.request, (v) => saveMinutes(actor, idParam(event.params.id), v));
	},
	minutesStatus: async (event) => {
		const actor = event.locals.actor;
		return submit(event.request, (v) => setMinutesStatus(actor, idParam(event.params.id), v, event.url.origin));
	},
	comment: async (event) => {
		const actor = event.locals.actor;
		return submit(event.request, (v) => commentMinutes(actor, idParam(event.params.id), v));
	},
	attach: async (event) => {
		const actor = event.locals.actor;
		const form = await parseForm(event.request);
		const file = form?.get('file');
		try {
			await addAttachment(actor, idParam(event.params.id), file instanceof File ? file : null);
		} catch (e) {
			if (e instanceof ValidationError) return fail(400, { formId: 'attach', errors: e.fields });
			throw e;
		}
		return { formId: 'attach', saved: true };
	}
};
