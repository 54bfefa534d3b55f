import type { ParamMatcher } from '@sveltejs/kit';
import { SLUG } from '$lib/slug';

/** District and plan identifiers in URLs: anything else is a 404 before it reaches a query. */
export const match: ParamMatcher = (param) => SLUG.test(param) && param.length <= 60;
