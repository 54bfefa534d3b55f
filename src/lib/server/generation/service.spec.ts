// Files made in the background: queued by a request, made by the runner with progress,
// waiting in the person's files; one left half-made by a stopped app is made again.
import { describe, expect, it } from 'vitest';
import { sql } from 'drizzle-orm';
import { db } from '../db';
import { errorOf, useTestDatabase } from '../db/testing';
import { actorIn, users } from '../accounts';
import { loadDemo, DEMO_ACCOUNTS } from '../demo';
import { NotFoundError, ValidationError } from '../errors';
import { deleteFile, fileContent, getFile, kick, listFiles, registerGenerator, requestFile, runOne } from '.';
import { eq } from 'drizzle-orm';

useTestDatabase();

async function demoActor(role: string) {
	const email = DEMO_ACCOUNTS.find((a) => a.role === role)!.email;
	const [user] = await db().select().from(users).where(eq(users.email, email));
	return (await actorIn(user, 'lodi'))!;
}

describe('background generation', () => {
	it('makes the plan document and the results report, which wait in the person’s files', async () => {
		await loadDemo();
		const admin = await demoActor('admin');
		const viewer = await demoActor('viewer');
		const queued = await requestFile(admin, 'plan-document', { plan: '2021-2023', format: 'pdf', district: 'lodi' });
		expect(queued).toMatchObject({ status: 'queued', title: 'Piano di Zona 2021-2023 (PDF)' });
		const report = await requestFile(admin, 'results-report', { plan: '2021-2023', district: 'lodi' });
		await kick();
		const done = await getFile(admin, queued.id);
		expect(done).toMatchObject({
			status: 'done',
			progress: 100,
			fileName: 'piano-di-zona-lodi-2021-2023.pdf',
			attempts: 1
		});
		expect((await fileContent(admin, queued.id)).bytes.subarray(0, 5).toString()).toBe('%PDF-');
		expect((await getFile(admin, report.id)).fileName).toBe('esiti-lodi-2021-2023.pdf');
		expect((await listFiles(admin)).map((f) => f.id)).toEqual([report.id, queued.id]);

		// Someone else's files are not theirs to see.
		expect(await listFiles(viewer)).toEqual([]);
		expect(await errorOf(getFile(viewer, queued.id))).toBeInstanceOf(NotFoundError);
		expect(await errorOf(fileContent(viewer, queued.id))).toBeInstanceOf(NotFoundError);
		// Bad requests are refused before anything is queued.
		expect(await errorOf(requestFile(admin, 'plan-document', { plan: 'nessuno', format: 'pdf' }))).toBeInstanceOf(
			NotFoundError
		);
		expect(
			((await errorOf(requestFile(admin, 'plan-document', { plan: '2021-2023', format: 'odt' }))) as ValidationError)
				.fields.format
		).toMatch(/DOCX o PDF/);
		expect(
			(
				(await errorOf(
					requestFile(admin, 'plan-document', { plan: '2025-2027', format: 'docx', version: 9 })
				)) as ValidationError
			).fields.version
		).toMatch(/non è ancora approvata/);

		// A double click asks once; a form value that is not a version number is refused, not a 500.
		const again = await requestFile(admin, 'plan-document', { plan: '2025-2027', format: 'pdf', district: 'lodi' });
		expect((await requestFile(admin, 'plan-document', { district: 'lodi', format: 'pdf', plan: '2025-2027' })).id).toBe(
			again.id
		);
		expect(
			(
				(await errorOf(
					requestFile(admin, 'plan-document', { plan: '2021-2023', format: 'pdf', version: 'abc' })
				)) as ValidationError
			).fields.version
		).toMatch(/non valido/);
		expect(
			((await errorOf(requestFile(admin, 'plan-document', { plan: 'a\u0000b', format: 'pdf' }))) as ValidationError)
				.fields.plan
		).toMatch(/non valido/);
		await kick();

		await deleteFile(admin, report.id);
		expect((await listFiles(admin)).map((f) => f.id)).toEqual([again.id, queued.id]);
	});

	it('records the progress while a file is made', async () => {
		const admin = await demoActor('admin');
		let release!: () => void;
		const halfway = new Promise<void>((r) => (release = r));
		registerGenerator('test-slow', {
			prepare: async () => 'Prova lenta',
			make: async (_actor, _params, progress) => {
				progress(0.5, 'A metà strada');
				await halfway;
				return { bytes: Buffer.from('fatto'), fileName: 'prova.txt', contentType: 'text/plain' };
			}
		});
		const file = await requestFile(admin, 'test-slow', {});
		await expect.poll(async () => (await getFile(admin, file.id)).progress).toBe(50);
		expect(await getFile(admin, file.id)).toMatchObject({ status: 'running', step: 'A metà strada' });
		release();
		await kick();
		expect(await getFile(admin, file.id)).toMatchObject({ status: 'done', progress: 100, step: '' });
		expect((await fileContent(admin, file.id)).bytes.toString()).toBe('fatto');
	});

	it('ignores a runner whose file was taken over by another', async () => {
		const admin = await demoActor('admin');
		let release!: () => void;
		const stuck = new Promise<void>((r) => (release = r));
		registerGenerator('test-stuck', {
			prepare: async () => 'Prova bloccata',
			make: async () => (await stuck, { bytes: Buffer.from('tardi'), fileName: 'tardi.txt', contentType: 'text/plain' })
		});
		const file = await requestFile(admin, 'test-stuck', {});
		await expect.poll(async () => (await getFile(admin, file.id)).status).toBe('running');
		// Another instance found it silent and claimed it (its own attempt).
		await db().execute(
			sql`update generated_file set attempts = attempts + 1, heartbeat_at = now() where id = ${file.id}`
		);
		release();
		await kick();
		expect(await getFile(admin, file.id)).toMatchObject({ status: 'running', attempts: 2 });
		await deleteFile(admin, file.id);
	});

	it('takes up a file whose runner went silent, and gives up after three tries', async () => {
		const admin = await demoActor('admin');
		const file = await requestFile(admin, 'plan-document', { plan: '2025-2027', format: 'docx', district: 'lodi' });
		await kick();
		// As if an app had claimed it and then stopped half-way, ten minutes ago.
		await db().execute(
			sql`update generated_file set status = 'running', progress = 40, data = null, heartbeat_at = now() - interval '10 minutes' where id = ${file.id}`
		);
		expect(await runOne()).toBe(true);
		expect(await getFile(admin, file.id)).toMatchObject({ status: 'done', progress: 100, attempts: 2 });
		expect((await fileContent(admin, file.id)).bytes.subarray(0, 2).toString()).toBe('PK');
		// Still running and alive: left alone.
		await db().execute(sql`update generated_file set status = 'running', heartbeat_at = now() where id = ${file.id}`);
		expect(await runOne()).toBe(false);
		await db().execute(
			sql`update generated_file set status = 'running', attempts = 3, heartbeat_at = now() - interval '10 minutes' where id = ${file.id}`
		);
		await runOne();
		expect(await getFile(admin, file.id)).toMatchObject({
			status: 'failed',
			error: expect.stringMatching(/interrotta più volte/)
		});
	});
});
