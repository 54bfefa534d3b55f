// The demo district: the Lodi Ufficio di Piano as its May 2024 slides describe it
// (../shared/seed). Loaded through the same services users go through.
import { systemActor } from '../kernel';
import { auth, authAccounts, createAccount, createDistrict, setPublicLanguages, users, type Role } from '../accounts';
import { and, eq, inArray } from 'drizzle-orm';
import { db } from '../db';
import { loadRoundtable } from './lodi-roundtable';
import { loadWall } from './lodi-wall';
import { loadProjects } from './lodi-projects';
import { loadServices, sportelloHours } from './lodi-services';
import { loadTraining } from './lodi-training';
import { loadAgreements } from './lodi-agreements';
import {
	addPeriod,
	addSpecificObjective,
	createArea,
	createIndicator,
	createObjective,
	createPhase,
	createPlan,
	listAreas,
	updateArea
} from '../planning';

export const DEMO_PASSWORD = 'pdz-demo-2024';
export const DEMO_ACCOUNTS: { email: string; name: string; role: Role; password: string }[] = [
	{ email: 'udp@lodi.demo.it', name: 'Ufficio di Piano (demo)', role: 'admin', password: DEMO_PASSWORD },
	{
		email: 'tavolo.immigrazione@lodi.demo.it',
		name: 'Referente Tavolo Immigrazione (demo)',
		role: 'coordinator',
		password: DEMO_PASSWORD
	},
	{ email: 'cpia@lodi.demo.it', name: 'Referente CPIA (demo)', role: 'delegate', password: DEMO_PASSWORD },
	{ email: 'osservatore@lodi.demo.it', name: 'Osservatore (demo)', role: 'viewer', password: DEMO_PASSWORD }
];

/** The demo accounts that still sign in with the demo password: the start lists only these. */
export async function accountsWithDemoPassword() {
	const ctx = await auth().$context;
	const rows = await db()
		.select({ email: users.email, hash: authAccounts.password })
		.from(users)
		.innerJoin(authAccounts, and(eq(authAccounts.userId, users.id), eq(authAccounts.providerId, 'credential')))
		.where(
			inArray(
				users.email,
				DEMO_ACCOUNTS.map((a) => a.email)
			)
		);
	const still = [];
	for (const a of DEMO_ACCOUNTS) {
		const hash = rows.find((r) => r.email === a.email)?.hash;
		if (hash && (await ctx.password.verify({ hash, password: a.password }))) still.push(a);
	}
	return still;
}

/** The 2021-2023 plan's areas its slides use: immigration was G in that cycle. */
export const AREAS_2021: [string, string][] = [['G', 'Area immigrazione e cittadinanza']];

/** The 2025-2027 plan's macro-areas, as the seed lists them for the new cycle (no C). */
export const AREAS: [string, string][] = [
	['A', 'Contrasto alla povertà e all’emarginazione sociale e promozione dell’inclusione attiva'],
	['B', 'Politiche abitative'],
	['D', 'Domiciliarità'],
	['E', 'Anziani'],
	['F', 'Digitalizzazione dei servizi'],
	['G', 'Politiche giovanili e per i minori'],
	['H', 'Interventi connessi alle politiche per il lavoro'],
	['I', 'Interventi per la Famiglia'],
	['J', 'Interventi a favore delle persone con disabilità'],
	['K', 'Interventi di sistema per il potenziamento dell’Ufficio di Piano e il rafforzamento della gestione associata'],
	['L', 'Altro']
];

interface SeedIndicator {
	code: string;
	name: string;
	kind: 'output' | 'process' | 'outcome';
	measure: 'count' | 'percentage' | 'score' | 'hours';
	unit: string;
	/** The unit for the value 1, when it is another word. */
	unitOne?: string;
	target: string;
	actual?: string;
	actualText?: string;
	comment?: string;
	/**
	 * Computed from the platform's records instead of typed in (the parameters: see loadDemo):
	 * `actual` is then the seed's figure, which the records must give.
	 */
	source?: string;
}

