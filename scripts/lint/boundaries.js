// The import boundaries of src/lib/server, as an ESLint rule (eslint.config.js):
// - the kernel imports no module (its tests may, to write real tables);
// - a module (a folder of src/lib/server) uses another only through its index
//   (`../planning`, `$lib/server/planning`), and so do routes; a schema.ts may reference
//   another module's schema.ts (foreign keys), and db/ reads them (db/schema.ts gathers them all);
//   schemas reach the kernel's leaf files (schema, registry, access), never its index.
// Shared files at the top of src/lib/server (http, errors, validation, …) and db/ are not modules.
import { readdirSync } from 'node:fs';
import path from 'node:path';

const SERVER = path.resolve('src/lib/server');
const NOT_MODULES = new Set(['db']);
const modules = new Set(
	readdirSync(SERVER, { withFileTypes: true })
		.filter((d) => d.isDirectory() && !NOT_MODULES.has(d.name))
		.map((d) => d.name)
);

/** The path under src/lib/server that `spec` names from `file`, or null (a package, a client module). */
function target(file, spec) {
	if (spec.startsWith('$lib/server/')) return spec.slice('$lib/server/'.length);
	if (!spec.startsWith('.')) return null;
	const resolved = path.resolve(path.dirname(file), spec);
	const rel = path.relative(SERVER, resolved);
	return rel.startsWith('..') ? null : rel.split(path.sep).join('/');
}

/** @type {import('eslint').Rule.RuleModule} */
export const boundaries = {
	meta: {
		type: 'problem',
		docs: { description: 'The kernel imports no module; modules and routes use a module only through its index.ts' },
		messages: {
			kernel: 'Il kernel non importa moduli ({{module}}).',
			internal: 'Usa il modulo {{module}} attraverso il suo index ({{suggestion}}), non {{spec}}.'
		},
		schema: []
	},
	create(context) {
		const file = path.resolve(context.filename);
		const own = path.relative(SERVER, file).split(path.sep);
		const ownModule = own.length > 1 && !own[0].startsWith('..') ? own[0] : null;
		function check(node) {
			const spec = node.source?.value;
			if (typeof spec !== 'string') return;
			const to = target(file, spec);
			if (!to) return;
			const [module, ...rest] = to.replace(/\.(js|ts)$/, '').split('/');
			if (!modules.has(module) || module === ownModule) return;
			// The kernel's own tests write real tables of modules.
			if (ownModule === 'kernel' && !file.endsWith('.spec.ts'))
				return context.report({ node, messageId: 'kernel', data: { module } });
			const inner = rest.filter((p) => p !== 'index');
			if (!inner.length) return;
			const schemaToSchema =
				inner.join('/') === 'schema' &&
				(path.basename(file) === 'schema.ts' || (ownModule === null && own.join('/') === 'db/schema.ts'));
			// db/ (schema.ts gathering the tables, columns.ts the common columns) sits under the kernel's index.
			if (schemaToSchema || (own[0] === 'db' && inner.join('/') === 'schema')) return;
			// Tables load before the kernel's command (which needs the database): a schema reaches the
			// kernel's leaf files directly, or the kernel's index would import itself through db/schema.ts.
			const schemaFile = path.basename(file) === 'schema.ts' || own[0] === 'db';
			if (schemaFile && module === 'kernel' && ['schema', 'registry', 'access'].includes(inner.join('/'))) return;
			const suggestion = spec.startsWith('$lib')
				? `$lib/server/${module}`
				: spec.slice(0, spec.lastIndexOf(module) + module.length);
			context.report({ node, messageId: 'internal', data: { module, spec, suggestion } });
		}
		return {
			ImportDeclaration: check,
			ExportAllDeclaration: check,
			ExportNamedDeclaration: check,
			ImportExpression: check
		};
	}
};
