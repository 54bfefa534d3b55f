// Staff authentication through better-auth: password hashing, sessions in httpOnly cookies.
import { betterAuth } from 'better-auth';
import { drizzleAdapter } from 'better-auth/adapters/drizzle';
import { parseSetCookieHeader, toCookieOptions } from 'better-auth/cookies';
import type { Cookies } from '@sveltejs/kit';
import { db } from '../db';
import { users, sessions, authAccounts, verifications } from './schema';
import { installationSecret } from '../security';

/** A session lasts this long without use, and is renewed while it is used... */
export const SESSION_HOURS = 8;
/** ...but never beyond this many hours after sign-in (PDZ_SESSION_MAX_HOURS, default 12). */
export function sessionMaxHours(): number {
	const hours = Number(process.env.PDZ_SESSION_MAX_HOURS);
	return Number.isFinite(hours) && hours > 0 ? hours : 12;
}

/** Copies the cookies better-auth set on its response onto SvelteKit's response. */
export function applyAuthCookies(cookies: Cookies, headers: Headers | undefined) {
	const setCookie = headers?.get('set-cookie');
	if (!setCookie) return;
	for (const [name, attributes] of parseSetCookieHeader(setCookie)) {
		cookies.set(name, attributes.value, { ...toCookieOptions(attributes), path: attributes.path || '/' });
	}
}

function createAuth(secret: string) {
	const origin = process.env.ORIGIN ?? 'http://localhost:3000';
	return betterAuth({
		secret,
		baseURL: origin,
		trustedOrigins: [origin],
		telemetry: { enabled: false },
		database: drizzleAdapter(db(), {
			provider: 'pg',
			schema: { user: users, session: sessions, account: authAccounts, verification: verifications }
		}),
		emailAndPassword: { enabled: true, disableSignUp: true, minPasswordLength: 10, maxPasswordLength: 128 },
		// pdz's own column: better-auth reads it with the person, never lets a request set it.
		user: {
			additionalFields: {
				passwordChangeRequired: { type: 'boolean', required: false, defaultValue: false, input: false }
			}
		},
		session: { expiresIn: SESSION_HOURS * 3600, updateAge: 3600 },
		// Login is throttled by our own database-backed limiter (security/rate-limit.ts).
		rateLimit: { enabled: false },
		advanced: {
			useSecureCookies: origin.startsWith('https://'),
			defaultCookieAttributes: { httpOnly: true, sameSite: 'lax' },
			database: { generateId: () => crypto.randomUUID() }
		},
		logger: { level: 'error' }
	});
}

let instance: ReturnType<typeof createAuth> | undefined;

export async function initAuth() {
	instance = createAuth(process.env.BETTER_AUTH_SECRET || (await installationSecret('auth-secret')));
	return instance;
}

export function auth() {
	if (!instance) throw new Error('Autenticazione non inizializzata');
	return instance;
}