const SYSTEM_OBJECTIVES: { code: string; title: string; specifics: string[]; achievements: string[] }[] = [
	{
		code: 'OS1',
		title: 'Programmazione integrata e trasversale tra macro-aree di welfare',
		specifics: [
			'Rafforzamento dell’integrazione con il Terzo Settore negli interventi e nei progetti con l’Ambito (ruolo CSV)',
			'Ricomposizione dei problemi e risorse tramite i Tavoli Tematici',
			'Sviluppo di nuovi modelli gestionali di intervento sociale'
		],
		achievements: [
			'Circa 10 coprogettazioni con il Terzo Settore ed altri attori locali e 7 coprogettazioni sviluppate con il CSV',
			'7 Tavoli tematici avviati in fase di stesura PDZ',
			'Sperimentazione di nuove Unità di offerta sociale e revisione dei criteri per riparto FSR'
		]
	},
	{
		code: 'OS2',
		title: 'Integrazione socio-sanitaria',
		specifics: [
			'Integrazione digitale con ASST',
			'Sviluppo delle Case di Comunità',
			'Rafforzamento dei servizi sociali a favore della domiciliarità'
		],
		achievements: [
			'L’interfaccia con ASST nella cartella sociale informatizzata (SIZ)',
			'Avviato percorso di coprogettazione con ASST dei PUA',
			'Avviata revisione della procedura delle Dimissioni Protette con ASST e con AS d’Ambito di riferimento'
		]
	},
	{
		code: 'OS3',
		title: 'Incremento dell’accesso a finanziamenti nazionali ed europei',
		specifics: [
			'Consolidamento dell’Area Innovazione e Sviluppo',
			'Potenziamento dell’accesso a finanziamenti aggiuntivi in una logica di complementarietà con la programmazione sociale'
		],
		achievements: [
			'Introduzione di una figura per la gestione delle procedure amministrative e rendicontative dei progetti',
			'Nuovi progetti in area disabilità, anziani, sviluppo comunità, inclusione sociale, integrazione dei cittadini stranieri, minori, PNRR',
			'Supporto all’attuazione dei LEPS: supervisione operatori, housing temporaneo, stazione di posta, punti unici di accesso, rafforzamento dei servizi sociali territoriali'
		]
	},
	{
		code: 'OS4',
		title: 'Digitalizzazione dei servizi e processi',
		specifics: [
			'Rafforzamento dell’integrazione digitale con ASST',
			'Miglioramento e diffusione della Bacheca Digitale',
			'Aumento delle competenze digitali degli operatori dell’Ambito'
		],
		achievements: [
			'Creazione di un’interfaccia integrata tra SIZ e sistema ASST',
			'Accessibilità e fruibilità della piattaforma online per ricomporre servizi e opportunità',
			'Predisposizione e diffusione di manuali d’istruzione «KIT»'
		]
	},
	{
		code: 'OS5',
		title: 'Investimento nella formazione e specializzazione degli operatori',
		specifics: ['Rafforzamento delle competenze degli operatori dell’Ambito'],
		achievements: [
			'15 Corsi di formazione realizzati nell’anno 2022',
			'2 percorsi di riorganizzazione per Area SIL e RDC',
			'1 percorso di supervisione GEA nel 2023',
			'Avviato il ciclo di percorsi formativi per l’anno 2024 rivolto a tutto il territorio',
			'Avviata la supervisione individuale per gli Assistenti sociali'
		]
	},
	{
		code: 'COM',
		title: 'Comunicazione (obiettivo sistemico trasversale)',
		specifics: [
			'Miglioramento delle comunicazioni interne ed esterne e costante collaborazione con enti del territorio',
			'Nuova interfaccia e riorganizzazione del sito di Ufficio di Piano con adeguamento alle normative di accessibilità',
			'Ampliamento dei canali social e delle comunicazioni con obiettivo di informare e aggiornare'
		],
		achievements: [
			'Invio di una newsletter al territorio a cadenza bimestrale (+35% tasso apertura) e creazione di una nuova newsletter informativa a seguito dei tavoli tecnici per tutte/i AS dell’Ambito e dipendenti UDP (+62% tasso di apertura)',
			'Ristrutturazione del design del sito, aggiornamento dei contenuti e monitoraggio dati, stesura termini e condizioni bacheca digitale',
			'Sviluppo dei contenuti social e creazione di nuovi progetti editoriali quali storie in comune e materiali informativi (+ di 1000 contenuti)'
		]
	}
];

