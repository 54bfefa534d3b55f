import { kindFilter, planProgressView, planQuality } from '$lib/server/planning';
import { planAgreements } from '$lib/server/agreements';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = async ({ parent, url, locals }) => {
	const { district, plan } = await parent();
	const area = url.searchParams.get('area') || undefined;
	const kind = kindFilter.parse(url.searchParams.get('tipo') ?? undefined);
	const [view, quality, agreements] = await Promise.all([
		planProgressView(
			locals.actor,
			plan.id,
			{ areaCode: area, kind },
			{
				base: `/gestione/${district.slug}/piani/${plan.slug}/grafici`,
				version: district.contentVersion
			}
		),
		planQuality(locals.actor, plan.id, { district: district.slug }),
		planAgreements(locals.actor, plan.id)
	]);
	return { view, quality: quality.total, agreements, filter: { area: area ?? '', kind: kind ?? '' } };
};
