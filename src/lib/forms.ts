// What a form action returns, and the values a form shows (shared by server and pages).
export interface FormResult {
	formId?: string;
	values?: Record<string, string>;
	errors?: Record<string, string>;
	conflict?: Record<string, unknown>;
	/** Fields whose saved value differs from what was typed, after a conflict. */
	differs?: string[];
	saved?: boolean;
	/** Something the person should know about a successful save. */
	notice?: string;
}

/**
 * The values to show in a form: what was typed when that form failed, else the stored ones.
 * Stored decimals of the `numeric` fields are shown the Italian way ("7,125"), as the
 * server reads a dot followed by three digits as thousands.
 */
export function formState<T extends Record<string, unknown>>(result: FormResult | null | undefined, formId: string, stored: T, numeric: string[] = []) {
	if (result?.formId === formId && result.values) return { values: result.values as Record<string, string>, errors: result.errors ?? {} };
	const values: Record<string, string> = {};
	for (const [k, v] of Object.entries(stored)) {
		const text = v === null || v === undefined ? '' : v === true ? 'on' : v === false ? '' : String(v);
		values[k] = numeric.includes(k) ? text.replace('.', ',') : text;
	}
	return { values, errors: (result?.formId === formId && result.errors) || {} };
}
