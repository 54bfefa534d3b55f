// The region-scale dataset of `npm run bench`: every Ambito of Lombardia (91) with two plans
// of realistic size. Rows are generated here, deterministically, and written with one
// `insert ... select from unnest(...)` per table and chunk: a few seconds, not minutes.
// Ids are assigned here (overriding the identity columns) so that children can point at
// their parents without reading ids back; the sequences are moved past them at the end.

export const SIZE = {
	districts: 91,
	systemObjectives: 6,
	areaObjectivesPerArea: 2, // 12 areas → 24 area objectives, 30 objectives per plan
	indicatorsPerObjective: 8, // 240 indicators per plan
	/** Ambito 02's running plan is a big one: the plan-document benchmark needs 500 indicators. */
	bigPlanIndicatorsPerObjective: 17,
	organisations: 20,
	services: 60 // each with 1-2 places, in Italian and (two in three) six more languages
};

/** Services of the catalogue, as a district might publish them: [title, summary words]. */
const SERVICES = [
	['Sportello Stranieri', 'permesso di soggiorno, ricongiungimento familiare, cittadinanza e codice STP'],
	['Corsi di italiano per stranieri', 'lingua italiana dal livello A1 al B1 e certificazione'],
	['Assistenza domiciliare anziani', 'aiuto a casa per igiene, pasti e compagnia'],
	['Centro antiviolenza', 'ascolto e protezione per donne che subiscono violenza'],
	['Inserimento lavorativo', 'tirocini, orientamento e ricerca di lavoro'],
	['Trasporto sociale', 'accompagnamento a visite mediche e terapie'],
	['Consultorio familiare', 'salute della donna, gravidanza e sostegno alla coppia'],
	['Informagiovani', 'studio, lavoro, volontariato e tempo libero per i giovani'],
	['Sportello casa', 'affitto, bandi per la casa e morosità incolpevole'],
	['Mediazione linguistico-culturale', 'mediatori nelle scuole e nei servizi sanitari']
];
const TOPICS = [
	'immigration',
	'work',
	'education',
	'health',
	'housing',
	'family',
	'care',
	'violence',
	'legal',
	'minors'
];
const TARGETS = [
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
];
const LANGS = ['en', 'fr', 'es', 'ar', 'uk', 'zh'];
const MUNICIPALITIES = ['Capoluogo', 'Borgo Nuovo', 'Castello', 'San Martino', 'Villanova', 'Pieve'];

export const AREAS = [
	['A', 'Contrasto alla povertà e all’emarginazione sociale e promozione dell’inclusione attiva'],
	['B', 'Politiche abitative'],
	['C', 'Promozione dell’inclusione attiva'],
	['D', 'Domiciliarità'],
	['E', 'Anziani'],
	['F', 'Digitalizzazione dei servizi'],
	['G', 'Politiche giovanili e per i minori'],
	['H', 'Interventi connessi alle politiche per il lavoro'],
	['I', 'Interventi per la Famiglia'],
	['J', 'Interventi a favore delle persone con disabilità'],
	['K', 'Interventi di sistema per il potenziamento dell’Ufficio di Piano'],
	['L', 'Altro']
];

/** The first plan is closed with all its figures; the second is being monitored. */
export const PLANS = [
	{ startYear: 2021, endYear: 2023, status: 'closed' },
	{ startYear: 2025, endYear: 2027, status: 'running' }
];

const SYSTEM_TITLES = [
	'Programmazione integrata e trasversale tra macro-aree di welfare',
	'Integrazione socio-sanitaria',
	'Incremento dell’accesso a finanziamenti nazionali ed europei',
	'Digitalizzazione dei servizi e processi',
	'Investimento nella formazione e specializzazione degli operatori',
	'Comunicazione (obiettivo sistemico trasversale)'
];

const PHASES = [
	['Linee di indirizzo regionali', 'Regione Lombardia'],
	['Tavoli tematici d’Ambito sulle macro aree', 'Ufficio di Piano'],
	['Stesura del Piano di Zona', 'Ufficio di Piano'],
	['Microambiti con i Comuni', 'Ufficio di Piano'],
	['Approvazione in Assemblea dei Sindaci', 'Assemblea dei Sindaci'],
	['Monitoraggio e valutazione del triennio', 'Ufficio di Piano']
];

