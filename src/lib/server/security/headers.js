// Security headers for every response. adapter-node serves static files (/_app, favicon) before
// the app's hooks run, so scripts/start.js sets these on the raw response first; hooks.server.ts
// sets them again on what the app answers. Pages set their own Content-Security-Policy
// (svelte.config.js); anything else (SVG, iCal, CSV, JSON, files, scripts) gets the strictest.

/** A policy for what is not a page: nothing loads, nothing runs (inline style for SVG charts). */
export const STRICT_CSP = "default-src 'none'; style-src 'unsafe-inline'; frame-ancestors 'none'; sandbox";

/**
 * @param {boolean} https whether the site is served over https (HSTS)
 * @returns {Record<string, string>}
 */
export function securityHeaders(https) {
	return {
		'x-content-type-options': 'nosniff',
		'x-frame-options': 'DENY',
		'referrer-policy': 'strict-origin-when-cross-origin',
		'permissions-policy': 'camera=(), microphone=(), geolocation=(), interest-cohort=()',
		'cross-origin-opener-policy': 'same-origin',
		...(https ? { 'strict-transport-security': 'max-age=31536000; includeSubDomains' } : {})
	};
}
