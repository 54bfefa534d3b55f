// The tables of a plan's versions are defined with the plan's (planning/schema.ts): planning
// reads the latest version to refuse edits of a plan under approval. They are written only
// here, so here they are registered with the names their rows carry in the audit log.
import { registerTable } from '../kernel/registry';
import { planVersionComments, planVersions, planVersionSteps } from '../planning/schema';

registerTable(planVersions, {
	entity: 'plan_version',
	label: 'Versione del piano',
	title: (r) => String(r.number),
	omit: ['snapshot']
});
registerTable(planVersionSteps, {
	entity: 'plan_version_step',
	label: 'Passaggio di versione',
	title: (r) => r.toStatus
});
registerTable(planVersionComments, {
	entity: 'plan_version_comment',
	label: 'Commento alla versione',
	title: (r) => r.section
});

export {
	planVersionComments,
	planVersions,
	planVersionSteps,
	VERSION_STATUSES,
	type VersionStatus
} from '../planning/schema';
