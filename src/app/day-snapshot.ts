/** The figures of one day of a run are model metrics (models/metrics/day-snapshot.ts); re-exported for the page's modules. */
export { daySnapshot, lastAvailableDay, type DayFlows, type DaySnapshot, type QuarterShares } from '../../models/metrics/day-snapshot.ts';
