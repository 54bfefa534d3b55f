import { fail } from '@sveltejs/kit';
import { getTemplate, saveTemplate } from '$lib/server/documents/template';
import { ConflictError, ValidationError } from '$lib/server/errors';
import { parseForm } from '$lib/server/http';
import { formValues } from '$lib/server/validation';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = async (event) => {
	const { district } = await event.parent();
	const { logo, ...template } = await getTemplate(district.id);
	return { template: { ...template, hasLogo: !!logo } };
};

export const actions: Actions = {
	save: async (event) => {
		const actor = event.locals.actor;
		const form = await parseForm(event.request);
		if (!form) return fail(400, { formId: 'template', errors: { _form: 'Modulo non valido.' } });
		const logo = form.get('logo');
		form.delete('logo');
		const values = formValues(form);
		try {
			await saveTemplate(actor, values, logo instanceof File ? logo : null);
		} catch (e) {
			if (e instanceof ValidationError) return fail(400, { formId: 'template', values, errors: e.fields });
			if (e instanceof ConflictError) return fail(409, { formId: 'template', values: { ...values, version: String(e.current.version) }, conflict: e.current, errors: { _form: e.message } });
			throw e;
		}
		return { formId: 'template', saved: true };
	}
};
