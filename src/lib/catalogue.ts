// The codes of the service catalogue, shared by the server and the pages.
export const SERVICE_STATUSES = ['draft', 'active', 'inactive'] as const;
export type ServiceStatus = (typeof SERVICE_STATUSES)[number];

/**
 * Topics ("Argomenti"): the list of the Designers Italia model of the municipal site
 * ("Lista degli argomenti", the controlled vocabulary its checker reads, drawn from EuroVoc),
 * codes labelled in every public language (topic_<code> in messages).
 */
export const TOPICS = [
	'accesso_informazione',
	'acqua',
	'agricoltura',
	'anagrafe',
	'animale_domestico',
	'aria',
	'assistenza_invalidi',
	'assistenza_sociale',
	'associazioni',
	'bilancio',
	'commercio_minuto',
	'commercio_ingrosso',
	'commercio_ambulante',
	'comunicazione_istituzionale',
	'comunicazione_politica',
	'concorsi',
	'covid_19',
	'elezioni',
	'energie_rinnovabili',
	'estero',
	'foreste',
	'formazione_professionale',
	'gemellaggi',
	'gestione_rifiuti',
	'giustizia',
	'igiene_pubblica',
	'immigrazione',
	'imposte',
	'imprese',
	'inquinamento',
	'integrazione_sociale',
	'isolamento_termico',
	'istruzione',
	'lavoro',
	'matrimonio',
	'mercato',
	'mobilita_sostenibile',
	'morte',
	'nascita',
	'parcheggi',
	'patrimonio_culturale',
	'pesca',
	'piano_sviluppo',
	'pista_ciclabile',
	'pnrr',
	'politica_commerciale',
	'polizia',
	'prodotti_alimentari',
	'protezione_civile',
	'residenza',
	'risposta_emergenze',
	'sistema_giuridico',
	'spazio_verde',
	'sport',
	'sviluppo_sostenibile',
	'tassa_servizi',
	'tempo_libero',
	'trasparenza_amministrativa',
	'trasporto_pubblico',
	'turismo',
	'urbanizzazione',
	'viaggi',
	'zone_pedonali',
	'ztl'
] as const;
export type Topic = (typeof TOPICS)[number];

/** The model's categories of services: the breadcrumb's step Home / Servizi / category / service. */
export const SERVICE_CATEGORIES = [
	'anagrafe_stato_civile',
	'cultura_tempo_libero',
	'vita_lavorativa',
	'imprese_commercio',
	'appalti_pubblici',
	'catasto_urbanistica',
	'turismo',
	'mobilita_trasporti',
	'educazione_formazione',
	'giustizia_sicurezza',
	'tributi_finanze',
	'ambiente',
	'salute_benessere',
	'autorizzazioni',
	'agricoltura'
] as const;
export type ServiceCategory = (typeof SERVICE_CATEGORIES)[number];

/** The topics the platform offered before the model's list, and the model's topics each became (migration 0019). */
export const OLD_TOPICS: Record<string, Topic[]> = {
	immigration: ['immigrazione'],
	work: ['lavoro'],
	education: ['istruzione'],
	health: ['assistenza_sociale'],
	housing: ['integrazione_sociale'],
	family: ['assistenza_sociale'],
	care: ['assistenza_sociale'],
	violence: ['giustizia'],
	legal: ['sistema_giuridico'],
	minors: ['assistenza_sociale']
};
export const TARGET_GROUPS = [
	'foreigners',
	'refugees',
	'women',
	'unaccompanied_minors',
	'trafficking_victims',
	'family_carers',
	'families',
	'young_people',
	'elderly',
	'workers'
] as const;
export type TargetGroup = (typeof TARGET_GROUPS)[number];

/** The translatable fields, in the order of the service page. */
export const TEXT_FIELDS = [
	'title',
	'summary',
	'audience',
	'howTo',
	'requirements',
	'outcome',
	'timing',
	'access',
	'conditions',
	'contacts',
	'responsibleUnit',
	'cost',
	'easyRead'
] as const;
export type TextField = (typeof TEXT_FIELDS)[number];
