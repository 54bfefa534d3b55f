// Planning: a district's plans with their phases, areas, objectives and indicators (periods,
// targets, actuals, progress), the plan's narrative sections, and the computed indicator
// sources other modules register. Other modules and routes use it only through this file.
export * from './commands';
export * from './queries';
export { assertPlanEditable } from './access';
export { FIXED_SECTIONS, listSections, saveSection } from './sections';
export { computedSource, refreshComputed, registerSource, type ComputedSource } from './sources';
export { objectiveChart, planProgressView, type PlanProgressView } from './view';
export * from './public';
export * from './progress';
export * from './input';
export * from './schema';
