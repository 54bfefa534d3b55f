import { kindFilter, planProgressView, planQuality } from '$lib/server/planning';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = async ({ parent, url, locals }) => {
	const { district, plan } = await parent();
	const area = url.searchParams.get('area') || undefined;
	const kind = kindFilter.parse(url.searchParams.get('tipo') ?? undefined);
	const [view, quality] = await Promise.all([
		planProgressView(
			locals.actor,
			plan.id,
			{ areaCode: area, kind },
			{
				base: `/gestione/${district.slug}/piani/${plan.slug}/grafici`,
				version: district.contentVersion
			}
		),
		planQuality(locals.actor, plan.id, { district: district.slug })
	]);
	return { view, quality: quality.total, filter: { area: area ?? '', kind: kind ?? '' } };
};
