// The results report of a plan, in the shape of the slides the districts make by hand: a
// slide per system objective (specific objectives and what was done), per area the
// objective with its achievements, the output, process and outcome tables of expected
// against achieved values, and what the roundtables' walls said. As a web page that can be
// presented full screen, and as a landscape PDF, from the same model.
import type { Actor } from '../kernel';
import { and, eq, gte, lte, sql } from 'drizzle-orm';
import { db } from '../db';
import { findOwned } from '../db/versioned';
import { plans } from '../planning';
import { meetings } from '../roundtables';
import { wallColumns, wallNotes, walls } from '../wall';
import { planDocument, type DocIndicator, type PlanDocument } from './content';
import { fontSafe } from '../pdf-fonts';
import { TaggedPdf } from '../pdf-tagged';

export interface Slide {
	kind: 'title' | 'objective' | 'area' | 'indicators' | 'participation';
	title: string;
	subtitle?: string;
	/** Two columns of bullet points, as the seed's slides have them. */
	left?: { heading: string; items: string[] };
	right?: { heading: string; items: string[] };
	rows?: {
		code: string;
		name: string;
		expected: string;
		achieved: string;
		/** Icon and word of the indicator's status ("✓ Raggiunto"). */
		status?: string;
		/** The notes of the actuals (how a computed figure was computed). */
		note?: string;
	}[];
}

const PARTICIPATION = [
	['strength', 'Punti di forza'],
	['improvement', 'Aspetti da migliorare'],
	['proposal', 'Proposte per il prossimo triennio']
] as const;

export async function resultsReport(actor: Actor, planId: number): Promise<{ model: PlanDocument; slides: Slide[] }> {
	const model = await planDocument(actor, planId);
	const plan = await findOwned(db(), plans, actor.districtId, planId, 'Piano');
	const slides: Slide[] = [
		{ kind: 'title', title: `Esiti del ${model.title}`, subtitle: `${model.district} · programmazione ${model.years}` }
	];
	for (const section of model.sections) {
		const system = section.heading === 'Obiettivi di sistema';
		if (!system) slides.push({ kind: 'area', title: section.heading.toUpperCase() });
		for (const o of section.objectives) {
			slides.push({
				kind: 'objective',
				title: system ? o.title.toUpperCase() : `Obiettivo ${o.code}. ${o.title}`,
				subtitle: system ? `(Obiettivo di sistema ${o.code})` : undefined,
				left: system
					? { heading: 'Obiettivi specifici', items: o.specifics }
					: { heading: 'Realizzazioni', items: o.achievements },
				right: system ? { heading: 'Su cosa si è lavorato / esiti', items: o.achievements } : undefined
			});
			for (const [kind, label] of [
				['Output', 'OUTPUT'],
				['Processo', 'PROCESSO'],
				['Esito', 'OUTCOME']
			] as const) {
				const list = o.indicators.filter((i) => i.kind === kind);
				if (list.length)
					slides.push({
						kind: 'indicators',
						title: `Indicatori di risultato (${label})`,
						subtitle: `${o.code}. ${o.title}`,
						rows: list.map(row)
					});
			}
		}
	}
	// What the roundtables said: the walls of meetings from the plan's first year to the year after its last.
	const notes = await db()
		.select({
			kind: wallColumns.kind,
			body: wallNotes.body,
			votes: sql<number>`(select count(*)::int from wall_vote v where v.note_id = ${wallNotes.id})`
		})
		.from(wallNotes)
		.innerJoin(walls, eq(walls.id, wallNotes.wallId))
		.innerJoin(wallColumns, eq(wallColumns.id, wallNotes.columnId))
		.innerJoin(meetings, eq(meetings.id, walls.meetingId))
		.where(
			and(
				eq(wallNotes.districtId, actor.districtId),
				eq(wallNotes.status, 'visible'),
				gte(meetings.startsAt, new Date(`${plan.startYear}-01-01T00:00:00Z`)),
				lte(meetings.startsAt, new Date(`${plan.endYear + 1}-12-31T23:59:59Z`))
			)
		)
		.orderBy(sql`3 desc`, wallNotes.id);
	for (const [kind, heading] of PARTICIPATION) {
		const items = notes
			.filter((n) => n.kind === kind)
			.map((n) => (n.votes ? `${n.body} (${n.votes} ${n.votes === 1 ? 'voto' : 'voti'})` : n.body));
		if (items.length)
			slides.push({ kind: 'participation', title: `Dai tavoli: ${heading.toLowerCase()}`, left: { heading, items } });
	}
	return { model, slides };
}

function row(i: DocIndicator): NonNullable<Slide['rows']>[number] {
	return {
		code: i.code,
		name: i.name,
		expected: i.periods.map((p) => p.target).join('; ') || '—',
		achieved: i.periods.map((p) => p.actual).join('; ') || '—',
		status: i.status ? `${i.status.icon} ${i.status.word}` : undefined,
		// The notes of the actuals, and where a computed figure comes from.
		note:
			[
				...i.notes.map((n) => (i.periods.length > 1 ? `${n.label}: ${n.note}` : n.note)),
				...(i.source ? [`Fonte: ${i.source}.`] : [])
			].join(' ') || undefined
	};
}

