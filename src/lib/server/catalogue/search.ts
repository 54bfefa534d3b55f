// The catalogue's search page: which active services, organisations and projects match what a
// reader typed (one query: stemming, accents, typos and substrings are PostgreSQL's work), and
// the cards shown for them. The cards (texts in the reader's language, places, hours) change
// only with the district's content: each version is read once per language and kept, so a
// search nobody made before costs one query, and "open now" is worked out again only when an
// opening or closing time has passed.
import { and, asc, eq } from 'drizzle-orm';
import { db, prepared } from '../db';
import { districts } from '../kernel';
import { organisations } from '../organisations';
import { romeParts, romeToInstant } from '$lib/time';
import { locationsOf } from './places';
import { openAt, type Schedule } from './hours';
import type { CatalogueFilters } from './input';
import { localise, textsOf, type Localised } from './public';
import { services } from './schema';

interface Place {
	municipality: string;
	schedule: Schedule;
}
interface Card {
	id: number;
	slug: string;
	title: Localised;
	summary: Localised;
	provider: string;
	providerId: number;
	category: string;
	topics: string[];
	targetGroups: string[];
	spokenLanguages: string[];
	/** A phone that always answers: the service is open whatever its desks' hours. */
	alwaysOpen: boolean;
	municipalities: string[];
	places: Place[];
}
/** Whether each place is open, and the next instant today that changes (ms; Infinity: none). */
interface OpenNow {
	date: string;
	from: number;
	until: number;
	places: Map<Place, { open: boolean; next: number }>;
}
interface Catalogue {
	/** By title in the reader's language: the order of a list without a search. */
	cards: Card[];
	byId: Map<number, Card>;
	openNow?: OpenNow;
}

/** Kept per district and language; the oldest go first beyond this many. */
const KEPT = 256;
const kept = new Map<string, { version: number; catalogue: Promise<Catalogue> }>();

function catalogueOf(districtId: number, version: number, lang: string): Promise<Catalogue> {
	const key = `${districtId} ${lang}`;
	const entry = kept.get(key);
	kept.delete(key);
	if (entry?.version === version) {
		kept.set(key, entry); // most recently used last
		return entry.catalogue;
	}
	const catalogue = readCatalogue(districtId, lang);
	catalogue.catch(() => kept.get(key)?.catalogue === catalogue && kept.delete(key));
	kept.set(key, { version, catalogue });
	for (const k of kept.keys()) {
		if (kept.size <= KEPT) break;
		kept.delete(k);
	}
	return catalogue;
}

async function readCatalogue(districtId: number, lang: string): Promise<Catalogue> {
	const rows = await db()
		.select({
			id: services.id,
			slug: services.slug,
			category: services.category,
			topics: services.topics,
			targetGroups: services.targetGroups,
			spokenLanguages: services.spokenLanguages,
			alwaysOpen: services.phoneAlwaysOpen,
			providerId: services.providerId,
			provider: organisations.name
		})
		.from(services)
		.innerJoin(organisations, eq(organisations.id, services.providerId))
		.where(and(eq(services.districtId, districtId), eq(services.status, 'active')))
		.orderBy(asc(services.slug));
	const ids = rows.map((r) => r.id);
	const [texts, places] = await Promise.all([textsOf(ids, lang), locationsOf(ids)]);
	const cards = rows.map((r): Card => {
		const t = texts.get(r.id)!;
		const text = localise(t.it, t.tr);
		const own = places.get(r.id) ?? [];
		return {
			...r,
			title: text.title,
			summary: text.summary,
			municipalities: [...new Set(own.map((l) => l.municipality))],
			places: own.map((l) => ({ municipality: l.municipality, schedule: l.schedule }))
		};
	});
	cards.sort((a, b) => a.title.value.localeCompare(b.title.value, lang));
	return { cards, byId: new Map(cards.map((c) => [c.id, c])) };
}

