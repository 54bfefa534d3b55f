import { fail, redirect } from '@sveltejs/kit';
import { ValidationError } from '$lib/server/errors';
import { idParam, readValues } from '$lib/server/http';
import {
	assignGroup,
	createGroup,
	deleteGroup,
	deleteNote,
	editNote,
	joinableOrganisations,
	joinWall,
	mergeNote,
	postNote,
	setNoteVisible,
	setPosting,
	setVoting,
	startTimer,
	stopTimer,
	undoWallAction,
	unvote,
	vote,
	wallHeader,
	wallState,
	noteId,
	setGuestCookie,
	wallAction,
	wallAndViewer,
	wallHealth
} from '$lib/server/wall';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = async (event) => {
	const { wall, viewer } = await wallAndViewer(event);
	if (!viewer.canRead) {
		const [header, organisations] = await Promise.all([wallHeader(wall), joinableOrganisations(wall)]);
		return {
			token: wall.joinToken,
			joined: false as const,
			wall: header,
			organisations,
			loggedIn: !!event.locals.user
		};
	}
	const state = await wallState(wall, viewer);
	return {
		token: wall.joinToken,
		joined: true as const,
		...state,
		join: viewer.facilitator ? { code: wall.joinCode, link: `${event.url.origin}/parete/${wall.joinToken}` } : null,
		// The room's health, for the facilitator: the live page updates it every few seconds.
		health: viewer.facilitator ? wallHealth(wall.id) : null
	};
};

export const actions: Actions = {
	join: async (event) => {
		const values = await readValues(event.request);
		const { wall, viewer } = await wallAndViewer(event);
		try {
			const { cookie } = await joinWall(
				wall,
				values,
				event.getClientAddress(),
				viewer.actor ? null : viewer.participant
			);
			if (cookie) setGuestCookie(event.cookies, event.url, wall.joinToken, cookie);
		} catch (e) {
			if (e instanceof ValidationError) return fail(400, { formId: 'join', values, errors: e.fields });
			throw e;
		}
		redirect(303, `/parete/${wall.joinToken}`);
	},
	post: (event) => wallAction(event, (wall, viewer, v) => postNote(wall, viewer, v, event.getClientAddress())),
	edit: (event) =>
		wallAction(event, (wall, viewer, v) => editNote(wall, viewer, noteId(v), v, event.getClientAddress())),
	delete: (event) => wallAction(event, (wall, viewer, v) => deleteNote(wall, viewer, noteId(v))),
	vote: (event) => wallAction(event, (wall, viewer, v) => vote(wall, viewer, noteId(v))),
	unvote: (event) => wallAction(event, (wall, viewer, v) => unvote(wall, viewer, noteId(v))),
	hide: (event) => wallAction(event, (wall, viewer, v) => setNoteVisible(wall, viewer, noteId(v), false)),
	restore: (event) => wallAction(event, (wall, viewer, v) => setNoteVisible(wall, viewer, noteId(v), true)),
	merge: (event) => wallAction(event, (wall, viewer, v) => mergeNote(wall, viewer, noteId(v), v)),
	group: (event) => wallAction(event, (wall, viewer, v) => assignGroup(wall, viewer, noteId(v), v)),
	newGroup: (event) => wallAction(event, (wall, viewer, v) => createGroup(wall, viewer, v)),
	deleteGroup: (event) => wallAction(event, (wall, viewer, v) => deleteGroup(wall, viewer, idParam(v.groupId))),
	posting: (event) => wallAction(event, (wall, viewer, v) => setPosting(wall, viewer, v.open === '1')),
	voting: (event) => wallAction(event, (wall, viewer, v) => setVoting(wall, viewer, v.open === '1')),
	timer: (event) => wallAction(event, (wall, viewer, v) => startTimer(wall, viewer, v)),
	stopTimer: (event) => wallAction(event, (wall, viewer) => stopTimer(wall, viewer)),
	undo: (event) => wallAction(event, (wall, viewer, v) => undoWallAction(wall, viewer, idParam(v.actionId)))
};
