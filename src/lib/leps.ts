// The essential levels of social services (LEPS) a project can serve: the ones of the
// national plan for social services 2021-2023 and of law 234/2021 (art. 1, c. 159-171).
export const LEPS = [
	{ code: 'PIS', label: 'Pronto intervento sociale' },
	{ code: 'SUP', label: 'Supervisione del personale dei servizi sociali' },
	{ code: 'DIM', label: 'Dimissioni protette' },
	{ code: 'PIPPI', label: 'Prevenzione dell’allontanamento familiare (P.I.P.P.I.)' },
	{ code: 'RES', label: 'Servizi per la residenza fittizia' },
	{ code: 'VIT', label: 'Progetti per il dopo di noi e per la vita indipendente' },
	{ code: 'AS', label: 'Un assistente sociale ogni 5.000 abitanti' },
	{ code: 'PUA', label: 'Punti unici di accesso e valutazione multidimensionale' },
	{ code: 'INCL', label: 'Presa in carico e patto per l’inclusione (ADI)' },
	{ code: 'POVE', label: 'Contrasto alla povertà estrema e alla marginalità (stazione di posta)' },
	{ code: 'SAD', label: 'Servizi di assistenza domiciliare per anziani non autosufficienti' }
] as const;
export const LEPS_CODES = LEPS.map((l) => l.code) as string[];
