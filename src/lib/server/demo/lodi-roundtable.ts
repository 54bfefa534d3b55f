// The Lodi immigration roundtable: its member organisations (from the seed), 15 meetings in
// 2021-2023 and the 16 May 2024 meeting, and a sub-district with its autumn 2024 meetings.
// The seed gives no dates or registers: those below are example data, chosen so that 7 of
// the 10 members attended at least 70% of the meetings, the 70% the seed reports.
import type { Actor } from '../kernel';
import { addDelegate, createOrganisation } from '../organisations';
import type { OrganisationType } from '../organisations';
import {
	addMember,
	createMeeting,
	createRoundtable,
	createSubDistrict,
	recordAttendance,
	saveMinutes,
	setMinutesStatus
} from '../roundtables';

/** Members and how many of the 15 meetings of 2021-2023 each attended. */
const MEMBERS: [string, OrganisationType, number][] = [
	['CPIA di Lodi', 'school', 15],
	['ACSI - progetto SAI', 'third_sector', 14],
	['Fondazione Somaschi', 'third_sector', 13],
	['CSV Lombardia Sud', 'third_sector', 13],
	['SPI-CGIL Pavia/Lodi', 'union', 12],
	['FNP-CISL Pavia/Lodi', 'union', 11],
	['Comune di Lodi', 'municipality', 11],
	['ASST Lodi', 'health_agency', 8],
	['Prefettura di Lodi', 'prefecture', 6],
	['Questura di Lodi', 'police', 5]
];

const OTHERS: [string, OrganisationType][] = [
	['Associazione Comunità Senegalese del Lodigiano (esempio)', 'foreigners_association'],
	['Comune di Lodi Vecchio', 'municipality'],
	['Comune di Montanaso Lombardo', 'municipality'],
	['Comune di Tavazzano con Villavesco', 'municipality']
];

/** Five meetings a year; dates are example data. */
const MEETING_DATES = ['02-10', '04-14', '06-16', '10-13', '12-01']
	.flatMap((md) => ['2021', '2022', '2023'].map((y) => `${y}-${md}`))
	.sort();

/** The minutes of 16 May 2024: example text, consistent with the meeting's agenda and wall. */
const MINUTES_16_MAY_2024 = [
	'<p><em>Testo di esempio.</em></p>',
	'<p>L’Ufficio di Piano presenta il percorso di costruzione della programmazione zonale 2025/2027 e gli esiti del triennio 2021-2023 dell’area immigrazione e cittadinanza.</p>',
	'<p>Gli enti presenti lavorano sulla parete della partecipazione: punti di forza, aspetti da migliorare e proposte su governance e accesso ai servizi. La proposta più votata è rafforzare lo Sportello Stranieri&amp;Rifugiati come punto unico di accesso.</p>',
	'<ul><li>Le proposte raccolte confluiscono negli obiettivi dell’area per il 2025-2027.</li><li>Il prossimo incontro è convocato dopo l’approvazione del Piano.</li></ul>'
].join('');

export const AGENDA_16_MAY_2024 = [
	'Percorso di costruzione della nuova programmazione zonale 2025/2027',
	'Presentazione esiti triennio precedente',
	'Condivisione di bisogni e priorità per il prossimo triennio'
];

/**
 * The organisations' own addresses: example data on the demo's domain (no real mailbox). The
 * Questura has none, so that a meeting's page shows an organisation its mail cannot reach.
 */
const ADDRESSES: Record<string, { email?: string; pec?: string }> = {
	'CPIA di Lodi': { email: 'segreteria@cpia.lodi.demo.it', pec: 'cpia@pec.lodi.demo.it' },
	'ACSI - progetto SAI': { email: 'sai@acsi.lodi.demo.it' },
	'Fondazione Somaschi': { email: 'lodi@somaschi.demo.it' },
	'CSV Lombardia Sud': { email: 'lodi@csv.lombardiasud.demo.it' },
	'SPI-CGIL Pavia/Lodi': { email: 'spi.lodi@cgil.demo.it' },
	'FNP-CISL Pavia/Lodi': { email: 'fnp.lodi@cisl.demo.it' },
	'Comune di Lodi': { email: 'servizisociali@comune.lodi.demo.it', pec: 'protocollo@pec.comune.lodi.demo.it' },
	'ASST Lodi': { pec: 'protocollo@pec.asst-lodi.demo.it' },
	'Prefettura di Lodi': { email: 'immigrazione.pref_lodi@prefettura.demo.it', pec: 'protocollo.preflo@pec.demo.it' },
	'Associazione Comunità Senegalese del Lodigiano (esempio)': { email: 'info@senegalesi-lodigiano.demo.it' },
	'Comune di Lodi Vecchio': { email: 'sociale@comune.lodivecchio.demo.it' },
	'Comune di Montanaso Lombardo': { pec: 'comune.montanaso@pec.demo.it' },
	'Comune di Tavazzano con Villavesco': { email: 'servizisociali@comune.tavazzano.demo.it' }
};

