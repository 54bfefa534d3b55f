// The schema.org description of a service page (JSON-LD), for search engines and assistants,
// in the shape the Designers Italia model asks (R.SI.1.1): `serviceType` a string,
// `audience` and `availableChannel` objects, the channel with its `serviceUrl` and the
// place with its `postalCode`, and the `serviceOperator`; carried by the model's
// `data-element="metatag"` element.
import type { publicService } from './public';

const DAYS = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday'];

type Page = NonNullable<Awaited<ReturnType<typeof publicService>>>;
type Context = {
	url: string;
	district: string;
	lang: string;
	/** The category of the service, its audience and its topics, as the page names them. */
	category: string;
	audience: string;
	topics: string[];
};

/** The JSON-LD of a service page as the <script> element its head carries (`<` is escaped in the JSON). */
export function serviceJsonLdScript(page: Page, context: Context): string {
	return `<script type="application/ld+json" data-element="metatag">${serviceJsonLd(page, context)}</script>`;
}

type Place = Page['locations'][number];

/** A phone that always answers: every day, all day. */
const ALWAYS = {
	'@type': 'OpeningHoursSpecification',
	dayOfWeek: DAYS.map((d) => `https://schema.org/${d}`),
	opens: '00:00',
	closes: '23:59'
};

function place(l: Place) {
	return {
		'@type': 'Place',
		name: l.name || l.municipality,
		address: {
			'@type': 'PostalAddress',
			streetAddress: l.address,
			// Places saved before the CAP had its own field may carry it in the address.
			postalCode: l.postalCode || (/\b(\d{5})\b/.exec(l.address)?.[1] ?? ''),
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
	};
}

export function serviceJsonLd(page: Page, context: Context): string {
	const { service, text, locations } = page;
	const [first] = locations;
	const operator = {
		'@type': 'Organization',
		name: service.provider,
		...(service.providerWebsite ? { url: service.providerWebsite } : {})
	};
	const data = {
		'@context': 'https://schema.org',
		'@type': 'GovernmentService',
		name: text.title.value,
		description: text.summary.value,
		url: context.url,
		inLanguage: context.lang,
		dateModified: service.updatedAt.toISOString(),
		// The model's category of services; the topics are the page's keywords.
		serviceType: context.category || text.title.value,
		...(context.topics.length ? { keywords: context.topics.join(', ') } : {}),
		areaServed: { '@type': 'AdministrativeArea', name: context.district },
		audience: {
			'@type': 'Audience',
			audienceType: context.audience || text.audience.value.split('\n')[0] || text.title.value
		},
		serviceOperator: operator,
		provider: operator,
		...(text.cost.value ? { offers: { '@type': 'Offer', description: text.cost.value } } : {}),
		// One channel, as the model's checker reads it (an object): where to go online (or this
		// page) and the first place; every place is on the page itself.
		availableChannel: {
			'@type': 'ServiceChannel',
			serviceUrl: service.accessUrl || context.url,
			availableLanguage: service.spokenLanguages,
			...(service.phone
				? {
						servicePhone: {
							'@type': 'ContactPoint',
							telephone: service.phone,
							...(service.phoneAlwaysOpen ? { hoursAvailable: ALWAYS } : {})
						}
					}
				: {}),
			...(first ? { serviceLocation: place(first) } : {})
		}
	};
	// Inside <script>, "</" would end the element: escape every "<".
	return JSON.stringify(data).replace(/</g, '\\u003c');
}
