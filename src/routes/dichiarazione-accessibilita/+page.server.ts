import { PLATFORM_STATEMENT } from '$lib/site';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = ({ url }) => ({ statement: PLATFORM_STATEMENT, site: url.origin });
