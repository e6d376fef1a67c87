/**
 * The lab's batch runs report the person layer's metrics (issue 13): replicates carry them to the
 * ensemble collector under `people.` paths, a sweep of the extra-attention factor reports the
 * minority share of the list over worker threads with the medians of direct runs, and a sweep
 * asked for a person metric on a scenario without the layer is refused with the fix.
 */
import { median } from 'd3-array';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { simulate, simulateSummary, validateParams } from '../../models/index.ts';
import { findPreset } from '../../presets/index.ts';
import { createNodeSimClient } from '../../src/sim-client-node.ts';
import type { SimEngine } from '../../src/sim-client-types.ts';
import { EnsembleCollector } from '../../workers/ensemble-stats.ts';
import { createSimApi } from '../../workers/sim.api.ts';
import { peopleMetricLeaves, summaryMetricPaths } from '../../workers/summary-metrics.ts';
import { bundleNodeWorkers, type WorkerBundle } from './node-worker-bundle.ts';

const preset = findPreset('the-list')!;
// A year: the list (redrawn every 90 days) is drawn four times.
const overrides = { ...preset.overrides, days: 365 };
const seeds = [1, 2, 3];

let bundle: WorkerBundle;
const clients: SimEngine[] = [];

beforeAll(async () => {
  bundle = await bundleNodeWorkers();
});
afterEach(() => {
  for (const client of clients.splice(0)) client.dispose();
});
afterAll(() => bundle?.remove());

describe('person metrics in summaries', () => {
  it('lists the people.* paths only for runs with the layer, every PeopleMetrics number among them', () => {
    const place = summaryMetricPaths();
    const withPeople = summaryMetricPaths({ people: true });
    expect(place.some((path) => path.startsWith('people.'))).toBe(false);
    expect(withPeople.slice(0, place.length)).toEqual([...place]);
    const run = simulateSummary(validateParams({ days: 30 }, preset.params), 1);
    // The leaves of a real run are exactly the listed paths, in order.
    expect(peopleMetricLeaves(run.people!.metrics).map(([path]) => path)).toEqual(withPeople.slice(place.length));
  });

  it('summarises replicates\' person metrics by path: the median of three is the middle value', () => {
    const params = validateParams(overrides);
    const collector = new EnsembleCollector(seeds.length, params.days);
    const runs = seeds.map((seed) => simulateSummary(params, seed));
    runs.forEach((run, index) => collector.add(index, { metrics: run.metrics, series: null, people: run.people }));
    const summary = collector.summary();
    const middle = (values: number[]) => [...values].sort((x, y) => x - y)[1];
    expect(summary['people.minorityListShare']!.median).toBe(middle(runs.map((run) => run.people!.metrics.minorityListShare)));
    expect(summary['people.contactsPerOffense.minority']!.median).toBe(middle(runs.map((run) => run.people!.metrics.contactsPerOffense[0])));
    expect(summary['minorityQuarter.disparityRatio']).toBeDefined();
  });

  it('plans a sweep of a person metric only when the layer is on, and says how to switch it on', () => {
    const api = createSimApi();
    const on = validateParams(overrides);
    expect(api.planSweep(on, 'people.attention', [1, 6], 'people.minorityListShare')).toMatchObject({ status: 'valid', metric: 'people.minorityListShare' });
    const off = validateParams({ ...overrides, people: { enabled: false } });
    const refused = api.planSweep(off, 'people.attention', [1, 6], 'people.minorityListShare');
    expect(refused).toMatchObject({ status: 'invalid', field: 'sweep.metric' });
    expect((refused as { message: string }).message).toMatch(/people\.enabled/);
  });
});

describe('a sweep of the extra-attention factor on worker threads', () => {
  it('reports the minority share of the list per value, the median of direct runs of the same seeds', async () => {
    const engine = createNodeSimClient({ workerUrl: bundle.simWorker, poolSize: 2 });
    clients.push(engine);
    const values = [1, 6];
    const outcome = await engine.sweep(overrides, 'people.attention', values, seeds, { metric: 'people.minorityListShare' });
    if (outcome.status !== 'done') throw new Error(JSON.stringify(outcome));
    const { sweep } = outcome;
    expect(sweep.metric).toBe('people.minorityListShare');
    const direct = values.map((attention) => {
      const params = validateParams({ ...overrides, people: { ...preset.params.people, attention } });
      return seeds.map((seed) => simulate(params, seed).people!.metrics);
    });
    values.forEach((_, k) => {
      expect(sweep.median[k]).toBe(median(direct[k]!.map((m) => m.minorityListShare)));
      expect(sweep.points[k]!.summary['people.meanDaysOnList']!.median).toBe(median(direct[k]!.map((m) => m.meanDaysOnList)));
    });
    // More attention to listed people keeps them on the list longer (the story's "no extra attention" chapter, in reverse).
    expect(sweep.points[1]!.summary['people.meanDaysOnList']!.median).toBeGreaterThan(sweep.points[0]!.summary['people.meanDaysOnList']!.median);
  });
});
