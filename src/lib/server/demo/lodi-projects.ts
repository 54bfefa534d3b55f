// The projects the seed names (FAMI Lab Impact, Conoscere per Integrarsi, I.D.E.A.S, SAI run
// by ACSI, "Mettiamo le Ali" of Fondazione Somaschi: 3 financed, 2 under evaluation), and the
// Sportello Stranieri&Rifugiati kept alive by successive grants, with the gap of early 2024
// that the office bridged. Dates, amounts and partners are example data, marked as such; the
// beneficiary counts add up to the seed's figures for 2021-2023 (computed indicators G1.OUT2
// and G1.OUT3): 600 people reached, and 410 victims of trafficking contacted, 280 met.
import type { Actor } from '../kernel';
import { listOrganisations } from '../organisations';
import {
	addGrant,
	addPartner,
	createIntervention,
	createProject,
	listSources,
	recordBeneficiaries,
	setGrantYear,
	setProjectStatus,
	type BeneficiaryStage
} from '../projects';

interface DemoProject {
	title: string;
	description: string;
	lead: string;
	partners: [string, string][];
	coDesign?: string;
	targetGroups: string[];
	history: [string, string][];
	leps?: string[];
	grants?: [source: string, amount: string, from: string, to: string, years?: [string, string, string][]][];
	/** [period, target group, count, stage (default reached)] */
	beneficiaries?: [period: string, targetGroup: string, count: number, stage?: BeneficiaryStage][];
}

const PROJECTS: DemoProject[] = [
	{
		title: 'FAMI Lab Impact',
		description:
			'Servizi di orientamento e accompagnamento dei cittadini di paesi terzi, tra cui l’avvio dello Sportello Stranieri&Rifugiati.',
		lead: 'Comune di Lodi',
		partners: [
			['ACSI - progetto SAI', 'partner attuatore'],
			['CPIA di Lodi', 'partner'],
			['CSV Lombardia Sud', 'co-progettazione']
		],
		coDesign: 'Avviso pubblico di co-progettazione (art. 55 d.lgs. 117/2017)',
		targetGroups: ['Cittadini di paesi terzi'],
		leps: ['PUA', 'SUP'],
		history: [
			['submitted', '2020-09-15'],
			['financed', '2020-12-10'],
			['running', '2021-01-01'],
			['closed', '2022-12-31']
		],
		grants: [
			[
				'FAMI',
				'180.000,00',
				'2021-01-01',
				'2022-12-31',
				[
					['2021', '90.000,00', '90.000,00'],
					['2022', '90.000,00', '87.412,35']
				]
			]
		],
		beneficiaries: [
			['2021', 'Cittadini di paesi terzi', 212],
			['2022', 'Cittadini di paesi terzi', 268]
		]
	},
	{
		title: 'SAI - Sistema di Accoglienza e Integrazione',
		description: 'Accoglienza integrata di richiedenti e titolari di protezione internazionale.',
		lead: 'ACSI - progetto SAI',
		partners: [['Comune di Lodi', 'ente titolare']],
		targetGroups: ['Titolari di protezione internazionale'],
		leps: ['PIS'],
		history: [
			['submitted', '2021-06-30'],
			['financed', '2021-10-01'],
			['running', '2022-01-01']
		],
		beneficiaries: [
			['2022', 'Titolari di protezione internazionale', 24],
			['2023', 'Titolari di protezione internazionale', 58]
		]
	},
	{
		title: 'Mettiamo le Ali',
		description:
			'Interventi specifici per le vittime di tratta e sfruttamento: contatto, colloqui e accompagnamento ai servizi, in rete con il Numero Verde Antitratta; sensibilizzazione degli operatori e percorsi di autonomia per giovani stranieri.',
		lead: 'Fondazione Somaschi',
		partners: [
			['CSV Lombardia Sud', 'co-progettazione'],
			['CPIA di Lodi', 'partner']
		],
		coDesign: 'Co-progettazione con il Terzo Settore',
		targetGroups: ['Vittime di tratta', 'Giovani stranieri'],
		history: [
			['submitted', '2022-03-01'],
			['financed', '2022-07-15'],
			['running', '2022-09-01']
		],
		grants: [['Fondazioni', '45.000,00', '2022-09-01', '2024-08-31']],
		// The victims are counted by how far the contact went, never as "reached": 410 contacted, 280 met.
		beneficiaries: [
			['2022', 'Vittime di tratta', 120, 'contacted'],
			['2022', 'Vittime di tratta', 80, 'met'],
			['2023', 'Vittime di tratta', 290, 'contacted'],
			['2023', 'Vittime di tratta', 200, 'met'],
			['2022', 'Giovani stranieri', 12],
			['2023', 'Giovani stranieri', 26]
		]
	},
	{
		title: 'Conoscere per Integrarsi',
		description: 'Formazione linguistica e civica e orientamento ai servizi del territorio.',
		lead: 'CPIA di Lodi',
		partners: [
			['CSV Lombardia Sud', 'co-progettazione'],
			['Comune di Lodi', 'partner']
		],
		coDesign: 'Co-progettazione con il Terzo Settore',
		targetGroups: ['Cittadini di paesi terzi'],
		history: [
			['submitted', '2023-05-20'],
			['under_evaluation', '2023-06-01']
		]
	},
	{
		title: 'I.D.E.A.S',
		description: 'Inclusione, diritti, empowerment e accesso ai servizi per donne straniere.',
		lead: 'CSV Lombardia Sud',
		partners: [
			['Fondazione Somaschi', 'partner'],
			['ASST Lodi', 'partner']
		],
		coDesign: 'Co-progettazione con il CSV',
		targetGroups: ['Donne straniere'],
		history: [
			['submitted', '2023-09-10'],
			['under_evaluation', '2023-10-01']
		]
	},
	{
		title: 'Sportello Stranieri&Rifugiati - continuità',
		description: 'Il servizio avviato con FAMI Lab Impact, sostenuto poi da fondi diversi.',
		lead: 'Comune di Lodi',
		partners: [['ACSI - progetto SAI', 'gestione dello sportello']],
		targetGroups: ['Cittadini di paesi terzi'],
		history: [
			['financed', '2022-12-15'],
			['running', '2023-01-01']
		],
		grants: [
			['FNPS', '38.000,00', '2023-01-01', '2023-12-31'],
			['Fondo Sociale Regionale', '64.500,00', '2024-04-01', '2025-12-31'],
			['PR FSE+', '52.000,00', '2026-01-01', '2027-06-30']
		]
	}
];

