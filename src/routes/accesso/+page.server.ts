import { fail, redirect } from '@sveltejs/kit';
import { signIn } from '$lib/server/accounts/service';
import { applyAuthCookies } from '$lib/server/accounts/auth';
import { ValidationError } from '$lib/server/errors';
import type { Actions, PageServerLoad } from './$types';

function safeNext(raw: string | null): string {
	return raw && raw.startsWith('/') && !raw.startsWith('//') ? raw : '/gestione';
}

export const load: PageServerLoad = async ({ locals, url }) => {
	if (locals.user) redirect(303, safeNext(url.searchParams.get('next')));
	return {};
};

export const actions: Actions = {
	default: async ({ request, cookies, getClientAddress, url }) => {
		const form = await request.formData();
		const email = String(form.get('email') ?? '');
		const input = { email, password: String(form.get('password') ?? '') };
		try {
			const result = await signIn(input, getClientAddress(), request.headers);
			if (!result.ok) return fail(result.retryAfter ? 429 : 400, { email, errors: result.errors });
			applyAuthCookies(cookies, result.headers);
		} catch (e) {
			if (e instanceof ValidationError) return fail(400, { email, errors: e.fields });
			throw e;
		}
		redirect(303, safeNext(url.searchParams.get('next')));
	}
};
