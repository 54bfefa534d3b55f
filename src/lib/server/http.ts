// The glue between routes and services: who is acting, and how service errors become
// pages (404, 403) or form results (Italian messages next to the fields, values kept).
import { error, fail, redirect, type RequestEvent } from '@sveltejs/kit';
import { ConflictError, ForbiddenError, NotFoundError, ValidationError } from './errors';
import { actorIn } from './accounts/service';
import type { Actor } from './accounts/policy';
import { formValues } from './validation';
import type { FormResult } from '$lib/forms';

/** The acting user in the district of the URL; redirects to login or refuses. */
export async function requireActor(event: Pick<RequestEvent, 'locals' | 'params' | 'url'>): Promise<Actor> {
	const user = event.locals.user;
	if (!user) redirect(303, `/accesso?next=${encodeURIComponent(event.url.pathname + event.url.search)}`);
	const actor = await actorIn(user, event.params.district ?? '');
	if (!actor) error(403, 'Non fai parte di questo ambito.');
	return actor;
}

/** A positive integer id from the URL, or a 404 page. */
export function idParam(raw: string | undefined): number {
	if (!raw || !/^\d{1,9}$/.test(raw)) error(404, 'Pagina non trovata');
	return Number(raw);
}

/** Runs `load` and turns NotFound and Forbidden into the right error page. */
export async function orNotFound<T>(load: () => Promise<T>): Promise<T> {
	try {
		return await load();
	} catch (e) {
		if (e instanceof NotFoundError) error(404, e.message);
		if (e instanceof ForbiddenError) error(403, e.message);
		throw e;
	}
}


/**
 * Handles a form post: parses the fields, calls the service, and returns either success
 * (or a redirect), or the errors with the values the person typed.
 */
export async function submit(
	request: Request,
	run: (values: Record<string, string>) => Promise<unknown>,
	options: { redirectTo?: (result: unknown) => string } = {}
) {
	let values: Record<string, string>;
	try {
		values = formValues(await request.formData());
	} catch {
		return fail(400, { errors: { _form: 'Modulo non valido.' } } satisfies FormResult);
	}
	const formId = values.formId;
	let result: unknown;
	try {
		result = await run(values);
	} catch (e) {
		if (e instanceof ValidationError) return fail(400, { formId, values, errors: e.fields } satisfies FormResult);
		if (e instanceof ConflictError) {
			const conflict = e.current;
			return fail(409, {
				formId,
				values: { ...values, version: String(conflict.version) },
				conflict,
				errors: { _form: e.message }
			} satisfies FormResult);
		}
		if (e instanceof ForbiddenError) error(403, e.message);
		if (e instanceof NotFoundError) error(404, e.message);
		throw e;
	}
	if (options.redirectTo) redirect(303, options.redirectTo(result));
	return { formId, saved: true } satisfies FormResult;
}

