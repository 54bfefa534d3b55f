// The schema.org description of a service page (JSON-LD), for search engines and assistants.
import type { publicService } from './public';

const DAYS = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday'];

type Page = NonNullable<Awaited<ReturnType<typeof publicService>>>;

/** The JSON-LD of a service page as the <script> element its head carries (`<` is escaped in the JSON). */
export function serviceJsonLdScript(page: Page, context: { url: string; district: string; lang: string }): string {
	return `<script type="application/ld+json">${serviceJsonLd(page, context)}</script>`;
}

export function serviceJsonLd(page: Page, context: { url: string; district: string; lang: string }): string {
	const { service, text, locations } = page;
	const data = {
		'@context': 'https://schema.org',
		'@type': 'GovernmentService',
		name: text.title.value,
		description: text.summary.value,
		url: context.url,
		inLanguage: context.lang,
		dateModified: service.updatedAt.toISOString(),
		serviceType: service.topics,
		areaServed: { '@type': 'AdministrativeArea', name: context.district },
		audience: service.targetGroups.map((g) => ({ '@type': 'Audience', audienceType: g })),
		provider: {
			'@type': 'Organization',
			name: service.provider,
			...(service.providerWebsite ? { url: service.providerWebsite } : {})
		},
		...(text.cost.value ? { offers: { '@type': 'Offer', description: text.cost.value } } : {}),
		availableChannel: [
			...locations.map((l) => ({
				'@type': 'ServiceChannel',
				availableLanguage: service.spokenLanguages,
				...(service.phone ? { servicePhone: { '@type': 'ContactPoint', telephone: service.phone } } : {}),
				serviceLocation: {
					'@type': 'Place',
					...(l.name ? { name: l.name } : {}),
					address: {
						'@type': 'PostalAddress',
						streetAddress: l.address,
						addressLocality: l.municipality,
						addressCountry: 'IT'
					},
					...(l.latitude !== null && l.longitude !== null
						? { geo: { '@type': 'GeoCoordinates', latitude: l.latitude, longitude: l.longitude } }
						: {}),
					openingHoursSpecification: l.week.flatMap((d) =>
						d.intervals.map(([opens, closes]) => ({
							'@type': 'OpeningHoursSpecification',
							dayOfWeek: `https://schema.org/${DAYS[d.weekday - 1]}`,
							opens,
							closes
						}))
					),
					...(l.exceptions.length
						? {
								specialOpeningHoursSpecification: l.exceptions.map((e) => ({
									'@type': 'OpeningHoursSpecification',
									validFrom: e.fromDay,
									validThrough: e.toDay,
									opens: e.opens ?? '00:00',
									closes: e.closes ?? '00:00'
								}))
							}
						: {})
				}
			})),
			...(service.accessUrl ? [{ '@type': 'ServiceChannel', serviceUrl: service.accessUrl }] : [])
		]
	};
	// Inside <script>, "</" would end the element: escape every "<".
	return JSON.stringify(data).replace(/</g, '\\u003c');
}
