import { listDistricts } from '$lib/server/accounts';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = async () => ({ districts: await listDistricts() });
