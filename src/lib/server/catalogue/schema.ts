// The public catalogue of services (the "scheda servizio" of Designers Italia): each service
// has its Italian text and its translations, places with opening hours and exceptions, and
// the ratings readers leave on its page.
import { sql } from 'drizzle-orm';
import {
	pgTable,
	text,
	integer,
	boolean,
	date,
	time,
	timestamp,
	index,
	uniqueIndex,
	primaryKey,
	check,
	customType,
	smallint,
	doublePrecision
} from 'drizzle-orm/pg-core';
import { districtId, versioned } from '../db/columns';
import { organisations } from '../organisations/schema';
import { registerTable } from '../kernel/registry';

import type { ServiceCategory, ServiceStatus, TargetGroup, Topic } from '../../catalogue';

const tsvector = customType<{ data: string }>({ dataType: () => 'tsvector' });

export const services = pgTable(
	'service',
	{
		id: integer().primaryKey().generatedAlwaysAsIdentity(),
		districtId: districtId(),
		/** The last part of the public address: /ambiti/<district>/servizi/<slug>. */
		slug: text().notNull(),
		status: text().$type<ServiceStatus>().notNull().default('draft'),
		providerId: integer()
			.notNull()
			.references(() => organisations.id, { onDelete: 'restrict' }),
		/** The model's category of services ('' for a service saved before categories existed). */
		category: text().$type<ServiceCategory | ''>().notNull().default(''),
		topics: text()
			.array()
			.$type<Topic[]>()
			.notNull()
			.default(sql`'{}'::text[]`),
		targetGroups: text()
			.array()
			.$type<TargetGroup[]>()
			.notNull()
			.default(sql`'{}'::text[]`),
		/** ISO 639-1 codes of the languages spoken at the desk. */
		spokenLanguages: text()
			.array()
			.notNull()
			.default(sql`'{}'::text[]`),
		/** "Accedi al servizio": an online form or booking page, when there is one. */
		accessUrl: text().notNull().default(''),
		phone: text().notNull().default(''),
		/** The phone answers at every hour (a help line): the service is never shown as closed. */
		phoneAlwaysOpen: boolean().notNull().default(false),
		email: text().notNull().default(''),
		/** For staff only: never on a public page or in an export. */
		internalNotes: text().notNull().default(''),
		/** Says that details were invented for the demo where the seed gives none. */
		exampleData: boolean().notNull().default(false),
		...versioned()
	},
	(t) => [uniqueIndex().on(t.districtId, t.slug), index().on(t.districtId, t.status), index().on(t.providerId)]
);
registerTable(services, {
	entity: 'service',
	label: 'Servizio',
	title: (r) => r.slug,
	fields: {
		slug: 'Indirizzo breve',
		status: 'Stato',
		providerId: 'Ente erogatore',
		category: 'Categoria',
		topics: 'Argomenti',
		targetGroups: 'Destinatari',
		spokenLanguages: 'Lingue parlate allo sportello',
		accessUrl: 'Accesso online',
		phone: 'Telefono',
		email: 'Email',
		internalNotes: 'Note interne',
		exampleData: 'Dati di esempio'
	}
});

/** The text of a service in one language; Italian ("it") always exists. */
export const serviceTexts = pgTable(
	'service_text',
	{
		serviceId: integer()
			.notNull()
			.references(() => services.id, { onDelete: 'cascade' }),
		districtId: districtId(),
		lang: text().notNull(),
		title: text().notNull(),
		summary: text().notNull().default(''),
		audience: text().notNull().default(''),
		howTo: text().notNull().default(''),
		requirements: text().notNull().default(''),
		outcome: text().notNull().default(''),
		timing: text().notNull().default(''),
		access: text().notNull().default(''),
		conditions: text().notNull().default(''),
		contacts: text().notNull().default(''),
		responsibleUnit: text().notNull().default(''),
		cost: text().notNull().default(''),
		/** A summary in easy-to-read language (short sentences, common words). */
		easyRead: text().notNull().default(''),
		/** Search: stemmed with the language's configuration, accents removed (see migration 0009). */
		search: tsvector().generatedAlwaysAs(
			sql`setweight(to_tsvector(pdz_ts_config(lang), pdz_unaccent(title)), 'A') || setweight(to_tsvector(pdz_ts_config(lang), pdz_unaccent(summary || ' ' || audience || ' ' || easy_read)), 'B') || setweight(to_tsvector(pdz_ts_config(lang), pdz_unaccent(how_to || ' ' || requirements || ' ' || outcome || ' ' || access || ' ' || responsible_unit)), 'C')`
		),
		/** Title and summary without accents, lower case: typo-tolerant and substring search. */
		plain: text().generatedAlwaysAs(sql`lower(pdz_unaccent(title || ' ' || summary))`),
		...versioned()
	},
	(t) => [
		primaryKey({ columns: [t.serviceId, t.lang] }),
		index().on(t.districtId, t.lang),
		index('service_text_search_idx').using('gin', t.search)
	]
);
registerTable(serviceTexts, {
	entity: 'service_text',
	label: 'Testo del servizio',
	title: (r) => (r.title ? `${r.title} (${r.lang})` : r.lang),
	omit: ['search', 'plain'],
	fields: {
		lang: 'Lingua',
		title: 'Titolo',
		summary: 'Descrizione breve',
		audience: 'A chi si rivolge',
		howTo: 'Come fare',
		requirements: 'Cosa serve',
		outcome: 'Cosa si ottiene',
		timing: 'Tempi',
		access: 'Accesso',
		conditions: 'Condizioni',
		contacts: 'Contatti',
		responsibleUnit: 'Unità organizzativa responsabile',
		cost: 'Costi',
		easyRead: 'In parole semplici'
	}
});

