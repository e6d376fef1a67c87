export * from './run-metrics.ts';
export * from './series.ts';
export * from './tally.ts';
export * from './windows.ts';
export * from './discovery.ts';
export * from '../people/metrics.ts';