// Indicator shapes, drawn in rotation: measure, unit, direction, aggregation, target range.
const SHAPES = [
	{ measure: 'count', unit: 'beneficiari', direction: 'higher', aggregation: 'sum', target: [50, 600] },
	{ measure: 'count', unit: 'progettazioni', direction: 'higher', aggregation: 'sum', target: [1, 12] },
	{ measure: 'percentage', unit: '%', direction: 'higher', aggregation: 'average', target: [40, 90] },
	{ measure: 'hours', unit: 'ore', direction: 'higher', aggregation: 'sum', target: [200, 2000] },
	{ measure: 'score', unit: 'punteggio 1-10', direction: 'higher', aggregation: 'latest', target: [6, 9] },
	{ measure: 'count', unit: 'giorni', direction: 'lower', aggregation: 'average', target: [10, 60], baseline: true },
	{ measure: 'percentage', unit: '%', direction: 'none', aggregation: 'latest', target: [10, 50] },
	{ measure: 'text', unit: '', direction: 'none', aggregation: 'latest' }
];
const KINDS = [
	['output', 'OUT'],
	['process', 'PRO'],
	['outcome', 'OUTC']
];
const SUBJECTS = [
	'Nuove progettazioni presentate',
	'Beneficiari di interventi intercettati',
	'Operatori che hanno beneficiato di interventi formativi',
	'Ore di apertura dello sportello',
	'Grado di soddisfazione dei beneficiari',
	'Tempo medio di presa in carico',
	'Enti che partecipano ad almeno il 70% degli incontri del tavolo tematico',
	'Stato di avanzamento del protocollo d’intesa'
];

/** A small seeded generator (mulberry32): the same dataset on every run. */
function random(seed) {
	let a = seed >>> 0;
	return () => {
		a = (a + 0x6d2b79f5) >>> 0;
		let t = a;
		t = Math.imul(t ^ (t >>> 15), t | 1);
		t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
		return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
	};
}

/** Column-oriented rows of one table, with the pg array type of each column. */
function table(name, columns) {
	const cols = Object.fromEntries(Object.keys(columns).map((c) => [c, []]));
	return {
		name,
		types: columns,
		cols,
		get size() {
			return cols[Object.keys(columns)[0]].length;
		},
		add(row) {
			for (const c in cols) cols[c].push(row[c] ?? null);
			return row.id;
		}
	};
}

