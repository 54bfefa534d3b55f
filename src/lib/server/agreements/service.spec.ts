import { describe, expect, it } from 'vitest';
import { and, eq } from 'drizzle-orm';
import { auditLog, systemActor, type Actor } from '../kernel';
import { db } from '../db';
import { errorOf, useTestDatabase } from '../db/testing';
import { createDistrict } from '../accounts';
import { createOrganisation } from '../organisations';
import {
	addPeriod,
	computedSource,
	createIndicator,
	createObjective,
	createPlan,
	getIndicator,
	romeToday
} from '../planning';
import { ConflictError, ForbiddenError, NotFoundError, ValidationError } from '../errors';
import {
	addParty,
	agreementsOfObjective,
	attachDocument,
	createAgreement,
	deleteAgreement,
	getAgreement,
	getAgreementDocument,
	listAgreements,
	planAgreements,
	removeDocument,
	removeParty,
	signParty,
	signedNote,
	updateAgreement
} from '.';

useTestDatabase();

const ve = async (p: Promise<unknown>) => {
	const e = await errorOf(p);
	expect(e).toBeInstanceOf(ValidationError);
	return (e as ValidationError).fields;
};

const addDays = (iso: string, days: number) =>
	new Date(Date.parse(`${iso}T12:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);

async function setup(slug: string) {
	const district = await createDistrict({ slug, name: `Ambito ${slug}` });
	const admin = systemActor(district.id);
	const org = async (name: string, type = 'municipality') => (await createOrganisation(admin, { name, type })).id;
	const lodi = await org('Comune di Lodi');
	const asst = await org('ASST Lodi', 'health_agency');
	const acsi = await org('ACSI', 'third_sector');
	const plan = await createPlan(admin, {
		title: 'Piano di Zona 2025-2027',
		startYear: '2025',
		endYear: '2027',
		status: 'running'
	});
	const objective = await createObjective(admin, plan.id, { kind: 'system', code: 'OS1', title: 'Integrazione' });
	return { district, admin, lodi, asst, acsi, plan, objective };
}

const base = {
	title: 'Protocollo d’intesa per l’integrazione',
	kind: 'protocol',
	status: 'drafting',
	draftedOn: '2023-03-15'
};

describe('agreements', () => {
	it('creates, updates (with the version) and deletes an agreement with its plan and objectives', async () => {
		const { admin, plan, objective } = await setup('agr-a');
		const other = await setup('agr-a2');
		const created = await createAgreement(admin, {
			...base,
			planId: String(plan.id),
			objectiveIds: String(objective.id),
			description: 'Accoglienza e orientamento',
			exampleData: 'on'
		});
		expect(created).toMatchObject({ title: base.title, kind: 'protocol', status: 'drafting', exampleData: true });
		expect(created).not.toHaveProperty('documentData');
		let detail = await getAgreement(admin, created.id);
		expect(detail.agreement).toMatchObject({ planId: plan.id, plan: plan.title, planSlug: plan.slug });
		expect(detail.objectives).toEqual([
			{ id: objective.id, code: 'OS1', title: 'Integrazione', plan: 'Piano di Zona 2025-2027' }
		]);
		expect(await agreementsOfObjective(admin, objective.id)).toEqual([
			{ id: created.id, title: base.title, kind: 'protocol', status: 'drafting' }
		]);

		// Ids of another district: told next to the field.
		expect((await ve(createAgreement(admin, { ...base, objectiveIds: String(other.objective.id) }))).objectiveIds).toBe(
			'Scegliere obiettivi dei piani di questo ambito.'
		);
		expect((await ve(createAgreement(admin, { ...base, planId: String(other.plan.id) }))).planId).toBe(
			'Scegliere un piano di questo ambito.'
		);
		expect((await ve(createAgreement(admin, { ...base, kind: 'treaty' }))).kind).toBe('Scegliere il tipo di accordo.');

		const updated = await updateAgreement(admin, created.id, {
			...base,
			status: 'signed',
			signedOn: '2023-05-02',
			objectiveIds: '',
			version: String(created.version)
		});
		expect(updated).toMatchObject({ status: 'signed', signedOn: '2023-05-02', version: created.version + 1 });
		detail = await getAgreement(admin, created.id);
		expect(detail.objectives).toEqual([]);
		expect(detail.agreement.planId).toBeNull();

		// A stale version: the conflict carries what is stored now, never the document's bytes.
		await attachDocument(admin, created.id, new File([Buffer.from('%PDF-1.4\n')], 'accordo.pdf'));
		const conflict = await errorOf(
			updateAgreement(admin, created.id, { ...base, title: 'Vecchio', version: String(created.version) })
		);
		expect(conflict).toBeInstanceOf(ConflictError);
		expect((conflict as ConflictError).current).toMatchObject({ title: base.title, documentName: 'accordo.pdf' });
		expect((conflict as ConflictError).current).not.toHaveProperty('documentData');

		expect(await deleteAgreement(admin, created.id)).toEqual({ id: created.id, title: base.title });
		expect(await errorOf(getAgreement(admin, created.id))).toBeInstanceOf(NotFoundError);
		// Another district's agreement is not found.
		const theirs = await createAgreement(other.admin, base);
		expect(await errorOf(getAgreement(admin, theirs.id))).toBeInstanceOf(NotFoundError);
		expect(await errorOf(deleteAgreement(admin, theirs.id))).toBeInstanceOf(NotFoundError);
	});

	it('refuses dates that tell an impossible story, next to the field', async () => {
		const { admin } = await setup('agr-b');
		const tomorrow = addDays(romeToday(), 1);
		expect((await ve(createAgreement(admin, { ...base, status: 'signed', signedOn: '2023-03-14' }))).signedOn).toBe(
			'Un accordo non può essere firmato prima della bozza (firma del 14/03/2023, bozza del 15/03/2023).'
		);
		expect((await ve(createAgreement(admin, { ...base, status: 'signed' }))).signedOn).toMatch(
			/^Un accordo firmato ha una data della firma: indicarla/
		);
		expect((await ve(createAgreement(admin, { ...base, status: 'expired' }))).signedOn).toMatch(
			/^Un accordo scaduto ha una data della firma/
		);
		expect((await ve(createAgreement(admin, { ...base, signedOn: '2023-04-01' }))).signedOn).toMatch(
			/^Un accordo in definizione non è ancora firmato/
		);
		expect((await ve(createAgreement(admin, { ...base, startsOn: '2024-01-01', endsOn: '2023-12-31' }))).endsOn).toBe(
			'L’accordo non può finire prima di iniziare (inizio il 01/01/2024, fine il 31/12/2023).'
		);
		expect((await ve(createAgreement(admin, { ...base, status: 'signed', signedOn: tomorrow }))).signedOn).toBe(
			`La data della firma (${tomorrow.split('-').reverse().join('/')}) è nel futuro: si registra una firma già avvenuta, al più tardi oggi (${romeToday().split('-').reverse().join('/')}).`
		);
		const missing = await ve(createAgreement(admin, { title: '', kind: 'protocol', status: 'drafting' }));
		expect(missing).toMatchObject({
			title: 'Il titolo è obbligatorio.',
			draftedOn: 'La data della bozza è obbligatoria.'
		});
		expect((await ve(createAgreement(admin, { ...base, draftedOn: '15/03/2023' }))).draftedOn).toMatch(
			/formato AAAA-MM-GG/
		);
		// Today itself is a possible signature.
		const today = await createAgreement(admin, { ...base, status: 'signed', signedOn: romeToday() });
		expect(today.signedOn).toBe(romeToday());
		expect(await listAgreements(admin)).toHaveLength(1);
	});

	it('adds parties of the district once each, records and takes back their signatures, removes them', async () => {
		const { admin, district, lodi, asst, acsi } = await setup('agr-c');
		const other = await setup('agr-c2');
		const agreement = await createAgreement(admin, base);
		const party = await addParty(admin, agreement.id, { organisationId: String(lodi), role: 'Comune capofila' });
		expect(party).toMatchObject({ organisationId: lodi, role: 'Comune capofila', signedOn: null });
		expect(
			(await ve(addParty(admin, agreement.id, { organisationId: String(lodi), role: 'di nuovo' }))).organisationId
		).toBe('Questo ente è già parte dell’accordo.');
		expect((await ve(addParty(admin, agreement.id, { organisationId: String(other.lodi) }))).organisationId).toBe(
			'Questo ente non è di questo ambito: sono parti dell’accordo solo enti dell’ambito.'
		);
		expect((await ve(addParty(admin, agreement.id, { organisationId: '' }))).organisationId).toBe('Scegliere un ente.');
		expect(
			(await ve(addParty(admin, agreement.id, { organisationId: String(asst), signedOn: '2023-03-01' }))).signedOn
		).toBe('Un ente non può firmare prima della bozza dell’accordo (firma del 01/03/2023, bozza del 15/03/2023).');
		const tomorrow = addDays(romeToday(), 1);
		expect(
			(await ve(addParty(admin, agreement.id, { organisationId: String(asst), signedOn: tomorrow }))).signedOn
		).toMatch(/è nel futuro/);
		await addParty(admin, agreement.id, { organisationId: String(asst), signedOn: '2023-04-02' });
		const third = await addParty(admin, agreement.id, { organisationId: String(acsi), role: 'Ente aderente' });

		// A party signs; a signature before the draft is refused; a signature can be taken back.
		expect((await ve(signParty(admin, party.id, { signedOn: '2023-01-01' }))).signedOn).toMatch(
			/prima della bozza dell’accordo/
		);
		expect(await signParty(admin, party.id, { signedOn: '2023-04-01' })).toMatchObject({ signedOn: '2023-04-01' });
		expect(await signParty(admin, third.id, { signedOn: '' })).toMatchObject({ signedOn: null });
		let detail = await getAgreement(admin, agreement.id);
		expect(detail.parties.map((p) => [p.name, p.role, p.signedOn])).toEqual([
			['Comune di Lodi', 'Comune capofila', '2023-04-01'],
			['ASST Lodi', '', '2023-04-02'],
			['ACSI', 'Ente aderente', null]
		]);
		expect(detail.signed).toBe(2);
		const [row] = await listAgreements(admin);
		expect(row).toMatchObject({ parties: 3, signed: 2 });

		// The draft cannot move after a signature already recorded.
		expect(
			(
				await ve(
					updateAgreement(admin, agreement.id, {
						...base,
						draftedOn: '2023-04-02',
						version: String(agreement.version)
					})
				)
			).draftedOn
		).toBe(
			'Comune di Lodi ha firmato il 01/04/2023: la bozza non può essere successiva alle firme (bozza del 02/04/2023).'
		);

		// Another district cannot touch these parties; a coordinator only reads.
		expect(await errorOf(signParty(other.admin, party.id, { signedOn: '2023-04-01' }))).toBeInstanceOf(NotFoundError);
		const coordinator: Actor = { ...admin, userId: 'c1', role: 'coordinator' };
		expect(await errorOf(removeParty(coordinator, party.id))).toBeInstanceOf(ForbiddenError);
		expect(await errorOf(createAgreement(coordinator, base))).toBeInstanceOf(ForbiddenError);

		expect(await removeParty(admin, third.id)).toEqual({ id: third.id, agreementId: agreement.id });
		detail = await getAgreement(admin, agreement.id);
		expect(detail.parties.map((p) => p.name)).toEqual(['Comune di Lodi', 'ASST Lodi']);

		// The log names the organisation of a party.
		const logged = await db()
			.select()
			.from(auditLog)
			.where(
				and(eq(auditLog.districtId, district.id), eq(auditLog.entity, 'agreement_party'), eq(auditLog.action, 'delete'))
			);
		expect(logged[0].before).toMatchObject({ organisationName: 'ACSI', role: 'Ente aderente' });
	});

	it('keeps the signed document (checked on its bytes) out of the log and of the pages', async () => {
		const { admin } = await setup('agr-d');
		const agreement = await createAgreement(admin, base);
		const bytes = Buffer.from('%PDF-1.4\n%âãÏÓ\n1 0 obj\n');
		const attached = await attachDocument(admin, agreement.id, new File([bytes], 'protocollo firmato.pdf'));
		expect(attached).toEqual({ id: agreement.id, documentName: 'protocollo firmato.pdf', documentSize: bytes.length });
		const doc = await getAgreementDocument(admin, agreement.id);
		expect(doc).toMatchObject({ name: 'protocollo firmato.pdf', type: 'application/pdf', size: bytes.length });
		expect(Buffer.from(doc.data).equals(bytes)).toBe(true);
		const detail = await getAgreement(admin, agreement.id);
		expect(detail.agreement).not.toHaveProperty('documentData');
		expect(detail.agreement.documentName).toBe('protocollo firmato.pdf');
		expect((await listAgreements(admin))[0].hasDocument).toBe(true);

		expect((await ve(attachDocument(admin, agreement.id, new File([Buffer.from('MZ...')], 'falso.pdf')))).file).toMatch(
			/Tipo di file non ammesso/
		);
		expect((await ve(attachDocument(admin, agreement.id, null))).file).toBe('Scegliere un file da allegare.');

		const rows = await db().select().from(auditLog).where(eq(auditLog.entity, 'agreement'));
		expect(rows.length).toBeGreaterThanOrEqual(2);
		for (const r of rows) {
			expect(JSON.stringify(r.after ?? {})).not.toContain('documentData');
			expect(JSON.stringify(r.before ?? {})).not.toContain('documentData');
		}
		expect(rows.find((r) => (r.after as { documentName?: string })?.documentName)).toBeTruthy();

		await removeDocument(admin, agreement.id);
		expect(await errorOf(getAgreementDocument(admin, agreement.id))).toBeInstanceOf(NotFoundError);
		expect((await listAgreements(admin))[0].hasDocument).toBe(false);
	});

	it('lists the agreements of one kind', async () => {
		const { admin } = await setup('agr-e');
		await createAgreement(admin, base);
		await createAgreement(admin, { ...base, title: 'Convenzione SAI', kind: 'convention' });
		expect((await listAgreements(admin, { kind: 'convention' })).map((a) => a.title)).toEqual(['Convenzione SAI']);
		expect(await listAgreements(admin, { kind: 'nonsense' })).toHaveLength(2);
	});
});

describe('the agreements_signed source', () => {
	const source = computedSource('agreements_signed')!;
	const compute = (districtId: number, config: Record<string, unknown>, startsOn: string, endsOn: string) =>
		source.compute(db(), districtId, config, { startsOn, endsOn });

	it('counts the agreements signed in a period (of a kind), explaining the figure and naming the drafts', async () => {
		const { admin, district } = await setup('agr-f');
		expect(source.link('lodi', {})).toBe('/gestione/lodi/accordi');
		expect(source.link('lodi', { kind: 'protocol' })).toBe('/gestione/lodi/accordi?tipo=protocol');
		expect(await source.configure(db(), district.id, { agreementKind: '' })).toEqual({});
		expect(await source.configure(db(), district.id, {})).toEqual({});
		expect(await source.configure(db(), district.id, { agreementKind: 'protocol' })).toEqual({ kind: 'protocol' });
		const bad = await errorOf(source.configure(db(), district.id, { agreementKind: 'treaty' }));
		expect((bad as ValidationError).fields.agreementKind).toMatch(/Scegliere il tipo di accordi/);

		const protocol = { kind: 'protocol' };
		// Nothing at all.
		expect(await compute(district.id, protocol, '2021-01-01', '2023-12-31')).toEqual({
			value: 0,
			note: 'Nessun protocollo firmato nel periodo.'
		});
		// One being drafted: the figure reads "In definizione", the note names it.
		await createAgreement(admin, { ...base, title: 'Integrazione dei cittadini stranieri' });
		expect(await compute(district.id, protocol, '2021-01-01', '2023-12-31')).toEqual({
			value: null,
			text: 'In definizione',
			note: 'Nessun protocollo firmato nel periodo; 1 in definizione: «Integrazione dei cittadini stranieri».'
		});
		// Drafted after the period: not named.
		expect((await compute(district.id, protocol, '2021-01-01', '2022-12-31')).note).toBe(
			'Nessun protocollo firmato nel periodo.'
		);
		// Signed inside, signed outside, revoked later, of another kind.
		await createAgreement(admin, {
			...base,
			title: 'Rete antiviolenza',
			status: 'signed',
			draftedOn: '2021-02-01',
			signedOn: '2021-06-30'
		});
		await createAgreement(admin, {
			...base,
			title: 'Scuole',
			status: 'revoked',
			draftedOn: '2022-01-10',
			signedOn: '2022-03-01'
		});
		await createAgreement(admin, {
			...base,
			title: 'Vecchio protocollo',
			status: 'expired',
			draftedOn: '2019-01-10',
			signedOn: '2020-12-31'
		});
		await createAgreement(admin, {
			...base,
			title: 'Convenzione SAI',
			kind: 'convention',
			status: 'signed',
			draftedOn: '2022-01-10',
			signedOn: '2022-02-01'
		});
		expect(await compute(district.id, protocol, '2021-01-01', '2023-12-31')).toEqual({
			value: 2,
			note: '2 protocolli firmati nel periodo: «Rete antiviolenza», «Scuole» (conta la data della firma: restano contati anche se poi scaduti o revocati); 1 in definizione: «Integrazione dei cittadini stranieri».'
		});
		expect(await compute(district.id, protocol, '2022-01-01', '2022-12-31')).toMatchObject({ value: 1 });
		expect((await compute(district.id, protocol, '2020-01-01', '2020-12-31')).note).toBe(
			'1 protocollo firmato nel periodo: «Vecchio protocollo» (conta la data della firma: resta contato anche se poi scaduto o revocato).'
		);
		expect(await compute(district.id, { kind: 'convention' }, '2022-01-01', '2022-12-31')).toEqual({
			value: 1,
			note: '1 convenzione firmata nel periodo: «Convenzione SAI» (conta la data della firma: resta contata anche se poi scaduta o revocata).'
		});
		expect((await compute(district.id, { kind: 'convention' }, '2024-01-01', '2024-12-31')).note).toBe(
			'Nessuna convenzione firmata nel periodo.'
		);
		// Any kind.
		expect(await compute(district.id, {}, '2021-01-01', '2023-12-31')).toMatchObject({ value: 3 });
		// Another district's agreements never count.
		const other = await setup('agr-f2');
		expect(await compute(other.district.id, {}, '2021-01-01', '2023-12-31')).toEqual({
			value: 0,
			note: 'Nessun accordo firmato nel periodo.'
		});
	});

	it('words many titles and plurals', () => {
		const many = Array.from({ length: 7 }, (_, i) => ({ title: `P${i + 1}` }));
		expect(signedNote('programme', many.slice(0, 1), [])).toMatch(/^1 accordo di programma firmato nel periodo: «P1»/);
		expect(signedNote(undefined, many, many.slice(0, 2))).toBe(
			'7 accordi firmati nel periodo: «P1», «P2», «P3», «P4», «P5» e altri 2 (conta la data della firma: restano contati anche se poi scaduti o revocati); 2 in definizione: «P1», «P2».'
		);
		expect(signedNote('convention', many.slice(0, 2), [])).toMatch(/^2 convenzioni firmate nel periodo/);
	});

	it('recomputes an indicator when an agreement is signed, changed or deleted', async () => {
		const { admin, objective, lodi } = await setup('agr-g');
		const indicator = await createIndicator(admin, objective.id, {
			code: 'P1',
			name: 'Numero di protocolli stipulati',
			kind: 'output',
			measure: 'count',
			direction: 'higher',
			aggregation: 'sum',
			source: 'agreements_signed',
			agreementKind: 'protocol'
		});
		expect(indicator.sourceConfig).toEqual({ kind: 'protocol' });
		expect(
			(
				await ve(
					createIndicator(admin, objective.id, {
						code: 'P2',
						name: 'Altro',
						kind: 'output',
						measure: 'count',
						direction: 'higher',
						aggregation: 'sum',
						source: 'agreements_signed',
						agreementKind: 'treaty'
					})
				)
			).agreementKind
		).toMatch(/Scegliere il tipo di accordi/);
		await addPeriod(admin, indicator.id, { label: '2025', startsOn: '2025-01-01', endsOn: '2025-12-31', target: '2' });
		const period = async () => (await getIndicator(admin, indicator.id)).periods[0];

		const draft = await createAgreement(admin, { ...base, title: 'Rete', draftedOn: '2025-02-01' });
		expect(await period()).toMatchObject({
			actualNumber: null,
			actualText: 'In definizione',
			actualComment: 'Nessun protocollo firmato nel periodo; 1 in definizione: «Rete».'
		});
		const signed = await updateAgreement(admin, draft.id, {
			...base,
			title: 'Rete',
			draftedOn: '2025-02-01',
			status: 'signed',
			signedOn: '2025-03-10',
			version: String(draft.version)
		});
		expect(await period()).toMatchObject({ actualNumber: '1', actualText: null });
		expect((await period()).actualComment).toMatch(/^1 protocollo firmato nel periodo: «Rete»/);
		// A party's change recomputes too (the figure stays).
		await addParty(admin, draft.id, { organisationId: String(lodi), signedOn: '2025-03-10' });
		expect(await period()).toMatchObject({ actualNumber: '1' });
		// Revoked later: still signed in the period.
		await updateAgreement(admin, draft.id, {
			...base,
			title: 'Rete',
			draftedOn: '2025-02-01',
			status: 'revoked',
			signedOn: '2025-03-10',
			version: String(signed.version)
		});
		expect(await period()).toMatchObject({ actualNumber: '1' });
		await deleteAgreement(admin, draft.id);
		expect(await period()).toMatchObject({
			actualNumber: '0',
			actualComment: 'Nessun protocollo firmato nel periodo.'
		});
	});
});

describe('planAgreements', () => {
	it('gives a plan its agreements, the Accordo di Programma first, with who signed and who has not', async () => {
		const { admin, district, plan, lodi, asst, acsi } = await setup('agr-h');
		const other = await setup('agr-h2');
		expect(await planAgreements(admin, plan.id)).toEqual([]);
		const protocol = await createAgreement(admin, { ...base, planId: String(plan.id) });
		const programme = await createAgreement(admin, {
			title: 'Accordo di Programma 2025-2027',
			kind: 'programme',
			status: 'signed',
			draftedOn: '2024-11-04',
			signedOn: '2024-12-19',
			startsOn: '2025-01-01',
			endsOn: '2027-12-31',
			planId: String(plan.id),
			exampleData: 'on'
		});
		await createAgreement(admin, { ...base, title: 'Senza piano' });
		await addParty(admin, programme.id, { organisationId: String(acsi), role: 'Ente aderente' });
		await addParty(admin, programme.id, { organisationId: String(asst), role: 'ASST', signedOn: '2024-12-19' });
		await addParty(admin, programme.id, { organisationId: String(lodi), role: 'Capofila', signedOn: '2024-12-16' });

		const list = await planAgreements(admin, plan.id);
		expect(list.map((a) => a.id)).toEqual([programme.id, protocol.id]);
		expect(list[0]).toEqual({
			id: programme.id,
			title: 'Accordo di Programma 2025-2027',
			kind: 'programme',
			status: 'signed',
			signedOn: '2024-12-19',
			startsOn: '2025-01-01',
			endsOn: '2027-12-31',
			exampleData: true,
			parties: [
				{ name: 'Comune di Lodi', role: 'Capofila', signedOn: '2024-12-16' },
				{ name: 'ASST Lodi', role: 'ASST', signedOn: '2024-12-19' },
				{ name: 'ACSI', role: 'Ente aderente', signedOn: null }
			],
			signed: 2
		});
		expect(list[1]).toMatchObject({ parties: [], signed: 0 });
		// By the district's id (public pages), the same; another district's reader sees none of it.
		expect(await planAgreements(district.id, plan.id)).toEqual(list);
		expect(await planAgreements(other.district.id, plan.id)).toEqual([]);
		expect(await planAgreements(other.admin, plan.id)).toEqual([]);
	});
});
