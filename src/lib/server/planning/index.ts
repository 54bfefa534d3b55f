// Planning: a district's plans with their phases, areas, objectives and indicators (periods,
// targets, actuals, progress), the plan's narrative sections, and the computed indicator
// sources other modules register. Other modules and routes use it only through this file.
export * from './commands';
export * from './queries';
export * from './phases';
export { assertPlanEditable } from './access';
export { FIXED_SECTIONS, listSections, saveSection } from './sections';
export { computedSource, refreshComputed, registerSource, type ComputedSource } from './sources';
export { objectiveChart, planProgressView, type PlanProgressView } from './view';
export * from './public';
export {
	actualHistory,
	closePeriod,
	closedMessage,
	indicatorMonitoring,
	listClosures,
	monitoringAsOf,
	monitoringOverview,
	reopenPeriod
} from './monitoring';
export { checkIndicator, planQuality, QUALITY_KINDS, type QualityCase, type QualityKind } from './quality';
export {
	indicatorOwner,
	ownerOptions,
	ownerValue,
	registerOwners,
	setIndicatorOwner,
	type OwnerDirectory,
	type OwnerView
} from './owners';
export { sendMonitoringReminders, startReminders, stopReminders, remindersWanted } from './reminders';
export * from './progress';
export * from './input';
export * from './schema';
