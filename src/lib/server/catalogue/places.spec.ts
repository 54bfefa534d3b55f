import { describe, expect, it } from 'vitest';
import { systemActor } from '../kernel';
import { errorOf, useTestDatabase } from '../db/testing';
import { createDistrict } from '../accounts';
import { createOrganisation } from '../organisations';
import { ValidationError } from '../errors';
import { directionsUrl } from '$lib/directions';
import { addLocation, createService, getService, publicService, serviceJsonLd, updateLocation } from '.';

useTestDatabase();

const ve = async (p: Promise<unknown>) => ((await errorOf(p)) as ValidationError).fields;

async function setup(slug: string) {
	const district = await createDistrict({ slug, name: `Ambito ${slug}` });
	const admin = systemActor(district.id);
	const org = await createOrganisation(admin, { name: 'Comune di Lodi', type: 'municipality' });
	const service = await createService(admin, {
		slug: 'sportello-stranieri',
		status: 'active',
		providerId: String(org.id),
		category: 'salute_benessere',
		title: 'Sportello Stranieri'
	});
	return { district, admin, service };
}

const place = { name: 'Sportello di Lodi', municipality: 'Lodi', address: 'Piazza Mercato 5' };

describe('coordinates of a place', () => {
	it('accepts a decimal comma or point, with spaces or a degree sign, and keeps neither when both are empty', async () => {
		const { admin, service } = await setup('geo-a');
		const a = await addLocation(admin, service.id, { ...place, latitude: '45,3137', longitude: ' 9,5046 ' });
		expect([a.latitude, a.longitude]).toEqual([45.3137, 9.5046]);
		const b = await addLocation(admin, service.id, { ...place, latitude: '45.314', longitude: '9.503°' });
		// A dot followed by three digits is a decimal point here, never thousands.
		expect([b.latitude, b.longitude]).toEqual([45.314, 9.503]);
		const c = await addLocation(admin, service.id, { ...place, latitude: '-33.8', longitude: '+151,2' });
		expect([c.latitude, c.longitude]).toEqual([-33.8, 151.2]);
		const d = await addLocation(admin, service.id, { ...place, latitude: '', longitude: '' });
		expect([d.latitude, d.longitude]).toEqual([null, null]);
		const e = await addLocation(admin, service.id, place);
		expect([e.latitude, e.longitude]).toEqual([null, null]);
	});

	it('refuses out of range, malformed, or only one of the two, with the message beside the field', async () => {
		const { admin, service } = await setup('geo-b');
		expect(await ve(addLocation(admin, service.id, { ...place, latitude: '91', longitude: '9' }))).toEqual({
			latitude: 'La latitudine: deve essere tra -90 e 90.'
		});
		expect(await ve(addLocation(admin, service.id, { ...place, latitude: '45', longitude: '-180,5' }))).toEqual({
			longitude: 'La longitudine: deve essere tra -180 e 180.'
		});
		for (const bad of ['45,3,1', '1.234,5', 'N45', '45°18′', 'abc', '45,'])
			expect(
				Object.keys(await ve(addLocation(admin, service.id, { ...place, latitude: bad, longitude: '9,5' }))),
				bad
			).toEqual(['latitude']);
		expect(await ve(addLocation(admin, service.id, { ...place, latitude: '45,31', longitude: '' }))).toEqual({
			longitude: 'Indicare latitudine e longitudine insieme, oppure lasciarle vuote entrambe.'
		});
		expect(Object.keys(await ve(addLocation(admin, service.id, { ...place, latitude: '', longitude: '9,5' })))).toEqual(
			['latitude']
		);
	});

	it('edits and clears them, shows them on the public page, in the JSON-LD and in the directions link', async () => {
		const context = { url: 'https://x', district: 'Lodi', category: '', audience: '', topics: [] };
		const { district, admin, service } = await setup('geo-c');
		const row = await addLocation(admin, service.id, place);
		const noGeo = (await publicService(district.id, 'sportello-stranieri', 'it'))!;
		expect(directionsUrl(noGeo.locations[0])).toBe(
			'https://www.openstreetmap.org/search?query=Piazza%20Mercato%205%2C%20Lodi'
		);
		expect(serviceJsonLd(noGeo, { ...context, lang: 'it' })).not.toContain('GeoCoordinates');

		await updateLocation(admin, row.id, {
			...place,
			latitude: '45,3137',
			longitude: '9,5046',
			version: String(row.version)
		});
		expect((await getService(admin, service.id)).locations[0]).toMatchObject({ latitude: 45.3137, longitude: 9.5046 });
		const page = (await publicService(district.id, 'sportello-stranieri', 'ar'))!;
		expect(page.locations[0]).toMatchObject({ latitude: 45.3137, longitude: 9.5046 });
		expect(directionsUrl(page.locations[0])).toBe('https://www.openstreetmap.org/directions?to=45.3137,9.5046');
		const ld = JSON.parse(serviceJsonLd(page, { ...context, lang: 'ar' }));
		expect(ld.availableChannel.serviceLocation.geo).toEqual({
			'@type': 'GeoCoordinates',
			latitude: 45.3137,
			longitude: 9.5046
		});

		await updateLocation(admin, row.id, { ...place, latitude: '', longitude: '', version: String(row.version + 1) });
		expect((await getService(admin, service.id)).locations[0]).toMatchObject({ latitude: null, longitude: null });
	});
});
