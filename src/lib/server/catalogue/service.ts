// The catalogue as staff keep it: services with their Italian text, translations edited
// beside the Italian, places with weekly hours and exceptions. Every change is audited
// (which also refreshes the public pages), and two people saving the same record are told.
import { assertCan, type Actor } from '../kernel/access';
import { districts } from '../kernel/schema';
import { and, asc, eq, inArray, sql } from 'drizzle-orm';
import { db, type Executor } from '../db';
import { findOwned, updateVersioned } from '../db/versioned';
import { recordChange } from '../audit/service';
import { ConflictError, NotFoundError, ValidationError } from '../errors';
import { parse, versionOnly } from '../validation';
import { organisations } from '../organisations/schema';
import { exceptionInput, hourField, locationInput, serviceWithTextInput, textInput, translationVersion } from './input';
import { locationExceptions, locationHours, serviceLocations, services, serviceTexts } from './schema';
import { TEXT_FIELDS, type TextField } from '$lib/catalogue';
import type { Schedule } from './hours';

type TextValues = Record<TextField, string>;
const textOf = (row: TextValues): TextValues => Object.fromEntries(TEXT_FIELDS.map((f) => [f, row[f]])) as TextValues;

async function assertProvider(tx: Executor, districtId: number, providerId: number) {
	const [row] = await tx.select({ id: organisations.id }).from(organisations).where(and(eq(organisations.id, providerId), eq(organisations.districtId, districtId)));
	if (!row) throw new ValidationError({ providerId: 'Scegliere un ente di questo ambito.' });
}

async function assertSlugFree(tx: Executor, districtId: number, slug: string, exceptId?: number) {
	const [clash] = await tx.select({ id: services.id }).from(services).where(and(eq(services.districtId, districtId), eq(services.slug, slug)));
	if (clash && clash.id !== exceptId) throw new ValidationError({ slug: 'Un altro servizio usa già questo indirizzo.' });
}

/** The district's public languages besides Italian. */
export async function districtLanguages(tx: Executor, districtId: number): Promise<string[]> {
	const [row] = await tx.select({ languages: districts.languages }).from(districts).where(eq(districts.id, districtId));
	return row?.languages ?? [];
}

function parseService(input: unknown) {
	const all = parse(serviceWithTextInput, input);
	const text = textOf(all);
	const data = Object.fromEntries(Object.entries(all).filter(([k]) => !(TEXT_FIELDS as readonly string[]).includes(k))) as Omit<typeof all, TextField>;
	return { data, text };
}

