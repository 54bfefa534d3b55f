// Writes of the exchange: an uploaded file is kept with its check until applied; applying it
// runs the whole import in one command, once (two clicks apply it once).
import { and, eq } from 'drizzle-orm';
import { createHash } from 'node:crypto';
import { assertCan, command, type Actor } from '../kernel';
import { NotFoundError, ValidationError } from '../errors';
import { plans } from '../planning';
import { readTable } from '../tables';
import { runImport } from './import';
import { importJobs } from './schema';

/** Keeps an uploaded table for its check (import jobs are the person's, not audited). */
export async function createImport(actor: Actor, planId: number, file: File | null) {
	assertCan(actor, 'planning.recordActual');
	if (!file || file.size === 0) throw new ValidationError({ file: 'Scegliere un file .xlsx o .csv.' });
	const bytes = new Uint8Array(await file.arrayBuffer());
	await readTable(file.name, bytes); // refuses unreadable files now, with the reason (before any transaction: large files take a while)
	return command(actor, { can: 'planning.recordActual' }, async (c) => {
		await c.find(plans, planId);
		const fileName =
			file.name.length > 200 ? file.name.slice(0, 190) + file.name.slice(file.name.lastIndexOf('.')) : file.name;
		const [job] = await c.tx
			.insert(importJobs)
			.values({
				districtId: c.districtId,
				planId,
				userId: actor.userId,
				fileName,
				sha256: createHash('sha256').update(bytes).digest('hex'),
				bytes: Buffer.from(bytes)
			})
			.returning({ id: importJobs.id });
		return job;
	});
}

export function applyImport(actor: Actor, id: number, progress?: (fraction: number) => void) {
	return command(actor, { can: 'planning.recordActual', origin: 'import' }, async (c) => {
		// Locks the job: two clicks on "Applica" apply it once.
		const [job] = await c.tx
			.select()
			.from(importJobs)
			.where(and(eq(importJobs.id, id), eq(importJobs.districtId, c.districtId), eq(importJobs.userId, actor.userId)))
			.for('update');
		if (!job) throw new NotFoundError('Importazione');
		if (job.status === 'applied') throw new ValidationError({ _form: 'Questo file è già stato applicato.' });
		const outcome = await runImport(actor, job.planId, job.fileName, job.bytes, true, c, progress);
		if (outcome.errors.length)
			throw new ValidationError({
				_form: `Il file contiene ${outcome.errors.length} errori: correggerli e caricarlo di nuovo.`
			});
		await c.tx
			.update(importJobs)
			.set({ status: 'applied', appliedAt: new Date(), result: outcome.counts })
			.where(eq(importJobs.id, id));
		return outcome;
	});
}
