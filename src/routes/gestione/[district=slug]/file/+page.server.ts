import { fail, redirect } from '@sveltejs/kit';
import { deleteFile, listFiles, requestFile } from '$lib/server/generation';
import { NotFoundError, ValidationError } from '$lib/server/errors';
import { idParam, orNotFound, parseForm } from '$lib/server/http';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = async (event) => {
	const actor = event.locals.actor;
	event.setHeaders({ 'cache-control': 'private, no-store' }); // files get made without a change of the district's data
	return { files: await listFiles(actor) };
};

/** What a form may ask for: the generator's kind and its known parameters. */
const PARAMS = ['plan', 'format', 'version'] as const;

export const actions: Actions = {
	request: async (event) => {
		const actor = event.locals.actor;
		const form = await parseForm(event.request);
		const kind = String(form?.get('kind') ?? '');
		const params: Record<string, string | number> = { district: event.params.district };
		for (const p of PARAMS) {
			const v = form?.get(p);
			if (typeof v === 'string' && v) params[p] = p === 'version' && /^\d{1,6}$/.test(v) ? Number(v) : v;
		}
		let id: number;
		try {
			id = (await orNotFound(() => requestFile(actor, kind, params))).id;
		} catch (e) {
			if (e instanceof ValidationError) return fail(400, { formId: 'request', errors: e.fields });
			throw e;
		}
		redirect(303, `/gestione/${event.params.district}/file/${id}`);
	},
	delete: async (event) => {
		const actor = event.locals.actor;
		const form = await parseForm(event.request);
		try {
			await deleteFile(actor, idParam(String(form?.get('id') ?? '')));
		} catch (e) {
			if (e instanceof NotFoundError) return { formId: 'delete', deleted: true }; // already gone
			throw e;
		}
		return { formId: 'delete', deleted: true };
	}
};
