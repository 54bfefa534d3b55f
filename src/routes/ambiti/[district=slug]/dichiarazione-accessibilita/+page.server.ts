import { getStatement } from '$lib/server/site';
import { PLATFORM_STATEMENT } from '$lib/site';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = async ({ parent, url }) => {
	const { district } = await parent();
	// Until the office writes its own parts, the platform's last assessment stands.
	const own = await getStatement(district.id);
	return { statement: own ?? PLATFORM_STATEMENT, site: `${url.origin}/ambiti/${district.slug}` };
};
