export * from './history.ts';
export * from './limits.ts';
export * from './metrics.ts';
export * from './record.ts';
export * from './schema.ts';
export * from './state.ts';
export { advancePeopleDay } from './day.ts';
export { refreshList } from './list.ts';
export * from './chapter-values.ts';
