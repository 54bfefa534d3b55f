// How an area is named where areas of several plans meet (roundtables, projects): each plan
// has its own list, so the plan comes first. Shared by the server and the pages.

/** "2025-2027 · G) Politiche giovanili e per i minori"; without a plan, "G) Politiche giovanili…". */
export function areaLabel(area: { code: string; name: string; plan?: string | null }) {
	return `${area.plan ? `${area.plan} · ` : ''}${area.code}) ${area.name}`;
}
