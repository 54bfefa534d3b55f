// The catalogue as readers see it: active services only, in the reader's language with
// Italian where a translation is missing (marked), search and filters, "who does what",
// and the anonymous page ratings. Staff-only fields (internal notes) are never selected.
import { and, asc, eq, inArray, sql } from 'drizzle-orm';
import { db } from '../db';
import { command } from '../kernel';
import { parse } from '../validation';
import { organisations } from '../organisations';
import { projectPartners, projects } from '../projects';
import { roundtableAreas, roundtableMembers, roundtables } from '../roundtables';
import { areas, currentPlan, plans } from '../planning';
import { romeParts } from '$lib/time';
import { addressKey, reserveAll, type Rule } from '../security';
import { locationsOf } from './places';
import { nextChangeToday, openState, upcomingExceptions, weekTable } from './hours';
import { ratingInput } from './input';
import { pageRatings, services, serviceTexts, serviceLocations } from './schema';
import { TEXT_FIELDS, type TextField } from '$lib/catalogue';

/** A piece of text and the language it is in: the reader's, or Italian when not translated. */
export interface Localised {
	value: string;
	lang: string;
}
type TextRow = Record<TextField, string> & { lang: string; updatedAt: Date };

/** Field by field: the translation where there is one, else the Italian. */
export function localise(italian: TextRow, translated: TextRow | undefined): Record<TextField, Localised> {
	return Object.fromEntries(
		TEXT_FIELDS.map((f) => [
			f,
			translated?.[f].trim() ? { value: translated[f], lang: translated.lang } : { value: italian[f], lang: 'it' }
		])
	) as Record<TextField, Localised>;
}

export async function textsOf(serviceIds: number[], lang: string) {
	if (!serviceIds.length) return new Map<number, { it: TextRow; tr?: TextRow }>();
	const rows = await db()
		.select()
		.from(serviceTexts)
		.where(and(inArray(serviceTexts.serviceId, serviceIds), inArray(serviceTexts.lang, [...new Set(['it', lang])])));
	const map = new Map<number, { it: TextRow; tr?: TextRow }>();
	for (const r of rows.filter((r) => r.lang === 'it')) map.set(r.serviceId, { it: r });
	for (const r of rows.filter((r) => r.lang !== 'it')) {
		const entry = map.get(r.serviceId);
		if (entry) entry.tr = r;
	}
	return map;
}

const PUBLIC_SERVICE = {
	id: services.id,
	slug: services.slug,
	category: services.category,
	topics: services.topics,
	targetGroups: services.targetGroups,
	spokenLanguages: services.spokenLanguages,
	accessUrl: services.accessUrl,
	phone: services.phone,
	phoneAlwaysOpen: services.phoneAlwaysOpen,
	email: services.email,
	exampleData: services.exampleData,
	updatedAt: services.updatedAt,
	providerId: services.providerId,
	provider: organisations.name
};

/** One active service, as its public page shows it; null when there is none (or not public). */
export async function publicService(districtId: number, slug: string, lang: string, now = new Date()) {
	const [service] = await db()
		.select({ ...PUBLIC_SERVICE, providerWebsite: organisations.website, providerAddress: organisations.address })
		.from(services)
		.innerJoin(organisations, eq(organisations.id, services.providerId))
		.where(and(eq(services.districtId, districtId), eq(services.slug, slug), eq(services.status, 'active')));
	if (!service) return null;
	const [texts, places] = await Promise.all([textsOf([service.id], lang), locationsOf([service.id])]);
	const t = texts.get(service.id)!;
	const locations = (places.get(service.id) ?? []).map((l) => ({
		id: l.id,
		name: l.name,
		municipality: l.municipality,
		address: l.address,
		postalCode: l.postalCode,
		latitude: l.latitude,
		longitude: l.longitude,
		state: openState(l.schedule, now),
		week: weekTable(l.schedule),
		exceptions: upcomingExceptions(l.schedule, now).map(({ fromDay, toDay, opens, closes, note }) => ({
			fromDay,
			toDay,
			opens: opens?.slice(0, 5) ?? null,
			closes: closes?.slice(0, 5) ?? null,
			note
		}))
	}));
	const dates = [
		service.updatedAt,
		t.it.updatedAt,
		t.tr?.updatedAt,
		...(places.get(service.id) ?? []).map((l) => l.updatedAt)
	].filter(Boolean) as Date[];
	return {
		service: { ...service, updatedAt: new Date(Math.max(...dates.map((d) => d.getTime()))) },
		text: localise(t.it, t.tr),
		translated: !!t.tr,
		locations,
		/** Until when the page's "open now" stays true. */
		validUntil: nextChangeToday(
			(places.get(service.id) ?? []).map((l) => l.schedule),
			now
		)
	};
}

