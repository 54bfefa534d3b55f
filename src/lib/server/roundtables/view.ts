// What the roundtable and meeting pages need beside the service reads.
import { listPhases, listPlans } from '../planning/service';
import { db } from '../db';
import { attendanceByOrganisation, meetingsHeld, shareAttending, type Period } from './service';

/** The district's phases, for the select of a meeting's phase: "plan · phase". */
export async function districtPhases(districtId: number) {
	const plans = await listPlans(districtId);
	const phases = await Promise.all(plans.map((p) => listPhases(p.id)));
	return plans.flatMap((plan, i) => phases[i].map((ph) => ({ id: ph.id, name: ph.name, plan: plan.title })));
}

/** The attendance page of a roundtable: each member's figures, the totals and the share reaching `threshold`%. */
export async function attendanceOverview(districtId: number, roundtableId: number, period: Period, threshold: number) {
	const [rows, held, share] = await Promise.all([
		attendanceByOrganisation(db(), districtId, roundtableId, period),
		meetingsHeld(db(), districtId, roundtableId, period),
		shareAttending(db(), districtId, roundtableId, period, threshold)
	]);
	const eligible = rows.reduce((n, r) => n + r.eligible, 0);
	const attended = rows.reduce((n, r) => n + r.attended, 0);
	return { rows, held, share, total: { eligible, attended, rate: eligible ? attended / eligible : null } };
}