const IMMIGRATION_ACHIEVEMENTS = [
	'Costituzione e calendarizzazione del Tavolo immigrazione (15 incontri circa)',
	'Potenziato Sportello stranieri',
	'Attivato lo Sportello Assistenti Familiari attraverso la collaborazione dei sindacati SPI-CGIL e FNP-CISL Pavia/Lodi',
	'Con il progetto FAMI Lab Impact: avviati lab. Terza media; lab. di alfabetizzazione; intervento di mediazione abitativa',
	'Con i progetti FAMI Lab Impact, Conoscere per Integrarsi e I.D.E.A.S attivati percorsi di formazione e aggiornamento per operatori dei servizi, mediatori linguistico culturali, personale sanitario, personale tutela e personale ATA',
	'Svolti incontri di sensibilizzazione ad operatori e territorio con il progetto FAMI I.D.E.A.S',
	'Con i progetti FAMI Lab Impact, Conoscere per Integrarsi realizzate attività scolastiche ed extrascolastiche per minori stranieri con l’approccio di welfare di comunità',
	'Attivati interventi per MSNA all’interno del progetto SAI gestito da ACSI',
	'Attivati interventi specifici per vittime di tratta e attività di sensibilizzazione agli operatori grazie al progetto «Mettiamo le Ali» di Fondazione Somaschi'
];

export const IMMIGRATION_INDICATORS: SeedIndicator[] = [
	{
		code: 'G1.OUT1',
		kind: 'output',
		measure: 'count',
		unit: 'progettazioni',
		name: 'Nuove progettazioni presentate',
		target: '3',
		actual: '5',
		source: 'projects_by_status'
	},
	{
		code: 'G1.OUT2',
		kind: 'output',
		measure: 'count',
		unit: 'beneficiari',
		name: 'Beneficiari di interventi intercettati',
		target: '300',
		actual: '600',
		source: 'beneficiaries'
	},
	{
		code: 'G1.OUT3',
		kind: 'output',
		measure: 'count',
		unit: 'persone',
		name: 'Vittime agganciate ed assistite',
		target: '100',
		actual: '280',
		source: 'victims'
	},
	{
		code: 'G1.PRO1',
		kind: 'process',
		measure: 'count',
		unit: 'operatori',
		name: 'Operatori che hanno beneficiato di interventi formativi',
		target: '120',
		actual: '145',
		source: 'training_operators'
	},
	{
		code: 'G1.PRO2',
		kind: 'process',
		measure: 'hours',
		unit: 'ore',
		name: 'Ore di apertura dello Sportello Stranieri&Rifugiati',
		target: '900',
		actual: '2000',
		source: 'service_hours'
	},
	{
		code: 'G1.OUTC1',
		kind: 'outcome',
		measure: 'percentage',
		unit: '%',
		name: '% di Enti che presenziano almeno al 70% degli incontri del tavolo tematico sul totale di enti partecipanti',
		target: '70',
		actual: '70',
		source: 'attendance_share'
	},
	{
		code: 'G1.OUTC2',
		kind: 'outcome',
		measure: 'count',
		unit: 'protocolli',
		unitOne: 'protocollo',
		name: 'Numero di protocolli stipulati',
		target: '1',
		actualText: 'In definizione',
		source: 'agreements_signed'
	},
	{
		code: 'G1.OUTC3',
		kind: 'outcome',
		measure: 'score',
		unit: 'punteggio 1-10',
		name: 'Grado di efficacia rispetto agli interventi ricevuti da parte dei beneficiari',
		target: '8',
		actual: '9'
	},
	{
		code: 'G1.OUTC4',
		kind: 'outcome',
		measure: 'score',
		unit: 'punteggio 1-10',
		name: 'Grado di efficacia degli interventi rispetto al bisogno del territorio rilevato dagli operatori (rilevato con focus group finale)',
		target: '8',
		actual: '8'
	},
	{
		code: 'G1.OUTC5',
		kind: 'outcome',
		measure: 'percentage',
		unit: '%',
		name: '% di scuole che attivano interventi di contrasto alla dispersione scolastica e alla povertà educativa sul totale delle scuole',
		target: '60',
		actual: '70'
	},
	{
		code: 'G1.OUTC6',
		kind: 'outcome',
		measure: 'percentage',
		unit: '%',
		name: '% di MSNA che conclude positivamente i percorsi finalizzati all’autonomia (istruzione-formazione e inserimento lavorativo)',
		target: '80',
		actual: '80'
	},
	{
		code: 'G1.OUTC7',
		kind: 'outcome',
		measure: 'percentage',
		unit: '%',
		name: '% di vittime di tratta che accede ai servizi di prossimità sul n° delle intercettate',
		target: '15',
		actual: '5',
		comment:
			'Definizione cambiata nel triennio: il valore raggiunto è la % di vittime di tratta che accede ai programmi di protezione sul n° delle intercettate.'
	}
];

