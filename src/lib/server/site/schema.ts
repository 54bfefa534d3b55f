// The district's public site beside its catalogue and plans, as the Designers Italia model
// asks of a municipal site: the reports of a service that did not work ("segnalazione
// disservizio", C.SI.2.4) and the parts of the accessibility statement the district writes
// itself (AGID's model: status, assessment, content not accessible, alternatives, contact).
import { check, date, index, integer, pgTable, text, timestamp, uniqueIndex } from 'drizzle-orm/pg-core';
import { sql } from 'drizzle-orm';
import { districtId, versioned } from '../db/columns';
import { registerTable } from '../kernel/registry';
import type { ConformityStatus, ReportCategory } from '../../site';

/** One report sent from the public form: anonymous unless the reader leaves an email to be answered. */
export const disserviceReports = pgTable(
	'disservice_report',
	{
		id: integer().primaryKey().generatedAlwaysAsIdentity(),
		districtId: districtId(),
		category: text().$type<ReportCategory>().notNull(),
		/** The public page it is about, without the language prefix ('' when not said). */
		page: text().notNull().default(''),
		description: text().notNull(),
		/** Only when the reader wants an answer; personal data, for staff only. */
		email: text().notNull().default(''),
		lang: text().notNull(),
		createdAt: timestamp({ withTimezone: true }).notNull().defaultNow()
	},
	(t) => [index().on(t.districtId, t.createdAt)]
);
registerTable(disserviceReports, {
	entity: 'disservice_report',
	label: 'Segnalazione di disservizio',
	title: (r) => r.category
});

/** The district's own parts of its accessibility statement; the platform's parts are in the page. */
export const accessibilityStatements = pgTable(
	'accessibility_statement',
	{
		id: integer().primaryKey().generatedAlwaysAsIdentity(),
		districtId: districtId(),
		status: text().$type<ConformityStatus>().notNull(),
		/** How it was assessed: a self-assessment, or by a third party (named in the text). */
		method: text().notNull(),
		assessedOn: date().notNull(),
		/** Content not accessible, and the alternatives offered (one item a line). */
		notAccessible: text().notNull().default(''),
		alternatives: text().notNull().default(''),
		/** Who answers the feedback: the district's address for accessibility. */
		contactEmail: text().notNull().default(''),
		/** The statement as published on AGID's form (https://form.agid.gov.it/view/...). */
		agidUrl: text().notNull().default(''),
		...versioned()
	},
	(t) => [
		uniqueIndex().on(t.districtId),
		check('accessibility_statement_status', sql`${t.status} in ('full', 'partial', 'none')`)
	]
);
registerTable(accessibilityStatements, {
	entity: 'accessibility_statement',
	label: 'Dichiarazione di accessibilità',
	title: () => 'Dichiarazione di accessibilità',
	fields: {
		status: 'Stato di conformità',
		method: 'Metodo di valutazione',
		assessedOn: 'Data della valutazione',
		notAccessible: 'Contenuti non accessibili',
		alternatives: 'Alternative',
		contactEmail: 'Email per le segnalazioni',
		agidUrl: 'Dichiarazione sul sito di AGID'
	}
});
