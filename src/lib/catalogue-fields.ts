// The sections of a service page as staff forms name them (the public page has its own titles).
import { m } from '$lib/paraglide/messages';
import type { TextField } from '$lib/catalogue';

export const TEXT_LABELS: Record<TextField, () => string> = {
	title: m.service_field_title,
	summary: m.service_field_summary,
	audience: m.service_audience,
	howTo: m.service_how_to,
	requirements: m.service_requirements,
	outcome: m.service_outcome,
	timing: m.service_timing,
	access: m.service_access,
	conditions: m.service_conditions,
	contacts: m.service_contacts,
	responsibleUnit: m.service_responsible_unit,
	cost: m.service_cost,
	easyRead: m.service_easy_read
};

export const TEXT_HELP: Partial<Record<TextField, () => string>> = {
	summary: m.service_help_summary,
	requirements: m.service_help_requirements,
	easyRead: m.service_help_easy_read
};
