// Reads of the catalogue as staff keep it: every service, internal notes included, with the
// languages still missing a translation. Public reads are in public.ts.
import { and, asc, desc, eq, sql } from 'drizzle-orm';
import { db, type Executor } from '../db';
import { findOwned } from '../db/versioned';
import { assertCan, districts, type Actor } from '../kernel';
import { organisations } from '../organisations';
import { hourFields, locationsOf } from './places';
import { pageRatings, services, serviceTexts } from './schema';
import { TEXT_FIELDS, type TextField } from '$lib/catalogue';

type TextValues = Record<TextField, string>;
/** The text fields of a row of service_text. */
export const textOf = (row: TextValues): TextValues =>
	Object.fromEntries(TEXT_FIELDS.map((f) => [f, row[f]])) as TextValues;

/** The district's public languages besides Italian. */
export async function districtLanguages(ex: Executor, districtId: number): Promise<string[]> {
	const [row] = await ex.select({ languages: districts.languages }).from(districts).where(eq(districts.id, districtId));
	return row?.languages ?? [];
}

/** Every service of the district, with the languages still missing a translation. */
export async function listServices(actor: Actor) {
	assertCan(actor, 'catalogue.read');
	const rows = await db()
		.select({
			id: services.id,
			slug: services.slug,
			status: services.status,
			provider: organisations.name,
			title: serviceTexts.title,
			updatedAt: services.updatedAt,
			langs: sql<
				string[]
			>`(select coalesce(array_agg(t.lang order by t.lang), '{}') from service_text t where t.service_id = ${services.id} and t.lang <> 'it')`
		})
		.from(services)
		.innerJoin(organisations, eq(organisations.id, services.providerId))
		.innerJoin(serviceTexts, and(eq(serviceTexts.serviceId, services.id), eq(serviceTexts.lang, 'it')))
		.where(eq(services.districtId, actor.districtId))
		.orderBy(asc(serviceTexts.title));
	const languages = await districtLanguages(db(), actor.districtId);
	return rows.map((r) => ({ ...r, missing: languages.filter((l) => !r.langs.includes(l)) }));
}

/** One service as staff edit it: everything, internal notes included. */
export async function getService(actor: Actor, id: number) {
	assertCan(actor, 'catalogue.read');
	const service = await findOwned(db(), services, actor.districtId, id, 'Servizio');
	const texts = (
		await db().select().from(serviceTexts).where(eq(serviceTexts.serviceId, id)).orderBy(asc(serviceTexts.lang))
	).map((t) => ({
		...textOf(t),
		lang: t.lang,
		version: t.version,
		updatedAt: t.updatedAt
	}));
	const locations = await locationsOf([id]);
	const languages = await districtLanguages(db(), actor.districtId);
	const italian = texts.find((t) => t.lang === 'it')!;
	/** Per language: the fields with Italian text and no translation yet. */
	const missing = Object.fromEntries(
		languages.map((l) => {
			const t = texts.find((x) => x.lang === l);
			return [l, TEXT_FIELDS.filter((f) => italian[f].trim() && !t?.[f].trim())];
		})
	);
	return {
		service,
		italian,
		texts,
		locations: (locations.get(id) ?? []).map((l) => ({ ...l, fields: hourFields(l.schedule.hours) })),
		languages,
		missing
	};
}

// ---- page ratings ------------------------------------------------------------------------

/** What readers said, per page: for staff. */
export async function ratingResults(actor: Actor) {
	assertCan(actor, 'catalogue.read');
	const [pages, recent] = await Promise.all([
		db()
			.select({
				path: pageRatings.path,
				count: sql<number>`count(*)::int`,
				average: sql<number>`round(avg(${pageRatings.rating}), 1)::float`,
				low: sql<number>`count(*) filter (where ${pageRatings.rating} <= 3)::int`,
				reasons: sql<Record<
					string,
					number
				> | null>`(select jsonb_object_agg(r, n) from (select unnest(p2.reasons) r, count(*) n from page_rating p2 where p2.district_id = ${actor.districtId} and p2.path = ${pageRatings.path} group by 1) x)`
			})
			.from(pageRatings)
			.where(eq(pageRatings.districtId, actor.districtId))
			.groupBy(pageRatings.path)
			.orderBy(asc(sql`avg(${pageRatings.rating})`)),
		db()
			.select({
				path: pageRatings.path,
				rating: pageRatings.rating,
				comment: pageRatings.comment,
				lang: pageRatings.lang,
				createdAt: pageRatings.createdAt
			})
			.from(pageRatings)
			.where(and(eq(pageRatings.districtId, actor.districtId), sql`${pageRatings.comment} <> ''`))
			.orderBy(desc(pageRatings.createdAt))
			.limit(50)
	]);
	return { pages, recent };
}