const PHASES_2025 = [
	{
		name: 'Linee di indirizzo regionali',
		owner: 'Regione Lombardia',
		startsOn: '2024-01-01',
		endsOn: '2024-04-30',
		status: 'done',
		description: 'Linee di indirizzo per la programmazione sociale e territoriale del triennio.'
	},
	{
		name: 'Tavoli tematici d’Ambito sulle macro aree',
		owner: 'Ufficio di Piano',
		startsOn: '2024-05-01',
		endsOn: '2024-06-30',
		status: 'done',
		description: 'Coinvolgimento del territorio: processo, esiti del triennio precedente, bisogni e priorità.'
	},
	{
		name: 'Stesura del Piano di Zona',
		owner: 'Ufficio di Piano',
		startsOn: '2024-06-01',
		endsOn: '2024-12-31',
		status: 'done',
		description: ''
	},
	{
		name: 'Microambiti con i Comuni',
		owner: 'Ufficio di Piano',
		startsOn: '2024-09-01',
		endsOn: '2024-10-31',
		status: 'done',
		description: 'Coinvolgimento dei Comuni.'
	},
	{
		name: 'Approvazione in Assemblea dei Sindaci e invio a Regione',
		owner: 'Assemblea dei Sindaci',
		startsOn: '2024-12-01',
		endsOn: '2024-12-31',
		status: 'done',
		description: 'Entro il 31 dicembre 2024.'
	},
	{
		name: 'Monitoraggio e valutazione del triennio',
		owner: 'Ufficio di Piano',
		startsOn: '2025-01-01',
		endsOn: '2027-12-31',
		status: 'in_progress',
		description: 'Gli esiti alimentano la programmazione successiva.'
	}
];

