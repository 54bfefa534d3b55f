// Open data: the catalogue of services and the public indicators as CSV and JSON, under a
// stated licence, described by a DCAT-AP_IT record that national portals can harvest.
// Only what the public pages show: no internal notes, no draft or inactive services.
import { label } from '$lib/labels';
import { and, asc, eq, inArray } from 'drizzle-orm';
import { db } from '../db';
import { organisations } from '../organisations';
import { indicatorPeriods, indicators, objectives, plans } from '../planning';
import { toCsv, type Cell } from '../csv';
import { locationsOf } from './places';
import { services, serviceTexts } from './schema';
import { TEXT_FIELDS } from '$lib/catalogue';

export const LICENCE = {
	id: 'CC-BY-4.0',
	name: 'Creative Commons Attribuzione 4.0 Internazionale (CC BY 4.0)',
	url: 'https://creativecommons.org/licenses/by/4.0/'
};

/** The columns of each dataset and what they mean: the CSV header, the JSON keys and the page's legend. */
export const SERVICE_FIELDS: [string, string][] = [
	['identificativo', 'Identificativo del servizio nell’ambito (parte finale dell’indirizzo della scheda)'],
	['titolo', 'Nome del servizio'],
	['descrizione', 'Descrizione breve'],
	['ente', 'Ente che eroga il servizio'],
	['categoria', 'Categoria del servizio secondo il modello dei siti comunali di Designers Italia (codice)'],
	['argomenti', 'Argomenti, codici separati da "|"'],
	['destinatari', 'Gruppi di destinatari, codici separati da "|"'],
	['lingue_parlate', 'Lingue parlate allo sportello, codici ISO 639-1 separati da "|"'],
	['sedi', 'Sedi: comune e indirizzo, separate da "|"'],
	['sedi_cap', 'Codice di avviamento postale di ogni sede, nello stesso ordine, separati da "|"'],
	[
		'sedi_coordinate',
		'Latitudine e longitudine (WGS 84, punto decimale) di ogni sede, nello stesso ordine, separate da "|"; vuoto se non indicate'
	],
	['orari', 'Orari settimanali per sede (1 = lunedì), separati da "|"'],
	['telefono', 'Telefono'],
	['telefono_sempre_attivo', '"sì" se il telefono risponde sempre, 24 ore su 24 e tutti i giorni'],
	['email', 'Email'],
	['accesso_online', 'Indirizzo per accedere al servizio online'],
	['costi', 'Costi'],
	['lingue_traduzioni', 'Lingue in cui la scheda è tradotta, codici separati da "|"'],
	['scheda', 'Indirizzo della scheda pubblica'],
	['ultimo_aggiornamento', 'Data dell’ultimo aggiornamento (AAAA-MM-GG)'],
	['dati_di_esempio', '"sì" se orari, indirizzi o contatti sono dati di esempio']
];

export const INDICATOR_FIELDS: [string, string][] = [
	['piano', 'Piano di Zona'],
	['obiettivo_codice', 'Codice dell’obiettivo'],
	['obiettivo', 'Obiettivo'],
	['indicatore_codice', 'Codice dell’indicatore'],
	['indicatore', 'Indicatore'],
	['tipo', 'Tipo: output, process (processo), outcome (esito)'],
	['misura', 'Misura: count, percentage, score, hours, text'],
	['unita', 'Unità di misura'],
	['periodo', 'Periodo'],
	['inizio', 'Inizio del periodo (AAAA-MM-GG)'],
	['fine', 'Fine del periodo (AAAA-MM-GG)'],
	['atteso', 'Valore atteso (numero, punto decimale)'],
	['atteso_testo', 'Valore atteso, quando non è un numero'],
	['realizzato', 'Valore realizzato (numero, punto decimale)'],
	['realizzato_testo', 'Valore realizzato, quando non è un numero'],
	['nota', 'Nota sul valore realizzato (per un valore calcolato: come è stato calcolato)'],
	['fonte', 'Fonte del dato: manual (inserito a mano) o il calcolo della piattaforma (es. training_operators)'],
	['fonte_descrizione', 'Fonte del dato, in parole']
];

const list = (xs: string[]) => xs.join('|');

