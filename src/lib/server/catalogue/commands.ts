// The catalogue as staff keep it: services with their Italian text, translations edited
// beside the Italian, places with weekly hours and exceptions. Every change is a command of
// the kernel (audited, which also refreshes the public pages), and two people saving the
// same record are told. Indicators computed from a service's hours follow them.
import { and, eq } from 'drizzle-orm';
import { ConflictError, NotFoundError, ValidationError } from '../errors';
import { parse } from '../validation';
import { command, type Actor, type Change, type Context } from '../kernel';
import { organisations } from '../organisations';
import { refreshComputed } from '../planning';
import { exceptionInput, locationInput, serviceWithTextInput, textInput, translationVersion } from './input';
import { hourFields } from './places';
import { districtLanguages, textOf } from './queries';
import { locationExceptions, locationHours, serviceLocations, services, serviceTexts } from './schema';
import { TEXT_FIELDS, type TextField } from '$lib/catalogue';

/** The service's details and its Italian text, from the one form that sends both. */
function split(all: ReturnType<typeof serviceWithTextInput.parse>) {
	const text = textOf(all);
	const data = Object.fromEntries(
		Object.entries(all).filter(([k]) => !(TEXT_FIELDS as readonly string[]).includes(k))
	) as Omit<typeof all, TextField>;
	return { data, text };
}

/** The provider must be of this district, and the public address free. */
async function checkService(c: Context, data: { providerId: number; slug: string }, id?: number) {
	await c.owned(organisations, [data.providerId], {
		field: 'providerId',
		message: 'Scegliere un ente di questo ambito.'
	});
	await c.unique(
		services,
		{ slug: data.slug },
		{ field: 'slug', message: 'Un altro servizio usa già questo indirizzo.', except: id }
	);
}

/** The service's opening hours changed (a place, its week, an exception): its "ore di apertura" indicators are recomputed once, at the end. */
function refreshHours(c: Context, serviceId: number) {
	c.atEnd(`catalogue:hours:${serviceId}`, () =>
		refreshComputed(c, (i) => i.source === 'service_hours' && Number(i.sourceConfig.serviceId) === serviceId)
	);
}

// ---- services -------------------------------------------------------------------------

export function createService(actor: Actor, input: unknown) {
	return command(actor, { can: 'catalogue.manage', input: serviceWithTextInput, raw: input }, async (c, all) => {
		const { data, text } = split(all);
		await checkService(c, data);
		// The Italian text is logged with the service it belongs to.
		const row = await c.create(services, data, {
			log: (change) => ({ ...change, after: { ...(change.after as object), text } })
		});
		await c.tx.insert(serviceTexts).values({ ...text, serviceId: row.id, districtId: c.districtId, lang: 'it' });
		return row;
	});
}

/** Saves the service's details and its Italian text: one version covers both. */
export function updateService(actor: Actor, id: number, input: unknown) {
	return command(
		actor,
		{ can: 'catalogue.manage', input: serviceWithTextInput, raw: input, versioned: true },
		async (c, all) => {
			const { data, text } = split(all);
			await checkService(c, data, id);
			const italianKey = { serviceId: id, lang: 'it' };
			const [italian] = await c.tx
				.select()
				.from(serviceTexts)
				.where(
					and(eq(serviceTexts.serviceId, id), eq(serviceTexts.lang, 'it'), eq(serviceTexts.districtId, c.districtId))
				)
				.for('update');
			let after;
			try {
				after = await c.update(services, id, data, {
					log: (change) => ({
						...change,
						before: { ...(change.before as object), text: italian && textOf(italian) },
						after: { ...(change.after as object), text }
					})
				});
			} catch (e) {
				// The form shows the Italian text too: the other person's version of it as well.
				if (e instanceof ConflictError && italian) throw new ConflictError({ ...e.current, ...textOf(italian) });
				throw e;
			}
			await c.tx
				.update(serviceTexts)
				.set(text)
				.where(and(eq(serviceTexts.serviceId, id), eq(serviceTexts.lang, 'it')));
			await c.touch(serviceTexts, italianKey);
			return after;
		}
	);
}

export function deleteService(actor: Actor, id: number) {
	return command(actor, { can: 'catalogue.manage' }, async (c) => {
		await c.remove(services, id);
		refreshHours(c, id);
	});
}

/** A translation as the log keeps it: its language and text, under the service's id. */
const translationLog =
	(
		serviceId: number,
		lang: string,
		before: Record<TextField, string> | undefined,
		after: Record<TextField, string> | undefined
	) =>
	(change: Change): Change => ({
		...change,
		id: serviceId,
		before: before && { lang, ...before },
		after: after && { lang, ...after }
	});

/**
 * Saves the translation of a service into one of the district's languages. A new
 * translation is sent with version 0; an edit with the version it was based on.
 */