/** The report as a landscape PDF (tagged, see pdf-tagged.ts), one slide per page and the pages a long one needs. */
export async function reportPdf(report: { model: PlanDocument; slides: Slide[] }): Promise<Buffer> {
	const t = new TaggedPdf({
		title: report.slides[0].title,
		author: report.model.district,
		layout: 'landscape',
		margin: 40,
		reserve: 0
	});
	const doc = t.doc;
	const W = t.width;
	const H = doc.page.height;
	const BOTTOM = H - 40;
	const TEAL = '#006069';
	const GREY = '#4b5a68';
	let first = true;
	report.slides.forEach((s, n) => {
		const footer = () =>
			t.furniture(
				`${report.model.district} · ${report.model.title} · ${n + 1}/${report.slides.length}`,
				40,
				H - 28,
				W,
				{
					size: 8,
					color: GREY,
					align: 'right'
				}
			);
		if (!first) {
			t.onPage = null;
			t.newPage();
		}
		first = false;
		doc.outline.addItem(fontSafe(s.title));
		if (s.kind === 'title' || s.kind === 'area') {
			t.artifact(() => doc.rect(0, 0, doc.page.width, H).fill(TEAL));
			const style = {
				size: s.kind === 'title' ? 30 : 26,
				weight: 'bold' as const,
				color: 'white',
				align: 'center' as const
			};
			t.y = H / 2 - 50;
			t.block('H1', s.title, style);
			if (s.subtitle) {
				t.y = Math.max(t.y + 8, H / 2 + 10);
				t.block('P', s.subtitle, { size: 16, color: 'white', align: 'center' });
			}
			return;
		}
		// What does not fit goes on to a page of its own, titled "(segue)" (a repetition: an artifact).
		const title = { size: 16, weight: 'bold' as const, color: TEAL };
		const subtitle = { size: 11, color: GREY };
		const continued = () => {
			t.artifact(() => {
				let y = t.drawLines(t.lines(`${s.title} (segue)`, title, W), 40, 40, W, title);
				if (s.subtitle) y = t.drawLines(t.lines(s.subtitle, subtitle, W), 40, y, W, subtitle);
				t.y = y + 10;
			}, 'Pagination');
			footer();
		};
		t.y = 40;
		t.block(s.kind === 'indicators' ? 'H3' : 'H2', s.title, title);
		if (s.subtitle) t.block('P', s.subtitle, subtitle);
		t.y += 10;
		footer();
		t.onPage = continued;

		/** Two columns (or one) of points: a heading and a list each, continued on the next page. */
		type Column = { heading: string; items: string[] };
		const columns = [s.left, s.right].filter((c): c is Column => !!c);
		if (columns.length) {
			const cw = columns.length === 2 ? W / 2 - 10 : W;
			const lists = columns.map((c, i) => {
				const x = 40 + i * (W / 2 + 10);
				const style = { size: c.items.length > 8 ? 9 : 10.5 };
				const heading = t.element('H3');
				return { c, x, style, next: 0, list: null as PDFKit.PDFStructureElement | null, heading };
			});
			// The structure: each column's heading then its list, in reading order, filled page by page.
			for (const l of lists) l.list = t.element('L');
			const top = t.y;
			let page = 0;
			while (lists.some((l) => l.next < l.c.items.length)) {
				if (page) t.newPage();
				const at = page ? t.y : top;
				for (const l of lists) {
					const head = { size: 12, weight: 'bold' as const };
					const lines = t.lines(page ? `${l.c.heading} (segue)` : l.c.heading, head, cw);
					let y = at;
					if (page) t.artifact(() => (y = t.drawLines(lines, l.x, at, cw, head)), 'Pagination');
					else {
						t.content(l.heading, 'H3', () => (y = t.drawLines(lines, l.x, at, cw, head)));
						l.heading.end();
					}
					y += 4;
					const indent = l.style.size * 1.3;
					const lh = t.lineHeight(l.style);
					for (; l.next < l.c.items.length; l.next++) {
						let body = t.lines(l.c.items[l.next], l.style, cw - indent);
						const room = Math.floor((BOTTOM - y) / lh);
						if (body.length > room && (l.next > 0 || page > 0) && y > at + 30) break;
						// A single point taller than the page is cut at its bottom ("…").
						if (body.length > room) {
							body = body.slice(0, Math.max(1, room));
							const last = body.at(-1)!.segments.at(-1);
							if (last) last.text += ' …';
						}
						const li = t.element('LI', {}, l.list!);
						const lbl = t.element('Lbl', {}, li);
						const itemTop = y;
						t.content(lbl, 'Lbl', () => t.drawLines(t.lines('•', l.style, indent), l.x, itemTop, indent, l.style));
						lbl.end();
						const lbody = t.element('LBody', {}, li);
						t.content(lbody, 'LBody', () => {
							y = t.drawLines(body, l.x + indent, itemTop, cw - indent, l.style) + 4;
						});
						lbody.end();
						li.end();
					}
				}
				page++;
			}
			lists.forEach((l) => l.list!.end());
		}
		if (s.rows) {
			const cols = [70, W - 70 - 2 * 165 - 105, 165, 165, 105];
			t.table(
				[
					{ title: 'Codice', width: cols[0] },
					{ title: 'Indicatore', width: cols[1] },
					{ title: 'Indicatori previsti', width: cols[2] },
					{ title: 'Indicatori realizzati', width: cols[3] },
					{ title: 'Stato', width: cols[4] }
				],
				s.rows.map((r) => [r.code, r.name, r.expected, { text: r.achieved, note: r.note }, r.status ?? '—']),
				{ size: 9.5, pad: 4, fill: '#e6f0f1' }
			);
		}
	});
	return t.end();
}
