import { systemActor } from '../kernel';
import { describe, expect, it } from 'vitest';
import { errorOf, useTestDatabase } from '../db/testing';
import { createDistrict, setPublicLanguages } from '../accounts';
import { createOrganisation } from '../organisations';
import { createProject } from '../projects';
import { addPeriod, createIndicator, createObjective, createPlan, getIndicator } from '../planning';
import { ConflictError, ValidationError } from '../errors';
import { romeToInstant } from '$lib/time';
import {
	addException,
	addLocation,
	catalogueFilters,
	createService,
	deleteException,
	deleteLocation,
	deleteService,
	getService,
	listServices,
	publicOrganisation,
	publicService,
	ratePage,
	RATING_LIMITS,
	ratingResults,
	saveTranslation,
	searchOthers,
	pageOf,
	SERVICE_FIELDS,
	serviceDataset,
	searchServices,
	updateLocation,
	updateService,
	whoDoesWhat
} from '.';

useTestDatabase();

const ve = async (p: Promise<unknown>) => ((await errorOf(p)) as ValidationError).fields;
const filters = (query: string) => catalogueFilters(new URLSearchParams(query));
const monday10 = romeToInstant('2026-11-23', '10:00')!;

async function setup(slug: string) {
	const district = await createDistrict({ slug, name: `Ambito ${slug}` });
	const admin = systemActor(district.id);
	await setPublicLanguages(admin, { languages: 'en,fr,ar' });
	const org = await createOrganisation(admin, { name: 'Comune di Lodi', type: 'municipality' });
	const desk = await createService(admin, {
		slug: 'sportello-stranieri',
		status: 'active',
		providerId: String(org.id),
		title: 'Sportello Stranieri',
		summary: 'Informazioni sul permesso di soggiorno e sul codice STP per la salute.',
		requirements: 'Passaporto\nCodice fiscale',
		category: 'salute_benessere',
		topics: 'immigrazione,assistenza_sociale',
		targetGroups: 'foreigners,refugees',
		spokenLanguages: 'it, ar, fr',
		internalNotes: 'Convenzione da rinnovare'
	});
	await addLocation(admin, desk.id, {
		municipality: 'Lodi',
		address: 'Piazza Mercato 5',
		h1_1_opens: '09:00',
		h1_1_closes: '12:30'
	});
	await addLocation(admin, desk.id, {
		municipality: 'Codogno',
		address: 'Via Roma 1',
		h2_1_opens: '09:00',
		h2_1_closes: '12:00'
	});
	return { district, admin, org, desk };
}

