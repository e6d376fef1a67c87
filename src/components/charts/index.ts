/** The chart element, the run charts' builders and the map layers. */
export { RunawayChart } from './runaway-chart.ts';
export type { ChartInput, ChartSeries, ChartSpec, PendingChart, TableData } from './chart-spec.ts';
export { RUN_CHART_IDS, runChartSpec, type RunChartId } from './run-charts.ts';
export { MAP_LAYER_IDS, MAP_LAYERS, MAP_WINDOW_DAYS, type MapLayer } from './map-layers.ts';