/** `areaId` and `objectiveId`: the 2021-2023 plan’s immigration area and objective the projects served. */
export async function loadProjects(system: Actor, links: { areaId: number; objectiveId: number }) {
	const organisations = new Map((await listOrganisations(system)).map((o) => [o.name, o.id]));
	const sources = new Map((await listSources(system)).map((s) => [s.name, s.id]));
	const ids = new Map<string, number>();
	for (const p of PROJECTS) {
		const [[firstStatus, firstDay], ...later] = p.history;
		const project = await createProject(system, {
			title: p.title,
			description: p.description,
			leadOrganisationId: String(organisations.get(p.lead)),
			coDesign: p.coDesign ? 'on' : '',
			coDesignProcedure: p.coDesign ?? '',
			coDesignOn: p.coDesign ? firstDay : '',
			targetGroups: p.targetGroups.join('\n'),
			areaIds: String(links.areaId),
			objectiveIds: String(links.objectiveId),
			leps: p.leps?.join(',') ?? '',
			exampleData: 'on',
			status: firstStatus,
			changedOn: firstDay
		});
		ids.set(p.title, project.id);
		for (const [status, changedOn] of later) await setProjectStatus(system, project.id, { status, changedOn });
		for (const [name, role] of p.partners)
			await addPartner(system, project.id, { organisationId: String(organisations.get(name)), role });
		for (const [source, amount, startsOn, endsOn, years = []] of p.grants ?? []) {
			const grant = await addGrant(system, project.id, {
				sourceId: String(sources.get(source)),
				amount,
				startsOn,
				endsOn
			});
			for (const [year, committed, spent] of years) await setGrantYear(system, grant.id, { year, committed, spent });
		}
		for (const [period, targetGroup, count, stage = 'reached'] of p.beneficiaries ?? [])
			await recordBeneficiaries(system, project.id, { period, targetGroup, stage, count: String(count) });
	}
	await createIntervention(system, {
		name: 'Sportello Stranieri&Rifugiati',
		description:
			'Sportello di orientamento per cittadini stranieri e rifugiati. Tra la fine del FNPS 2023 e il Fondo Sociale Regionale è rimasto senza finanziamento da gennaio a marzo 2024: l’Ufficio di Piano ne ha garantito la continuità.',
		projectIds: [ids.get('FAMI Lab Impact'), ids.get('Sportello Stranieri&Rifugiati - continuità')].join(',')
	});
}
