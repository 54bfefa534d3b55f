// The documents offered to background generation (generation/service.ts): the plan document
// (DOCX or PDF, of the plan as it is or of an approved version) and the results report.
import { assertCan } from '../kernel/access';
import { SLUG } from '../../slug';
import { registerGenerator, type Progress } from '../generation/service';
import { NotFoundError, ValidationError } from '../errors';
import { getPlan } from '../planning/service';
import { versionSnapshot } from '../versions';
import { planDocument } from './content';
import { planDocx } from './docx';
import { planPdf } from './pdf';
import { reportPdf, resultsReport } from './report';
import { getTemplate } from './template';

const TYPES = { docx: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document', pdf: 'application/pdf' } as const;

/** The parameters a request may carry, checked (they come from a form). */
function check(params: Record<string, string | number>) {
	if (typeof params.plan !== 'string' || !SLUG.test(params.plan)) throw new ValidationError({ plan: 'Piano non valido.' });
	if (params.version !== undefined && !(Number.isInteger(params.version) && Number(params.version) > 0 && Number(params.version) < 1e6))
		throw new ValidationError({ version: 'Numero di versione non valido.' });
}

function formatOf(params: Record<string, string | number>): 'docx' | 'pdf' {
	if (params.format !== 'docx' && params.format !== 'pdf') throw new ValidationError({ format: 'Formato non disponibile: DOCX o PDF.' });
	return params.format;
}

/** Params: plan (slug), format (docx|pdf), version (number of an approved version, optional). */
registerGenerator('plan-document', {
	async prepare(actor, params) {
		assertCan(actor, 'planning.read');
		check(params);
		const plan = await getPlan(actor.districtId, String(params.plan));
		const format = formatOf(params);
		if (params.version !== undefined && !(await versionSnapshot(actor, plan.id, Number(params.version))))
			throw new ValidationError({ version: 'Questa versione non è ancora approvata.' });
		return `${plan.title}${params.version !== undefined ? `, versione ${params.version}` : ''} (${format.toUpperCase()})`;
	},
	async make(actor, params, progress: Progress) {
		const plan = await getPlan(actor.districtId, String(params.plan));
		const format = formatOf(params);
		progress(0.05, 'Raccolta dei dati del piano');
		const snapshot = params.version !== undefined ? await versionSnapshot(actor, plan.id, Number(params.version)) : null;
		if (params.version !== undefined && !snapshot) throw new NotFoundError('Versione approvata');
		const model = snapshot?.model ?? (await planDocument(actor, plan.id));
		const template = await getTemplate(actor.districtId);
		const write = (fraction: number) => progress(0.2 + fraction * 0.75, 'Impaginazione di obiettivi e indicatori');
		const bytes = format === 'docx' ? await planDocx(model, template, write) : await planPdf(model, template, write);
		const name = `piano-di-zona-${params.district ?? 'ambito'}-${plan.slug}${params.version !== undefined ? `-v${params.version}` : ''}`;
		return { bytes, fileName: `${name}.${format}`, contentType: TYPES[format] };
	}
});

/** Params: plan (slug). */
registerGenerator('results-report', {
	async prepare(actor, params) {
		assertCan(actor, 'planning.read');
		check(params);
		const plan = await getPlan(actor.districtId, String(params.plan));
		return `Esiti di ${plan.title} (PDF)`;
	},
	async make(actor, params, progress) {
		const plan = await getPlan(actor.districtId, String(params.plan));
		progress(0.05, 'Raccolta dei dati e dei contributi dei tavoli');
		const report = await resultsReport(actor, plan.id);
		progress(0.5, 'Impaginazione delle diapositive');
		return { bytes: await reportPdf(report), fileName: `esiti-${params.district ?? 'ambito'}-${plan.slug}.pdf`, contentType: TYPES.pdf };
	}
});
