/**
 * The person layer's metrics in the lab's compare and replicates views: for runs with the layer
 * on, a table of its summary metrics (the same dotted paths a sweep plots, e.g.
 * `people.minorityListShare`) for A, B and B − A, or as the median and 5th to 95th percentile of
 * the replicates. Values come from each run's PeopleMetrics; nothing here computes the model.
 */
import { css, html, nothing } from 'lit';
import { spreadOf, type PeopleMetrics } from '../../models/index.ts';
import { t } from '../i18n/index.ts';
import { peopleMetricLeaves } from '../sim-client.ts';
import { sideNames } from './compare-grid.ts';
import { metricName } from './sweep-plan.ts';
import { formatMetric } from './sweep-specs.ts';
import '../i18n/parts/lab.ts';

/** The person metrics the two views list, in order. */
export const LAB_PEOPLE_METRICS = [
  'people.minorityListShare',
  'people.minorityPopulationShare',
  'people.everListedRate.minority',
  'people.everListedRate.majority',
  'people.listedWithoutOffenseShare',
  'people.throughContactsShare',
  'people.contactsPerOffense.minority',
  'people.contactsPerOffense.majority',
  'people.meanDaysOnList',
  'people.twins.highPatrolListed',
  'people.twins.lowPatrolListed',
] as const;

/** A person metric's value by dotted path (NaN when the run has no value for it). */
export function peopleMetricValue(metrics: PeopleMetrics, path: string): number {
  return peopleMetricLeaves(metrics).find(([leaf]) => leaf === path)?.[1] ?? Number.NaN;
}

export interface ComparePeopleRow {
  path: string;
  a: number;
  b: number;
  /** B − A; NaN when either has no value. */
  difference: number;
}

/** A, B and B − A of every listed person metric. */
export function comparePeopleRows(a: PeopleMetrics, b: PeopleMetrics): ComparePeopleRow[] {
  return LAB_PEOPLE_METRICS.map((path) => {
    const valueA = peopleMetricValue(a, path);
    const valueB = peopleMetricValue(b, path);
    return { path, a: valueA, b: valueB, difference: valueB - valueA };
  });
}

export interface ReplicatePeopleRow {
  path: string;
  median: number;
  low: number;
  high: number;
  /** Replicates with a value (a share of an empty list has none). */
  count: number;
}

/** Median and 5th to 95th percentile of every listed person metric over the replicates that have a value. */
export function replicatePeopleRows(metrics: readonly PeopleMetrics[]): ReplicatePeopleRow[] {
  return LAB_PEOPLE_METRICS.map((path) => {
    const values = metrics.map((m) => peopleMetricValue(m, path)).filter((value) => Number.isFinite(value));
    return { path, ...spreadOf(values), count: values.length };
  });
}

/** The table of A, B and B − A (nothing when either run has the layer off). */
export function renderComparePeople(a: PeopleMetrics | null | undefined, b: PeopleMetrics | null | undefined) {
  if (!a || !b) return nothing;
  const sides = sideNames();
  // A plus sign only on a difference that shows as more than zero once rounded.
  const signed = (path: string, value: number) => {
    const text = formatMetric(path, value);
    return Number.isFinite(value) && value > 0 && /[1-9]/.test(text) ? `+${text}` : text;
  };
  return html`<section class="people-metrics" aria-labelledby="people-metrics-heading">
    <h3 id="people-metrics-heading">${t('lab.people.heading')}</h3>
    <div class="table-scroll">
      <table>
        <caption>${t('lab.people.compare.caption')}</caption>
        <thead>
          <tr><th scope="col">${t('lab.sweep.metric')}</th><th scope="col">${sides.a}</th><th scope="col">${sides.b}</th><th scope="col">${sides.difference}</th></tr>
        </thead>
        <tbody>
          ${comparePeopleRows(a, b).map(
            (row) => html`<tr>
              <th scope="row">${metricName(row.path)}</th>
              <td>${formatMetric(row.path, row.a)}</td>
              <td>${formatMetric(row.path, row.b)}</td>
              <td>${signed(row.path, row.difference)}</td>
            </tr>`,
          )}
        </tbody>
      </table>
    </div>
  </section>`;
}

/** The table of medians and bands over the replicates (nothing when the runs have the layer off). */
export function renderReplicatePeople(metrics: readonly PeopleMetrics[]) {
  if (metrics.length === 0) return nothing;
  return html`<section class="people-metrics" aria-labelledby="people-metrics-heading">
    <h3 id="people-metrics-heading">${t('lab.people.heading')}</h3>
    <div class="table-scroll">
      <table>
        <caption>${t('lab.people.replicates.caption', { count: metrics.length })}</caption>
        <thead>
          <tr><th scope="col">${t('lab.sweep.metric')}</th><th scope="col">${t('lab.table.median')}</th><th scope="col">${t('lab.table.low')}</th><th scope="col">${t('lab.table.high')}</th></tr>
        </thead>
        <tbody>
          ${replicatePeopleRows(metrics).map(
            (row) => html`<tr>
              <th scope="row">${metricName(row.path)}</th>
              <td>${formatMetric(row.path, row.median)}</td>
              <td>${formatMetric(row.path, row.low)}</td>
              <td>${formatMetric(row.path, row.high)}</td>
            </tr>`,
          )}
        </tbody>
      </table>
    </div>
  </section>`;
}

/** Styles of the person tables (a view adds them to its own). */
export const peopleMetricsStyles = css`
  .people-metrics {
    margin-top: 1rem;
  }
  .people-metrics .table-scroll {
    max-width: 100%;
    overflow-x: auto;
  }
  .people-metrics table {
    border-collapse: collapse;
    font-variant-numeric: tabular-nums;
  }
  .people-metrics caption {
    text-align: left;
    color: var(--ink-soft, #4a4d52);
    padding-bottom: 0.3rem;
  }
  .people-metrics th,
  .people-metrics td {
    padding: 0.25rem 0.6rem;
    border-bottom: 1px solid var(--rule, #d9d9d9);
    text-align: right;
  }
  .people-metrics th[scope='row'],
  .people-metrics thead th:first-child {
    text-align: left;
    font-weight: 400;
  }
`;
