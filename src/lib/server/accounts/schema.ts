// Staff accounts: who works in which district with which role (membership), and better-auth's
// tables for people, sessions and passwords. The accounts module manages districts too: their
// row is the kernel's, registered here with the words the audit log shows.
import { districts } from '../kernel/schema';
import { registerEntity, registerTable } from '../kernel/registry';
import { type Role } from '../kernel/access';
import { pgTable, text, timestamp, boolean, integer, primaryKey, index } from 'drizzle-orm/pg-core';

export { ROLES, type Role } from '../kernel/access';

registerTable(districts, {
	entity: 'district',
	label: 'Ambito',
	title: (r) => r.name,
	fields: { name: 'Nome', slug: 'Indirizzo breve', region: 'Regione', languages: 'Lingue delle pagine pubbliche' }
});
/** The languages of a district's public pages (a column of the district, logged on its own). */
registerEntity({
	entity: 'district_languages',
	label: 'Lingue delle pagine pubbliche',
	title: (r) => (Array.isArray(r.languages) ? r.languages.join(', ') || 'solo italiano' : undefined)
});

export const memberships = pgTable(
	'membership',
	{
		userId: text()
			.notNull()
			.references(() => users.id, { onDelete: 'cascade' }),
		districtId: integer()
			.notNull()
			.references(() => districts.id, { onDelete: 'cascade' }),
		role: text().$type<Role>().notNull(),
		version: integer().notNull().default(1)
	},
	(t) => [primaryKey({ columns: [t.userId, t.districtId] }), index().on(t.districtId)]
);
// Logged by the person's id; a new account's row carries their name and email.
registerTable(memberships, {
	entity: 'membership',
	label: 'Account',
	title: (r) => (r as { name?: string; email?: string }).name ?? (r as { email?: string }).email,
	fields: { role: 'Ruolo' }
});

// The four tables below are better-auth's, with its field names.
export const users = pgTable('auth_user', {
	id: text().primaryKey(),
	name: text().notNull(),
	email: text().notNull().unique(),
	emailVerified: boolean().notNull().default(false),
	image: text(),
	createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
	updatedAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
	/** pdz's own: the password was given by someone else (the office, the command line) and must be changed at the next sign-in. */
	passwordChangeRequired: boolean().notNull().default(false)
});

export const sessions = pgTable(
	'auth_session',
	{
		id: text().primaryKey(),
		expiresAt: timestamp({ withTimezone: true }).notNull(),
		token: text().notNull().unique(),
		createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
		updatedAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
		ipAddress: text(),
		userAgent: text(),
		userId: text()
			.notNull()
			.references(() => users.id, { onDelete: 'cascade' })
	},
	(t) => [index().on(t.userId)]
);

export const authAccounts = pgTable(
	'auth_account',
	{
		id: text().primaryKey(),
		accountId: text().notNull(),
		providerId: text().notNull(),
		userId: text()
			.notNull()
			.references(() => users.id, { onDelete: 'cascade' }),
		accessToken: text(),
		refreshToken: text(),
		idToken: text(),
		accessTokenExpiresAt: timestamp({ withTimezone: true }),
		refreshTokenExpiresAt: timestamp({ withTimezone: true }),
		scope: text(),
		password: text(),
		createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
		updatedAt: timestamp({ withTimezone: true }).notNull().defaultNow()
	},
	(t) => [index().on(t.userId)]
);

export const verifications = pgTable('auth_verification', {
	id: text().primaryKey(),
	identifier: text().notNull(),
	value: text().notNull(),
	expiresAt: timestamp({ withTimezone: true }).notNull(),
	createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
	updatedAt: timestamp({ withTimezone: true }).notNull().defaultNow()
});

/**
 * Browsers a person has signed in from (a random token in a long-lived cookie, kept here as
 * its hash): from them, attempts by strangers elsewhere never keep the owner out.
 */
export const knownDevices = pgTable(
	'known_device',
	{
		userId: text()
			.notNull()
			.references(() => users.id, { onDelete: 'cascade' }),
		tokenHash: text().notNull(),
		createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
		lastUsedAt: timestamp({ withTimezone: true }).notNull().defaultNow()
	},
	(t) => [primaryKey({ columns: [t.userId, t.tokenHash] })]
);

/**
 * Single-use links to choose a new password, sent by email (reset.ts). Only the token's
 * hash is kept: the link in the mail is the only copy of the token.
 */
export const passwordResets = pgTable(
	'password_reset',
	{
		tokenHash: text().primaryKey(),
		userId: text()
			.notNull()
			.references(() => users.id, { onDelete: 'cascade' }),
		createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
		expiresAt: timestamp({ withTimezone: true }).notNull(),
		/** When the link was used, or set aside because a newer password was chosen. */
		usedAt: timestamp({ withTimezone: true })
	},
	(t) => [index().on(t.userId)]
);
