// The wall of the 16 May 2024 immigration roundtable: every strength, improvement and
// proposal from the seed in its column and theme. The seed does not say who wrote what nor
// how people voted: authors (the organisations present) and votes are example data. Two typos
// of the slides are corrected ("Nuovo attività", "Tartget").
import type { Actor } from '../kernel';
import { publishObjective } from '../planning';
import {
	assignGroup,
	createGroup,
	createWall,
	dateAtMeeting,
	joinableOrganisations,
	joinWall,
	postNote,
	promoteNote,
	setPosting,
	setVoting,
	viewerOf,
	vote,
	wallState,
	type WallViewer
} from '../wall';

type Cell = [column: number, theme: number];
const GOV = 0;
const ACCESS = 1;
const [STRENGTH, IMPROVE, PROPOSE] = [0, 1, 2];

const NOTES: [Cell, string][] = [
	[[STRENGTH, GOV], 'Lavoro consolidato di rete e governance della rete'],
	[[STRENGTH, GOV], 'Tavolo territoriale di Ambito'],
	[[STRENGTH, GOV], 'Relazione con il CPIA e con UDP'],
	[[STRENGTH, GOV], 'Impegno di UDP e altri enti a dare continuità a interventi anche nei «buchi» tra i finanziamenti'],
	[[STRENGTH, ACCESS], 'Sportello Stranieri&Rifugiati'],
	[[STRENGTH, ACCESS], 'SELF con ruolo attivo'],
	[[STRENGTH, ACCESS], 'Formazione degli operatori e competenze'],
	[[STRENGTH, ACCESS], 'Progetti ponte per i minori/attività contro la dispersione'],
	[[STRENGTH, ACCESS], 'Competenza degli operatori'],
	[[IMPROVE, GOV], 'Consolidare la rete e la governance, esempio con un protocollo'],
	[[IMPROVE, GOV], 'Collaborazione con Prefettura e Questura e tra questi con Enti del Terzo Settore'],
	[[IMPROVE, GOV], 'Integrazione tra sociale e sanitario (etnopsichiatria)'],
	[[IMPROVE, GOV], 'Coinvolgimento delle associazioni di stranieri nella progettazione'],
	[[IMPROVE, GOV], 'Accoglienza CAS e SAI'],
	[[IMPROVE, ACCESS], 'Conoscenza sul territorio di chi fa cosa e dei progetti attivi per ridurre frammentazione'],
	[[IMPROVE, ACCESS], 'Accesso ai servizi, anche con punti di facilitazione e ripensando al design dei servizi'],
	[[IMPROVE, ACCESS], 'Mediazioni linguistico culturali dentro ai servizi, che valorizzino la mediazione culturale'],
	[[IMPROVE, ACCESS], 'Sensibilizzazione al territorio anche con azioni di welfare di comunità'],
	[[IMPROVE, ACCESS], 'Valorizzazione degli apprendimenti dei precedenti progetti/anni'],
	[[IMPROVE, ACCESS], 'Nuove attività come attività sportive, accesso sport, laboratori'],
	[[IMPROVE, ACCESS], 'Target specifici tipo donne'],
	[
		[PROPOSE, GOV],
		'Consolidare momenti di confronto con Questura e Prefettura e facilitare il rapporto con gli uffici competenti formalizzando le procedure'
	],
	[[PROPOSE, GOV], 'Consolidare lavoro sociosanitario'],
	[
		[PROPOSE, GOV],
		'Stabilizzare alcuni dispositivi come lo sportello stranieri&rifugiati e dislocare i servizi sul territorio'
	],
	[[PROPOSE, GOV], 'Coinvolgere gli stranieri e le associazioni nelle progettazioni e attività (Pensare insieme)'],
	[[PROPOSE, GOV], 'Verifica dei percorsi dei beneficiari a un anno dalla fuoriuscita'],
	[
		[PROPOSE, ACCESS],
		'Pensare ad attività sportive e formative con e per stranieri, anche con laboratori e attività di comunità'
	],
	[[PROPOSE, ACCESS], 'Offrire opportunità di formazione e sensibilizzazione al territorio (sport, tratta)'],
	[[PROPOSE, ACCESS], 'Housing e tema autonomia abitativa'],
	[[PROPOSE, ACCESS], 'Supportare i migranti con problemi di salute mentale'],
	[
		[PROPOSE, ACCESS],
		'Modalità di comunicazione agli stranieri delle opportunità e delle modalità di accesso ai servizi'
	],
	[[PROPOSE, ACCESS], 'Formazione e orientamento agli stranieri su opportunità del territorio, digitalizzazione'],
	[[PROPOSE, ACCESS], 'Facilitare l’acquisizione dell’STP']
];

