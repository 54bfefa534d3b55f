import { districtCalendar, monthBounds } from '$lib/server/roundtables';
import { todayInRome } from '$lib/format';
import type { PageServerLoad } from './$types';

/** ?mese=2026-12 (this month when absent or not a month), ?vista=elenco for the list (the month grid otherwise). */
export const load: PageServerLoad = async ({ parent, url }) => {
	const { actor } = await parent();
	const today = todayInRome();
	const asked = url.searchParams.get('mese') ?? '';
	const valid = /^(19|20|21)\d{2}-(0[1-9]|1[0-2])$/.test(asked);
	const month = valid ? asked : today.slice(0, 7);
	const view = url.searchParams.get('vista') === 'elenco' ? 'list' : 'month';
	const calendar = await districtCalendar(actor, month);
	return { ...calendar, ...monthBounds(month), view, today, invalidMonth: !!asked && !valid };
};
