import { INDICATOR_FIELDS, LICENCE, SERVICE_FIELDS } from '$lib/server/catalogue';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = async () => ({
	licence: LICENCE,
	serviceFields: SERVICE_FIELDS,
	indicatorFields: INDICATOR_FIELDS
});
