// Per-installation settings and secrets, made at first start and shared by every instance.
import { randomBytes } from 'node:crypto';
import { eq } from 'drizzle-orm';
import { db } from '../db';
import { installationSettings } from './schema';

export async function getSetting(name: string): Promise<string | undefined> {
	const [row] = await db().select().from(installationSettings).where(eq(installationSettings.name, name));
	return row?.value;
}

export async function setSetting(name: string, value: string): Promise<void> {
	await db()
		.insert(installationSettings)
		.values({ name, value })
		.onConflictDoUpdate({ target: installationSettings.name, set: { value } });
}

/** A random secret made once per installation and shared by all its instances. */
export async function installationSecret(name: string): Promise<string> {
	await db()
		.insert(installationSettings)
		.values({ name, value: randomBytes(32).toString('base64url') })
		.onConflictDoNothing();
	return (await getSetting(name))!;
}
