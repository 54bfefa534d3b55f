// What a form action returns, and the values a form shows (shared by server and pages).
export interface FormResult {
	formId?: string;
	values?: Record<string, string>;
	errors?: Record<string, string>;
	conflict?: Record<string, unknown>;
	saved?: boolean;
}

/** The values to show in a form: what was typed when that form failed, else the stored ones. */
export function formState<T extends Record<string, unknown>>(result: FormResult | null | undefined, formId: string, stored: T) {
	if (result?.formId === formId && result.values) return { values: result.values as Record<string, string>, errors: result.errors ?? {} };
	const values: Record<string, string> = {};
	for (const [k, v] of Object.entries(stored)) values[k] = v === null || v === undefined ? '' : v === true ? 'on' : v === false ? '' : String(v);
	return { values, errors: (result?.formId === formId && result.errors) || {} };
}