export async function serviceDataset(district: { id: number; slug: string }, origin: string) {
	const rows = await db()
		.select({
			id: services.id,
			slug: services.slug,
			provider: organisations.name,
			category: services.category,
			topics: services.topics,
			targetGroups: services.targetGroups,
			spokenLanguages: services.spokenLanguages,
			phone: services.phone,
			phoneAlwaysOpen: services.phoneAlwaysOpen,
			email: services.email,
			accessUrl: services.accessUrl,
			updatedAt: services.updatedAt,
			exampleData: services.exampleData
		})
		.from(services)
		.innerJoin(organisations, eq(organisations.id, services.providerId))
		.where(and(eq(services.districtId, district.id), eq(services.status, 'active')))
		.orderBy(asc(services.slug));
	const ids = rows.map((r) => r.id);
	const [texts, places] = await Promise.all([
		ids.length ? db().select().from(serviceTexts).where(inArray(serviceTexts.serviceId, ids)) : [],
		locationsOf(ids)
	]);
	return rows.map((r) => {
		const own = texts.filter((t) => t.serviceId === r.id);
		const it = own.find((t) => t.lang === 'it')!;
		const locs = places.get(r.id) ?? [];
		const record: Record<string, Cell> = {
			identificativo: r.slug,
			titolo: it.title,
			descrizione: it.summary,
			ente: r.provider,
			categoria: r.category,
			argomenti: list(r.topics),
			destinatari: list(r.targetGroups),
			lingue_parlate: list(r.spokenLanguages),
			sedi: list(locs.map((l) => `${l.municipality}, ${l.address}`)),
			sedi_cap: list(locs.map((l) => l.postalCode)),
			sedi_coordinate: list(
				locs.map((l) => (l.latitude === null || l.longitude === null ? '' : `${l.latitude},${l.longitude}`))
			),
			orari: list(
				locs.map(
					(l) =>
						`${l.municipality}: ${l.schedule.hours.map((h) => `${h.weekday} ${h.opens.slice(0, 5)}-${h.closes.slice(0, 5)}`).join(', ')}`
				)
			),
			telefono: r.phone,
			telefono_sempre_attivo: r.phoneAlwaysOpen ? 'sì' : 'no',
			email: r.email,
			accesso_online: r.accessUrl,
			costi: it.cost,
			lingue_traduzioni: list(
				own
					.map((t) => t.lang)
					.filter((l) => l !== 'it')
					.sort()
			),
			scheda: `${origin}/ambiti/${district.slug}/servizi/${r.slug}`,
			ultimo_aggiornamento: r.updatedAt.toISOString().slice(0, 10),
			dati_di_esempio: r.exampleData ? 'sì' : 'no'
		};
		const translations = Object.fromEntries(
			own.map((t) => [t.lang, Object.fromEntries(TEXT_FIELDS.map((f) => [f, t[f]]).filter(([, v]) => v))])
		);
		return { record, translations };
	});
}

export async function indicatorDataset(districtId: number) {
	const rows = await db()
		.select({
			plan: plans.title,
			objectiveCode: objectives.code,
			objective: objectives.title,
			code: indicators.code,
			name: indicators.name,
			kind: indicators.kind,
			measure: indicators.measure,
			unit: indicators.unit,
			source: indicators.source,
			period: indicatorPeriods
		})
		.from(indicatorPeriods)
		.innerJoin(indicators, eq(indicators.id, indicatorPeriods.indicatorId))
		.innerJoin(objectives, eq(objectives.id, indicators.objectiveId))
		.innerJoin(plans, eq(plans.id, indicators.planId))
		// Draft objectives (carried in from a wall, not yet approved) are not published.
		.where(and(eq(indicators.districtId, districtId), eq(indicators.public, true), eq(objectives.draft, false)))
		.orderBy(
			asc(plans.startYear),
			asc(objectives.position),
			asc(objectives.id),
			asc(indicators.position),
			asc(indicators.id),
			asc(indicatorPeriods.startsOn)
		);
	return rows.map((r): Record<string, Cell> => ({
		piano: r.plan,
		obiettivo_codice: r.objectiveCode,
		obiettivo: r.objective,
		indicatore_codice: r.code,
		indicatore: r.name,
		tipo: r.kind,
		misura: r.measure,
		unita: r.unit,
		periodo: r.period.label,
		inizio: r.period.startsOn,
		fine: r.period.endsOn,
		atteso: r.period.target,
		atteso_testo: r.period.targetText,
		realizzato: r.period.actualNumber,
		realizzato_testo: r.period.actualText,
		nota: r.period.actualComment,
		fonte: r.source,
		fonte_descrizione: label('source', r.source)
	}));
}