/** Every place's open state at `now`, worked out again only once a place opens or closes. */
function openNow(catalogue: Catalogue, now: Date): OpenNow {
	const at = now.getTime();
	const kept = catalogue.openNow;
	const { date, time } = romeParts(now);
	if (kept && kept.date === date && kept.from <= at && at < kept.until) return kept;
	const state: OpenNow = { date, from: at, until: Infinity, places: new Map() };
	for (const card of catalogue.cards)
		for (const place of card.places) {
			const { open, next } = openAt(place.schedule, date, time);
			const change = next ? (romeToInstant(date, next)?.getTime() ?? at) : Infinity;
			state.places.set(place, { open, next: change });
			state.until = Math.min(state.until, change);
		}
	catalogue.openNow = state;
	return state;
}

/** A search's own text as a LIKE pattern: its wildcards are literal. */
const likePattern = (q: string) => `%${q.toLowerCase().replace(/[\\%_]/g, (c) => `\\${c}`)}%`;

/** How the search box matches a name against the Italian words `it`: stemmed words, typos, or a substring. */
const nameMatches = (column: string) => `(to_tsvector('italian', lower(pdz_unaccent(${column}))) @@ it.query
		or word_similarity(it.words, lower(pdz_unaccent(${column}))) >= 0.6 or lower(pdz_unaccent(${column})) like it.pattern)`;

/**
 * What a search matches, in one statement planned once per connection: services (texts in
 * Italian or the reader's language: words, stemmed and without accents, first, then typos and
 * substrings; a service ranks by its best text), organisations by name and active projects by
 * title and description (their texts are in Italian), 50 of each at most, by name. The words
 * are parsed once per language (materialized), and a text's typo similarity is worked out only
 * when its words do not match: it is what costs.
 */
const MATCHES = `
	with q as materialized (
		select l as lang, websearch_to_tsquery(pdz_ts_config(l), pdz_unaccent($3)) as query,
			lower(pdz_unaccent($3)) as words, lower(pdz_unaccent($4)) as pattern
		from unnest($2::text[]) l),
	it as materialized (
		select websearch_to_tsquery('italian', pdz_unaccent($3)) as query,
			lower(pdz_unaccent($3)) as words, lower(pdz_unaccent($4)) as pattern)
	(select 's' as kind, t.service_id as id, null as name, null as detail,
		max(ts_rank(t.search, q.query) + case when t.search @@ q.query then 1 else word_similarity(q.words, t.plain) end) as rank
	from service_text t join q on q.lang = t.lang
	where t.district_id = $1 and (t.search @@ q.query or t.plain like q.pattern or word_similarity(q.words, t.plain) >= 0.6)
	group by t.service_id)
	union all (
		select 'o', id, name, type, null from organisation, it
		where district_id = $1 and ${nameMatches('name')}
		order by name limit 50)
	union all (
		select 'p', id, title, description, null from project, it
		where district_id = $1 and status in ('financed', 'running') and ${nameMatches("title || ' ' || description")}
		order by title limit 50)`;

type Match =
	| { kind: 's'; id: number; rank: number; name: null; detail: null }
	| { kind: 'o' | 'p'; id: number; rank: null; name: string; detail: string };

async function matches(districtId: number, lang: string, q: string) {
	const langs = [...new Set(['it', lang])];
	const rows = await prepared<Match>('catalogue-search', MATCHES, [districtId, langs, q, likePattern(q)]);
	const ranks = new Map<number, number>();
	const organisations: { id: number; name: string; type: string }[] = [];
	const projects: { id: number; title: string; description: string }[] = [];
	for (const r of rows) {
		if (r.kind === 's') ranks.set(r.id, r.rank);
		else if (r.kind === 'o') organisations.push({ id: r.id, name: r.name, type: r.detail });
		else projects.push({ id: r.id, title: r.name, description: r.detail });
	}
	return { ranks, organisations, projects };
}

