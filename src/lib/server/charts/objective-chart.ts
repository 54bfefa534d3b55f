// Charts are drawn on the server as SVG with ECharts: no script needed to read them.
import * as echarts from 'echarts';
import { labelled } from './svg';

export interface ProgressBar {
	code: string;
	/** Progress as a ratio (1 = target reached); null when it cannot be scored. */
	ratio: number | null;
}

const cache = new Map<string, string>();
const MAX_CACHED = 2000;

/** Size of the chart with `bars` scored indicators, so pages can reserve its space. */
export function chartSize(bars: number): { width: number; height: number } {
	return { width: 640, height: 60 + Math.max(1, bars) * 28 };
}

/** One horizontal bar per indicator: progress towards the target, 100% marked. */
export function progressChart(title: string, bars: ProgressBar[]): string {
	const key = title + JSON.stringify(bars);
	const hit = cache.get(key);
	if (hit) return hit;
	const scored = bars.filter((b) => b.ratio !== null);
	const { width, height } = chartSize(scored.length);
	const chart = echarts.init(null, null, { renderer: 'svg', ssr: true, width, height });
	const values = scored.map((b) => Math.round((b.ratio as number) * 100));
	chart.setOption({
		animation: false,
		textStyle: { fontFamily: 'Titillium Web, Geneva, Tahoma, sans-serif', fontSize: 13, color: '#1a1a1a' },
		grid: { left: 90, right: 60, top: 20, bottom: 30 },
		xAxis: {
			type: 'value',
			min: Math.min(0, ...values),
			max: Math.max(100, ...values),
			axisLabel: { formatter: '{value}%' }
		},
		yAxis: { type: 'category', inverse: true, data: scored.map((b) => b.code), axisTick: { show: false } },
		series: [
			{
				type: 'bar',
				data: values.map((v) => ({
					value: v,
					itemStyle: { color: v >= 100 ? '#00663d' : v >= 85 ? '#996300' : '#a61919' }
				})),
				barMaxWidth: 18,
				label: { show: true, position: 'right', formatter: '{c}%' },
				markLine: {
					symbol: 'none',
					silent: true,
					data: [{ xAxis: 100 }],
					lineStyle: { color: '#1a1a1a', type: 'dashed' },
					label: { formatter: 'atteso', position: 'start' }
				}
			}
		]
	});
	const description = `${title}: avanzamento degli indicatori verso il valore atteso (100%). ${scored.map((b, i) => `${b.code} ${values[i]}%`).join(', ')}.`;
	const svg = labelled(chart.renderToSVGString(), description);
	chart.dispose();
	if (cache.size >= MAX_CACHED) cache.delete(cache.keys().next().value!);
	cache.set(key, svg);
	return svg;
}