export function datasetCsv(fields: [string, string][], records: Record<string, Cell>[]): string {
	return toCsv([fields.map(([k]) => k), ...records.map((r) => fields.map(([k]) => r[k] ?? null))], { separator: ',' });
}

/** The DCAT-AP_IT description of the district's catalogue and its two datasets. */
export function dcatRecord(district: { slug: string; name: string }, origin: string, modified: Date) {
	const base = `${origin}/ambiti/${district.slug}/dati-aperti`;
	const agent = {
		'@type': ['foaf:Agent', 'dcatapit:Agent'],
		'foaf:name': district.name,
		'dct:identifier': `pdz-${district.slug}`
	};
	const licence = {
		'@id': LICENCE.url,
		'@type': ['dct:LicenseDocument', 'dcatapit:LicenseDocument'],
		'foaf:name': LICENCE.name,
		'dct:type': { '@id': 'http://purl.org/adms/licencetype/Attribution' }
	};
	const day = modified.toISOString().slice(0, 10);
	const eu = (table: string, code: string) => ({
		'@id': `http://publications.europa.eu/resource/authority/${table}/${code}`
	});
	const dataset = (id: string, title: string, description: string, keywords: string[]) => ({
		'@id': `${base}#${id}`,
		'@type': ['dcat:Dataset', 'dcatapit:Dataset'],
		'dct:identifier': `pdz-${district.slug}:${id}`,
		'dct:title': { '@value': title, '@language': 'it' },
		'dct:description': { '@value': description, '@language': 'it' },
		'dct:modified': { '@value': day, '@type': 'xsd:date' },
		'dct:publisher': agent,
		'dct:rightsHolder': agent,
		'dcat:contactPoint': {
			'@type': ['vcard:Kind', 'dcatapit:Organization'],
			'vcard:fn': district.name,
			'vcard:hasURL': { '@id': `${origin}/ambiti/${district.slug}` }
		},
		'dcat:theme': eu('data-theme', 'SOCI'),
		'dct:accrualPeriodicity': eu('frequency', 'IRREG'),
		'dct:language': eu('language', 'ITA'),
		'dcat:keyword': keywords,
		'dcat:landingPage': { '@id': base },
		'dcat:distribution': (['csv', 'json'] as const).map((format) => ({
			'@id': `${base}/${id}.${format}`,
			'@type': ['dcat:Distribution', 'dcatapit:Distribution'],
			'dct:title': `${title} (${format.toUpperCase()})`,
			'dcat:accessURL': { '@id': base },
			'dcat:downloadURL': { '@id': `${base}/${id}.${format}` },
			'dct:format': eu('file-type', format.toUpperCase()),
			'dcat:mediaType': format === 'csv' ? 'text/csv' : 'application/json',
			'dct:license': licence
		}))
	});
	return {
		'@context': {
			dcat: 'http://www.w3.org/ns/dcat#',
			dct: 'http://purl.org/dc/terms/',
			dcatapit: 'http://dati.gov.it/onto/dcatapit#',
			foaf: 'http://xmlns.com/foaf/0.1/',
			vcard: 'http://www.w3.org/2006/vcard/ns#',
			xsd: 'http://www.w3.org/2001/XMLSchema#'
		},
		'@graph': [
			{
				'@id': `${base}#catalogo`,
				'@type': ['dcat:Catalog', 'dcatapit:Catalog'],
				'dct:title': { '@value': `Dati aperti - ${district.name}`, '@language': 'it' },
				'dct:description': {
					'@value': `Servizi e indicatori del Piano di Zona pubblicati da ${district.name}.`,
					'@language': 'it'
				},
				'dct:publisher': agent,
				'dct:modified': { '@value': day, '@type': 'xsd:date' },
				'dct:language': eu('language', 'ITA'),
				'foaf:homepage': { '@id': base },
				'dcat:dataset': [{ '@id': `${base}#servizi` }, { '@id': `${base}#indicatori` }]
			},
			dataset(
				'servizi',
				`Catalogo dei servizi - ${district.name}`,
				'I servizi attivi del territorio: ente, sedi e orari, destinatari, argomenti, lingue parlate, costi.',
				['servizi sociali', 'immigrazione', 'orari', 'sportelli']
			),
			dataset(
				'indicatori',
				`Indicatori del Piano di Zona - ${district.name}`,
				'Gli indicatori pubblici del Piano di Zona con i valori attesi e realizzati per periodo.',
				['piano di zona', 'indicatori', 'monitoraggio', 'programmazione sociale']
			)
		]
	};
}
