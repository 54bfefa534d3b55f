// The district's training of 2021-2023 (the seed's system objective 5 and indicator G1.PRO1):
// 15 courses in 2022 among 22 in the three years, a GEA supervision path in 2023, 145
// distinct operators who completed a course and 5 who did not reach the minimum hours. The
// seed gives only the counts: people, dates and courses below are example data.
import type { Actor } from '../kernel';
import { listOrganisations } from '../organisations';
import { listProjects } from '../projects';
import { addSession, addTrainee, createCourse, recordRegister } from '../training';

const FIRST = [
	'Giulia',
	'Marco',
	'Sara',
	'Luca',
	'Chiara',
	'Andrea',
	'Francesca',
	'Matteo',
	'Elena',
	'Paolo',
	'Anna',
	'Davide',
	'Silvia',
	'Stefano',
	'Laura',
	'Simone',
	'Martina',
	'Alessandro',
	'Valentina',
	'Roberto',
	'Federica',
	'Giorgio',
	'Marta',
	'Nicola',
	'Ilaria'
];
const LAST = ['Rossi', 'Bianchi', 'Ferrari', 'Colombo', 'Ricci', 'Marino', 'Greco', 'Bruno'];
const ROLES = [
	'Assistente sociale',
	'Educatore professionale',
	'Mediatore linguistico culturale',
	'Operatore sanitario',
	'Personale ATA',
	'Operatore della tutela minori',
	'Operatore di sportello'
];
const ORGANISATIONS = [
	'Comune di Lodi',
	'ASST Lodi',
	'ACSI - progetto SAI',
	'CPIA di Lodi',
	'Fondazione Somaschi',
	'CSV Lombardia Sud',
	'Comune di Lodi Vecchio',
	'Comune di Tavazzano con Villavesco'
];

interface DemoCourse {
	year: number;
	title: string;
	provider: string;
	project?: string;
	sessions: number;
	territory?: boolean;
}

const TOPICS_2022 = [
	'Normativa sull’immigrazione e permesso di soggiorno',
	'Mediazione linguistico culturale nei servizi',
	'Accoglienza dei minori stranieri non accompagnati',
	'Salute dei migranti e codice STP',
	'Tratta e grave sfruttamento: riconoscere le vittime',
	'Comunicazione interculturale a scuola',
	'Cartella sociale informatizzata (SIZ)',
	'Progettazione con fondi europei',
	'Violenza di genere e rete antiviolenza',
	'Inserimento lavorativo e tirocini',
	'Housing sociale e mediazione abitativa',
	'Lavoro di comunità',
	'Tutela dei minori e rapporti con il Tribunale',
	'Privacy e trattamento dei dati nei servizi sociali',
	'Dimissioni protette e integrazione con ASST'
];

const COURSES: DemoCourse[] = [
	{
		year: 2021,
		title: 'Orientamento ai servizi per cittadini di paesi terzi',
		provider: 'Comune di Lodi',
		project: 'FAMI Lab Impact',
		sessions: 2
	},
	{
		year: 2021,
		title: 'Mediatori linguistico culturali: aggiornamento',
		provider: 'ACSI - progetto SAI',
		project: 'FAMI Lab Impact',
		sessions: 2
	},
	{
		year: 2021,
		title: 'Personale ATA e famiglie straniere',
		provider: 'CPIA di Lodi',
		project: 'FAMI Lab Impact',
		sessions: 1
	},
	...TOPICS_2022.map((title, i) => ({
		year: 2022,
		title,
		provider: ['CPIA di Lodi', 'ASST Lodi', 'Fondazione Somaschi', 'CSV Lombardia Sud', 'Comune di Lodi'][i % 5],
		project: i < 6 ? 'FAMI Lab Impact' : undefined,
		sessions: 1 + (i % 3)
	})),
	{ year: 2023, title: 'Supervisione GEA', provider: 'Ufficio di Piano', sessions: 3 },
	{ year: 2023, title: 'Conoscere per integrarsi: formazione per operatori', provider: 'CPIA di Lodi', sessions: 2 },
	{
		year: 2023,
		title: 'I.D.E.A.S: diritti e accesso ai servizi delle donne straniere',
		provider: 'CSV Lombardia Sud',
		sessions: 2
	},
	{
		year: 2023,
		title: 'Ciclo formativo aperto al territorio: il Piano di Zona',
		provider: 'Ufficio di Piano',
		sessions: 1,
		territory: true
	}
];

/** Weekly sessions from a weekday of the course's month (example dates). */
function sessionDates(year: number, index: number, count: number): string[] {
	const start = new Date(Date.UTC(year, 1 + (index % 10), 3 + (index % 4) * 5));
	while ([0, 6].includes(start.getUTCDay())) start.setUTCDate(start.getUTCDate() + 1);
	return Array.from({ length: count }, (_, k) => {
		const d = new Date(start);
		d.setUTCDate(d.getUTCDate() + 7 * k);
		return d.toISOString().slice(0, 10);
	});
}

export async function loadTraining(system: Actor) {
	const organisations = new Map((await listOrganisations(system)).map((o) => [o.name, o.id]));
	const projectIds = new Map((await listProjects(system)).projects.map((p) => [p.title, p.id]));
	// 150 operators: 145 complete a course, the last 5 attend only one session of a longer one.
	const people: number[] = [];
	for (let i = 0; i < 150; i++) {
		const person = await addTrainee(system, {
			name: `${FIRST[i % FIRST.length]} ${LAST[Math.floor(i / FIRST.length)]}`,
			organisationId: String(organisations.get(ORGANISATIONS[(i * 7) % ORGANISATIONS.length])),
			role: ROLES[i % ROLES.length]
		});
		people.push(person.id);
	}
	for (const [k, c] of COURSES.entries()) {
		const hours = c.sessions * 4;
		const course = await createCourse(system, {
			title: c.title,
			provider: c.provider,
			projectId: c.project ? String(projectIds.get(c.project)) : '',
			plannedHours: String(hours),
			minHours: String(c.sessions === 1 ? 4 : hours - 4),
			targetRoles: ROLES.slice(k % 3, (k % 3) + 3).join('\n'),
			openToTerritory: c.territory ? 'on' : '',
			exampleData: 'on'
		});
		// Each operator completes the course of their turn (i mod 22); many also follow a second one.
		const completing = people
			.slice(0, 145)
			.filter((_, i) => i % COURSES.length === k || (i * 5) % COURSES.length === k);
		// The 5 who do not complete come to the first of the 3-session courses' sessions only (4 of 8 hours).
		const partial = c.sessions >= 3 ? people.slice(145) : [];
		for (const [s, day] of sessionDates(c.year, k, c.sessions).entries()) {
			const session = await addSession(system, course.id, {
				date: day,
				startTime: '09:00',
				endTime: '13:00',
				place: c.provider === 'ASST Lodi' ? 'ASST Lodi, sala formazione' : 'Lodi, sala dell’Ufficio di Piano'
			});
			// Everyone completing misses at most one session of a longer course (minimum: all but 4 hours).
			const present = completing.filter((_, i) => c.sessions === 1 || (i + s) % c.sessions !== 0 || i % 2 === 0);
			await recordRegister(system, session.id, { traineeIds: [...present, ...(s === 0 ? partial : [])].join(',') });
		}
	}
}