/** Builds every row in memory (about 200,000; a few tens of MB). */
export function generate({ districts = SIZE.districts, seed = 2024 } = {}) {
	const rnd = random(seed);
	const between = (lo, hi) => Math.round(lo + rnd() * (hi - lo));
	// In foreign-key order: seed() inserts the tables as listed.
	const T = {
		district: table('district', { id: 'int', slug: 'text', name: 'text', region: 'text' }),
		plan: table('plan', {
			id: 'int',
			district_id: 'int',
			slug: 'text',
			title: 'text',
			start_year: 'int',
			end_year: 'int',
			status: 'text',
			description: 'text'
		}),
		area: table('area', {
			id: 'int',
			district_id: 'int',
			plan_id: 'int',
			code: 'text',
			name: 'text',
			position: 'int'
		}),
		phase: table('phase', {
			id: 'int',
			district_id: 'int',
			plan_id: 'int',
			position: 'int',
			name: 'text',
			owner: 'text',
			starts_on: 'date',
			ends_on: 'date',
			status: 'text'
		}),
		objective: table('objective', {
			id: 'int',
			district_id: 'int',
			plan_id: 'int',
			kind: 'text',
			area_id: 'int',
			code: 'text',
			title: 'text',
			description: 'text',
			achievements: 'text',
			position: 'int'
		}),
		specific_objective: table('specific_objective', {
			id: 'int',
			district_id: 'int',
			objective_id: 'int',
			title: 'text',
			position: 'int'
		}),
		indicator: table('indicator', {
			id: 'int',
			district_id: 'int',
			plan_id: 'int',
			objective_id: 'int',
			code: 'text',
			name: 'text',
			kind: 'text',
			measure: 'text',
			unit: 'text',
			direction: 'text',
			baseline: 'numeric',
			aggregation: 'text',
			public: 'bool',
			position: 'int'
		}),
		indicator_period: table('indicator_period', {
			id: 'int',
			district_id: 'int',
			indicator_id: 'int',
			label: 'text',
			starts_on: 'date',
			ends_on: 'date',
			target: 'numeric',
			target_text: 'text',
			actual_number: 'numeric',
			actual_text: 'text',
			actual_comment: 'text'
		}),
		organisation: table('organisation', { id: 'int', district_id: 'int', name: 'text', type: 'text' }),
		// Array columns (topics, groups, languages) cannot go through unnest: set by AFTER_SEED.
		service: table('service', {
			id: 'int',
			district_id: 'int',
			slug: 'text',
			status: 'text',
			provider_id: 'int',
			phone: 'text'
		}),
		service_text: table('service_text', {
			service_id: 'int',
			district_id: 'int',
			lang: 'text',
			title: 'text',
			summary: 'text',
			audience: 'text',
			how_to: 'text',
			requirements: 'text',
			access: 'text',
			contacts: 'text',
			cost: 'text',
			easy_read: 'text'
		}),
		service_location: table('service_location', {
			id: 'int',
			district_id: 'int',
			service_id: 'int',
			name: 'text',
			municipality: 'text',
			address: 'text'
		}),
		location_hours: table('location_hours', {
			id: 'int',
			district_id: 'int',
			location_id: 'int',
			weekday: 'int',
			opens: 'time',
			closes: 'time'
		})
	};
	const next = (t) => t.size + 1;

	for (let d = 1; d <= districts; d++) {
		const districtId = T.district.add({
			id: d,
			slug: `ambito-${String(d).padStart(2, '0')}`,
			name: `Ambito territoriale ${String(d).padStart(2, '0')}`,
			region: 'Lombardia'
		});
		for (const p of PLANS) {
			const planId = T.plan.add({
				id: next(T.plan),
				district_id: districtId,
				slug: `${p.startYear}-${p.endYear}`,
				title: `Piano di Zona ${p.startYear}-${p.endYear}`,
				start_year: p.startYear,
				end_year: p.endYear,
				status: p.status,
				description: `Programmazione sociale ${p.startYear}/${p.endYear} dell’ambito.`
			});
			// Each plan has its own list of areas (a new plan starts from a copy of the one before).
			const areaIds = AREAS.map(([code, name], i) =>
				T.area.add({ id: next(T.area), district_id: districtId, plan_id: planId, code, name, position: i })
			);
			// Five preparation phases in the year before the plan, then monitoring for its span.
			PHASES.forEach(([name, owner], i) => {
				const last = i === PHASES.length - 1;
				const month = (m) => `${p.startYear - 1}-${String(m).padStart(2, '0')}`;
				T.phase.add({
					id: next(T.phase),
					district_id: districtId,
					plan_id: planId,
					position: i,
					name,
					owner,
					starts_on: last ? `${p.startYear}-01-01` : `${month(1 + i * 2)}-01`,
					ends_on: last ? `${p.endYear}-12-31` : `${month(2 + i * 2)}-28`,
					status: p.status === 'closed' || !last ? 'done' : 'in_progress'
				});
			});

			const objectives = [
				...SYSTEM_TITLES.slice(0, SIZE.systemObjectives).map((title, i) => ({
					kind: 'system',
					code: `OS${i + 1}`,
					title,
					areaId: null
				})),
				...AREAS.flatMap(([code, name], a) =>
					Array.from({ length: SIZE.areaObjectivesPerArea }, (_, k) => ({
						kind: 'area',
						code: `${code}${k + 1}`,
						title: `${name}: obiettivo ${k + 1} della programmazione d’ambito`,
						areaId: areaIds[a]
					}))
				)
			];
			objectives.forEach((o, position) => {
				const objectiveId = T.objective.add({
					id: next(T.objective),
					district_id: districtId,
					plan_id: planId,
					kind: o.kind,
					area_id: o.areaId,
					code: o.code,
					title: o.title,
					description: o.kind === 'area' ? 'Obiettivo definito con i tavoli tematici.' : '',
					achievements:
						rnd() < 0.6
							? Array.from(
									{ length: between(1, 4) },
									(_, k) => `Risultato ${k + 1} conseguito nel triennio per ${o.code}`
								).join('\n')
							: '',
					position
				});
				for (let s = 0; s < 1 + (position % 3); s++) {
					T.specific_objective.add({
						id: next(T.specific_objective),
						district_id: districtId,
						objective_id: objectiveId,
						position: s,
						title: `Obiettivo specifico ${o.code}.${s + 1}: rafforzamento degli interventi e della rete territoriale`
					});
				}
				const perObjective =
					d === 2 && p.status === 'running' ? SIZE.bigPlanIndicatorsPerObjective : SIZE.indicatorsPerObjective;
				for (let n = 0; n < perObjective; n++) {
					const shape = SHAPES[(position + n) % SHAPES.length];
					const [kind, prefix] = KINDS[n % KINDS.length];
					const indicatorId = T.indicator.add({
						id: next(T.indicator),
						district_id: districtId,
						plan_id: planId,
						objective_id: objectiveId,
						code: `${o.code}.${prefix}${n + 1}`,
						name: `${SUBJECTS[(position + n) % SUBJECTS.length]} (${o.code}, indicatore ${n + 1})`,
						kind,
						measure: shape.measure,
						unit: shape.unit,
						direction: shape.direction,
						aggregation: shape.aggregation,
						baseline: shape.baseline ? String(between(60, 120)) : null,
						public: rnd() < 0.9,
						position: n
					});
					addPeriods(T.indicator_period, rnd, between, { districtId, indicatorId, plan: p, shape });
				}
			});
		}
		addCatalogue(T, rnd, districtId);
	}
	return Object.values(T);
}

