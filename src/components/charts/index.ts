/** The run charts and their shared helpers. */
export { PatrolShareChart } from './patrol-share-chart.ts';
export { RecordedVsTrueChart } from './recorded-vs-true-chart.ts';
export { DisparityChart } from './disparity-chart.ts';
export { EmptyStopsChart } from './empty-stops-chart.ts';
export { LorenzChart, TOP_CRIME_SHARE } from './lorenz-chart.ts';
export { RunChart, type TableData } from './run-chart.ts';
export { MAP_LAYER_IDS, MAP_LAYERS, MAP_WINDOW_DAYS, type MapLayer } from './map-layers.ts';
