// The codes of the district's public site (shared by the server and the pages).

/** What a "segnalazione disservizio" is about. */
export const REPORT_CATEGORIES = ['information', 'service', 'accessibility', 'website', 'other'] as const;
export type ReportCategory = (typeof REPORT_CATEGORIES)[number];

/** AGID's model: the site is fully, partially or not compliant with the requirements. */
export const CONFORMITY_STATUSES = ['full', 'partial', 'none'] as const;
export type ConformityStatus = (typeof CONFORMITY_STATUSES)[number];

/** The statement as it stands until the district writes its own (its last review of the platform). */
export const PLATFORM_STATEMENT = {
	status: 'partial' as ConformityStatus,
	method:
		'Autovalutazione: verifica automatica (axe, WCAG 2.1 AA) di ogni pagina pubblica e controllo manuale con tastiera e lettore di schermo.',
	assessedOn: '2026-12-04',
	notAccessible: 'I documenti PDF del piano e dei resoconti non sono ancora documenti accessibili (PDF/UA).',
	alternatives:
		'Gli stessi contenuti sono sulle pagine web del piano e in formato DOCX modificabile; su richiesta, l’Ufficio di Piano li invia in un formato accessibile.',
	contactEmail: '',
	agidUrl: ''
};
