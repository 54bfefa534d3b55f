// Reads of districts before anyone acts in one: the public pages and the back office find
// their district by its slug, the landing page and the start list them.
import { asc, eq } from 'drizzle-orm';
import { db } from '../db';
import { NotFoundError } from '../errors';
import { districts } from '../kernel';

export async function getDistrictBySlug(slug: string) {
	const [district] = await db().select().from(districts).where(eq(districts.slug, slug));
	if (!district) throw new NotFoundError('Ambito');
	return district;
}

export async function listDistricts() {
	return db().select().from(districts).orderBy(asc(districts.name));
}
