// Projects, their partners and funding (sources, grants, yearly figures), and the lasting
// interventions they keep alive, with where their funding leaves gaps.
export * from './commands';
export * from './queries';
export { publicProject, publicProjects, publicProjectChoices } from './public';
export { projectFilters, type ProjectFilters } from './input';
export { addDays, addMonths, coverage, warnings, type Interval, type Span } from './coverage';
export * from './schema';
import './sources';
