import { getRoundtable } from '$lib/server/roundtables';
import { attendanceOverview } from '$lib/server/roundtables';
import { idParam, orNotFound } from '$lib/server/http';
import { todayInRome } from '$lib/format';
import { m } from '$lib/paraglide/messages';
import type { PageServerLoad } from './$types';

const isDate = (s: string) =>
	/^(19|20|21)\d{2}-\d{2}-\d{2}$/.test(s) && new Date(`${s}T00:00:00Z`).toISOString().startsWith(s);

/** The last three years up to today, in Rome. */
function lastThreeYears() {
	const to = todayInRome();
	const from = new Date(`${to}T00:00:00Z`);
	from.setUTCFullYear(from.getUTCFullYear() - 3);
	from.setUTCDate(from.getUTCDate() + 1);
	return { from: from.toISOString().slice(0, 10), to };
}

export const load: PageServerLoad = async ({ parent, params, url, locals }) => {
	await parent();
	const { roundtable } = await orNotFound(() => getRoundtable(locals.actor, idParam(params.id)));
	// The period comes from a GET form: what was typed is shown back, with an error where it makes no sense.
	const typed = {
		from: (url.searchParams.get('dal') ?? '').trim(),
		to: (url.searchParams.get('al') ?? '').trim(),
		threshold: (url.searchParams.get('soglia') ?? '').trim()
	};
	const fallback = lastThreeYears();
	const errors: Record<string, string> = {};
	if (typed.from && !isDate(typed.from)) errors.from = m.presence_bad_date();
	if (typed.to && !isDate(typed.to)) errors.to = m.presence_bad_date();
	const period = {
		startsOn: typed.from && !errors.from ? typed.from : fallback.from,
		endsOn: typed.to && !errors.to ? typed.to : fallback.to
	};
	if (period.endsOn < period.startsOn) {
		errors.to = m.presence_bad_range();
		Object.assign(period, { startsOn: fallback.from, endsOn: fallback.to });
	}
	let threshold = 70;
	if (typed.threshold) {
		if (/^\d{1,3}$/.test(typed.threshold) && Number(typed.threshold) >= 1 && Number(typed.threshold) <= 100)
			threshold = Number(typed.threshold);
		else errors.threshold = m.presence_bad_threshold();
	}
	return {
		roundtable: { id: roundtable.id, name: roundtable.name },
		period,
		threshold,
		values: {
			dal: typed.from || period.startsOn,
			al: typed.to || period.endsOn,
			soglia: typed.threshold || String(threshold)
		},
		errors,
		...(await attendanceOverview(locals.actor, roundtable.id, period, threshold))
	};
};