describe('service catalogue', () => {
	it('validates services, places and hours with messages next to the fields', async () => {
		const { admin, org } = await setup('cat-a');
		const base = { slug: 'x', status: 'active', providerId: String(org.id), title: '', category: 'vita_lavorativa' };
		const errors = await ve(
			createService(admin, {
				...base,
				spokenLanguages: 'xx, italiano',
				topics: 'spaceships',
				category: 'spaceships',
				accessUrl: 'javascript:alert(1)'
			})
		);
		expect(errors).toMatchObject({
			title: 'Il titolo è obbligatorio.',
			slug: expect.stringMatching(/almeno 3/),
			topics: 'Scelta non valida.',
			category: 'Scegliere la categoria del servizio.',
			accessUrl: expect.stringMatching(/http/)
		});
		expect(errors.spokenLanguages).toMatch(/codice di due lettere/);
		expect((await ve(createService(admin, { ...base, slug: 'sportello-stranieri', title: 'Doppio' }))).slug).toMatch(
			/già/
		);
		// A line that always answers needs its number.
		expect(
			(await ve(createService(admin, { ...base, slug: 'linea-sempre', title: 'Linea', phoneAlwaysOpen: 'on' }))).phone
		).toBe('Indicare il numero che risponde sempre.');
		const other = await setup('cat-a2');
		expect(
			(await ve(createService(admin, { ...base, slug: 'altro', title: 'T', providerId: String(other.org.id) })))
				.providerId
		).toMatch(/di questo ambito/);
		const service = await createService(admin, { ...base, slug: 'altro', title: 'Altro' });
		expect(
			(
				await ve(
					addLocation(admin, service.id, {
						municipality: 'Lodi',
						address: 'Via 1',
						h3_1_opens: '12:00',
						h3_1_closes: '09:00'
					})
				)
			).h3_1_closes
		).toMatch(/dopo l’apertura/);
		expect(
			(
				await ve(
					addLocation(admin, service.id, {
						municipality: 'Lodi',
						address: 'Via 1',
						h3_1_opens: '09:00',
						h3_1_closes: '12:00',
						h3_2_opens: '11:00',
						h3_2_closes: '13:00'
					})
				)
			).h3_2_opens
		).toMatch(/sovrappongono/);
		const place = await addLocation(admin, service.id, { municipality: 'Lodi', address: 'Via 1' });
		expect(
			(await ve(addException(admin, place.id, { fromDay: '2026-08-20', toDay: '2026-08-01', closed: 'on' }))).toDay
		).toMatch(/precedere/);
		expect((await ve(addException(admin, place.id, { fromDay: '2026-08-20', opens: '10:00' }))).closes).toMatch(
			/chiusura dopo l’apertura/
		);
		expect(
			(
				await ve(
					addException(admin, place.id, { fromDay: '2026-08-20', closed: 'on', opens: '10:00', closes: '12:00' })
				)
			).closed
		).toMatch(/non entrambi/);
		expect((await ve(addException(admin, place.id, { fromDay: '2026-02-01', toDay: '2026-02-30' }))).toDay).toMatch(
			/data valida/
		);
	});

	it('publishes active services only, without staff fields, falling back to Italian field by field', async () => {
		const { district, admin, desk } = await setup('cat-b');
		const page = await publicService(district.id, 'sportello-stranieri', 'fr', monday10);
		expect(page?.text.title).toEqual({ value: 'Sportello Stranieri', lang: 'it' });
		expect(JSON.stringify(page)).not.toContain('Convenzione da rinnovare');
		expect(page?.locations.map((l) => [l.municipality, l.state.open])).toEqual([
			['Codogno', false],
			['Lodi', true]
		]);
		await saveTranslation(admin, desk.id, 'fr', { title: 'Guichet Étrangers', version: '0' });
		const fr = await publicService(district.id, 'sportello-stranieri', 'fr', monday10);
		expect(fr?.text.title).toEqual({ value: 'Guichet Étrangers', lang: 'fr' });
		expect(fr?.text.summary.lang).toBe('it');
		// The staff view lists what is missing: French lacks the summary and documents; English everything.
		const staff = await getService(admin, desk.id);
		expect(staff.missing.fr).toEqual(['summary', 'requirements']);
		expect((await listServices(admin))[0].missing).toEqual(['en', 'ar']);
		// Two people editing: the second is told.
		expect(await errorOf(saveTranslation(admin, desk.id, 'fr', { title: 'Autre', version: '0' }))).toBeInstanceOf(
			ConflictError
		);
		expect(await errorOf(saveTranslation(admin, desk.id, 'de', { title: 'Ausländer', version: '0' }))).toHaveProperty(
			'message',
			expect.stringMatching(/Lingua/)
		);
		await updateService(admin, desk.id, {
			...staff.service,
			...staff.italian,
			topics: '',
			targetGroups: '',
			spokenLanguages: '',
			providerId: String(staff.service.providerId),
			exampleData: '',
			status: 'draft',
			version: String(staff.service.version)
		});
		expect(await publicService(district.id, 'sportello-stranieri', 'it', monday10)).toBeNull();
		expect(
			await errorOf(
				updateService(admin, desk.id, {
					...staff.service,
					...staff.italian,
					providerId: String(staff.service.providerId),
					topics: '',
					targetGroups: '',
					spokenLanguages: '',
					version: String(staff.service.version)
				})
			)
		).toBeInstanceOf(ConflictError);
	});

	it('finds services by stemmed words, without accents, with typos, in any script, and filters them', async () => {
		const { district, admin, desk } = await setup('cat-c');
		await saveTranslation(admin, desk.id, 'ar', {
			title: 'مكتب الأجانب',
			summary: 'معلومات عن تصريح الإقامة',
			version: '0'
		});
		const slugs = async (query: string, lang = 'it') =>
			(await searchServices(district.id, lang, filters(query), monday10)).results.map((r) => r.slug);
		expect(await slugs('q=permessi+soggiorno')).toEqual(['sportello-stranieri']); // stemmed
		expect(await slugs('q=SALUTÈ')).toEqual(['sportello-stranieri']); // accents and case
		expect(await slugs('q=sportelo+stranieri')).toEqual(['sportello-stranieri']); // a typo
		expect(await slugs('q=الأجانب', 'ar')).toEqual(['sportello-stranieri']);
		expect(await slugs('q=Sportello', 'ar')).toEqual(['sportello-stranieri']); // Italian words from any language
		expect(await slugs('q=biciclette')).toEqual([]);
		for (const nasty of [
			"'); drop table service; --",
			'%_\\',
			'!!!&&||',
			'a'.repeat(5000),
			'\u0000\u202e',
			'"unterminated',
			'💥'.repeat(50)
		]) {
			await expect(
				searchServices(district.id, 'ar', filters(`q=${encodeURIComponent(nasty)}`), monday10)
			).resolves.toBeDefined();
			await expect(searchOthers(district.id, filters(`q=${encodeURIComponent(nasty)}`).q)).resolves.toBeDefined();
		}
		expect(await slugs('comune=codogno')).toEqual(['sportello-stranieri']);
		expect(await slugs('comune=Sant%27Angelo')).toEqual([]);
		expect(await slugs('destinatari=refugees&argomento=assistenza_sociale&lingua=ar')).toEqual(['sportello-stranieri']);
		// The breadcrumb's category (Home / Servizi / category) lists the services of that category.
		expect(await slugs('categoria=salute_benessere')).toEqual(['sportello-stranieri']);
		expect(await slugs('categoria=vita_lavorativa')).toEqual([]);
		expect(await slugs('destinatari=women')).toEqual([]);
		expect(await slugs('aperto=1')).toEqual(['sportello-stranieri']); // Lodi is open on Monday at 10
		expect(await slugs('aperto=1&comune=Codogno')).toEqual([]); // Codogno is not
		const sunday = await searchServices(district.id, 'it', filters('aperto=1'), romeToInstant('2026-11-22', '10:00')!);
		expect(sunday.results).toEqual([]);
	});

	it('publishes the open data of services with every column described, places with postal code and coordinates', async () => {
		const { district, admin, desk } = await setup('cat-open');
		await addLocation(admin, desk.id, {
			municipality: 'Casalpusterlengo',
			address: 'Via Cavour 2',
			postalCode: '26841',
			latitude: '45.1771',
			longitude: '9.6501'
		});
		const [{ record }] = await serviceDataset({ id: district.id, slug: 'cat-open' }, 'https://pdz.example');
		// The CSV header and the JSON legend are SERVICE_FIELDS: no column without its description.
		expect(Object.keys(record).sort()).toEqual(SERVICE_FIELDS.map(([k]) => k).sort());
		expect(record).toMatchObject({
			categoria: 'salute_benessere',
			sedi: 'Casalpusterlengo, Via Cavour 2|Codogno, Via Roma 1|Lodi, Piazza Mercato 5',
			sedi_cap: '26841||',
			sedi_coordinate: '45.1771,9.6501||',
			telefono_sempre_attivo: 'no'
		});
	});

	it('ranks services whose words match above those found by a typo, and pages the results', async () => {
		const { district, admin, org } = await setup('cat-rank');
		// Found only through a typo of "stranieri": it comes after the service whose words match.
		await createService(admin, {
			slug: 'sportello-straniero',
			status: 'active',
			providerId: String(org.id),
			title: 'Sportello stranierri',
			summary: 'Orientamento.',
			category: 'salute_benessere'
		});
		const found = await searchServices(district.id, 'it', filters('q=sportello+stranieri'), monday10);
		expect(found.results.map((r) => r.slug)).toEqual(['sportello-stranieri', 'sportello-straniero']);

		const params = new URLSearchParams('q=casa&pagina=9');
		const items = Array.from({ length: 45 }, (_, i) => i);
		const last = pageOf(items, 9, params); // past the last page: the last
		expect(last).toMatchObject({ page: 3, pages: 3, next: null, previous: '?q=casa&pagina=2' });
		expect(last.items).toEqual([40, 41, 42, 43, 44]);
		const first = pageOf(items, 1, params);
		expect(first).toMatchObject({ page: 1, previous: null, next: '?q=casa&pagina=2' });
		expect(first.items).toHaveLength(20);
		expect(pageOf(items, 2, params).previous).toBe('?q=casa'); // page 1 has no pagina
		expect(pageOf([], 1, new URLSearchParams())).toMatchObject({ page: 1, pages: 1, previous: null, next: null });
		expect(filters('pagina=-3').page).toBe(1);
		expect(filters('pagina=abc').page).toBe(1);
		expect(filters('pagina=99999999999').page).toBe(1000);
	});

	it('keeps the search cards only as long as the content and the open state they show', async () => {
		const { district, admin, desk } = await setup('cat-k');
		const search = (query: string, at: Date, lang = 'fr') => searchServices(district.id, lang, filters(query), at);
		const first = await search('q=stranieri', monday10);
		expect(first.results.map((r) => [r.title, r.open])).toEqual([[{ value: 'Sportello Stranieri', lang: 'it' }, true]]);
		// Lodi closes at 12:30: the page showing "open" lasts until then.
		expect(first.validUntil).toEqual(romeToInstant('2026-11-23', '12:30'));
		// A translation saved is a change of the district: the next search shows it.
		await saveTranslation(admin, desk.id, 'fr', { title: 'Guichet Étrangers', version: '0' });
		expect((await search('q=guichet', monday10)).results.map((r) => r.title)).toEqual([
			{ value: 'Guichet Étrangers', lang: 'fr' }
		]);
		// Once a place closes, "open now" is worked out again; the next day too.
		expect((await search('', romeToInstant('2026-11-23', '12:29')!)).results[0].open).toBe(true);
		expect((await search('', romeToInstant('2026-11-23', '12:30')!)).results[0].open).toBe(false);
		expect((await search('aperto=1', romeToInstant('2026-11-23', '13:00')!)).results).toEqual([]);
		const tuesday = await search('comune=Codogno', romeToInstant('2026-11-24', '09:30')!);
		expect(tuesday.results.map((r) => r.open)).toEqual([true]);
		expect(tuesday.validUntil).toEqual(romeToInstant('2026-11-24', '12:00'));
		// Other readers' languages have cards of their own; a draft leaves every list.
		expect((await search('', monday10, 'en')).results[0].title).toEqual({ value: 'Sportello Stranieri', lang: 'it' });
		const staff = await getService(admin, desk.id);
		await updateService(admin, desk.id, {
			...staff.service,
			...staff.italian,
			topics: '',
			targetGroups: '',
			spokenLanguages: '',
			providerId: String(staff.service.providerId),
			exampleData: '',
			status: 'draft',
			version: String(staff.service.version)
		});
		expect((await search('q=stranieri', monday10)).results).toEqual([]);
		expect((await search('', monday10, 'en')).results).toEqual([]);
	});

	it('shows who does what and counts ratings under a rate limit', async () => {
		const { district, admin, org } = await setup('cat-d');
		await createProject(admin, {
			title: 'Progetto attivo',
			status: 'running',
			changedOn: '2025-01-01',
			leadOrganisationId: String(org.id)
		});
		await createProject(admin, {
			title: 'Idea riservata',
			status: 'idea',
			changedOn: '2025-01-01',
			leadOrganisationId: String(org.id)
		});
		const page = await publicOrganisation(district.id, org.id, 'it');
		expect(page?.services.map((s) => s.title.value)).toEqual(['Sportello Stranieri']);
		expect(page?.projects.map((p) => p.title)).toEqual(['Progetto attivo']);
		expect((await searchOthers(district.id, 'progetto')).projects.map((p) => p.title)).toEqual(['Progetto attivo']);
		expect((await searchOthers(district.id, 'comune lodi')).organisations.map((o) => o.name)).toEqual([
			'Comune di Lodi'
		]);
		expect((await whoDoesWhat(district.id)).organisations[0]).toMatchObject({ name: 'Comune di Lodi', services: 1 });

		const where = { path: '/ambiti/cat-d/servizi/sportello-stranieri', serviceId: null, lang: 'ar' };
		expect((await ve(ratePage(district.id, where, { rating: '9' }, '203.0.113.9'))).rating).toMatch(/da 1 a 5/);
		await ratePage(
			district.id,
			where,
			{ rating: '2', reasons: 'unclear,clear,bogus', comment: 'Orari poco chiari' },
			'203.0.113.9'
		);
		for (let i = 1; i < RATING_LIMITS.address.limit; i++)
			expect((await ratePage(district.id, where, { rating: '5' }, '203.0.113.9')).wait).toBe(0);
		expect((await ratePage(district.id, where, { rating: '5' }, '203.0.113.9')).wait).toBeGreaterThan(0);
		const results = await ratingResults(admin);
		expect(results.pages).toEqual([
			{ path: where.path, count: RATING_LIMITS.address.limit, average: 4.7, low: 1, reasons: { unclear: 1 } }
		]);
		expect(results.recent.map((r) => r.comment)).toEqual(['Orari poco chiari']);

		// Many addresses, or a whole IPv6 network, do not add up to many voices.
		const other = { ...where, path: '/ambiti/cat-d/servizi/altro' };
		const fromMany = await Promise.all(
			Array.from({ length: 200 }, (_, i) => ratePage(district.id, other, { rating: '1' }, `198.51.100.${i % 20}`))
		);
		expect(fromMany.filter((r) => !r.wait)).toHaveLength(RATING_LIMITS.page.limit);
		const v6 = { ...where, path: '/ambiti/cat-d/servizi/terzo' };
		const fromOneNetwork = await Promise.all(
			Array.from({ length: 30 }, (_, i) => ratePage(district.id, v6, { rating: '1' }, `2001:db8:9:9::${i + 1}`))
		);
		expect(fromOneNetwork.filter((r) => !r.wait)).toHaveLength(RATING_LIMITS.address.limit);
		const stored = (await ratingResults(admin)).pages;
		expect(stored.find((p) => p.path === other.path)?.count).toBe(RATING_LIMITS.page.limit);
		expect(stored.find((p) => p.path === v6.path)?.count).toBe(RATING_LIMITS.address.limit);
	});

	it('computes the hours a service was open into an indicator, following its hours as they change', async () => {
		const { admin, org, desk } = await setup('cat-e');
		const [codogno, lodi] = (await getService(admin, desk.id)).locations;
		expect([lodi.municipality, codogno.municipality]).toEqual(['Lodi', 'Codogno']);
		const plan = await createPlan(admin, { title: 'Piano', startYear: '2026', endYear: '2026', status: 'running' });
		const objective = await createObjective(admin, plan.id, { kind: 'system', code: 'OS1', title: 'Accesso' });
		const indicator = (code: string, values: Record<string, string>) =>
			createIndicator(admin, objective.id, {
				code,
				name: 'Ore di apertura dello sportello',
				kind: 'process',
				measure: 'hours',
				direction: 'higher',
				aggregation: 'sum',
				source: 'service_hours',
				...values
			});
		// A service, or a place, with no weekly hours is refused where it is chosen.
		const bare = await createService(admin, {
			slug: 'senza-orari',
			status: 'active',
			providerId: String(org.id),
			category: 'salute_benessere',
			title: 'Senza orari'
		});
		const noHours = await addLocation(admin, bare.id, { municipality: 'Lodi', address: 'Via Roma 2' });
		expect((await ve(indicator('X1', { serviceId: String(bare.id) }))).serviceId).toBe(
			'Questo servizio non ha orari di apertura: aggiungili nel catalogo o scegli un’altra fonte.'
		);
		expect((await ve(indicator('X1', { serviceId: '' }))).serviceId).toMatch(/Scegliere un servizio/);
		expect(
			(await ve(indicator('X1', { serviceId: String(desk.id), locationId: String(noHours.id) }))).locationId
		).toMatch(/sede del servizio scelto/);
		const other = await setup('cat-e2');
		expect((await ve(indicator('X1', { serviceId: String(other.desk.id) }))).serviceId).toMatch(/non trovato/);

		const november = { label: 'Novembre', startsOn: '2026-11-01', endsOn: '2026-11-30', target: '20' };
		const place = await indicator('H1', { serviceId: String(desk.id), locationId: String(lodi.id) });
		const whole = await indicator('H2', { serviceId: String(desk.id) });
		expect(place.sourceConfig).toEqual({ serviceId: desk.id, locationId: lodi.id });
		await addPeriod(admin, place.id, november);
		await addPeriod(admin, whole.id, november);
		const actual = async (id: number) => {
			const [p] = (await getIndicator(admin, id)).periods;
			return [p.actualNumber === null ? null : Number(p.actualNumber), p.actualComment];
		};
		// Lodi opens on Mondays 9:00-12:30 (5 in November 2026), Codogno on Tuesdays 9:00-12:00 (4).
		expect(await actual(place.id)).toEqual([
			17.5,
			'Calcolato dagli orari di apertura della sede Lodi: 17,5 ore in 5 giorni di apertura (chiusure e festività escluse).'
		]);
		expect(await actual(whole.id)).toEqual([
			29.5,
			'Calcolato dagli orari di apertura del servizio Sportello Stranieri, somma delle 2 sedi: 29,5 ore in 9 giorni di apertura (chiusure e festività escluse).'
		]);

		// A closure, its removal, new weekly hours: the figures follow.
		const closed = await addException(admin, lodi.id, { fromDay: '2026-11-16', closed: 'on', note: 'Sciopero' });
		expect((await actual(place.id))[0]).toBe(14);
		expect((await actual(whole.id))[0]).toBe(26);
		await deleteException(admin, closed.id);
		expect((await actual(place.id))[0]).toBe(17.5);
		const { version } = (await getService(admin, desk.id)).locations.find((l) => l.id === lodi.id)!;
		await updateLocation(admin, lodi.id, {
			municipality: 'Lodi',
			address: 'Piazza Mercato 5',
			h1_1_opens: '09:00',
			h1_1_closes: '12:30',
			h3_1_opens: '14:00',
			h3_1_closes: '16:00',
			version: String(version)
		});
		// Wednesdays 4, 11, 18, 25 add two hours each.
		expect((await actual(place.id))[0]).toBe(25.5);
		expect((await actual(whole.id))[0]).toBe(37.5);

		// The place removed, then the service: no figure, never a zero.
		await deleteLocation(admin, lodi.id);
		expect(await actual(place.id)).toEqual([
			null,
			'La sede scelta non è più tra quelle del servizio Sportello Stranieri: le ore di apertura non si calcolano.'
		]);
		expect((await actual(whole.id))[0]).toBe(12);
		await deleteService(admin, desk.id);
		expect(await actual(whole.id)).toEqual([
			null,
			'Il servizio non è più nel catalogo: le ore di apertura non si calcolano.'
		]);
	});
});