// ---- services -------------------------------------------------------------------------

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
			langs: sql<string[]>`(select coalesce(array_agg(t.lang order by t.lang), '{}') from service_text t where t.service_id = ${services.id} and t.lang <> 'it')`
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
	const texts = (await db().select().from(serviceTexts).where(eq(serviceTexts.serviceId, id)).orderBy(asc(serviceTexts.lang))).map((t) => ({
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
	return { service, italian, texts, locations: (locations.get(id) ?? []).map((l) => ({ ...l, fields: hourFields(l.schedule.hours) })), languages, missing };
}

export async function createService(actor: Actor, input: unknown) {
	assertCan(actor, 'catalogue.manage');
	const { data, text } = parseService(input);
	return db().transaction(async (tx) => {
		await assertProvider(tx, actor.districtId, data.providerId);
		await assertSlugFree(tx, actor.districtId, data.slug);
		const [row] = await tx.insert(services).values({ ...data, districtId: actor.districtId }).returning();
		await tx.insert(serviceTexts).values({ ...text, serviceId: row.id, districtId: actor.districtId, lang: 'it' });
		await recordChange(tx, actor, actor.districtId, { action: 'create', entity: 'service', entityId: row.id, after: { ...row, text } });
		return row;
	});
}

/** Saves the service's details and its Italian text: one version covers both. */
export async function updateService(actor: Actor, id: number, input: unknown) {
	assertCan(actor, 'catalogue.manage');
	const { data, text } = parseService(input);
	const { version: v } = parse(versionOnly, input);
	return db().transaction(async (tx) => {
		await assertProvider(tx, actor.districtId, data.providerId);
		await assertSlugFree(tx, actor.districtId, data.slug, id);
		const [italian] = await tx.select().from(serviceTexts).where(and(eq(serviceTexts.serviceId, id), eq(serviceTexts.lang, 'it'))).for('update');
		let result;
		try {
			result = await updateVersioned(tx, services, actor.districtId, id, v, data, 'Servizio');
		} catch (e) {
			// The form shows the Italian text too: the other person's version of it as well.
			if (e instanceof ConflictError && italian) throw new ConflictError({ ...e.current, ...textOf(italian) });
			throw e;
		}
		await tx.update(serviceTexts).set({ ...text, version: sql`${serviceTexts.version} + 1`, updatedAt: sql`now()` }).where(and(eq(serviceTexts.serviceId, id), eq(serviceTexts.lang, 'it')));
		await recordChange(tx, actor, actor.districtId, { action: 'update', entity: 'service', entityId: id, before: { ...result.before, text: italian && textOf(italian) }, after: { ...result.after, text } });
		return result.after;
	});
}

export function deleteService(actor: Actor, id: number) {
	return deleteAudited(actor, services, id, 'service', 'Servizio');
}

/**
 * Saves the translation of a service into one of the district's languages. A new
 * translation is sent with version 0; an edit with the version it was based on.
 */
export async function saveTranslation(actor: Actor, serviceId: number, lang: string, input: unknown) {
	assertCan(actor, 'catalogue.manage');
	const text = parse(textInput, input);
	const { version: expected } = parse(translationVersion, input);
	return db().transaction(async (tx) => {
		await findOwned(tx, services, actor.districtId, serviceId, 'Servizio');
		if (lang === 'it' || !(await districtLanguages(tx, actor.districtId)).includes(lang)) throw new NotFoundError('Lingua');
		const [before] = await tx.select().from(serviceTexts).where(and(eq(serviceTexts.serviceId, serviceId), eq(serviceTexts.lang, lang))).for('update');
		if ((before?.version ?? 0) !== expected) throw new ConflictError(before ? { ...textOf(before), version: before.version } : { version: 0 });
		const [after] = before
			? await tx
					.update(serviceTexts)
					.set({ ...text, version: sql`${serviceTexts.version} + 1`, updatedAt: sql`now()` })
					.where(and(eq(serviceTexts.serviceId, serviceId), eq(serviceTexts.lang, lang)))
					.returning()
			: await tx.insert(serviceTexts).values({ ...text, serviceId, lang, districtId: actor.districtId }).returning();
		await tx.update(services).set({ updatedAt: sql`now()` }).where(eq(services.id, serviceId));
		await recordChange(tx, actor, actor.districtId, { action: before ? 'update' : 'create', entity: 'service_text', entityId: serviceId, before: before && textOf(before), after: { lang, ...text } });
		return after;
	});
}

export async function deleteTranslation(actor: Actor, serviceId: number, lang: string) {
	assertCan(actor, 'catalogue.manage');
	if (lang === 'it') throw new ValidationError({ _form: 'Il testo italiano non si può eliminare.' });
	await db().transaction(async (tx) => {
		await findOwned(tx, services, actor.districtId, serviceId, 'Servizio');
		const [before] = await tx.delete(serviceTexts).where(and(eq(serviceTexts.serviceId, serviceId), eq(serviceTexts.lang, lang))).returning();
		if (!before) throw new NotFoundError('Traduzione');
		await recordChange(tx, actor, actor.districtId, { action: 'delete', entity: 'service_text', entityId: serviceId, before: { lang, ...textOf(before) } });
	});
}

// ---- places and hours -------------------------------------------------------------------

export interface LocationView {
	id: number;
	serviceId: number;
	name: string;
	municipality: string;
	address: string;
	version: number;
	updatedAt: Date;
	schedule: Schedule;
	exceptions: (Schedule['exceptions'][number] & { id: number })[];
}

/** The places of some services, with their hours and exceptions, by service. */
export async function locationsOf(serviceIds: number[]): Promise<Map<number, LocationView[]>> {
	const byService = new Map<number, LocationView[]>();
	if (!serviceIds.length) return byService;
	const places = await db().select().from(serviceLocations).where(inArray(serviceLocations.serviceId, serviceIds)).orderBy(asc(serviceLocations.municipality), asc(serviceLocations.id));
	const ids = places.map((p) => p.id);
	const [hours, exceptions] = ids.length
		? await Promise.all([
				db().select().from(locationHours).where(inArray(locationHours.locationId, ids)),
				db().select().from(locationExceptions).where(inArray(locationExceptions.locationId, ids)).orderBy(asc(locationExceptions.fromDay))
			])
		: [[], []];
	for (const p of places) {
		const own = exceptions.filter((e) => e.locationId === p.id);
		const view: LocationView = {
			id: p.id,
			serviceId: p.serviceId,
			name: p.name,
			municipality: p.municipality,
			address: p.address,
			version: p.version,
			updatedAt: p.updatedAt,
			schedule: { hours: hours.filter((h) => h.locationId === p.id), exceptions: own },
			exceptions: own
		};
		byService.set(p.serviceId, [...(byService.get(p.serviceId) ?? []), view]);
	}
	return byService;
}

/** Weekly hours as the location form names them: h<weekday>_<slot>_<opens|closes>. */
export function hourFields(hours: { weekday: number; opens: string; closes: string }[]): Record<string, string> {
	const fields: Record<string, string> = {};
	const slots = new Map<number, number>();
	for (const h of [...hours].sort((a, b) => a.opens.localeCompare(b.opens))) {
		const slot = (slots.get(h.weekday) ?? 0) + 1;
		slots.set(h.weekday, slot);
		fields[hourField(h.weekday, slot, 'opens')] = h.opens.slice(0, 5);
		fields[hourField(h.weekday, slot, 'closes')] = h.closes.slice(0, 5);
	}
	return fields;
}

async function writeHours(tx: Executor, districtId: number, locationId: number, hours: { weekday: number; opens: string; closes: string }[]) {
	await tx.delete(locationHours).where(eq(locationHours.locationId, locationId));
	if (hours.length) await tx.insert(locationHours).values(hours.map((h) => ({ ...h, locationId, districtId })));
}

export async function addLocation(actor: Actor, serviceId: number, input: unknown) {
	assertCan(actor, 'catalogue.manage');
	const { hours, ...data } = parse(locationInput, input);
	return db().transaction(async (tx) => {
		await findOwned(tx, services, actor.districtId, serviceId, 'Servizio');
		const [row] = await tx.insert(serviceLocations).values({ ...data, serviceId, districtId: actor.districtId }).returning();
		await writeHours(tx, actor.districtId, row.id, hours);
		await recordChange(tx, actor, actor.districtId, { action: 'create', entity: 'service_location', entityId: row.id, after: { ...row, hours } });
		return row;
	});
}

export async function updateLocation(actor: Actor, locationId: number, input: unknown) {
	assertCan(actor, 'catalogue.manage');
	const { hours, ...data } = parse(locationInput, input);
	const { version: v } = parse(versionOnly, input);
	return db().transaction(async (tx) => {
		const old = await tx.select().from(locationHours).where(eq(locationHours.locationId, locationId));
		let result;
		try {
			result = await updateVersioned(tx, serviceLocations, actor.districtId, locationId, v, data, 'Sede');
		} catch (e) {
			// The form shows the hours too: the other person's hours as well.
			if (e instanceof ConflictError) throw new ConflictError({ ...e.current, ...hourFields(old) });
			throw e;
		}
		const { before, after } = result;
		await writeHours(tx, actor.districtId, locationId, hours);
		await recordChange(tx, actor, actor.districtId, { action: 'update', entity: 'service_location', entityId: locationId, before: { ...before, hours: old }, after: { ...after, hours } });
		return after;
	});
}

export function deleteLocation(actor: Actor, locationId: number) {
	return deleteAudited(actor, serviceLocations, locationId, 'service_location', 'Sede');
}

export async function addException(actor: Actor, locationId: number, input: unknown) {
	assertCan(actor, 'catalogue.manage');
	const data = parse(exceptionInput, input);
	return db().transaction(async (tx) => {
		await findOwned(tx, serviceLocations, actor.districtId, locationId, 'Sede');
		const [row] = await tx.insert(locationExceptions).values({ ...data, locationId, districtId: actor.districtId }).returning();
		await tx.update(serviceLocations).set({ updatedAt: sql`now()` }).where(eq(serviceLocations.id, locationId));
		await recordChange(tx, actor, actor.districtId, { action: 'create', entity: 'location_exception', entityId: row.id, after: row });
		return row;
	});
}

export function deleteException(actor: Actor, exceptionId: number) {
	return deleteAudited(actor, locationExceptions, exceptionId, 'location_exception', 'Eccezione');
}

/** Deletes one row of the district (its children go by cascade) and records what it was. */
async function deleteAudited(actor: Actor, table: typeof services | typeof serviceLocations | typeof locationExceptions, id: number, entity: string, what: string) {
	assertCan(actor, 'catalogue.manage');
	await db().transaction(async (tx) => {
		const before = await findOwned(tx, table, actor.districtId, id, what);
		await tx.delete(table).where(eq(table.id, id));
		await recordChange(tx, actor, actor.districtId, { action: 'delete', entity, entityId: id, before });
	});
}
