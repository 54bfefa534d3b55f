// Charts drawn on the server as SVG (echarts): objectives, coverage of interventions, wall rankings.
export * from './coverage-chart';
export * from './objective-chart';
export * from './ranking-chart';
export * from './respond';
export * from './svg';
