// The agreements of the Lodi demo: the protocol of understanding on the integration of foreign
// citizens, still being drafted in the 2021-2023 cycle (so the "protocolli stipulati" indicator
// reads 0 with a note naming it), and the Accordo di Programma that makes the Piano di Zona
// 2025-2027 effective, signed on 19 December 2024 by the municipalities and the ASST, with some
// third-sector bodies still to sign. Dates, roles and signatures are example data, marked as such.
import type { Actor } from '../kernel';
import { listOrganisations } from '../organisations';
import { addParty, createAgreement } from '../agreements';

/** Parties of the protocol: [organisation, role]; nobody has signed yet. */
const PROTOCOL_PARTIES: [string, string][] = [
	['Comune di Lodi', 'Comune capofila dell’ambito'],
	['Prefettura di Lodi', 'Promotore'],
	['CPIA di Lodi', 'Ente aderente'],
	['ACSI - progetto SAI', 'Ente aderente']
];

/** Parties of the Accordo di Programma: [organisation, role, day signed (none: still to sign)]. */
const PROGRAMME_PARTIES: [string, string, string | null][] = [
	['Comune di Lodi', 'Comune capofila dell’ambito', '2024-12-16'],
	['Comune di Lodi Vecchio', 'Comune dell’ambito', '2024-12-16'],
	['Comune di Montanaso Lombardo', 'Comune dell’ambito', '2024-12-17'],
	['Comune di Tavazzano con Villavesco', 'Comune dell’ambito', '2024-12-18'],
	['ASST Lodi', 'Azienda socio sanitaria territoriale', '2024-12-19'],
	['ACSI - progetto SAI', 'Ente del terzo settore aderente', '2024-12-19'],
	['Fondazione Somaschi', 'Ente del terzo settore aderente', null],
	['CSV Lombardia Sud', 'Ente del terzo settore aderente', null]
];

export async function loadAgreements(
	system: Actor,
	links: { previousPlanId: number; nextPlanId: number; objectiveId: number }
) {
	const ids = new Map((await listOrganisations(system)).map((o) => [o.name, o.id]));
	const organisationId = (name: string) => {
		const id = ids.get(name);
		if (!id) throw new Error(`Demo: ente mancante per gli accordi: ${name}`);
		return String(id);
	};

	const protocol = await createAgreement(system, {
		title: 'Protocollo d’intesa per l’integrazione dei cittadini stranieri',
		kind: 'protocol',
		status: 'drafting',
		draftedOn: '2023-03-15',
		planId: String(links.previousPlanId),
		description:
			'Protocollo tra Comuni, Prefettura, scuola e terzo settore per coordinare l’accoglienza, l’orientamento ai servizi e i corsi di lingua dei cittadini stranieri. Ancora in definizione: nessun ente l’ha firmato.',
		objectiveIds: String(links.objectiveId),
		exampleData: 'on'
	});
	for (const [name, role] of PROTOCOL_PARTIES)
		await addParty(system, protocol.id, { organisationId: organisationId(name), role });

	const programme = await createAgreement(system, {
		title: 'Accordo di Programma per l’attuazione del Piano di Zona 2025-2027',
		kind: 'programme',
		status: 'signed',
		draftedOn: '2024-11-04',
		signedOn: '2024-12-19',
		startsOn: '2025-01-01',
		endsOn: '2027-12-31',
		planId: String(links.nextPlanId),
		description:
			'Accordo di Programma (L.R. Lombardia 3/2008) con cui i Sindaci dei Comuni dell’ambito, con l’ASST, adottano il Piano di Zona 2025-2027; gli enti del terzo settore vi aderiscono con la loro firma.',
		exampleData: 'on'
	});
	for (const [name, role, signedOn] of PROGRAMME_PARTIES)
		await addParty(system, programme.id, { organisationId: organisationId(name), role, signedOn: signedOn ?? '' });

	return { protocolId: protocol.id, programmeId: programme.id };
}
