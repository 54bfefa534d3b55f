// The codes of the service catalogue, shared by the server and the pages.
export const SERVICE_STATUSES = ['draft', 'active', 'inactive'] as const;
export type ServiceStatus = (typeof SERVICE_STATUSES)[number];

/** Topics ("Argomenti") and target groups: codes, labelled in every public language. */
export const TOPICS = [
	'immigration',
	'work',
	'education',
	'health',
	'housing',
	'family',
	'care',
	'violence',
	'legal',
	'minors'
] as const;
export type Topic = (typeof TOPICS)[number];
export const TARGET_GROUPS = [
	'foreigners',
	'refugees',
	'women',
	'unaccompanied_minors',
	'trafficking_victims',
	'family_carers',
	'families',
	'young_people',
	'elderly',
	'workers'
] as const;
export type TargetGroup = (typeof TARGET_GROUPS)[number];

/** The translatable fields, in the order of the service page. */
export const TEXT_FIELDS = [
	'title',
	'summary',
	'audience',
	'howTo',
	'requirements',
	'outcome',
	'timing',
	'access',
	'conditions',
	'contacts',
	'responsibleUnit',
	'cost',
	'easyRead'
] as const;
export type TextField = (typeof TEXT_FIELDS)[number];
