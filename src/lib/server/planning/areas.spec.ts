// Areas belong to a plan: a new plan copies the list of the plan before it, codes are unique
// within a plan, an objective's area is one of its own plan's.
import { describe, expect, it } from 'vitest';
import { and, eq } from 'drizzle-orm';
import { systemActor } from '../kernel';
import { errorOf, useTestDatabase } from '../db/testing';
import { db } from '../db';
import { createDistrict } from '../accounts';
import { NotFoundError, ValidationError } from '../errors';
import {
	areas,
	createArea,
	createObjective,
	createPlan,
	currentPlan,
	listAllAreas,
	listAreas,
	listSections,
	listUnassignedAreas,
	planOverview,
	updateArea,
	updateObjective
} from '.';
import { areaLabel } from '$lib/areas';

useTestDatabase();

const plan = (admin: ReturnType<typeof systemActor>, start: number) =>
	createPlan(admin, {
		title: `Piano di Zona ${start}-${start + 2}`,
		startYear: String(start),
		endYear: String(start + 2),
		status: 'drafting'
	});

const codesAndNames = (rows: { code: string; name: string }[]) => rows.map((a) => `${a.code}) ${a.name}`);

async function district(slug: string) {
	const d = await createDistrict({ slug, name: `Ambito ${slug}` });
	return { district: d, admin: systemActor(d.id) };
}

