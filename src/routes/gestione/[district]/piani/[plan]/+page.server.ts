import { planProgressView } from '$lib/server/planning/view';
import { INDICATOR_KINDS, type IndicatorKind } from '$lib/server/planning/schema';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = async ({ parent, url }) => {
	const { district, plan } = await parent();
	const area = url.searchParams.get('area') || undefined;
	const kindParam = url.searchParams.get('tipo') ?? '';
	const kind = (INDICATOR_KINDS as readonly string[]).includes(kindParam) ? (kindParam as IndicatorKind) : undefined;
	const view = await planProgressView(district.id, plan.id, { areaCode: area, kind }, {
		base: `/gestione/${district.slug}/piani/${plan.slug}/grafici`,
		version: district.contentVersion
	});
	return { view, filter: { area: area ?? '', kind: kind ?? '' } };
};