/** Example votes: note index → dots, spread over the seven organisations present (5 dots each). */
const VOTES: [number, number][] = [
	[23, 7],
	[21, 6],
	[30, 5],
	[28, 4],
	[26, 4],
	[16, 3],
	[9, 3],
	[32, 2],
	[11, 1]
];

const PRESENT = [
	'CPIA di Lodi',
	'ACSI - progetto SAI',
	'Fondazione Somaschi',
	'CSV Lombardia Sud',
	'SPI-CGIL Pavia/Lodi',
	'Comune di Lodi',
	'ASST Lodi'
];

export async function loadWall(system: Actor, options: { meetingId: number; planId: number; areaId: number }) {
	const wall = await createWall(system, { meetingId: options.meetingId });
	const facilitator: WallViewer = { actor: system, participant: null, facilitator: true, canRead: true, canPost: true };
	const state = await wallState(wall, facilitator);
	const present = (await joinableOrganisations(wall)).filter((o) => PRESENT.includes(o.name));
	const guests: WallViewer[] = [];
	for (const o of present) {
		const { cookie } = await joinWall(wall, { code: wall.joinCode, organisationId: String(o.id) }, 'demo');
		guests.push(await viewerOf(wall, null, cookie));
	}
	const ids: number[] = [];
	for (const [i, [[column, theme], body]] of NOTES.entries()) {
		const note = await postNote(
			wall,
			guests[i % guests.length],
			{ columnId: String(state.columns[column].id), themeId: String(state.themes[theme].id), body },
			'demo'
		);
		ids.push(note.id);
	}
	await createGroup(wall, facilitator, {
		label: 'Sport, formazione e comunità',
		columnId: String(state.columns[PROPOSE].id),
		themeId: String(state.themes[ACCESS].id)
	});
	const [group] = (await wallState(wall, facilitator)).groups;
	for (const i of [26, 27, 31]) await assignGroup(wall, facilitator, ids[i], { groupId: String(group.id) });

	await setPosting(wall, facilitator, false);
	await setVoting(wall, facilitator, true);
	let voter = 0;
	for (const [note, dots] of VOTES) {
		for (let d = 0; d < dots; d++) await vote(wall, guests[voter++ % guests.length], ids[note]);
	}
	await setVoting(wall, facilitator, false);
	// The notes and dots are of 16 May 2024, not of the day the demo is loaded.
	await dateAtMeeting(system, wall);

	const { objectiveId } = await promoteNote(system, wall, ids[23], {
		mode: 'objective',
		planId: String(options.planId),
		kind: 'area',
		areaId: String(options.areaId),
		code: 'G1',
		title: 'Stabilizzare lo Sportello Stranieri&Rifugiati e portare i servizi sul territorio',
		description: 'Bozza nata dalla proposta più votata dal Tavolo Immigrazione il 16 maggio 2024.',
		position: '0'
	});
	// The demo's 2025-2027 plan is under way: the office has published the objective the wall drafted.
	await publishObjective(system, objectiveId);
	await promoteNote(system, wall, ids[15], {
		mode: 'note',
		objectiveId: String(objectiveId),
		comment: 'Punti di facilitazione presso i servizi, da valutare nella stesura.'
	});
	return wall;
}
