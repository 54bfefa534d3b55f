// Indicators computed from meetings and attendance (registered with the planning module).
import { registerSource } from '../planning';
import { findOwned } from '../db/versioned';
import { ValidationError } from '../errors';
import { parse } from '../validation';
import { thresholdInput } from './input';
import { roundtables } from './schema';
import { attendanceByOrganisation, meetingsHeld, shareAttending } from './figures';
import type { Executor } from '../db';

async function configure(tx: Executor, districtId: number, values: Record<string, string>, withThreshold: boolean) {
	const { roundtableId, threshold } = parse(thresholdInput, values);
	await findOwned(tx, roundtables, districtId, roundtableId, 'Tavolo').catch(() => {
		throw new ValidationError({ roundtableId: 'Tavolo non trovato in questo ambito.' });
	});
	return withThreshold ? { roundtableId, threshold } : { roundtableId };
}

const link = (slug: string, config: Record<string, unknown>) =>
	`/gestione/${slug}/tavoli/${config.roundtableId}/presenze`;
const pct = (n: number) => `${Math.round(n * 10) / 10}%`.replace('.', ',');

registerSource({
	id: 'attendance_share',
	configure: (tx, districtId, values) => configure(tx, districtId, values, true),
	async compute(tx, districtId, config, period) {
		const threshold = Number(config.threshold);
		const { members, reaching, share } = await shareAttending(
			tx,
			districtId,
			Number(config.roundtableId),
			period,
			threshold
		);
		return {
			value: share,
			note:
				share === null
					? 'Nessun incontro nel periodo.'
					: `Calcolato dalle presenze: ${reaching} enti su ${members} hanno partecipato ad almeno il ${threshold}% degli incontri (${pct(share)}).`
		};
	},
	link
});

registerSource({
	id: 'attendance_rate',
	configure: (tx, districtId, values) => configure(tx, districtId, values, false),
	async compute(tx, districtId, config, period) {
		const rows = await attendanceByOrganisation(tx, districtId, Number(config.roundtableId), period);
		const eligible = rows.reduce((n, r) => n + r.eligible, 0);
		const attended = rows.reduce((n, r) => n + r.attended, 0);
		return {
			value: eligible ? (attended * 100) / eligible : null,
			note: eligible
				? `Calcolato dalle presenze: ${attended} presenze su ${eligible} attese.`
				: 'Nessun incontro nel periodo.'
		};
	},
	link
});

registerSource({
	id: 'meetings_held',
	configure: (tx, districtId, values) => configure(tx, districtId, values, false),
	async compute(tx, districtId, config, period) {
		const n = await meetingsHeld(tx, districtId, Number(config.roundtableId), period);
		return { value: n, note: `Calcolato dal calendario: ${n} incontri nel periodo.` };
	},
	link
});
