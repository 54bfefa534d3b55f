import { districts } from '../kernel/schema';
import { registerTable } from '../kernel/registry';
import { pgTable, text, integer, index, uniqueIndex, timestamp } from 'drizzle-orm/pg-core';
import { users } from '../accounts/schema';

export const ORGANISATION_TYPES = [
	'municipality',
	'health_agency',
	'third_sector',
	'union',
	'school',
	'prefecture',
	'police',
	'foreigners_association',
	'other'
] as const;
export type OrganisationType = (typeof ORGANISATION_TYPES)[number];

/** An organisation (ente) of the district: public body, third sector, union, school... */
export const organisations = pgTable(
	'organisation',
	{
		id: integer().primaryKey().generatedAlwaysAsIdentity(),
		districtId: integer()
			.notNull()
			.references(() => districts.id, { onDelete: 'cascade' }),
		name: text().notNull(),
		type: text().$type<OrganisationType>().notNull(),
		/** Codice fiscale or partita IVA, where known. */
		taxCode: text(),
		email: text().notNull().default(''),
		/** Posta elettronica certificata: where an invitation goes when the organisation has no plain email. */
		pec: text().notNull().default(''),
		phone: text().notNull().default(''),
		address: text().notNull().default(''),
		website: text().notNull().default(''),
		version: integer().notNull().default(1),
		updatedAt: timestamp({ withTimezone: true }).notNull().defaultNow()
	},
	(t) => [uniqueIndex().on(t.districtId, t.name), index().on(t.districtId, t.type)]
);
registerTable(organisations, {
	entity: 'organisation',
	label: 'Ente',
	title: (r) => r.name,
	fields: {
		name: 'Nome',
		type: 'Tipo',
		taxCode: 'Codice fiscale o partita IVA',
		email: 'Email',
		pec: 'PEC',
		phone: 'Telefono',
		address: 'Indirizzo',
		website: 'Sito web'
	}
});

/** A person who represents an organisation. Personal data: shown to staff only. */
export const delegates = pgTable(
	'delegate',
	{
		id: integer().primaryKey().generatedAlwaysAsIdentity(),
		districtId: integer()
			.notNull()
			.references(() => districts.id, { onDelete: 'cascade' }),
		organisationId: integer()
			.notNull()
			.references(() => organisations.id, { onDelete: 'cascade' }),
		name: text().notNull(),
		email: text().notNull().default(''),
		phone: text().notNull().default(''),
		/** The delegate's own account (role "delegate"), when they have one. */
		userId: text().references(() => users.id, { onDelete: 'set null' }),
		version: integer().notNull().default(1),
		updatedAt: timestamp({ withTimezone: true }).notNull().defaultNow()
	},
	(t) => [index().on(t.organisationId)]
);
registerTable(delegates, {
	entity: 'delegate',
	label: 'Referente',
	title: (r) => r.name,
	fields: { name: 'Nome', email: 'Email', phone: 'Telefono', organisationId: 'Ente' }
});
