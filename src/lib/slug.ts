/** Identifiers of districts, plans and services in URLs: lowercase letters, digits, single hyphens. */
export const SLUG = /^[a-z0-9]+(-[a-z0-9]+)*$/;
