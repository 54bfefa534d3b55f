import { can } from '$lib/server/kernel';
import { fail, redirect } from '@sveltejs/kit';
import { createImport, listImports } from '$lib/server/exchange';
import { getPlan } from '$lib/server/planning';
import { ValidationError } from '$lib/server/errors';
import { MAX_TABLE_BYTES } from '$lib/server/tables';
import { orNotFound, parseForm } from '$lib/server/http';
import { requestFile } from '$lib/server/generation';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = async (event) => {
	const { plan } = await event.parent();
	const actor = event.locals.actor;
	return { imports: can(actor, 'planning.recordActual') ? await listImports(actor, plan.id) : null };
};

export const actions: Actions = {
	upload: async (event) => {
		const actor = event.locals.actor;
		const plan = await orNotFound(() => getPlan(actor, event.params.plan));
		const length = Number(event.request.headers.get('content-length') ?? 0);
		if (length > MAX_TABLE_BYTES + 64 * 1024)
			return fail(413, {
				formId: 'import',
				errors: { file: `Il file è troppo grande: al massimo ${MAX_TABLE_BYTES / 1024 / 1024} MB.` }
			});
		const form = await parseForm(event.request);
		const file = form?.get('file');
		let job;
		try {
			job = await orNotFound(() => createImport(actor, plan.id, file instanceof File ? file : null));
		} catch (e) {
			if (e instanceof ValidationError) return fail(400, { formId: 'import', errors: e.fields });
			throw e;
		}
		// The file is checked in the background (a large one takes minutes): its page shows the progress.
		await requestFile(actor, 'import-check', { import: job.id }).catch((e) => {
			if (!(e instanceof ValidationError)) throw e; // too much under way: the page offers to check it later
		});
		redirect(303, `/gestione/${event.params.district}/piani/${plan.slug}/dati/importazioni/${job.id}`);
	}
};
