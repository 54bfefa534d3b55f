// Agreements of the district: protocols of understanding (protocolli d'intesa), the plan's
// Accordo di Programma (L.R. Lombardia 3/2008), conventions; their parties with the day each
// signed, the signed document and the plan objectives they serve.
import { sql } from 'drizzle-orm';
import { boolean, check, date, index, integer, pgTable, primaryKey, text, uniqueIndex } from 'drizzle-orm/pg-core';
import { bytea, districtId, versioned } from '../db/columns';
import { registerTable } from '../kernel/registry';
import { organisations } from '../organisations/schema';
import { objectives, plans } from '../planning/schema';

export const AGREEMENT_KINDS = ['protocol', 'programme', 'convention', 'other'] as const;
export type AgreementKind = (typeof AGREEMENT_KINDS)[number];
export const AGREEMENT_STATUSES = ['drafting', 'signed', 'expired', 'revoked'] as const;
export type AgreementStatus = (typeof AGREEMENT_STATUSES)[number];

export const agreements = pgTable(
	'agreement',
	{
		id: integer().primaryKey().generatedAlwaysAsIdentity(),
		districtId: districtId(),
		title: text().notNull(),
		kind: text().$type<AgreementKind>().notNull(),
		status: text().$type<AgreementStatus>().notNull().default('drafting'),
		/** When the text was first drafted: nothing is signed before it. */
		draftedOn: date().notNull(),
		/** When it was signed and took effect. */
		signedOn: date(),
		startsOn: date(),
		endsOn: date(),
		/** The plan an Accordo di Programma makes effective. */
		planId: integer().references(() => plans.id, { onDelete: 'set null' }),
		description: text().notNull().default(''),
		documentName: text(),
		documentType: text(),
		documentSize: integer(),
		documentData: bytea(),
		exampleData: boolean().notNull().default(false),
		...versioned()
	},
	(t) => [
		index().on(t.districtId, t.signedOn),
		check('agreement_signed_after_draft', sql`${t.signedOn} is null or ${t.signedOn} >= ${t.draftedOn}`),
		check('agreement_dates', sql`${t.endsOn} is null or ${t.startsOn} is null or ${t.endsOn} >= ${t.startsOn}`),
		check('agreement_signed_status', sql`${t.status} not in ('signed', 'expired') or ${t.signedOn} is not null`)
	]
);
registerTable(agreements, {
	entity: 'agreement',
	label: 'Accordo',
	title: (r) => r.title,
	// The signed document's bytes stay out of the log (its name, type and size are kept).
	omit: ['documentData'],
	context: async (_tx, r) => (typeof r.planId === 'number' ? { planId: r.planId } : {}),
	fields: {
		title: 'Titolo',
		kind: 'Tipo',
		status: 'Stato',
		draftedOn: 'Data della bozza',
		signedOn: 'Data della firma',
		startsOn: 'Inizio',
		endsOn: 'Fine',
		planId: 'Piano',
		description: 'Descrizione',
		documentName: 'Documento firmato',
		documentType: 'Tipo di file',
		documentSize: 'Dimensione (byte)',
		exampleData: 'Dati di esempio'
	}
});

/** An organisation of the district party to an agreement, and the day it signed (none yet: still to sign). */
export const agreementParties = pgTable(
	'agreement_party',
	{
		id: integer().primaryKey().generatedAlwaysAsIdentity(),
		districtId: districtId(),
		agreementId: integer()
			.notNull()
			.references(() => agreements.id, { onDelete: 'cascade' }),
		organisationId: integer()
			.notNull()
			.references(() => organisations.id, { onDelete: 'restrict' }),
		role: text().notNull().default(''),
		signedOn: date()
	},
	(t) => [uniqueIndex().on(t.agreementId, t.organisationId), index().on(t.organisationId)]
);
registerTable(agreementParties, {
	entity: 'agreement_party',
	label: 'Parte dell’accordo',
	fields: { organisationId: 'Ente', role: 'Ruolo', signedOn: 'Data della firma' }
});

export const agreementObjectives = pgTable(
	'agreement_objective',
	{
		agreementId: integer()
			.notNull()
			.references(() => agreements.id, { onDelete: 'cascade' }),
		objectiveId: integer()
			.notNull()
			.references(() => objectives.id, { onDelete: 'cascade' })
	},
	(t) => [primaryKey({ columns: [t.agreementId, t.objectiveId] })]
);
