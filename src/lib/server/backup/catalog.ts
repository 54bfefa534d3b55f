// What a district's backup holds, read from the database's own catalog: every table of the
// platform that belongs to a district (by a district_id column or through a parent row), its
// columns and its references. A table added by a later module is backed up without code here;
// one that cannot be tied to a district makes the backup fail rather than be left out silently.
import type pg from 'pg';

/** Installation-wide or short-lived tables, never part of a district's backup. */
export const NOT_BACKED_UP: Record<string, string> = {
	district: 'the district itself is written in the header',
	auth_user: 'people are written in the users list, matched by email on restore',
	auth_account: 'password hashes go with the users list',
	auth_session: 'sessions belong to an installation',
	known_device: 'browsers a person signed in from belong to an installation',
	auth_verification: 'short-lived codes',
	password_reset: 'single-use links to a new password, valid for an hour',
	rate_limit: 'short-lived counters',
	installation_setting: 'settings and secrets of an installation',
	mail: 'the outbox: messages sent by the old installation stay its history, unsent ones are not sent twice',
	generated_file: 'files made on request, made again from the data',
	wall_action:
		'the facilitator’s undo history of a wall: it names notes by id, and belongs to the meeting it was made in'
};

/** References the database does not declare (ids inside text or JSON). */
export const SOFT_REFERENCES: { table: string; column: string; key?: string; references: string }[] = [
	{ table: 'audit_log', column: 'user_id', references: 'auth_user' },
	{ table: 'indicator', column: 'source_config', key: 'roundtableId', references: 'roundtable' }
];

export interface Column {
	name: string;
	type: string; // format_type, e.g. "timestamp with time zone", "text[]"
}

export interface Table {
	name: string;
	/** Has an integer (or bigint) `id` primary key: rows are numbered 1..n in the backup. */
	numbered: boolean;
	columns: Column[]; // without `id`, `district_id` and generated columns
	/** Column → referenced table (single-column foreign keys and soft references). */
	references: Map<string, string>;
	/** How rows are chosen: by district_id, or by a reference to a table chosen before. */
	scope: { column: 'district_id' } | { column: string; parent: string };
}

export async function readCatalog(client: pg.ClientBase): Promise<Table[]> {
	const { rows: cols } = await client.query<{
		table: string;
		name: string;
		type: string;
		generated: boolean;
		pk: boolean;
		required: boolean;
	}>(`
		select c.relname as table, a.attname as name, format_type(a.atttypid, a.atttypmod) as type,
		       a.attgenerated <> '' as generated, a.attnotnull as required,
		       exists (select 1 from pg_constraint p where p.conrelid = c.oid and p.contype = 'p' and p.conkey = array[a.attnum]) as pk
		from pg_class c
		join pg_namespace n on n.oid = c.relnamespace and n.nspname = current_schema()
		join pg_attribute a on a.attrelid = c.oid and a.attnum > 0 and not a.attisdropped
		where c.relkind = 'r'
		order by c.relname, a.attnum`);
	const { rows: fks } = await client.query<{ table: string; column: string; parent: string }>(`
		select c.relname as table, a.attname as column, p.relname as parent
		from pg_constraint k
		join pg_class c on c.oid = k.conrelid
		join pg_namespace n on n.oid = c.relnamespace and n.nspname = current_schema()
		join pg_class p on p.oid = k.confrelid
		join pg_attribute a on a.attrelid = k.conrelid and a.attnum = k.conkey[1]
		join pg_attribute r on r.attrelid = k.confrelid and r.attnum = k.confkey[1] and r.attname = 'id'
		where k.contype = 'f' and array_length(k.conkey, 1) = 1
		order by c.relname, a.attname`);

	const tables = new Map<string, Table & { hasDistrict: boolean; required: Set<string> }>();
	for (const c of cols) {
		if (c.table in NOT_BACKED_UP) continue;
		let t = tables.get(c.table);
		if (!t)
			tables.set(
				c.table,
				(t = {
					name: c.table,
					numbered: false,
					columns: [],
					references: new Map(),
					scope: { column: 'district_id' },
					hasDistrict: false,
					required: new Set()
				})
			);
		if (c.required) t.required.add(c.name);
		if (c.name === 'id' && c.pk && (c.type === 'integer' || c.type === 'bigint')) t.numbered = true;
		else if (c.name === 'district_id') t.hasDistrict = true;
		else if (!c.generated) t.columns.push({ name: c.name, type: c.type });
	}
	for (const fk of fks) tables.get(fk.table)?.references.set(fk.column, fk.parent);
	for (const s of SOFT_REFERENCES) tables.get(s.table)?.references.set(s.column, s.references);
	// Tables of other software sharing the schema: no district, no reference to anything here.
	for (const t of tables.values()) if (!t.hasDistrict && !t.references.size) tables.delete(t.name);

	// Order: parents before children (self-references are set after the rows exist).
	const ordered: Table[] = [];
	const placed = new Set<string>(['district', 'auth_user']);
	const pending = [...tables.values()];
	while (pending.length) {
		const i = pending.findIndex((t) =>
			[...t.references.values()].every((parent) => placed.has(parent) || parent === t.name)
		);
		if (i < 0)
			throw new Error(
				`Copia di sicurezza: riferimenti circolari tra le tabelle ${pending.map((t) => t.name).join(', ')}`
			);
		const [t] = pending.splice(i, 1);
		if (!t.hasDistrict) {
			// Through a reference every row has (a nullable one would leave rows out).
			const via = [...t.references].find(
				([column, parent]) =>
					t.required.has(column) &&
					parent !== t.name &&
					parent !== 'auth_user' &&
					!soft(t.name, column) &&
					placed.has(parent)
			);
			if (!via)
				throw new Error(
					`Copia di sicurezza: la tabella ${t.name} non appartiene a un ambito (né district_id né un riferimento obbligatorio a una tabella dell'ambito)`
				);
			t.scope = { column: via[0], parent: via[1] };
		}
		const { hasDistrict: _, required: __, ...table } = t;
		ordered.push(table);
		placed.add(t.name);
	}
	return ordered;
}

const soft = (table: string, column: string) => SOFT_REFERENCES.some((s) => s.table === table && s.column === column);

/** A table or column name quoted for SQL. */
export const q = (name: string) => `"${name.replaceAll('"', '""')}"`;

/** The select expression giving a column's value as backed up: text, base64 for bytes, JSON as is. */
export function exportExpression(c: Column): string {
	const id = q(c.name);
	if (c.type === 'bytea') return `translate(encode(${id}, 'base64'), E'\\n', '')`;
	if (c.type === 'jsonb' || c.type === 'json') return id;
	return `${id}::text`;
}

/** The expression turning a backed-up value (from jsonb_to_recordset) back into the column's type. */
export function importExpression(c: Column): { declared: string; value: string } {
	const id = q(c.name);
	if (c.type === 'bytea') return { declared: `${id} text`, value: `decode(x.${id}, 'base64')` };
	if (c.type === 'jsonb' || c.type === 'json') return { declared: `${id} ${c.type}`, value: `x.${id}` };
	return { declared: `${id} text`, value: `x.${id}::${c.type}` };
}

/** Session settings that make text values the same on every server. */
export const STABLE_TEXT = `set local timezone = 'UTC'; set local datestyle = 'ISO, YMD'; set local extra_float_digits = 3; set local intervalstyle = 'iso_8601'`;
