// The results report of a plan, in the shape of the slides the districts make by hand: a
// slide per system objective (specific objectives and what was done), per area the
// objective with its achievements, the output, process and outcome tables of expected
// against achieved values, and what the roundtables' walls said. As a web page that can be
// presented full screen, and as a landscape PDF, from the same model.
import type { Actor } from '../kernel';
import { and, eq, gte, lte, sql } from 'drizzle-orm';
import PDFDocument from 'pdfkit';
import { db } from '../db';
import { findOwned } from '../db/versioned';
import { plans } from '../planning';
import { meetings } from '../roundtables';
import { wallColumns, wallNotes, walls } from '../wall';
import { planDocument, type DocIndicator, type PlanDocument } from './content';
import { clean, FONT, useFonts } from '../pdf-fonts';

export interface Slide {
	kind: 'title' | 'objective' | 'area' | 'indicators' | 'participation';
	title: string;
	subtitle?: string;
	/** Two columns of bullet points, as the seed's slides have them. */
	left?: { heading: string; items: string[] };
	right?: { heading: string; items: string[] };
	rows?: { code: string; name: string; expected: string; achieved: string }[];
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
		achieved: i.periods.map((p) => p.actual).join('; ') || '—'
	};
}

/** The report as a landscape PDF, one slide per page. */
export async function reportPdf(original: { model: PlanDocument; slides: Slide[] }): Promise<Buffer> {
	const report = clean(original);
	const doc = new PDFDocument({
		size: 'A4',
		layout: 'landscape',
		margin: 40,
		info: { Title: report.slides[0].title, Author: report.model.district, Creator: 'pdz' },
		lang: 'it-IT',
		displayTitle: true
	} as PDFKit.PDFDocumentOptions);
	useFonts(doc);
	const chunks: Buffer[] = [];
	doc.on('data', (c: Buffer) => chunks.push(c));
	const done = new Promise<void>((resolve) => doc.on('end', () => resolve()));
	const W = doc.page.width - 80;
	const H = doc.page.height;
	report.slides.forEach((s, n) => {
		if (n) doc.addPage();
		doc.outline.addItem(s.title);
		if (s.kind === 'title' || s.kind === 'area') {
			doc.rect(0, 0, doc.page.width, H).fill('#006069');
			doc
				.fillColor('white')
				.font(FONT.bold)
				.fontSize(s.kind === 'title' ? 30 : 26)
				.text(s.title, 40, H / 2 - 50, { width: W, align: 'center' });
			if (s.subtitle)
				doc
					.font(FONT.regular)
					.fontSize(16)
					.text(s.subtitle, 40, H / 2 + 10, { width: W, align: 'center' });
			doc.fillColor('black');
			return;
		}
		// What does not fit goes on to a page of its own, titled "(segue)".
		const header = (continued: boolean) => {
			if (continued) {
				doc.addPage();
				footer();
			}
			doc
				.font(FONT.bold)
				.fontSize(16)
				.fillColor('#006069')
				.text(continued ? `${s.title} (segue)` : s.title, 40, 40, { width: W });
			if (s.subtitle) doc.font(FONT.regular).fontSize(11).fillColor('#4b5a68').text(s.subtitle, { width: W });
			doc.fillColor('black').moveDown(0.8);
		};
		const footer = () => {
			const { x, y } = doc;
			doc.font(FONT.regular).fontSize(8).fillColor('#4b5a68');
			const bottom = doc.page.margins.bottom;
			doc.page.margins.bottom = 0;
			doc.text(`${report.model.district} · ${report.model.title} · ${n + 1}/${report.slides.length}`, 40, H - 28, {
				width: W,
				align: 'right',
				lineBreak: false
			});
			doc.page.margins.bottom = bottom;
			doc.fillColor('black');
			doc.x = x;
			doc.y = y;
		};
		header(false);
		footer();
		/** Writes the items that fit from the top of the column; returns those left over. */
		const column = (
			c: { heading: string; items: string[] },
			x: number,
			width: number,
			top: number,
			continued: boolean
		) => {
			doc
				.font(FONT.bold)
				.fontSize(12)
				.text(continued ? `${c.heading} (segue)` : c.heading, x, top, { width });
			doc
				.moveDown(0.3)
				.font(FONT.regular)
				.fontSize(c.items.length > 8 ? 9 : 10.5);
			let i = 0;
			for (; i < c.items.length; i++) {
				const h = doc.heightOfString(`•  ${c.items[i]}`, { width, paragraphGap: 4 });
				if (doc.y + h > H - 40 && i > 0) break;
				// A single point taller than the page is cut at its bottom ("…"), never spread by pdfkit over pages of its own.
				doc.text(`•  ${c.items[i]}`, x, doc.y, { width, paragraphGap: 4, height: H - 40 - doc.y, ellipsis: true });
			}
			return i < c.items.length ? { heading: c.heading, items: c.items.slice(i) } : undefined;
		};
		let left = s.left;
		let right = s.right;
		for (let continued = false; left || right; continued = true) {
			if (continued) header(true);
			const top = doc.y;
			if (left && right) {
				const rest = [
					column(left, 40, W / 2 - 10, top, continued),
					column(right, 40 + W / 2 + 10, W / 2 - 10, top, continued)
				];
				[left, right] = rest;
			} else if (left) left = column(left, 40, W, top, continued);
			else if (right) right = column(right, 40, W, top, continued);
		}
		if (s.rows) {
			const cols = [80, W - 80 - 360, 180, 180];
			const titles = ['Codice', 'Indicatore', 'Indicatori previsti', 'Indicatori realizzati'];
			const line = (cells: string[], bold: boolean) => {
				doc.font(bold ? FONT.bold : FONT.regular).fontSize(9.5);
				const h = Math.max(...cells.map((c, i) => doc.heightOfString(c, { width: cols[i] - 8 }))) + 8;
				if (!bold && doc.y + h > H - 40) {
					header(true);
					line(titles, true);
				}
				const y = doc.y;
				let x = 40;
				if (bold) doc.rect(40, y, W, h).fill('#e6f0f1').fillColor('black');
				cells.forEach((c, i) => {
					doc
						.font(bold ? FONT.bold : FONT.regular)
						.fontSize(9.5)
						.text(c, x + 4, y + 4, { width: cols[i] - 8 });
					x += cols[i];
				});
				doc
					.moveTo(40, y + h)
					.lineTo(40 + W, y + h)
					.lineWidth(0.5)
					.strokeColor('#999')
					.stroke();
				doc.x = 40;
				doc.y = y + h;
			};
			line(titles, true);
			s.rows.forEach((r) => line([r.code, r.name, r.expected, r.achieved], false));
		}
	});
	doc.end();
	await done;
	return Buffer.concat(chunks);
}