describe('areas of a plan', () => {
	it('a new plan copies the list of the plan before it, to be edited on its own', async () => {
		const { admin } = await district('aree-copia');
		const p2021 = await plan(admin, 2021);
		expect(await listAreas(admin, p2021.id)).toEqual([]);
		await createArea(admin, p2021.id, {
			code: 'G',
			name: 'Area immigrazione e cittadinanza',
			position: '1',
			active: 'on'
		});
		await createArea(admin, p2021.id, { code: 'A', name: 'Povertà', position: '0', active: 'on' });
		await createArea(admin, p2021.id, { code: 'Z', name: 'Vecchia area', position: '2', active: '' });

		const p2025 = await plan(admin, 2025);
		const copied = await listAreas(admin, p2025.id);
		expect(codesAndNames(copied)).toEqual(['A) Povertà', 'G) Area immigrazione e cittadinanza', 'Z) Vecchia area']);
		expect(copied.map((a) => [a.planId, a.active])).toEqual([
			[p2025.id, true],
			[p2025.id, true],
			[p2025.id, false]
		]);
		const originals = await listAreas(admin, p2021.id);
		expect(copied.map((a) => a.id).filter((id) => originals.some((o) => o.id === id))).toEqual([]);

		// The new cycle renames its G: the 2021-2023 list keeps its own.
		const g2025 = copied.find((a) => a.code === 'G')!;
		await updateArea(admin, g2025.id, {
			code: 'G',
			name: 'Politiche giovanili e per i minori',
			position: '1',
			active: 'on',
			version: String(g2025.version)
		});
		expect(codesAndNames(await listAreas(admin, p2021.id))).toContain('G) Area immigrazione e cittadinanza');

		// 2028-2030 copies 2025-2027 (the latest that starts before it), with the new name.
		const p2028 = await plan(admin, 2028);
		expect(codesAndNames(await listAreas(admin, p2028.id))).toContain('G) Politiche giovanili e per i minori');
		// A plan older than every other has none before it: it copies the latest.
		const p2018 = await plan(admin, 2018);
		expect(codesAndNames(await listAreas(admin, p2018.id))).toEqual(codesAndNames(await listAreas(admin, p2028.id)));

		// Roundtables and projects choose among every plan's areas, each named with its plan.
		const all = await listAllAreas(admin);
		expect([...new Set(all.map((a) => a.plan))]).toEqual(['2028-2030', '2025-2027', '2021-2023', '2018-2020']);
		expect(all.filter((a) => a.code === 'G').map(areaLabel)).toEqual([
			'2028-2030 · G) Politiche giovanili e per i minori',
			'2025-2027 · G) Politiche giovanili e per i minori',
			'2021-2023 · G) Area immigrazione e cittadinanza',
			'2018-2020 · G) Politiche giovanili e per i minori'
		]);
		expect((await currentPlan(admin, 2026))?.slug).toBe('2025-2027');
		expect((await currentPlan(admin, 2040))?.slug).toBe('2028-2030');
	});

	it('a district’s first plan takes over the areas it had before areas were per plan', async () => {
		const { district: d, admin } = await district('aree-prime');
		// As the migration leaves a district that had no plan: its list without a plan.
		await db()
			.insert(areas)
			.values([
				{ districtId: d.id, code: 'A', name: 'Povertà', position: 0 },
				{ districtId: d.id, code: 'B', name: 'Politiche abitative', position: 1 }
			]);
		expect(codesAndNames(await listUnassignedAreas(admin))).toEqual(['A) Povertà', 'B) Politiche abitative']);
		const first = await plan(admin, 2025);
		expect(codesAndNames(await listAreas(admin, first.id))).toEqual(['A) Povertà', 'B) Politiche abitative']);
		expect(await listUnassignedAreas(admin)).toEqual([]);
		const second = await plan(admin, 2028);
		expect(codesAndNames(await listAreas(admin, second.id))).toEqual(['A) Povertà', 'B) Politiche abitative']);
	});

	it('a code is unique within a plan, and the same code is allowed in two plans', async () => {
		const { admin } = await district('aree-codice');
		const p1 = await plan(admin, 2021);
		const p2 = await plan(admin, 2025);
		const g1 = await createArea(admin, p1.id, { code: 'g', name: 'Immigrazione', active: 'on' });
		expect(g1.code).toBe('G');
		const g2 = await createArea(admin, p2.id, { code: 'G', name: 'Politiche giovanili', active: 'on' });
		expect(g2.planId).toBe(p2.id);

		const twice = (await errorOf(
			createArea(admin, p1.id, { code: 'G', name: 'Doppione', active: 'on' })
		)) as ValidationError;
		expect(twice).toBeInstanceOf(ValidationError);
		expect(twice.fields.code).toBe('Esiste già un’area con codice G in questo piano.');

		const h1 = await createArea(admin, p1.id, { code: 'H', name: 'Lavoro', active: 'on' });
		const renamed = (await errorOf(
			updateArea(admin, h1.id, { code: 'G', name: 'Lavoro', active: 'on', version: String(h1.version) })
		)) as ValidationError;
		expect(renamed.fields.code).toMatch(/codice G in questo piano/);
		// In the other plan H may take the code G once that plan's own G is renamed: p1's G does not count.
		const h2 = await createArea(admin, p2.id, { code: 'H', name: 'Lavoro', active: 'on' });
		await updateArea(admin, g2.id, { code: 'M', name: 'Minori', active: 'on', version: String(g2.version) });
		const moved = await updateArea(admin, h2.id, {
			code: 'G',
			name: 'Lavoro',
			active: 'on',
			version: String(h2.version)
		});
		expect(moved.code).toBe('G');

		const noPlan = await errorOf(createArea(admin, 999_999, { code: 'Q', name: 'Nessun piano', active: 'on' }));
		expect(noPlan).toBeInstanceOf(NotFoundError);
	});

	it('an objective’s area must be one of its own plan’s areas', async () => {
		const { admin } = await district('aree-obiettivo');
		const p1 = await plan(admin, 2021);
		const p2 = await plan(admin, 2025);
		const g1 = await createArea(admin, p1.id, { code: 'G', name: 'Area immigrazione e cittadinanza', active: 'on' });
		const g2 = await createArea(admin, p2.id, { code: 'G', name: 'Politiche giovanili', active: 'on' });

		const refused = (await errorOf(
			createObjective(admin, p2.id, { kind: 'area', areaId: String(g1.id), code: 'G1', title: 'Obiettivo' })
		)) as ValidationError;
		expect(refused).toBeInstanceOf(ValidationError);
		expect(refused.fields.areaId).toMatch(/altro piano/);

		const objective = await createObjective(admin, p1.id, {
			kind: 'area',
			areaId: String(g1.id),
			code: 'G1',
			title: 'Accrescere la capacità del sistema'
		});
		const moved = (await errorOf(
			updateObjective(admin, objective.id, {
				kind: 'area',
				areaId: String(g2.id),
				code: 'G1',
				title: 'Accrescere la capacità del sistema',
				version: String(objective.version)
			})
		)) as ValidationError;
		expect(moved.fields.areaId).toMatch(/altro piano/);
		const [kept] = await db()
			.select({ areaId: areas.id })
			.from(areas)
			.where(and(eq(areas.id, g1.id), eq(areas.planId, p1.id)));
		expect(kept.areaId).toBe(g1.id);

		// The plan reads its objective under its own G, and offers sections for its own areas only.
		const overview = await planOverview(admin, p1.id);
		expect(overview.areas.map((a) => a.id)).toEqual([g1.id]);
		expect(overview.objectives[0].area?.name).toBe('Area immigrazione e cittadinanza');
		const sections = await listSections(admin, p2.id);
		expect(sections.filter((s) => s.key.startsWith('area-')).map((s) => [s.key, s.title])).toEqual([
			[`area-${g2.id}`, 'Area G. Politiche giovanili']
		]);
	});
});
