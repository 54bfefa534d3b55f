// The documents offered to background generation (the generation module): the results report.
// The plan document is offered by the versions module (versions/documents.ts), which sits
// above this one: the document of an approved version is made from its frozen snapshot.
import { assertCan } from '../kernel';
import { SLUG } from '../../slug';
import { registerGenerator } from '../generation';
import { ValidationError } from '../errors';
import { getPlan } from '../planning';
import { reportPdf, resultsReport } from './report';
import { reportDocx } from './report-docx';
import { getTemplate } from './queries';

export const DOCUMENT_TYPES = {
	docx: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
	pdf: 'application/pdf'
} as const;

/** The parameters a request for a plan's document may carry, checked (they come from a form). */
export function checkDocumentParams(params: Record<string, string | number>) {
	if (typeof params.plan !== 'string' || !SLUG.test(params.plan))
		throw new ValidationError({ plan: 'Piano non valido.' });
	if (
		params.version !== undefined &&
		!(Number.isInteger(params.version) && Number(params.version) > 0 && Number(params.version) < 1e6)
	)
		throw new ValidationError({ version: 'Numero di versione non valido.' });
}

/** The results report's format: the slides as PDF (the default), or a document to edit (DOCX). */
function reportFormat(params: Record<string, string | number>): 'docx' | 'pdf' {
	if (params.format === undefined) return 'pdf';
	if (params.format !== 'docx' && params.format !== 'pdf')
		throw new ValidationError({ format: 'Formato non disponibile: DOCX o PDF.' });
	return params.format;
}

/** Params: plan (slug), format (pdf, the default, or docx). */
registerGenerator('results-report', {
	async prepare(actor, params) {
		assertCan(actor, 'planning.read');
		checkDocumentParams(params);
		const format = reportFormat(params);
		const plan = await getPlan(actor, String(params.plan));
		return `Esiti di ${plan.title} (${format.toUpperCase()})`;
	},
	async make(actor, params, progress) {
		const plan = await getPlan(actor, String(params.plan));
		const format = reportFormat(params);
		progress(0.05, 'Raccolta dei dati e dei contributi dei tavoli');
		const report = await resultsReport(actor, plan.id);
		progress(0.5, format === 'pdf' ? 'Impaginazione delle diapositive' : 'Impaginazione del documento');
		return {
			bytes: format === 'pdf' ? await reportPdf(report) : await reportDocx(report, await getTemplate(actor)),
			fileName: `esiti-${params.district ?? 'ambito'}-${plan.slug}.${format}`,
			contentType: DOCUMENT_TYPES[format]
		};
	}
});
