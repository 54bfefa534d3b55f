// Every public service page of the demo, rendered as the app renders it, in Italian and in
// Arabic: the JSON-LD in the model's metatag element passes the points of R.SI.1.1 that the
// Designers Italia checker (italia/pa-website-validator) reads, and the page carries the
// data-elements of C.SI.1.3.
import { describe, expect, it } from 'vitest';
import { render } from 'svelte/server';
import { overwriteGetLocale, type Locale } from '$lib/paraglide/runtime';
import { useTestDatabase } from '../db/testing';
import { DEMO_SERVICES, loadDemo } from '../demo';
import { TOPICS } from '$lib/catalogue';
import Page from '../../../routes/ambiti/[district=slug]/servizi/[service=slug]/+page.svelte';
import { load } from '../../../routes/ambiti/[district=slug]/servizi/[service=slug]/+page.server';

useTestDatabase();

const nonEmpty = (v: unknown) => typeof v === 'string' && v.trim().length > 0;

async function renderPage(district: { id: number; slug: string; name: string }, slug: string, lang: Locale) {
	overwriteGetLocale(() => lang);
	const prefix = lang === 'it' ? '' : `/${lang}`;
	const url = new URL(`http://localhost:3000${prefix}/ambiti/${district.slug}/servizi/${slug}`);
	// eslint-disable-next-line @typescript-eslint/no-explicit-any -- the route's load, called as SvelteKit calls it
	const data = await (load as any)({
		parent: async () => ({ district }),
		params: { district: district.slug, service: slug },
		url,
		setHeaders: () => {}
	});
	const { head, body } = render(Page, {
		props: { data: { ...data, district, languages: ['it', 'ar'] }, form: null } as never
	});
	return { head, body };
}

describe('service pages and the Designers Italia model', () => {
	it('gives every demo service page, in Italian and Arabic, the JSON-LD and the data-elements of the model', async () => {
		const district = await loadDemo();
		expect(DEMO_SERVICES.length).toBe(6);
		for (const s of DEMO_SERVICES) {
			// C.SI.1.5: topics from the model's list only.
			expect(
				s.topics.every((t) => (TOPICS as readonly string[]).includes(t)),
				s.slug
			).toBe(true);
			for (const lang of ['it', 'ar'] as const) {
				const { head, body } = await renderPage(district, s.slug, lang);
				const where = `${lang} ${s.slug}`;
				// R.SI.1.1, in the model's metatag element.
				const scripts = [...head.matchAll(/<script([^>]*)>([\s\S]*?)<\/script>/g)].filter(([, attrs]) =>
					attrs.includes('data-element="metatag"')
				);
				expect(scripts, where).toHaveLength(1);
				expect(scripts[0][1]).toContain('type="application/ld+json"');
				const ld = JSON.parse(scripts[0][2]);
				expect(ld['@type']).toBe('GovernmentService');
				expect(nonEmpty(ld.name), where).toBe(true);
				expect(nonEmpty(ld.serviceType), where).toBe(true);
				expect(nonEmpty(ld.serviceOperator?.name), where).toBe(true);
				expect(nonEmpty(ld.areaServed?.name), where).toBe(true);
				expect(Array.isArray(ld.audience), where).toBe(false);
				expect(nonEmpty(ld.audience?.audienceType), where).toBe(true);
				expect(Array.isArray(ld.availableChannel), where).toBe(false);
				expect(nonEmpty(ld.availableChannel?.serviceUrl), where).toBe(true);
				const place = ld.availableChannel.serviceLocation;
				expect(nonEmpty(place?.name), where).toBe(true);
				expect(nonEmpty(place.address.streetAddress), where).toBe(true);
				expect(place.address.postalCode, where).toMatch(/^\d{5}$/);
				expect(place.address.streetAddress, where).not.toContain(place.address.postalCode);
				expect(nonEmpty(place.address.addressLocality), where).toBe(true);
				// C.SI.1.3: the page's data-elements, the conditions' file among them.
				for (const element of [
					'service-title',
					'service-description',
					'service-status',
					'service-addressed',
					'service-how-to',
					'service-needed',
					'service-achieved',
					'service-generic-access',
					'service-file',
					'service-area',
					'service-topic',
					'page-index',
					'feedback',
					'feedback-title'
				])
					expect(body, `${where}: ${element}`).toContain(`data-element="${element}"`);
				expect(body).toMatch(/href="[^"]*\/condizioni-di-servizio\.txt"[^>]*data-element="service-file"/);
				// The breadcrumb: Home / Servizi / category / service.
				const crumbs = [...body.matchAll(/<li class="breadcrumb-item[^"]*"[^>]*>([\s\S]*?)<\/li>/g)].map((m) =>
					m[1]
						.replace(/<[^>]+>/g, '')
						.replace('/', '')
						.trim()
				);
				expect(crumbs, where).toHaveLength(4);
				if (lang === 'it') {
					expect(crumbs[1]).toBe('Servizi');
					expect(crumbs[2].length).toBeGreaterThanOrEqual(3);
					expect(body).toContain('Quanto sono chiare le informazioni su questa pagina?');
				}
			}
		}
		overwriteGetLocale(() => 'it');
	});
});
