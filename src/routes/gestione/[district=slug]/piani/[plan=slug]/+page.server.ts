import { kindFilter, planProgressView } from '$lib/server/planning';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = async ({ parent, url, locals }) => {
	const { district, plan } = await parent();
	const area = url.searchParams.get('area') || undefined;
	const kind = kindFilter.parse(url.searchParams.get('tipo') ?? undefined);
	const view = await planProgressView(
		locals.actor,
		plan.id,
		{ areaCode: area, kind },
		{
			base: `/gestione/${district.slug}/piani/${plan.slug}/grafici`,
			version: district.contentVersion
		}
	);
	return { view, filter: { area: area ?? '', kind: kind ?? '' } };
};
