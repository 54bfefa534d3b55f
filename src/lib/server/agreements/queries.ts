// Reads of agreements: any member of the district may read them (each read is scoped to the
// district). The document's bytes are read only by the download (getAgreementDocument).
import { and, asc, eq, getTableColumns, inArray, isNotNull, sql } from 'drizzle-orm';
import { db } from '../db';
import { findOwned } from '../db/versioned';
import type { Reader } from '../kernel';
import { NotFoundError } from '../errors';
import { organisations } from '../organisations';
import { objectives, plans } from '../planning';
import { agreementObjectives, agreementParties, agreements, AGREEMENT_KINDS, type AgreementKind } from './schema';

const { documentData: _bytes, ...agreementColumns } = getTableColumns(agreements);

const partyCount = sql<number>`(select count(*) from agreement_party p where p.agreement_id = ${agreements.id})::int`;
const signedCount = sql<number>`(select count(*) from agreement_party p where p.agreement_id = ${agreements.id} and p.signed_on is not null)::int`;

export function isAgreementKind(value: unknown): value is AgreementKind {
	return (AGREEMENT_KINDS as readonly unknown[]).includes(value);
}

/** The district's agreements (of one kind), with how many parties each has and how many signed. */
export async function listAgreements(reader: Reader, filter: { kind?: string } = {}) {
	return db()
		.select({
			id: agreements.id,
			title: agreements.title,
			kind: agreements.kind,
			status: agreements.status,
			draftedOn: agreements.draftedOn,
			signedOn: agreements.signedOn,
			startsOn: agreements.startsOn,
			endsOn: agreements.endsOn,
			exampleData: agreements.exampleData,
			planId: agreements.planId,
			plan: plans.title,
			hasDocument: isNotNull(agreements.documentName).mapWith(Boolean),
			parties: partyCount,
			signed: signedCount
		})
		.from(agreements)
		.leftJoin(plans, eq(plans.id, agreements.planId))
		.where(
			and(
				eq(agreements.districtId, reader.districtId),
				isAgreementKind(filter.kind) ? eq(agreements.kind, filter.kind) : undefined
			)
		)
		.orderBy(sql`${agreements.signedOn} desc nulls first`, asc(agreements.draftedOn), asc(agreements.title));
}

/** One agreement with its parties (organisation names), the plan and the objectives it serves. */
export async function getAgreement(reader: Reader, id: number) {
	const [agreement] = await db()
		.select({ ...agreementColumns, plan: plans.title, planSlug: plans.slug })
		.from(agreements)
		.leftJoin(plans, eq(plans.id, agreements.planId))
		.where(and(eq(agreements.id, id), eq(agreements.districtId, reader.districtId)));
	if (!agreement) throw new NotFoundError('Accordo');
	const [parties, objectiveRows] = await Promise.all([
		db()
			.select({
				id: agreementParties.id,
				organisationId: organisations.id,
				name: organisations.name,
				type: organisations.type,
				role: agreementParties.role,
				signedOn: agreementParties.signedOn
			})
			.from(agreementParties)
			.innerJoin(organisations, eq(organisations.id, agreementParties.organisationId))
			.where(eq(agreementParties.agreementId, id))
			.orderBy(sql`${agreementParties.signedOn} asc nulls last`, asc(organisations.name)),
		db()
			.select({ id: objectives.id, code: objectives.code, title: objectives.title, plan: plans.title })
			.from(agreementObjectives)
			.innerJoin(objectives, eq(objectives.id, agreementObjectives.objectiveId))
			.innerJoin(plans, eq(plans.id, objectives.planId))
			.where(eq(agreementObjectives.agreementId, id))
			.orderBy(asc(plans.startYear), asc(objectives.position), asc(objectives.code))
	]);
	return {
		agreement,
		parties,
		objectives: objectiveRows,
		signed: parties.filter((p) => p.signedOn).length
	};
}

/** The signed document of an agreement, with its bytes (for the download only). */
export async function getAgreementDocument(reader: Reader, id: number) {
	const row = await findOwned(db(), agreements, reader.districtId, id, 'Accordo');
	if (!row.documentData) throw new NotFoundError('Documento');
	return {
		name: row.documentName ?? 'accordo',
		type: row.documentType ?? 'application/octet-stream',
		size: row.documentSize ?? row.documentData.length,
		data: row.documentData
	};
}

