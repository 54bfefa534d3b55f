// How a district's generated documents look: its logo, colour, and header and footer text.
import { pgTable, text, integer, uniqueIndex } from 'drizzle-orm/pg-core';
import { districtId, versioned, bytea } from '../db/columns';
import { registerTable } from '../kernel/registry';

export const documentTemplates = pgTable(
	'document_template',
	{
		id: integer().primaryKey().generatedAlwaysAsIdentity(),
		districtId: districtId(),
		/** PNG or JPEG, at most 1 MB. */
		logo: bytea(),
		logoType: text(),
		/** The colour of the cover and headings, as #rrggbb. */
		colour: text().notNull().default('#006069'),
		headerText: text().notNull().default(''),
		footerText: text().notNull().default(''),
		...versioned()
	},
	(t) => [uniqueIndex().on(t.districtId)]
);
// The logo's bytes stay out of the audit log (its type says whether there is one).
registerTable(documentTemplates, {
	entity: 'document_template',
	label: 'Modello dei documenti',
	omit: ['logo'],
	fields: {
		logoType: 'Logo (tipo di immagine)',
		colour: 'Colore',
		headerText: 'Intestazione',
		footerText: 'Piè di pagina'
	}
});