export function saveTranslation(actor: Actor, serviceId: number, lang: string, input: unknown) {
	return command(actor, { can: 'catalogue.manage', input: textInput, raw: input }, async (c, text) => {
		const { version: expected } = parse(translationVersion, input);
		await c.find(services, serviceId);
		if (lang === 'it' || !(await districtLanguages(c.tx, c.districtId)).includes(lang))
			throw new NotFoundError('Lingua');
		const key = { serviceId, lang };
		const [before] = await c.tx
			.select()
			.from(serviceTexts)
			.where(and(eq(serviceTexts.serviceId, serviceId), eq(serviceTexts.lang, lang)))
			.for('update');
		if ((before?.version ?? 0) !== expected)
			throw new ConflictError(before ? { ...textOf(before), version: before.version } : { version: 0 });
		const after = before
			? await c.update(serviceTexts, key, text, {
					version: expected,
					log: translationLog(serviceId, lang, textOf(before), text)
				})
			: await c.create(
					serviceTexts,
					{ ...text, serviceId, lang },
					{ log: translationLog(serviceId, lang, undefined, text) }
				);
		// The service's page shows when it last changed: its translations count.
		await c.touch(services, serviceId);
		return after;
	});
}

export function deleteTranslation(actor: Actor, serviceId: number, lang: string) {
	return command(actor, { can: 'catalogue.manage' }, async (c) => {
		if (lang === 'it') throw new ValidationError({ _form: 'Il testo italiano non si può eliminare.' });
		await c.find(services, serviceId);
		const key = { serviceId, lang };
		const [before] = await c.tx
			.select()
			.from(serviceTexts)
			.where(and(eq(serviceTexts.serviceId, serviceId), eq(serviceTexts.lang, lang)));
		if (!before) throw new NotFoundError('Traduzione');
		await c.remove(serviceTexts, key, { log: translationLog(serviceId, lang, textOf(before), undefined) });
	});
}

// ---- places and hours -------------------------------------------------------------------

type Hours = { weekday: number; opens: string; closes: string }[];

async function writeHours(c: Context, locationId: number, hours: Hours) {
	await c.tx.delete(locationHours).where(eq(locationHours.locationId, locationId));
	if (hours.length)
		await c.tx.insert(locationHours).values(hours.map((h) => ({ ...h, locationId, districtId: c.districtId })));
}

export function addLocation(actor: Actor, serviceId: number, input: unknown) {
	return command(
		actor,
		{ can: 'catalogue.manage', input: locationInput, raw: input },
		async (c, { hours, ...data }) => {
			await c.find(services, serviceId);
			const row = await c.create(
				serviceLocations,
				{ ...data, serviceId },
				{ log: (change) => ({ ...change, after: { ...(change.after as object), hours } }) }
			);
			await writeHours(c, row.id, hours);
			refreshHours(c, serviceId);
			return row;
		}
	);
}

export function updateLocation(actor: Actor, locationId: number, input: unknown) {
	return command(
		actor,
		{ can: 'catalogue.manage', input: locationInput, raw: input, versioned: true },
		async (c, { hours, ...data }) => {
			const old = await c.tx
				.select()
				.from(locationHours)
				.where(and(eq(locationHours.locationId, locationId), eq(locationHours.districtId, c.districtId)));
			let after;
			try {
				after = await c.update(serviceLocations, locationId, data, {
					log: (change) => ({
						...change,
						before: { ...(change.before as object), hours: old },
						after: { ...(change.after as object), hours }
					})
				});
			} catch (e) {
				// The form shows the hours too: the other person's hours as well.
				if (e instanceof ConflictError) throw new ConflictError({ ...e.current, ...hourFields(old) });
				throw e;
			}
			await writeHours(c, locationId, hours);
			refreshHours(c, after.serviceId);
			return after;
		}
	);
}

export function deleteLocation(actor: Actor, locationId: number) {
	return command(actor, { can: 'catalogue.manage' }, async (c) => {
		const place = await c.remove(serviceLocations, locationId);
		refreshHours(c, place.serviceId);
	});
}

export function addException(actor: Actor, locationId: number, input: unknown) {
	return command(actor, { can: 'catalogue.manage', input: exceptionInput, raw: input }, async (c, data) => {
		const place = await c.find(serviceLocations, locationId);
		const row = await c.create(locationExceptions, { ...data, locationId });
		// The place's page shows when it last changed: its exceptions count.
		await c.touch(serviceLocations, locationId);
		refreshHours(c, place.serviceId);
		return row;
	});
}

export function deleteException(actor: Actor, exceptionId: number) {
	return command(actor, { can: 'catalogue.manage' }, async (c) => {
		const exception = await c.remove(locationExceptions, exceptionId);
		const place = await c.find(serviceLocations, exception.locationId);
		refreshHours(c, place.serviceId);
	});
}
