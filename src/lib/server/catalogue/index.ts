// The catalogue of services: what staff keep (services, translations, places, hours) and
// what the public reads (search, service pages, who does what, open data, page ratings), and
// the indicator computed from a service's opening hours.
export * from './commands';
export { listServices, getService, ratingResults } from './queries';
export { hourFields, type LocationView } from './places';
export * from './public';
export { pageOf, searchServices, searchOthers } from './search';
export {
	LICENCE,
	SERVICE_FIELDS,
	INDICATOR_FIELDS,
	serviceDataset,
	indicatorDataset,
	datasetCsv,
	dcatRecord
} from './opendata';
export { serviceJsonLd, serviceJsonLdScript } from './jsonld';
export {
	catalogueFilters,
	searchText,
	hourField,
	SLOTS,
	LOW_REASONS,
	HIGH_REASONS,
	type CatalogueFilters
} from './input';
export { openState, weekTable, dayPlan, hoursOpen, nextChangeToday, type Schedule } from './hours';
export * from './schema';
import './sources';