/** A place where the service is given. */
export const serviceLocations = pgTable(
	'service_location',
	{
		id: integer().primaryKey().generatedAlwaysAsIdentity(),
		districtId: districtId(),
		serviceId: integer()
			.notNull()
			.references(() => services.id, { onDelete: 'cascade' }),
		name: text().notNull().default(''),
		municipality: text().notNull(),
		address: text().notNull(),
		/** CAP: the model's JSON-LD asks for it apart from the street. */
		postalCode: text().notNull().default(''),
		/** Where the place is (WGS 84 degrees), for directions and maps: both or neither. */
		latitude: doublePrecision(),
		longitude: doublePrecision(),
		...versioned()
	},
	(t) => [
		index().on(t.serviceId),
		index().on(t.districtId, t.municipality),
		check(
			'service_location_coordinates',
			sql`(${t.latitude} is null and ${t.longitude} is null) or (${t.latitude} between -90 and 90 and ${t.longitude} between -180 and 180)`
		)
	]
);
registerTable(serviceLocations, {
	entity: 'service_location',
	label: 'Sede',
	title: (r) => [r.name, r.municipality].filter(Boolean).join(', '),
	fields: {
		name: 'Nome',
		municipality: 'Comune',
		address: 'Indirizzo',
		postalCode: 'CAP',
		latitude: 'Latitudine',
		longitude: 'Longitudine'
	}
});

/** Weekly opening hours: weekday 1 (Monday) to 7 (Sunday), in Europe/Rome local time. */
export const locationHours = pgTable(
	'location_hours',
	{
		id: integer().primaryKey().generatedAlwaysAsIdentity(),
		districtId: districtId(),
		locationId: integer()
			.notNull()
			.references(() => serviceLocations.id, { onDelete: 'cascade' }),
		weekday: smallint().notNull(),
		opens: time().notNull(),
		closes: time().notNull()
	},
	(t) => [
		index().on(t.locationId),
		check('location_hours_range', sql`${t.weekday} between 1 and 7 and ${t.closes} > ${t.opens}`)
	]
);

/**
 * Days that differ from the week: closed (no hours: holidays, patron saint, summer closure)
 * or open at other hours. National holidays are known without being entered (holidays.ts).
 */
export const locationExceptions = pgTable(
	'location_exception',
	{
		id: integer().primaryKey().generatedAlwaysAsIdentity(),
		districtId: districtId(),
		locationId: integer()
			.notNull()
			.references(() => serviceLocations.id, { onDelete: 'cascade' }),
		fromDay: date().notNull(),
		toDay: date().notNull(),
		opens: time(),
		closes: time(),
		note: text().notNull().default('')
	},
	(t) => [
		index().on(t.locationId, t.fromDay),
		check('location_exception_days', sql`${t.toDay} >= ${t.fromDay}`),
		check(
			'location_exception_hours',
			sql`(${t.opens} is null and ${t.closes} is null) or (${t.opens} is not null and ${t.closes} > ${t.opens})`
		)
	]
);
registerTable(locationExceptions, {
	entity: 'location_exception',
	label: 'Eccezione',
	title: (r) => (r.fromDay === r.toDay ? r.fromDay : `${r.fromDay} – ${r.toDay}`),
	fields: { fromDay: 'Dal', toDay: 'Al', opens: 'Apre alle', closes: 'Chiude alle', note: 'Nota' }
});

/** "Le informazioni su questa pagina sono chiare?": one anonymous answer. */
export const pageRatings = pgTable(
	'page_rating',
	{
		id: integer().primaryKey().generatedAlwaysAsIdentity(),
		districtId: districtId(),
		serviceId: integer().references(() => services.id, { onDelete: 'cascade' }),
		/** The page rated, without the language prefix. */
		path: text().notNull(),
		lang: text().notNull(),
		rating: smallint().notNull(),
		reasons: text()
			.array()
			.notNull()
			.default(sql`'{}'::text[]`),
		comment: text().notNull().default(''),
		createdAt: timestamp({ withTimezone: true }).notNull().defaultNow()
	},
	(t) => [
		index().on(t.districtId, t.createdAt),
		index().on(t.serviceId),
		check('page_rating_range', sql`${t.rating} between 1 and 5`)
	]
);
registerTable(pageRatings, { entity: 'page_rating', label: 'Valutazione della pagina', title: (r) => r.path });
