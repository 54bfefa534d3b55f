import { can } from '$lib/server/kernel';
import { getDistrictBySlug } from '$lib/server/accounts';
import { orNotFound } from '$lib/server/http';
import type { LayoutServerLoad } from './$types';

export const load: LayoutServerLoad = async (event) => {
	const district = await orNotFound(() => getDistrictBySlug(event.params.district));
	const actor = event.locals.actor;
	return {
		district,
		actor,
		permissions: {
			manage: can(actor, 'planning.manage'),
			recordActual: can(actor, 'planning.recordActual'),
			accounts: can(actor, 'accounts.manage'),
			audit: can(actor, 'audit.read'),
			organisations: can(actor, 'organisations.manage'),
			people: can(actor, 'people.read'),
			roundtables: can(actor, 'roundtables.manage'),
			meetings: can(actor, 'meetings.manage'),
			projects: can(actor, 'projects.manage'),
			trainingRead: can(actor, 'training.read'),
			training: can(actor, 'training.manage'),
			agreements: can(actor, 'agreements.manage'),
			catalogueRead: can(actor, 'catalogue.read'),
			catalogue: can(actor, 'catalogue.manage'),
			backup: can(actor, 'district.backup'),
			site: can(actor, 'site.manage')
		}
	};
};
