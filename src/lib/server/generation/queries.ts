// Reads of a person's files: each person sees only their own, in their district.
import { and, desc, eq, getTableColumns, notInArray, sql } from 'drizzle-orm';
import { db } from '../db';
import type { Actor } from '../kernel';
import { NotFoundError } from '../errors';
import { unlistedKinds, type Made } from './generators';
import { generatedFiles } from './schema';

export type GeneratedFile = Omit<typeof generatedFiles.$inferSelect, 'data'>;
// Every column but the file itself (read only to download it).
const { data: _data, ...columns } = getTableColumns(generatedFiles);
export const listed = columns;

export async function listFiles(actor: Actor): Promise<GeneratedFile[]> {
	const unlisted = unlistedKinds();
	return db()
		.select(listed)
		.from(generatedFiles)
		.where(
			and(
				eq(generatedFiles.districtId, actor.districtId),
				eq(generatedFiles.userId, actor.userId),
				unlisted.length ? notInArray(generatedFiles.kind, unlisted) : undefined
			)
		)
		.orderBy(desc(generatedFiles.id));
}

/** The actor's latest file of a kind whose params include `match`, with its content when it is JSON. */
export async function latestFile(
	actor: Actor,
	kind: string,
	match: Record<string, string | number>
): Promise<(GeneratedFile & { json: unknown }) | null> {
	const [file] = await db()
		.select({ ...listed, data: generatedFiles.data })
		.from(generatedFiles)
		.where(
			and(
				eq(generatedFiles.districtId, actor.districtId),
				eq(generatedFiles.userId, actor.userId),
				eq(generatedFiles.kind, kind),
				sql`${generatedFiles.params} @> ${JSON.stringify(match)}::jsonb`
			)
		)
		.orderBy(desc(generatedFiles.id))
		.limit(1);
	if (!file) return null;
	const { data, ...rest } = file;
	return { ...rest, json: data && rest.contentType === 'application/json' ? JSON.parse(data.toString('utf8')) : null };
}

/** One of the actor's own files (nobody else's). */
export async function getFile(actor: Actor, id: number): Promise<GeneratedFile> {
	const [file] = await db()
		.select(listed)
		.from(generatedFiles)
		.where(
			and(
				eq(generatedFiles.id, id),
				eq(generatedFiles.districtId, actor.districtId),
				eq(generatedFiles.userId, actor.userId)
			)
		);
	if (!file) throw new NotFoundError('File');
	return file;
}

export async function fileContent(actor: Actor, id: number): Promise<Made> {
	const [file] = await db()
		.select({ data: generatedFiles.data, fileName: generatedFiles.fileName, contentType: generatedFiles.contentType })
		.from(generatedFiles)
		.where(
			and(
				eq(generatedFiles.id, id),
				eq(generatedFiles.districtId, actor.districtId),
				eq(generatedFiles.userId, actor.userId),
				eq(generatedFiles.status, 'done')
			)
		);
	if (!file?.data) throw new NotFoundError('File');
	return { bytes: file.data, fileName: file.fileName!, contentType: file.contentType! };
}