/** What the agreement forms offer: the district's plans, objectives (named with their plan) and organisations. */
export async function agreementChoices(reader: Reader) {
	const [planRows, objectiveRows, organisationRows] = await Promise.all([
		db()
			.select({ id: plans.id, title: plans.title })
			.from(plans)
			.where(eq(plans.districtId, reader.districtId))
			.orderBy(asc(plans.startYear), asc(plans.title)),
		db()
			.select({ id: objectives.id, code: objectives.code, title: objectives.title, plan: plans.title })
			.from(objectives)
			.innerJoin(plans, eq(plans.id, objectives.planId))
			.where(eq(objectives.districtId, reader.districtId))
			.orderBy(asc(plans.startYear), asc(objectives.position), asc(objectives.code)),
		db()
			.select({ id: organisations.id, name: organisations.name })
			.from(organisations)
			.where(eq(organisations.districtId, reader.districtId))
			.orderBy(asc(organisations.name))
	]);
	return {
		plans: planRows.map((p) => ({ value: String(p.id), label: p.title })),
		objectives: objectiveRows.map((o) => ({
			value: String(o.id),
			label: `${o.plan} · ${o.code} ${o.title.length > 90 ? `${o.title.slice(0, 88)}…` : o.title}`
		})),
		organisations: organisationRows.map((o) => ({ value: String(o.id), label: o.name }))
	};
}

/** One agreement of a plan as the plan pages show it: public data only (no document). */
export interface PlanAgreement {
	id: number;
	title: string;
	kind: AgreementKind;
	status: string;
	signedOn: string | null;
	startsOn: string | null;
	endsOn: string | null;
	exampleData: boolean;
	/** Parties in order: those who signed (by date), then those still to sign. */
	parties: { name: string; role: string; signedOn: string | null }[];
	signed: number;
}

/**
 * The agreements that make a plan effective or serve it, the Accordo di Programma first, each
 * with who has signed so far and who has not. For the staff and the public plan pages: takes a
 * reader or the district's id (public pages have nobody signed in).
 */
export async function planAgreements(reader: Reader | number, planId: number): Promise<PlanAgreement[]> {
	const districtId = typeof reader === 'number' ? reader : reader.districtId;
	const rows = await db()
		.select({
			id: agreements.id,
			title: agreements.title,
			kind: agreements.kind,
			status: agreements.status,
			signedOn: agreements.signedOn,
			startsOn: agreements.startsOn,
			endsOn: agreements.endsOn,
			exampleData: agreements.exampleData
		})
		.from(agreements)
		.where(and(eq(agreements.districtId, districtId), eq(agreements.planId, planId)))
		.orderBy(
			sql`case when ${agreements.kind} = 'programme' then 0 else 1 end`,
			sql`${agreements.signedOn} desc nulls last`,
			asc(agreements.draftedOn),
			asc(agreements.id)
		);
	if (!rows.length) return [];
	const parties = await db()
		.select({
			agreementId: agreementParties.agreementId,
			name: organisations.name,
			role: agreementParties.role,
			signedOn: agreementParties.signedOn
		})
		.from(agreementParties)
		.innerJoin(organisations, eq(organisations.id, agreementParties.organisationId))
		.where(
			inArray(
				agreementParties.agreementId,
				rows.map((r) => r.id)
			)
		)
		.orderBy(sql`${agreementParties.signedOn} asc nulls last`, asc(organisations.name));
	return rows.map((r) => {
		const own = parties
			.filter((p) => p.agreementId === r.id)
			.map(({ name, role, signedOn }) => ({ name, role, signedOn }));
		return { ...r, parties: own, signed: own.filter((p) => p.signedOn).length };
	});
}

/** The agreements that serve an objective of the plan (for the objective's page). */
export async function agreementsOfObjective(reader: Reader, objectiveId: number) {
	return db()
		.select({ id: agreements.id, title: agreements.title, kind: agreements.kind, status: agreements.status })
		.from(agreementObjectives)
		.innerJoin(agreements, eq(agreements.id, agreementObjectives.agreementId))
		.where(and(eq(agreementObjectives.objectiveId, objectiveId), eq(agreements.districtId, reader.districtId)))
		.orderBy(asc(agreements.title));
}
