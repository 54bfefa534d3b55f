// Indicators computed from the catalogue (registered with the planning module): the hours a
// service, or one of its places, was open in a period, from its weekly hours, its exceptions
// and the national holidays. The catalogue's commands recompute them when the hours change.
import { and, asc, eq, inArray } from 'drizzle-orm';
import type { Executor } from '../db';
import { ValidationError } from '../errors';
import { registerSource } from '../planning';
import { hoursOpen, type Schedule } from './hours';
import { locationExceptions, locationHours, serviceLocations, services, serviceTexts } from './schema';

const NO_HOURS = {
	service: 'Questo servizio non ha orari di apertura: aggiungili nel catalogo o scegli un’altra fonte.',
	location: 'Questa sede non ha orari di apertura: aggiungili nel catalogo o scegli un’altra fonte.'
};

export interface ServiceHoursConfig {
	serviceId: number;
	/** Absent: all the service's places, added up. */
	locationId?: number;
}

/** The service (its Italian title) and the places an indicator counts, with their schedules; null if the service is gone. */
export async function servicePlaces(tx: Executor, districtId: number, config: ServiceHoursConfig) {
	const [service] = await tx
		.select({ id: services.id, title: serviceTexts.title })
		.from(services)
		.leftJoin(serviceTexts, and(eq(serviceTexts.serviceId, services.id), eq(serviceTexts.lang, 'it')))
		.where(and(eq(services.id, config.serviceId), eq(services.districtId, districtId)));
	if (!service) return null;
	const places = await tx
		.select({ id: serviceLocations.id, name: serviceLocations.name, municipality: serviceLocations.municipality })
		.from(serviceLocations)
		.where(
			and(
				eq(serviceLocations.serviceId, service.id),
				config.locationId ? eq(serviceLocations.id, config.locationId) : undefined
			)
		)
		.orderBy(asc(serviceLocations.municipality), asc(serviceLocations.id));
	const ids = places.map((p) => p.id);
	const [hours, exceptions] = ids.length
		? await Promise.all([
				tx.select().from(locationHours).where(inArray(locationHours.locationId, ids)),
				tx.select().from(locationExceptions).where(inArray(locationExceptions.locationId, ids))
			])
		: [[], []];
	return {
		title: service.title ?? '',
		places: places.map((p) => ({
			...p,
			schedule: {
				hours: hours.filter((h) => h.locationId === p.id),
				exceptions: exceptions.filter((e) => e.locationId === p.id)
			} satisfies Schedule
		}))
	};
}

function idOf(values: Record<string, string>, field: string, message: string | null): number | null {
	const raw = (values[field] ?? '').trim();
	if (!raw && message === null) return null;
	if (!/^\d{1,9}$/.test(raw)) throw new ValidationError({ [field]: message ?? 'Scelta non valida.' });
	return Number(raw);
}

const hoursText = (n: number) => n.toLocaleString('it-IT', { maximumFractionDigits: 2 });
const placeName = (p: { name: string; municipality: string }) => p.name || p.municipality;

registerSource({
	id: 'service_hours',
	async configure(tx, districtId, values) {
		const serviceId = idOf(values, 'serviceId', 'Scegliere un servizio del catalogo.')!;
		const locationId = idOf(values, 'locationId', null);
		const found = await servicePlaces(tx, districtId, { serviceId, locationId: locationId ?? undefined });
		if (!found) throw new ValidationError({ serviceId: 'Servizio non trovato in questo ambito.' });
		if (locationId && !found.places.length)
			throw new ValidationError({ locationId: 'Scegliere una sede del servizio scelto.' });
		if (!found.places.some((p) => p.schedule.hours.length))
			throw new ValidationError(locationId ? { locationId: NO_HOURS.location } : { serviceId: NO_HOURS.service });
		const config: ServiceHoursConfig = { serviceId, ...(locationId ? { locationId } : {}) };
		return { ...config };
	},
	async compute(tx, districtId, raw, period) {
		const config = raw as unknown as ServiceHoursConfig;
		const found = await servicePlaces(tx, districtId, config);
		if (!found)
			return { value: null, note: 'Il servizio non è più nel catalogo: le ore di apertura non si calcolano.' };
		if (config.locationId && !found.places.length)
			return {
				value: null,
				note: `La sede scelta non è più tra quelle del servizio ${found.title}: le ore di apertura non si calcolano.`
			};
		const what = config.locationId
			? `della sede ${placeName(found.places[0])}`
			: found.places.length === 1
				? `del servizio ${found.title} (sede ${placeName(found.places[0])})`
				: `del servizio ${found.title}, somma delle ${found.places.length} sedi`;
		if (!found.places.some((p) => p.schedule.hours.length))
			return {
				value: null,
				note: `${config.locationId ? 'La sede' : 'Il servizio'} non ha più orari di apertura settimanali nel catalogo: le ore ${what} non si calcolano.`
			};
		const { hours, days } = hoursOpen(
			found.places.map((p) => p.schedule),
			period.startsOn,
			period.endsOn
		);
		return {
			value: Math.round(hours * 100) / 100,
			note: `Calcolato dagli orari di apertura ${what}: ${hoursText(hours)} ore in ${days === 1 ? '1 giorno' : `${days} giorni`} di apertura (chiusure e festività escluse).`
		};
	},
	link: (slug, config) => `/gestione/${slug}/servizi/${config.serviceId}`
});
