// Security: rate limits shared by every app instance, and the installation's own settings and
// secrets. (The response headers are headers.js, read by the server hook and the static server.)
export { reserve, reserveAll, release, reset, addressKey, type Rule, type Reservation } from './rate-limit';
export { getSetting, setSetting, installationSecret } from './settings';
export { rateLimits, installationSettings } from './schema';
