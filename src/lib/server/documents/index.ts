// The documents made from a plan's data: the plan document (its model, written as DOCX and
// PDF), the results report (web slides and PDF), and the district's template for both.
import './generators';
export { saveTemplate } from './commands';
export { getTemplate } from './queries';
export { DEFAULT_TEMPLATE, type Template } from './template';
export { documentTemplates } from './schema';
export {
	figure,
	indicatorStatus,
	italianDate,
	planDocument,
	type DocIndicator,
	type DocObjective,
	type PlanDocument
} from './content';
export { blocks, type Block } from '../blocks';
export { planDocx } from './docx';
export { planPdf } from './pdf';
export { reportPdf, resultsReport, type Slide } from './report';
export { reportDocx } from './report-docx';
export { checkDocumentParams, DOCUMENT_TYPES } from './generators';