const choicesCache = new Map<
	number,
	{ version: number; choices: Promise<{ municipalities: string[]; languages: string[] }> }
>();

/**
 * The choices of the filters: only municipalities and languages that some active service
 * has. They change only with the district's content, so each version is read once.
 */
export function filterChoices(districtId: number, contentVersion: number) {
	const kept = choicesCache.get(districtId);
	if (kept?.version === contentVersion) return kept.choices;
	const choices = readFilterChoices(districtId);
	choices.catch(() => choicesCache.delete(districtId));
	choicesCache.set(districtId, { version: contentVersion, choices });
	return choices;
}

async function readFilterChoices(districtId: number) {
	const [municipalities, languages] = await Promise.all([
		db()
			.selectDistinct({ m: serviceLocations.municipality })
			.from(serviceLocations)
			.innerJoin(services, eq(services.id, serviceLocations.serviceId))
			.where(and(eq(services.districtId, districtId), eq(services.status, 'active')))
			.orderBy(asc(serviceLocations.municipality)),
		db().execute<{ code: string }>(
			sql`select distinct unnest(spoken_languages) as code from service where district_id = ${districtId} and status = 'active' order by 1`
		)
	]);
	return { municipalities: municipalities.map((r) => r.m), languages: languages.rows.map((r) => r.code) };
}

const ACTIVE_PROJECT = inArray(projects.status, ['financed', 'running']);

/**
 * "Chi fa cosa": per organisation, in which areas it works (roundtables, projects) and its
 * services. The columns are the current plan's active areas (each plan has its own), then any
 * area of another plan that a roundtable or a project still works on, marked with its plan.
 */
export async function whoDoesWhat(districtId: number, year = Number(romeParts(new Date()).date.slice(0, 4))) {
	const [orgs, allAreas, viaRoundtables, viaProjects, serviceCounts, current] = await Promise.all([
		db()
			.select({ id: organisations.id, name: organisations.name, type: organisations.type })
			.from(organisations)
			.where(eq(organisations.districtId, districtId))
			.orderBy(asc(organisations.name)),
		db()
			.select({ id: areas.id, code: areas.code, name: areas.name, planId: areas.planId, plan: plans.slug })
			.from(areas)
			.leftJoin(plans, eq(plans.id, areas.planId))
			.where(and(eq(areas.districtId, districtId), eq(areas.active, true)))
			.orderBy(sql`${plans.startYear} desc nulls last`, asc(areas.position), asc(areas.code)),
		db()
			.selectDistinct({ organisationId: roundtableMembers.organisationId, areaId: roundtableAreas.areaId })
			.from(roundtableMembers)
			.innerJoin(roundtableAreas, eq(roundtableAreas.roundtableId, roundtableMembers.roundtableId))
			.where(and(eq(roundtableMembers.districtId, districtId), sql`${roundtableMembers.leftOn} is null`)),
		db().execute<{ organisation_id: number; area_id: number; n: number }>(sql`
			select o.organisation_id, pa.area_id, count(distinct p.id)::int as n
			from project p
			join project_area pa on pa.project_id = p.id
			join (select id as project_id, lead_organisation_id as organisation_id from project where district_id = ${districtId}
			      union select project_id, organisation_id from project_partner) o on o.project_id = p.id
			where p.district_id = ${districtId} and p.status in ('financed', 'running')
			group by 1, 2`),
		db()
			.select({ providerId: services.providerId, n: sql<number>`count(*)::int` })
			.from(services)
			.where(and(eq(services.districtId, districtId), eq(services.status, 'active')))
			.groupBy(services.providerId),
		currentPlan({ districtId }, year)
	]);
	const worked = new Set([...viaRoundtables.map((r) => r.areaId), ...viaProjects.rows.map((r) => r.area_id)]);
	const ofCurrent = (a: { planId: number | null }) => a.planId === (current?.id ?? null);
	const areaRows = [...allAreas.filter(ofCurrent), ...allAreas.filter((a) => !ofCurrent(a) && worked.has(a.id))].map(
		({ planId, plan, ...a }) => ({ ...a, plan: planId === (current?.id ?? null) ? null : plan })
	);
	const key = (o: number, a: number) => `${o}:${a}`;
	const roundtable = new Set(viaRoundtables.map((r) => key(r.organisationId, r.areaId)));
	const projectCount = new Map(viaProjects.rows.map((r) => [key(r.organisation_id, r.area_id), r.n]));
	const servicesOf = new Map(serviceCounts.map((r) => [r.providerId, r.n]));
	const rows = orgs.map((o) => ({
		...o,
		services: servicesOf.get(o.id) ?? 0,
		cells: areaRows.map((a) => ({
			roundtable: roundtable.has(key(o.id, a.id)),
			projects: projectCount.get(key(o.id, a.id)) ?? 0
		}))
	}));
	// Areas where nobody works are columns of empty cells: keep them, they are the point.
	return { areas: areaRows, organisations: rows };
}

