// The versions of a plan on its way to approval (draft → review → mayors' assembly → approved
// → sent to the Region), their frozen snapshots and comparisons, and the plan document
// offered to background generation. Above planning and documents: neither imports it.
import './documents';
export { advanceVersion, commentOnVersion, newDraft } from './commands';
export {
	compare,
	compareVersions,
	listVersions,
	planData,
	versionSnapshot,
	type Difference,
	type PlanData,
	type Snapshot
} from './queries';
export { mayCommentOnVersions } from './access';
export { NEXT, STATUS_LABEL } from './steps';
export { planVersionComments, planVersions, planVersionSteps, VERSION_STATUSES, type VersionStatus } from './schema';