export async function loadDemo() {
	const district = await createDistrict({ slug: 'lodi', name: 'Ambito Territoriale di Lodi', region: 'Lombardia' });
	const system = systemActor(district.id);
	// The demo publishes in the languages of the Lodi district's foreign residents.
	await setPublicLanguages(system, { languages: 'en,fr,ar,es,uk,zh' });
	const accounts = new Map<Role, string>();
	for (const account of DEMO_ACCOUNTS)
		accounts.set(account.role, (await createAccount(system, account, { provisional: false })).id);

	// Each plan has its own areas: 2021-2023 first, then 2025-2027, which starts from a copy of
	// that list and makes it the new cycle's (G renamed, the other areas added).
	const previous = await createPlan(system, {
		title: 'Piano di Zona 2021-2023',
		startYear: '2021',
		endYear: '2023',
		status: 'closed',
		description: 'Panoramica degli obiettivi e risultati conseguiti nella triennalità 2021-2023.'
	});
	const previousAreaIds: Record<string, number> = {};
	for (const [i, [code, name]] of AREAS_2021.entries())
		previousAreaIds[code] = (
			await createArea(system, previous.id, { code, name, position: String(i), active: 'on' })
		).id;

	const next = await createPlan(system, {
		title: 'Piano di Zona 2025-2027',
		startYear: '2025',
		endYear: '2027',
		status: 'running',
		description:
			'Programmazione 2025/2027: tavoli tematici, microambiti, stesura e approvazione entro il 31 dicembre 2024.'
	});
	const copied = await listAreas(system, next.id);
	const areaIds: Record<string, number> = {};
	for (const [i, [code, name]] of AREAS.entries()) {
		const same = copied.find((a) => a.code === code);
		const values = { code, name, position: String(i), active: 'on' };
		const area = same
			? await updateArea(system, same.id, { ...values, version: String(same.version) })
			: await createArea(system, next.id, values);
		areaIds[code] = area.id;
	}
	const phaseIds: number[] = [];
	for (const [i, phase] of PHASES_2025.entries())
		phaseIds.push((await createPhase(system, next.id, { ...phase, position: String(i) })).id);

	// The roundtable of 2024 works on the new cycle's areas.
	const { roundtable, may2024 } = await loadRoundtable(system, {
		coordinatorId: accounts.get('coordinator')!,
		areaId: areaIds.G,
		roundtablePhaseId: phaseIds[1]
	});
	const objectiveIds: Record<string, number> = {};
	for (const [i, o] of SYSTEM_OBJECTIVES.entries()) {
		const objective = await createObjective(system, previous.id, {
			kind: 'system',
			code: o.code,
			title: o.title,
			achievements: o.achievements.join('\n'),
			position: String(i)
		});
		objectiveIds[o.code] = objective.id;
		for (const title of o.specifics) await addSpecificObjective(system, objective.id, { title });
	}
	const immigration = await createObjective(system, previous.id, {
		kind: 'area',
		areaId: String(previousAreaIds.G),
		code: 'G1',
		title:
			'Accrescere la capacità del sistema di rispondere ai bisogni specifici della popolazione migrante attraverso il miglioramento dell’offerta dei servizi',
		description: 'Area immigrazione e cittadinanza',
		achievements: IMMIGRATION_ACHIEVEMENTS.join('\n'),
		position: String(SYSTEM_OBJECTIVES.length)
	});
	// The wall of May 2024 drafts an objective of 2025-2027, in that plan's G; the projects served
	// the 2021-2023 objective, in that plan's G.
	await loadWall(system, { meetingId: may2024.id, planId: next.id, areaId: areaIds.G });
	await loadProjects(system, { areaId: previousAreaIds.G, objectiveId: immigration.id });
	const services = await loadServices(system);
	await loadTraining(system);
	await loadAgreements(system, { previousPlanId: previous.id, nextPlanId: next.id, objectiveId: immigration.id });

	// The seed's figures, computed from the records above wherever the platform keeps them.
	const sources: Record<string, Record<string, string>> = {
		attendance_share: { source: 'attendance_share', roundtableId: String(roundtable.id), threshold: '70' },
		projects_by_status: { source: 'projects_by_status', projectStatus: 'financed,under_evaluation' },
		beneficiaries: { source: 'beneficiaries', objectiveId: String(immigration.id), stage: 'reached' },
		victims: {
			source: 'beneficiaries',
			objectiveId: String(immigration.id),
			targetGroup: 'Vittime di tratta',
			stage: 'met'
		},
		training_operators: { source: 'training_operators' },
		service_hours: { source: 'service_hours', ...sportelloHours(services) },
		agreements_signed: { source: 'agreements_signed', agreementKind: 'protocol' }
	};
	for (const ind of IMMIGRATION_INDICATORS) {
		const indicator = await createIndicator(system, immigration.id, {
			code: ind.code,
			name: ind.name,
			kind: ind.kind,
			measure: ind.measure,
			unit: ind.unit,
			unitOne: ind.unitOne ?? '',
			direction: 'higher',
			aggregation: ind.source === 'attendance_share' ? 'latest' : 'sum',
			public: 'on',
			...(ind.source ? sources[ind.source] : {})
		});
		await addPeriod(system, indicator.id, {
			label: '2021-2023',
			startsOn: '2021-01-01',
			endsOn: '2023-12-31',
			target: ind.target,
			...(ind.source
				? {}
				: { actualNumber: ind.actual ?? '', actualText: ind.actualText ?? '', actualComment: ind.comment ?? '' })
		});
	}
	// System objective 5: "15 Corsi di formazione realizzati nell'anno 2022", from the training records.
	const courses = await createIndicator(system, objectiveIds.OS5, {
		code: 'OS5.OUT1',
		name: 'Corsi di formazione realizzati',
		kind: 'output',
		measure: 'count',
		unit: 'corsi',
		direction: 'higher',
		aggregation: 'sum',
		public: 'on',
		source: 'training_courses'
	});
	await addPeriod(system, courses.id, { label: '2022', startsOn: '2022-01-01', endsOn: '2022-12-31', target: '' });

	return district;
}
