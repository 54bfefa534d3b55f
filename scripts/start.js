// `npm start`: build if needed, then serve. The database (embedded in ./data unless
// DATABASE_URL is set), migrations and demo data are handled by the server's init hook.
import { buildIfNeeded } from './build-if-needed.js';

process.env.PORT ??= '3000';
// adapter-node assumes https unless told otherwise: forms must work on plain http locally.
process.env.ORIGIN ??= `http://localhost:${process.env.PORT}`;
// Uploads: documents and attachments up to 10 MB, spreadsheets up to 5 MB, plus the form around them.
process.env.BODY_SIZE_LIMIT ??= '12M';

buildIfNeeded();
await import('../build/index.js');
console.log(`[pdz] Pronto su ${process.env.ORIGIN}  (Ctrl-C per fermare)`);
