// An objective's progress chart for the DOCX: the same ECharts SVG as the web pages, with a
// PNG drawn from it (resvg, with the documents' font) for word processors that show no SVG.
import { Resvg } from '@resvg/resvg-js';
import { chartSize, progressChart } from '../charts';
import { FONT_FILES } from '../pdf-fonts';
import type { DocIndicator } from './content';

export interface ChartImage {
	svg: Buffer;
	png: Buffer;
	width: number;
	height: number;
	description: string;
}

// Drawing a PNG takes tens of milliseconds: the same chart is drawn once (documents are
// generated again and again from data that rarely changes).
const cache = new Map<string, Buffer>();
const MAX_CACHED = 500;

function toPng(svg: string, width: number): Buffer {
	let png = cache.get(svg);
	if (!png) {
		png = Buffer.from(
			new Resvg(svg, {
				fitTo: { mode: 'width', value: Math.round(width * 1.5) }, // about 150 dpi at the page's width
				font: {
					fontFiles: [FONT_FILES.regular, FONT_FILES.bold],
					loadSystemFonts: false,
					defaultFontFamily: 'Titillium Web'
				},
				background: 'white'
			})
				.render()
				.asPng()
		);
		if (cache.size >= MAX_CACHED) cache.delete(cache.keys().next().value!);
		cache.set(svg, png);
	}
	return png;
}

/** The chart of an objective's scored indicators, or null when none can be scored. */
export function objectiveChartImage(title: string, indicators: DocIndicator[]): ChartImage | null {
	const bars = indicators.filter((i) => i.progress !== null).map((i) => ({ code: i.code, ratio: i.progress }));
	if (!bars.length) return null;
	const svg = progressChart(title, bars);
	const { width, height } = chartSize(bars.length);
	const png = toPng(svg, width);
	const description =
		/aria-label="([^"]*)"/
			.exec(svg)?.[1]
			.replace(/&quot;/g, '"')
			.replace(/&lt;/g, '<')
			.replace(/&amp;/g, '&') ?? title;
	return { svg: Buffer.from(svg), png, width, height, description };
}
