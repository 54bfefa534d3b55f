// The votes of a wall's column as horizontal bars, most voted first.
import * as echarts from 'echarts';
import { labelled } from './svg';

export interface RankedNote {
	label: string;
	votes: number;
}

export function rankingChart(title: string, notes: RankedNote[]): string {
	const shown = notes.slice(0, 15);
	const width = 760;
	const height = 70 + Math.max(1, shown.length) * 30;
	const chart = echarts.init(null, null, { renderer: 'svg', ssr: true, width, height });
	const short = (s: string) => (s.length > 48 ? `${s.slice(0, 46)}…` : s);
	chart.setOption({
		animation: false,
		title: { text: title, textStyle: { fontSize: 15, fontWeight: 600, color: '#1a1a1a' }, left: 0 },
		textStyle: { fontFamily: 'Titillium Web, Geneva, Tahoma, sans-serif', fontSize: 12, color: '#1a1a1a' },
		grid: { left: 330, right: 40, top: 40, bottom: 20 },
		xAxis: { type: 'value', minInterval: 1 },
		yAxis: { type: 'category', inverse: true, data: shown.map((n) => short(n.label)), axisTick: { show: false } },
		series: [
			{
				type: 'bar',
				data: shown.map((n) => n.votes),
				barMaxWidth: 18,
				itemStyle: { color: '#00646f' },
				label: { show: true, position: 'right' }
			}
		]
	});
	const description = `${title}: ${shown.map((n) => `${n.label}, ${n.votes} punti`).join('; ')}.`;
	const svg = labelled(chart.renderToSVGString(), description);
	chart.dispose();
	return svg;
}
