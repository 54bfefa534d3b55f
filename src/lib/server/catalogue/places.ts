// The places where services are given, with their weekly hours and exceptions, read for
// staff and public pages alike; and the names the location form gives the hours.
import { asc, inArray } from 'drizzle-orm';
import { db } from '../db';
import { hourField } from './input';
import { locationExceptions, locationHours, serviceLocations } from './schema';
import type { Schedule } from './hours';

export interface LocationView {
	id: number;
	serviceId: number;
	name: string;
	municipality: string;
	address: string;
	postalCode: string;
	latitude: number | null;
	longitude: number | null;
	version: number;
	updatedAt: Date;
	schedule: Schedule;
	exceptions: (Schedule['exceptions'][number] & { id: number })[];
}

/** The places of some services, with their hours and exceptions, by service. */
export async function locationsOf(serviceIds: number[]): Promise<Map<number, LocationView[]>> {
	const byService = new Map<number, LocationView[]>();
	if (!serviceIds.length) return byService;
	const places = await db()
		.select()
		.from(serviceLocations)
		.where(inArray(serviceLocations.serviceId, serviceIds))
		.orderBy(asc(serviceLocations.municipality), asc(serviceLocations.id));
	const ids = places.map((p) => p.id);
	const [hours, exceptions] = ids.length
		? await Promise.all([
				db().select().from(locationHours).where(inArray(locationHours.locationId, ids)),
				db()
					.select()
					.from(locationExceptions)
					.where(inArray(locationExceptions.locationId, ids))
					.orderBy(asc(locationExceptions.fromDay))
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
			postalCode: p.postalCode,
			latitude: p.latitude,
			longitude: p.longitude,
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
