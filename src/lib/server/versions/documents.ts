// The plan document offered to background generation (DOCX or PDF): of the plan as it is, or
// of an approved version from its frozen snapshot. It lives here, above the documents module,
// so that documents never needs the versions: they hand it the model to write.
import { assertCan } from '../kernel';
import { NotFoundError, ValidationError } from '../errors';
import { registerGenerator, type Progress } from '../generation';
import { getPlan } from '../planning';
import { checkDocumentParams, DOCUMENT_TYPES, getTemplate, planDocument, planDocx, planPdf } from '../documents';
import { versionSnapshot } from './queries';

function formatOf(params: Record<string, string | number>): 'docx' | 'pdf' {
	if (params.format !== 'docx' && params.format !== 'pdf')
		throw new ValidationError({ format: 'Formato non disponibile: DOCX o PDF.' });
	return params.format;
}

/** Params: plan (slug), format (docx|pdf), version (number of an approved version, optional). */
registerGenerator('plan-document', {
	async prepare(actor, params) {
		assertCan(actor, 'planning.read');
		checkDocumentParams(params);
		const plan = await getPlan(actor, String(params.plan));
		const format = formatOf(params);
		if (params.version !== undefined && !(await versionSnapshot(actor, plan.id, Number(params.version))))
			throw new ValidationError({ version: 'Questa versione non è ancora approvata.' });
		return `${plan.title}${params.version !== undefined ? `, versione ${params.version}` : ''} (${format.toUpperCase()})`;
	},
	async make(actor, params, progress: Progress) {
		const plan = await getPlan(actor, String(params.plan));
		const format = formatOf(params);
		progress(0.05, 'Raccolta dei dati del piano');
		const snapshot =
			params.version !== undefined ? await versionSnapshot(actor, plan.id, Number(params.version)) : null;
		if (params.version !== undefined && !snapshot) throw new NotFoundError('Versione approvata');
		const model = snapshot?.model ?? (await planDocument(actor, plan.id));
		const template = await getTemplate(actor);
		const write = (fraction: number) => progress(0.2 + fraction * 0.75, 'Impaginazione di obiettivi e indicatori');
		const bytes = format === 'docx' ? await planDocx(model, template, write) : await planPdf(model, template, write);
		const name = `piano-di-zona-${params.district ?? 'ambito'}-${plan.slug}${params.version !== undefined ? `-v${params.version}` : ''}`;
		return { bytes, fileName: `${name}.${format}`, contentType: DOCUMENT_TYPES[format] };
	}
});