export async function loadRoundtable(
	system: Actor,
	options: { coordinatorId: string; areaId: number; roundtablePhaseId: number }
) {
	const ids = new Map<string, number>();
	for (const [name, type] of [...MEMBERS.map(([n, t]) => [n, t] as const), ...OTHERS]) {
		ids.set(name, (await createOrganisation(system, { name, type, ...ADDRESSES[name] })).id);
	}
	await addDelegate(system, ids.get('CPIA di Lodi')!, { name: 'Referente CPIA (demo)', email: 'cpia@lodi.demo.it' });

	const roundtable = await createRoundtable(system, {
		name: 'Tavolo Immigrazione',
		description:
			'Tavolo tematico dell’area immigrazione e cittadinanza. Date e presenze degli incontri 2021-2023 sono dati di esempio coerenti con gli esiti del triennio (15 incontri circa; 70% degli enti presenti ad almeno il 70% degli incontri).',
		coordinatorId: options.coordinatorId,
		areaIds: String(options.areaId)
	});
	for (const [name] of MEMBERS)
		await addMember(system, roundtable.id, { organisationId: String(ids.get(name)), joinedOn: '2021-01-01' });

	for (const [j, date] of MEETING_DATES.entries()) {
		const meeting = await createMeeting(
			system,
			{ roundtableId: roundtable.id },
			{
				title: `Tavolo Immigrazione - incontro ${j + 1} di 15`,
				date,
				startTime: '09:30',
				endTime: '12:00',
				mode: 'in_person',
				place: 'Ufficio di Piano, Lodi',
				status: 'held'
			}
		);
		// Member i attends meeting j when (i + j) mod 15 falls within its count: spread over the years.
		const present = MEMBERS.map(([name, , count], i) => ((i * 4 + j) % 15 < count ? ids.get(name) : null)).filter(
			(id) => id !== null
		);
		await recordAttendance(system, meeting.id, { present: present.join(',') });
	}

	const may2024 = await createMeeting(
		system,
		{ roundtableId: roundtable.id },
		{
			title: 'Programmazione 2025/2027 - lavori di stesura del Piano di Zona',
			date: '2024-05-16',
			startTime: '09:30',
			endTime: '12:30',
			mode: 'in_person',
			place: 'Ufficio di Piano, Lodi',
			agenda: AGENDA_16_MAY_2024.join('\n'),
			phaseId: String(options.roundtablePhaseId),
			status: 'held'
		}
	);
	await recordAttendance(system, may2024.id, {
		present: [
			'CPIA di Lodi',
			'ACSI - progetto SAI',
			'Fondazione Somaschi',
			'CSV Lombardia Sud',
			'SPI-CGIL Pavia/Lodi',
			'Comune di Lodi',
			'ASST Lodi'
		]
			.map((n) => ids.get(n))
			.join(',')
	});

	// The approved minutes of 16 May 2024, as the public roundtable page shows them (example text).
	const minutesOfMay = await saveMinutes(system, may2024.id, {
		body: MINUTES_16_MAY_2024,
		version: '0'
	});
	await setMinutesStatus(system, may2024.id, { status: 'approved', version: String(minutesOfMay.version) });

	const subDistrict = await createSubDistrict(system, {
		name: 'Microambito Lodi e dintorni (esempio)',
		municipalityIds: [
			'Comune di Lodi',
			'Comune di Lodi Vecchio',
			'Comune di Montanaso Lombardo',
			'Comune di Tavazzano con Villavesco'
		]
			.map((n) => ids.get(n))
			.join(',')
	});
	for (const date of ['2024-09-24', '2024-10-22']) {
		await createMeeting(
			system,
			{ subDistrictId: subDistrict.id },
			{
				title: 'Incontro di microambito per la programmazione 2025/2027',
				date,
				startTime: '17:00',
				endTime: '19:00',
				mode: 'hybrid',
				place: 'Municipio di Lodi',
				link: 'https://meet.example.org/microambito-lodi',
				status: 'held'
			}
		);
	}
	return { roundtable, may2024 };
}
