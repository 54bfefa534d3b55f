// Writes of a person's files: a request queues a file and returns at once (the runner makes
// it); a person deletes their own. Files are the person's, not the district's: not audited.
import { and, eq, inArray, sql } from 'drizzle-orm';
import { command, type Actor } from '../kernel';
import { ValidationError } from '../errors';
import { generatorOf } from './generators';
import { getFile, listed, type GeneratedFile } from './queries';
import { kick } from './runner';
import { generatedFiles } from './schema';

/** How many of their files a person keeps: older ones are removed. */
export const KEPT_PER_PERSON = 20;
/** How many files one person may have waiting or in the making at once. */
export const MAX_UNFINISHED = 3;

const canonical = (params: Record<string, unknown>) =>
	JSON.stringify(
		Object.keys(params)
			.sort()
			.map((k) => [k, params[k]])
	);

/**
 * Queues a file for the actor and starts the runner; returns the queued file. The same
 * request while the first is still waiting (a double click) returns that one.
 */
export async function requestFile(
	actor: Actor,
	kind: string,
	params: Record<string, string | number>
): Promise<GeneratedFile> {
	const generator = generatorOf(kind);
	if (!generator) throw new ValidationError({ _form: 'Tipo di file sconosciuto.' });
	const title = await generator.prepare(actor, params);
	const file = await command(actor, {}, async ({ tx }) => {
		// One person's requests, one at a time (a lock on their membership row).
		await tx.execute(
			sql`select 1 from membership where user_id = ${actor.userId} and district_id = ${actor.districtId} for update`
		);
		const unfinished = await tx
			.select(listed)
			.from(generatedFiles)
			.where(
				and(
					eq(generatedFiles.districtId, actor.districtId),
					eq(generatedFiles.userId, actor.userId),
					inArray(generatedFiles.status, ['queued', 'running'])
				)
			);
		const same = unfinished.find((f) => f.kind === kind && canonical(f.params) === canonical(params));
		if (same) return same;
		if (unfinished.length >= MAX_UNFINISHED)
			throw new ValidationError({
				_form: `Hai già ${unfinished.length} file in preparazione: attendi che siano pronti (in «I tuoi file») prima di chiederne altri.`
			});
		const [created] = await tx
			.insert(generatedFiles)
			.values({ districtId: actor.districtId, userId: actor.userId, kind, params, title })
			.returning(listed);
		// Older finished files beyond what a person keeps make room.
		await tx.execute(sql`
			delete from generated_file where id in (
				select id from generated_file where district_id = ${actor.districtId} and user_id = ${actor.userId} and status in ('done', 'failed')
				order by id desc offset ${KEPT_PER_PERSON})`);
		return created;
	});
	void kick();
	return file;
}

export async function deleteFile(actor: Actor, id: number): Promise<void> {
	await getFile(actor, id);
	await command(actor, {}, async ({ tx }) => {
		await tx.delete(generatedFiles).where(and(eq(generatedFiles.id, id), eq(generatedFiles.userId, actor.userId)));
	});
}