/** The district's organisations and catalogue: services with texts, places and weekly hours. */
function addCatalogue(T, rnd, districtId) {
	const orgs = Array.from({ length: SIZE.organisations }, (_, i) =>
		T.organisation.add({
			id: T.organisation.size + 1,
			district_id: districtId,
			name: `Ente ${i + 1} dell’ambito ${districtId}`,
			type: i % 3 ? 'third_sector' : 'municipality'
		})
	);
	for (let n = 0; n < SIZE.services; n++) {
		const [title, words] = SERVICES[n % SERVICES.length];
		const town = MUNICIPALITIES[n % MUNICIPALITIES.length];
		const id = T.service.add({
			id: T.service.size + 1,
			district_id: districtId,
			slug: `servizio-${n + 1}`,
			status: n % 12 === 11 ? 'draft' : 'active',
			provider_id: orgs[n % orgs.length],
			phone: '0371 000 000'
		});
		const text = (lang) => ({
			service_id: id,
			district_id: districtId,
			lang,
			title: `${title} ${town}${lang === 'it' ? '' : ` (${lang})`}`,
			summary: `Il servizio offre ${words} a chi vive nel comune di ${town} e nei comuni vicini.`,
			audience: `Persone e famiglie residenti o domiciliate nell’ambito che hanno bisogno di ${words}.`,
			how_to:
				'Vieni allo sportello negli orari di apertura oppure telefona per fissare un appuntamento. Un operatore ascolta la tua situazione e ti aiuta.',
			requirements: 'Documento d’identità\nCodice fiscale\nPermesso di soggiorno, se c’è',
			access: 'Di persona nella sede indicata, oppure su appuntamento telefonico.',
			contacts: 'Telefono 0371 000 000, dal lunedì al venerdì.',
			cost: 'Gratuito.',
			easy_read: `Qui trovi ${words}. Il servizio è gratis. Porta un documento.`
		});
		T.service_text.add(text('it'));
		if (n % 3) for (const lang of LANGS) T.service_text.add(text(lang));
		for (let l = 0; l < 1 + (n % 2); l++) {
			const location = T.service_location.add({
				id: T.service_location.size + 1,
				district_id: districtId,
				service_id: id,
				name: '',
				municipality: MUNICIPALITIES[(n + l) % MUNICIPALITIES.length],
				address: `Via Roma ${n + 1}`
			});
			for (let day = 1; day <= 5; day++) {
				if (rnd() < 0.3) continue;
				T.location_hours.add({
					id: T.location_hours.size + 1,
					district_id: districtId,
					location_id: location,
					weekday: day,
					opens: '09:00',
					closes: '12:30'
				});
				if (rnd() < 0.5)
					T.location_hours.add({
						id: T.location_hours.size + 1,
						district_id: districtId,
						location_id: location,
						weekday: day,
						opens: '14:00',
						closes: '17:00'
					});
			}
		}
	}
}

