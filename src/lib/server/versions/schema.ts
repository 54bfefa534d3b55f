// The tables of a plan's versions are defined with the plan's (planning/schema.ts): planning
// reads the latest version to refuse edits of a plan under approval. They are written only
// here, so here they are registered with the names their rows carry in the audit log.
import { eq } from 'drizzle-orm';
import { registerTable } from '../kernel/registry';
import { planVersionComments, planVersions, planVersionSteps } from '../planning/schema';

registerTable(planVersions, {
	entity: 'plan_version',
	label: 'Versione del piano',
	title: (r) => String(r.number),
	omit: ['snapshot'],
	fields: {
		number: 'Numero',
		status: 'Stato',
		deliberationOn: 'Data della delibera',
		deliberationNumber: 'Numero della delibera',
		sentOn: 'Inviata alla Regione il',
		protocolNumber: 'Numero di protocollo'
	}
});
registerTable(planVersionSteps, {
	entity: 'plan_version_step',
	label: 'Passaggio di versione',
	title: (r) => r.toStatus,
	context: async (tx, r) => {
		if (typeof r.versionId !== 'number') return {};
		const [v] = await tx
			.select({ planId: planVersions.planId, number: planVersions.number })
			.from(planVersions)
			.where(eq(planVersions.id, r.versionId));
		return v ? { title: `Versione ${v.number} del piano · passaggio`, planId: v.planId } : {};
	},
	fields: { fromStatus: 'Da', toStatus: 'A', actorName: 'Persona', note: 'Nota' }
});
registerTable(planVersionComments, {
	entity: 'plan_version_comment',
	label: 'Commento alla versione',
	title: (r) => r.section,
	context: async (tx, r) => {
		if (typeof r.versionId !== 'number') return {};
		const [v] = await tx
			.select({ planId: planVersions.planId, number: planVersions.number })
			.from(planVersions)
			.where(eq(planVersions.id, r.versionId));
		return v ? { title: `Versione ${v.number} del piano · commento`, planId: v.planId } : {};
	},
	fields: { section: 'Sezione', body: 'Commento', authorName: 'Autore' }
});

export {
	planVersionComments,
	planVersions,
	planVersionSteps,
	VERSION_STATUSES,
	type VersionStatus
} from '../planning/schema';
