import { can } from '$lib/server/kernel';
import { error } from '@sveltejs/kit';
import { changeRole, createAccount, endSessions, listMembers, removeMember, setPassword } from '$lib/server/accounts';
import { submit } from '$lib/server/http';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = async ({ parent }) => {
	const { actor } = await parent();
	if (!can(actor, 'accounts.manage')) error(403, 'Solo l’Ufficio di Piano gestisce gli account.');
	return { members: await listMembers(actor) };
};

export const actions: Actions = {
	create: async (event) => {
		const actor = event.locals.actor;
		return submit(event.request, (v) => createAccount(actor, v));
	},
	role: async (event) => {
		const actor = event.locals.actor;
		return submit(event.request, (v) => changeRole(actor, v.userId ?? '', v));
	},
	password: async (event) => {
		const actor = event.locals.actor;
		return submit(event.request, (v) => setPassword(actor, v.userId ?? '', v));
	},
	sessions: async (event) => {
		const actor = event.locals.actor;
		return submit(event.request, (v) => endSessions(actor, v.userId ?? ''));
	},
	remove: async (event) => {
		const actor = event.locals.actor;
		return submit(event.request, (v) => removeMember(actor, v.userId ?? ''));
	}
};
