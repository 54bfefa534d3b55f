// The glue between routes and services: how service errors become
// pages (404, 403) or form results (Italian messages next to the fields, values kept).
import { error, fail, redirect } from '@sveltejs/kit';
import { ConflictError, ForbiddenError, NotFoundError, ValidationError } from './errors';
import { formValues } from './validation';
import type { FormResult } from '$lib/forms';

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

/** Fields a form may carry: the largest (an attendance register) has a few hundred. */
export const MAX_FIELDS = 2000;
const UNREADABLE = 'Il modulo inviato non si può leggere: ricarica la pagina e riprova.';

/**
 * The form a request carries, or null for a body that is not one: another content type, a
 * multipart body without boundary or cut short, too many fields, a NUL character.
 */
export async function parseForm(request: Request): Promise<FormData | null> {
	let form: FormData;
	try {
		form = await request.formData();
	} catch {
		return null;
	}
	let fields = 0;
	for (const [k, v] of form.entries()) {
		if (++fields > MAX_FIELDS || k.includes('\0') || (typeof v === 'string' && v.includes('\0'))) return null;
	}
	return form;
}

/** Every action reads its body through this (or `submit`): a body it cannot read is a 400 page, never a 500. */
export async function readForm(request: Request): Promise<FormData> {
	return (await parseForm(request)) ?? error(400, UNREADABLE);
}

/** The text fields of the request's form (see readForm). */
export async function readValues(request: Request): Promise<Record<string, string>> {
	return formValues(await readForm(request));
}

/**
 * Handles a form post: parses the fields, calls the service, and returns either success
 * (or a redirect), or the errors with the values the person typed. `run` also gets the
 * whole form, for the files it carries.
 */
export async function submit(
	request: Request,
	run: (values: Record<string, string>, form: FormData) => Promise<unknown>,
	options: { redirectTo?: (result: unknown) => string } = {}
) {
	const form = await parseForm(request);
	if (!form) return fail(400, { errors: { _form: UNREADABLE } } satisfies FormResult);
	const values = formValues(form);
	const formId = values.formId;
	let result: unknown;
	try {
		result = await run(values, form);
	} catch (e) {
		if (e instanceof ValidationError) return fail(400, { formId, values, errors: e.fields } satisfies FormResult);
		if (e instanceof ConflictError) {
			const conflict = e.current;
			return fail(409, {
				formId,
				values: { ...values, version: String(conflict.version) },
				conflict,
				differs: Object.keys(values).filter(
					(k) => k in conflict && !NOT_DATA.has(k) && asFormValue(conflict[k]) !== values[k].trim()
				),
				errors: { _form: e.message }
			} satisfies FormResult);
		}
		if (e instanceof ForbiddenError) error(403, e.message);
		if (e instanceof NotFoundError) error(404, e.message);
		const code = databaseErrorCode(e);
		// The services validate first; these remain for races (two saves of the same code at
		// once) and for values the database alone can judge. Never a 500 for what a user sends.
		if (code === '23505')
			return fail(409, {
				formId,
				values,
				errors: {
					_form: 'Un elemento con gli stessi dati è stato appena salvato da un’altra persona: controlla e riprova.'
				}
			} satisfies FormResult);
		if (code?.startsWith('22'))
			return fail(400, {
				formId,
				values,
				errors: { _form: 'Alcuni valori non sono validi: controlla i dati inseriti.' }
			} satisfies FormResult);
		throw e;
	}
	if (options.redirectTo) redirect(303, options.redirectTo(result));
	// A command may say more than "saved" (what it sent, what it skipped); never "undefined".
	const said = typeof result === 'object' && result && 'notice' in result ? result.notice : undefined;
	const notice = typeof said === 'string' && said.trim() ? said : undefined;
	return { formId, saved: true, notice } satisfies FormResult;
}

const NOT_DATA = new Set(['formId', 'id', 'version', 'userId']);

function asFormValue(v: unknown): string {
	return v === null || v === undefined || v === false ? '' : v === true ? 'on' : String(v);
}

/** The PostgreSQL error code of `e` or of its cause (Drizzle wraps driver errors). */
function databaseErrorCode(e: unknown): string | undefined {
	for (
		let x = e as { code?: unknown; cause?: unknown } | undefined, depth = 0;
		x && depth < 3;
		x = x.cause as typeof x, depth++
	) {
		if (typeof x.code === 'string' && /^[0-9A-Z]{5}$/.test(x.code)) return x.code;
	}
	return undefined;
}
