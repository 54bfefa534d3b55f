import type { ParamMatcher } from '@sveltejs/kit';

/** The formats of exported tables. */
export const match: ParamMatcher = (param): param is 'xlsx' | 'csv' => param === 'xlsx' || param === 'csv';