/** An organisation's public page: its details, active services, active projects and roundtables. */
export async function publicOrganisation(districtId: number, id: number, lang: string) {
	const [org] = await db()
		.select({
			id: organisations.id,
			name: organisations.name,
			type: organisations.type,
			website: organisations.website,
			email: organisations.email,
			phone: organisations.phone,
			address: organisations.address
		})
		.from(organisations)
		.where(and(eq(organisations.districtId, districtId), eq(organisations.id, id)));
	if (!org) return null;
	const [svc, projs, tables] = await Promise.all([
		db()
			.select({ id: services.id, slug: services.slug })
			.from(services)
			.where(and(eq(services.providerId, id), eq(services.status, 'active'))),
		db()
			.selectDistinct({
				id: projects.id,
				title: projects.title,
				description: projects.description,
				status: projects.status,
				startsOn: projects.startsOn,
				endsOn: projects.endsOn,
				lead: sql<boolean>`${projects.leadOrganisationId} = ${id}`
			})
			.from(projects)
			.leftJoin(projectPartners, eq(projectPartners.projectId, projects.id))
			.where(
				and(
					eq(projects.districtId, districtId),
					ACTIVE_PROJECT,
					sql`(${projects.leadOrganisationId} = ${id} or ${projectPartners.organisationId} = ${id})`
				)
			)
			.orderBy(asc(projects.title)),
		db()
			.selectDistinct({ id: roundtables.id, name: roundtables.name })
			.from(roundtableMembers)
			.innerJoin(roundtables, eq(roundtables.id, roundtableMembers.roundtableId))
			.where(and(eq(roundtableMembers.organisationId, id), sql`${roundtableMembers.leftOn} is null`))
			.orderBy(asc(roundtables.name))
	]);
	const texts = await textsOf(
		svc.map((s) => s.id),
		lang
	);
	return {
		organisation: org,
		services: svc.map((s) => {
			const t = localise(texts.get(s.id)!.it, texts.get(s.id)!.tr);
			return { slug: s.slug, title: t.title, summary: t.summary };
		}),
		projects: projs,
		roundtables: tables
	};
}

// ---- page ratings ------------------------------------------------------------------------

/**
 * Ratings accepted: per address (an IPv6 /64 counts as one), per page and per district, so
 * that neither one reader nor many addresses can flood the results.
 */
export const RATING_LIMITS = {
	address: { limit: 10, windowSeconds: 3600 },
	page: { limit: 30, windowSeconds: 3600 },
	district: { limit: 100, windowSeconds: 3600 }
} satisfies Record<string, Rule>;

/** Saves one rating; refused (with the seconds to wait) when a limit is reached. */
export async function ratePage(
	districtId: number,
	page: { path: string; serviceId: number | null; lang: string },
	input: unknown,
	clientAddress: string
): Promise<{ wait: number }> {
	const data = parse(ratingInput, input);
	const { wait } = await reserveAll([
		[`rating:a:${addressKey(clientAddress)}`, RATING_LIMITS.address],
		[`rating:p:${districtId}:${page.path}`, RATING_LIMITS.page],
		[`rating:d:${districtId}`, RATING_LIMITS.district]
	]);
	// Anonymous answers are not changes of the district's content: saved, never logged.
	if (!wait)
		await command(null, { districtId }, (c) =>
			c.tx
				.insert(pageRatings)
				.values({ districtId, serviceId: page.serviceId, path: page.path, lang: page.lang, ...data })
				.then(() => undefined)
		);
	return { wait };
}
