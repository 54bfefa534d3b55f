// The Lodi district's public catalogue: the services the seed names, in the six demo
// languages. Where the seed gives no detail (hours, addresses, phone numbers) the text is
// example data and the service says so.
import type { Actor } from '../kernel';
import { listOrganisations } from '../organisations';
import { addException, addLocation, createService, hourFields, saveTranslation } from '../catalogue';
import type { ServiceCategory, TargetGroup, TextField, Topic } from '$lib/catalogue';
import { DEMO_SERVICES } from './lodi-services-data';

export type DemoText = Partial<Record<TextField, string>> & { title: string };
export interface DemoService {
	slug: string;
	/** The name of a demo organisation (see lodi-roundtable.ts). */
	provider: string;
	category: ServiceCategory;
	/** From the Designers Italia model's list of topics. */
	topics: Topic[];
	targetGroups: TargetGroup[];
	spokenLanguages: string[];
	accessUrl?: string;
	phone?: string;
	phoneAlwaysOpen?: boolean;
	email?: string;
	exampleData: boolean;
	internalNotes?: string;
	locations: {
		name: string;
		municipality: string;
		/** "Via Salvemini 1, 26900 Lodi": the street, then the CAP and the municipality (split when loaded). */
		address: string;
		/** Where the place is (approximate where the comment beside it says so). */
		latitude?: number;
		longitude?: number;
		/** [weekday 1-7, opens, closes] */
		hours: [number, string, string][];
		/** Days closed, past ones too (the hours open of past periods count them). */
		closures?: [from: string, to: string, note: string][];
		/** Single days open at other hours (extraordinary openings). */
		openings?: [day: string, opens: string, closes: string, note: string][];
	}[];
	/** Italian first; then en, fr, es, ar, uk, zh. */
	texts: Record<'it' | 'en' | 'fr' | 'es' | 'ar' | 'uk' | 'zh', DemoText>;
}

/** The ids of the demo services, by slug, each with its places' ids by name (for the indicators computed from them). */
export type DemoServiceIds = Record<string, { id: number; locations: Record<string, number> }>;

export async function loadServices(system: Actor): Promise<DemoServiceIds> {
	const orgs = new Map((await listOrganisations(system)).map((o) => [o.name, o.id]));
	const ids: DemoServiceIds = {};
	for (const s of DEMO_SERVICES) {
		const providerId = orgs.get(s.provider);
		if (!providerId) throw new Error(`Demo: unknown organisation ${s.provider}`);
		const { it, ...translations } = s.texts;
		const service = await createService(system, {
			...it,
			slug: s.slug,
			status: 'active',
			providerId: String(providerId),
			category: s.category,
			topics: s.topics.join(','),
			targetGroups: s.targetGroups.join(','),
			spokenLanguages: s.spokenLanguages.join(','),
			accessUrl: s.accessUrl ?? '',
			phone: s.phone ?? '',
			phoneAlwaysOpen: s.phoneAlwaysOpen ? 'on' : '',
			email: s.email ?? '',
			internalNotes: s.internalNotes ?? '',
			exampleData: s.exampleData ? 'on' : ''
		});
		ids[s.slug] = { id: service.id, locations: {} };
		for (const [lang, text] of Object.entries(translations))
			await saveTranslation(system, service.id, lang, { ...text, version: '0' });
		for (const l of s.locations) {
			const hours = hourFields(l.hours.map(([weekday, opens, closes]) => ({ weekday, opens, closes })));
			const [street, postalCode] = /^(.*), (\d{5}) /.exec(l.address)?.slice(1) ?? [l.address, ''];
			const location = await addLocation(system, service.id, {
				name: l.name,
				municipality: l.municipality,
				address: street,
				postalCode,
				latitude: l.latitude === undefined ? '' : String(l.latitude),
				longitude: l.longitude === undefined ? '' : String(l.longitude),
				...hours
			});
			ids[s.slug].locations[l.name] = location.id;
			for (const [fromDay, toDay, note] of l.closures ?? [])
				await addException(system, location.id, { fromDay, toDay, closed: 'on', note });
			for (const [day, opens, closes, note] of l.openings ?? [])
				await addException(system, location.id, { fromDay: day, toDay: day, opens, closes, note });
		}
	}
	return ids;
}

/**
 * The seed's "ore di apertura dello Sportello Stranieri&Rifugiati" (G1.PRO2): the place in
 * Lodi, whose hours, closures and openings of 2021-2023 add up to the seed's 2000 hours. The
 * form values of a `service_hours` indicator.
 */
export function sportelloHours(services: DemoServiceIds): { serviceId: string; locationId: string } {
	const sportello = services['sportello-stranieri-rifugiati'];
	return { serviceId: String(sportello.id), locationId: String(sportello.locations['Sportello di Lodi']) };
}
