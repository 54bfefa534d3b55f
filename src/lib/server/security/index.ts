// Security: rate limits shared by every app instance, and the installation's own settings and
// secrets, and the response headers (headers.js, plain JavaScript: the static file server reads it too).
export {
	reserve,
	reserveAll,
	reserveAllIn,
	reservationSql,
	waitForAll,
	release,
	reset,
	addressKey,
	type Rule,
	type Reservation
} from './rate-limit';
export { getSetting, setSetting, installationSecret } from './settings';
export { rateLimits, installationSettings } from './schema';
export { securityHeaders, STRICT_CSP } from './headers.js';