/** What unnest cannot carry: the array columns of services, from the id (deterministic). */
const AFTER_SEED = [
	`update service set
		topics = array[(array[${TOPICS.map((t) => `'${t}'`).join(',')}])[1 + id % ${TOPICS.length}], (array[${TOPICS.map((t) => `'${t}'`).join(',')}])[1 + (id / 3) % ${TOPICS.length}]],
		target_groups = array[(array[${TARGETS.map((t) => `'${t}'`).join(',')}])[1 + id % ${TARGETS.length}]],
		spoken_languages = case when id % 3 = 0 then array['it'] else array['it', 'en', 'fr', 'ar'] end`
];

/** Three yearly periods: all figures for a closed plan, the first year(s) for a running one. */
function addPeriods(periods, rnd, between, { districtId, indicatorId, plan, shape }) {
	for (let year = plan.startYear; year <= plan.endYear; year++) {
		const reported =
			plan.status === 'closed'
				? rnd() < 0.95
				: year === plan.startYear
					? rnd() < 0.85
					: year === plan.startYear + 1
						? rnd() < 0.3
						: false;
		const row = {
			id: periods.size + 1,
			district_id: districtId,
			indicator_id: indicatorId,
			label: String(year),
			starts_on: `${year}-01-01`,
			ends_on: `${year}-12-31`,
			actual_comment: ''
		};
		if (shape.measure === 'text') {
			row.target_text = 'Protocollo sottoscritto';
			if (reported) row.actual_text = rnd() < 0.5 ? 'In definizione' : 'Sottoscritto';
		} else {
			const target = between(...shape.target);
			row.target = String(target);
			// A few numeric indicators are reported in words only ("in definizione").
			if (reported && rnd() < 0.04) row.actual_text = 'In definizione';
			else if (reported) {
				const actual = Math.max(0, Math.round(target * (0.6 + rnd() * 0.7)));
				row.actual_number = String(shape.measure === 'percentage' ? Math.min(100, actual) : actual);
			}
		}
		if (reported && rnd() < 0.2) row.actual_comment = 'Dato rilevato dall’Ufficio di Piano.';
		periods.add(row);
	}
}

const CHUNK = 20_000;

/** Writes the dataset with `client` (a pg.Client on a migrated, empty database). */
export async function seed(client, options) {
	const tables = generate(options);
	await client.query('begin');
	for (const t of tables) {
		const names = Object.keys(t.types);
		const list = names.map((c) => `"${c}"`).join(', ');
		const params = names.map((c, i) => `$${i + 1}::${t.types[c]}[]`).join(', ');
		const sql = `insert into "${t.name}" (${list}) overriding system value select * from unnest(${params})`;
		for (let start = 0; start < t.size; start += CHUNK) {
			await client.query(
				sql,
				names.map((c) => t.cols[c].slice(start, start + CHUNK))
			);
		}
		// Later inserts (the demo district, the application) continue after our ids.
		if ('id' in t.types)
			await client.query(
				`select setval(pg_get_serial_sequence('"${t.name}"', 'id'), (select max(id) from "${t.name}"))`
			);
	}
	for (const sql of AFTER_SEED) await client.query(sql);
	await client.query('commit');
	await client.query('analyze');
	return Object.fromEntries(tables.map((t) => [t.name, t.size]));
}
