import { error } from '@sveltejs/kit';
import { idParam } from '$lib/server/http';
import { ranking, staffWall } from '$lib/server/wall';
import { rankingChart } from '$lib/server/charts';
import type { RequestHandler } from './$types';

/** The notes of one column by votes, across themes. */
export const GET: RequestHandler = async (event) => {
	const { wall } = await staffWall(event);
	const r = await ranking(wall);
	const column = r.columns.find((c) => c.id === idParam(event.params.column));
	if (!column) error(404, 'Colonna non trovata');
	const notes = r.cells
		.filter((c) => c.column.id === column.id)
		.flatMap((c) => c.notes.map((n) => ({ label: `${c.theme.label}: ${n.body}`, votes: n.votes })))
		.sort((a, b) => b.votes - a.votes);
	return new Response(rankingChart(`Punti per nota: ${column.label}`, notes), {
		headers: { 'content-type': 'image/svg+xml', 'cache-control': 'no-store' }
	});
};
