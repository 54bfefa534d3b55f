import type { ParamMatcher } from '@sveltejs/kit';

/** District and plan identifiers in URLs: anything else is a 404 before it reaches a query. */
export const match: ParamMatcher = (param) => /^[a-z0-9]+(-[a-z0-9]+)*$/.test(param) && param.length <= 60;
