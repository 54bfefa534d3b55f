// The versions of a plan on its way to approval (draft → review → mayors' assembly → approved
// → sent to the Region), their frozen snapshots and comparisons, and the plan document
// offered to background generation. Above planning and documents: neither imports it.
import './documents';
export { advanceVersion, commentOnVersion, newDraft } from './commands';
export {
	approvedVersion,
	compare,
	compareVersions,
	comparison,
	listVersions,
	liveLabel,
	planData,
	sideLabel,
	versionSnapshot,
	type Difference,
	type PlanData,
	type Side,
	type Snapshot
} from './queries';
export { AS_OF_FIELD, asOfDateError, checkAsOfDate, endOfRomeDay, monitoringDocument } from './monitoring';
export { mayCommentOnVersions } from './access';
export { NEXT, STATUS_LABEL } from './steps';
export { planVersionComments, planVersions, planVersionSteps, VERSION_STATUSES, type VersionStatus } from './schema';
