// An intervention's funding over time: one bar per grant and, in red with a hatched pattern
// and the word "scoperto", the stretches nothing covers. The page lists the same in words.
import * as echarts from 'echarts';
import { labelled } from './svg';

interface Bar {
	label: string;
	from: string;
	to: string;
	gap?: boolean;
}

const MONTHS = ['gen', 'feb', 'mar', 'apr', 'mag', 'giu', 'lug', 'ago', 'set', 'ott', 'nov', 'dic'];
const time = (iso: string, end = false) => Date.parse(`${iso}T${end ? '23:59:59' : '00:00:00'}Z`);

export function coverageChart(bars: Bar[], today: string): string {
	const rows = bars.map((b) => (b.gap ? 'Scoperto' : b.label)).filter((l, i, all) => all.indexOf(l) === i);
	const width = 900;
	const height = 80 + rows.length * 36;
	const chart = echarts.init(null, null, { renderer: 'svg', ssr: true, width, height });
	chart.setOption({
		animation: false,
		textStyle: { fontFamily: 'Titillium Web, Geneva, Tahoma, sans-serif', fontSize: 12, color: '#1a1a1a' },
		grid: { left: 260, right: 30, top: 30, bottom: 40 },
		xAxis: {
			type: 'time',
			axisLabel: {
				formatter: (t: number) => {
					const d = new Date(t);
					return `${MONTHS[d.getUTCMonth()]} ${d.getUTCFullYear()}`;
				}
			}
		},
		yAxis: {
			type: 'category',
			data: rows,
			inverse: true,
			axisTick: { show: false },
			axisLabel: { width: 240, overflow: 'truncate' }
		},
		series: [
			{
				type: 'custom',
				renderItem: (
					_params: unknown,
					api: {
						value: (i: number) => number;
						coord: (v: [number, number]) => [number, number];
						size: (v: [number, number]) => [number, number];
					}
				) => {
					const start = api.coord([api.value(1), api.value(0)]);
					const end = api.coord([api.value(2), api.value(0)]);
					const h = api.size([0, 1])[1] * 0.6;
					const gap = api.value(3) === 1;
					return {
						type: 'rect',
						shape: { x: start[0], y: start[1] - h / 2, width: Math.max(2, end[0] - start[0]), height: h },
						style: gap
							? { fill: '#a61919', decal: { symbol: 'rect', dashArrayX: [1, 0], dashArrayY: [2, 3], rotation: 0.8 } }
							: { fill: '#00646f' }
					};
				},
				encode: { x: [1, 2], y: 0 },
				data: bars.map((b) => [
					rows.indexOf(b.gap ? 'Scoperto' : b.label),
					time(b.from),
					time(b.to, true),
					b.gap ? 1 : 0
				]),
				markLine: {
					symbol: 'none',
					silent: true,
					data: [{ xAxis: time(today) }],
					lineStyle: { color: '#1a1a1a', type: 'dashed' },
					label: { formatter: 'oggi', position: 'start' }
				}
			}
		]
	});
	const svg = labelled(chart.renderToSVGString(), 'Copertura nel tempo: vedi l’elenco sotto il grafico');
	chart.dispose();
	return svg;
}
