// `npm start`: build if needed, then serve. The database (embedded in ./data unless
// DATABASE_URL is set), migrations and demo data are handled by the server's init hook.
import { buildIfNeeded } from './build-if-needed.js';
import { securityHeaders, STRICT_CSP } from '../src/lib/server/security/headers.js';

process.env.PORT ??= '3000';
// adapter-node assumes https unless told otherwise: forms must work on plain http locally.
process.env.ORIGIN ??= `http://localhost:${process.env.PORT}`;
// Only this machine reaches pdz unless told otherwise: a reverse proxy on it, or a browser
// on it. HOST=0.0.0.0 opens it to the network (a container, a proxy on another machine).
process.env.HOST ??= '127.0.0.1';
// Uploads: documents and attachments up to 10 MB, spreadsheets up to 5 MB, plus the form around them.
process.env.BODY_SIZE_LIMIT ??= '12M';

// The journeys build once, then start servers of their own while others run: a rebuild then
// would pull build/ from under the running ones (PDZ_SKIP_BUILD=1, tests/setup/app.ts).
if (process.env.PDZ_SKIP_BUILD !== '1') buildIfNeeded();
const { server } = await import('../build/index.js');
// Static files (/_app, favicon) are served before the app's hooks: they get the headers here.
// What the app answers sets its own on top (a page's policy replaces the strict one).
const headers = Object.entries({
	...securityHeaders(process.env.ORIGIN.startsWith('https:')),
	'content-security-policy': STRICT_CSP
});
server.server.prependListener(
	'request',
	(/** @type {unknown} */ _req, /** @type {import('node:http').ServerResponse} */ res) => {
		for (const [name, value] of headers) res.setHeader(name, value);
		// A 304 keeps the policy of the response it revalidates: the browser replaces the stored
		// headers with those of the 304, so the strict one here would sandbox a page seen again
		// (SvelteKit's own 304 for an unchanged page carries no policy of its own).
		const writeHead = res.writeHead;
		res.writeHead = /** @type {typeof res.writeHead} */ (
			function (/** @type {number} */ status, /** @type {any[]} */ ...rest) {
				if (status === 304 && res.getHeader('content-security-policy') === STRICT_CSP)
					res.removeHeader('content-security-policy');
				return writeHead.call(res, status, ...rest);
			}
		);
	}
);
console.log(`[pdz] Pronto su ${process.env.ORIGIN}  (Ctrl-C per fermare)`);
