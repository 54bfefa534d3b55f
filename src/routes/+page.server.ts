import { listDistricts } from '$lib/server/accounts/service';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = async () => ({ districts: await listDistricts() });
