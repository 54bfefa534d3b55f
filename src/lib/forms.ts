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
export function formState<T extends Record<string, unknown>>(
	result: FormResult | null | undefined,
	formId: string,
	stored: T,
	numeric: string[] = []
) {
	if (result?.formId === formId && result.values)
		return { values: result.values as Record<string, string>, errors: result.errors ?? {} };
	const values: Record<string, string> = {};
	for (const [k, v] of Object.entries(stored)) {
		const text = v === null || v === undefined ? '' : v === true ? 'on' : v === false ? '' : String(v);
		values[k] = numeric.includes(k) ? text.replace('.', ',') : text;
	}
	return { values, errors: (result?.formId === formId && result.errors) || {} };
}

/** One form of a page: its id (typed once), the values to show, the errors by field, and the last result if it was this form's. */
export interface Form {
	id: string;
	values: Record<string, string>;
	errors: Record<string, string>;
	result: FormResult | null;
}

/**
 * The state of form `id` on a page, from the page's `form` prop (the last action's result)
 * and the stored record. Passed to `<Form>`, which adds the hidden id (and version), and to
 * each `<Field form name>`.
 */
export function useForm<T extends Record<string, unknown>>(
	result: FormResult | null | undefined,
	id: string,
	stored: T = {} as T,
	numeric: string[] = []
): Form {
	const { values, errors } = formState(result, id, stored, numeric);
	return { id, values, errors, result: result?.formId === id ? result : null };
}