async function contentVersionOf(districtId: number): Promise<number> {
	const [row] = await db().select({ v: districts.contentVersion }).from(districts).where(eq(districts.id, districtId));
	return row?.v ?? 0;
}

/**
 * The active services matching the reader's search and filters, best matches first (without a
 * search, by title), with the organisations and projects whose names match. `district` is
 * its id, or its id and the content version the request has read already (saving a query).
 */
export async function searchServices(
	district: number | { id: number; contentVersion: number },
	lang: string,
	filters: CatalogueFilters,
	now = new Date()
) {
	const districtId = typeof district === 'number' ? district : district.id;
	const q = filters.q;
	const [catalogue, found] = await Promise.all([
		(typeof district === 'number' ? contentVersionOf(district) : Promise.resolve(district.contentVersion)).then(
			(version) => catalogueOf(districtId, version, lang)
		),
		q ? matches(districtId, lang, q) : null
	]);
	const municipality = filters.municipality?.toLowerCase();
	const wanted = (c: Card) =>
		(!filters.category || c.category === filters.category) &&
		(!filters.topic || c.topics.includes(filters.topic)) &&
		(!filters.targetGroup || c.targetGroups.includes(filters.targetGroup)) &&
		(!filters.spokenLanguage || c.spokenLanguages.includes(filters.spokenLanguage)) &&
		(!municipality || c.places.some((p) => p.municipality.toLowerCase() === municipality));
	let cards: Card[];
	if (found) {
		const rank = (c: Card) => found.ranks.get(c.id)!;
		cards = [...found.ranks.keys()]
			.map((id) => catalogue.byId.get(id))
			.filter((c): c is Card => !!c && wanted(c))
			.sort((a, b) => rank(b) - rank(a) || (a.slug < b.slug ? -1 : a.slug > b.slug ? 1 : 0))
			.slice(0, 500);
	} else cards = catalogue.cards.filter(wanted);
	const state = openNow(catalogue, now);
	let validUntil = Infinity;
	const results = [];
	for (const c of cards) {
		const own = c.places.filter((p) => !municipality || p.municipality.toLowerCase() === municipality);
		for (const p of own) validUntil = Math.min(validUntil, state.places.get(p)!.next);
		const open = c.alwaysOpen || (own.length ? own.some((p) => state.places.get(p)!.open) : null);
		if (filters.openNow && !open) continue;
		const { id: _id, places: _places, ...card } = c;
		results.push({ ...card, open });
	}
	return {
		results,
		others: { organisations: found?.organisations ?? [], projects: found?.projects ?? [] },
		/** Until when the results' "open now" stays true (null: the rest of the day). */
		validUntil: validUntil === Infinity ? null : new Date(validUntil)
	};
}

/** Organisations and active projects whose names match the search (their texts are in Italian). */
export async function searchOthers(districtId: number, q: string) {
	if (!q) return { organisations: [], projects: [] };
	const { organisations, projects } = await matches(districtId, 'it', q);
	return { organisations, projects };
}

/** Services shown per page of results: a phone's few screens, and a page that stays light. */
export const PER_PAGE = 20;

/**
 * One page of results (`page` from 1; past the last, the last) and the query strings of the
 * pages before and after it: the same search and filters, another `pagina`.
 */
export function pageOf<T>(results: T[], page: number, params: URLSearchParams) {
	const pages = Math.max(1, Math.ceil(results.length / PER_PAGE));
	const current = Math.min(page, pages);
	const query = (n: number) => {
		const next = new URLSearchParams(params);
		if (n === 1) next.delete('pagina');
		else next.set('pagina', String(n));
		return next.size ? `?${next}` : '';
	};
	return {
		items: results.slice((current - 1) * PER_PAGE, current * PER_PAGE),
		page: current,
		pages,
		previous: current > 1 ? query(current - 1) : null,
		next: current < pages ? query(current + 1) : null
	};
}
