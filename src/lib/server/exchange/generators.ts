// Checking and applying an uploaded file run in the background (generation): the check is a
// dry run of the import, its outcome kept as JSON for the file's page.
import { assertCan, type Actor } from '../kernel';
import { ValidationError } from '../errors';
import { registerGenerator } from '../generation';
import { applyImport } from './commands';
import { runImport } from './import';
import { ownJob } from './queries';

/** The person's uploaded file named by `params.import`, still waiting to be applied. */
async function notApplied(actor: Actor, params: Record<string, string | number>) {
	assertCan(actor, 'planning.recordActual');
	const job = await ownJob(actor, Number(params.import));
	if (job.status === 'applied') throw new ValidationError({ _form: 'Questo file è già stato applicato.' });
	return job;
}

const json = (value: unknown) => ({
	bytes: Buffer.from(JSON.stringify(value)),
	fileName: 'importazione.json',
	contentType: 'application/json'
});

/** The check of an uploaded file (a dry run of the import), made in the background. Params: import (id). */
registerGenerator('import-check', {
	listed: false,
	prepare: async (actor, params) => `Controllo di ${(await notApplied(actor, params)).fileName}`,
	async make(actor, params, progress) {
		const job = await ownJob(actor, Number(params.import));
		progress(0, 'Controllo delle righe');
		return json(
			await runImport(actor, job.planId, job.fileName, job.bytes, false, undefined, (f) =>
				progress(f, 'Controllo delle righe')
			)
		);
	}
});

/** Applying an uploaded file, in the background. Params: import (id). */
registerGenerator('import-apply', {
	listed: false,
	prepare: async (actor, params) => `Applicazione di ${(await notApplied(actor, params)).fileName}`,
	async make(actor, params, progress) {
		progress(0, 'Applicazione delle modifiche');
		return json(await applyImport(actor, Number(params.import), (f) => progress(f, 'Applicazione delle modifiche')));
	}
});
