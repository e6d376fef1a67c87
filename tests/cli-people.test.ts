/** The CLI's person-layer output: a `people` object per run in JSON and `people.*` columns in CSV. */
import { describe, expect, it } from 'vitest';
import { simulate, validateParams } from '../models/index.ts';
import { findPreset } from '../presets/index.ts';
import { runCli } from '../src/cli/run.ts';

function capture(argv: string[]): string {
  let text = '';
  runCli(argv, (chunk) => (text += chunk));
  return text;
}

const ARGS = ['--preset', 'the-loop', '--days', '120', '--set', 'people.enabled=true', '--set', 'people.list.refreshDays=30'];

describe('CLI with the person layer', () => {
  it('adds a people object per run to the JSON, with the groups named, equal to the model\'s metrics', () => {
    const report = JSON.parse(capture([...ARGS, '--format', 'json']));
    const people = report.runs[0].people;
    const params = validateParams({ days: 120, people: { enabled: true, list: { refreshDays: 30 } } }, findPreset('the-loop')!.params);
    const expected = simulate(params, findPreset('the-loop')!.seed).people!.metrics;
    expect(people.metrics.residents).toEqual({ minority: expected.residents[0], majority: expected.residents[1] });
    expect(people.metrics.everListed).toBe(expected.everListed);
    expect(people.metrics.twins.pairs).toBe(expected.twins.pairs);
  });

  it('leaves the JSON without a people object when the layer is off', () => {
    const report = JSON.parse(capture(['--preset', 'the-loop', '--days', '30', '--format', 'json']));
    expect(report.runs[0].people).toBeUndefined();
  });

  it('adds people.* columns to the CSV summary and to the daily series', () => {
    const summary = capture([...ARGS, '--format', 'csv']).trim().split('\n');
    expect(summary[0]!.split(',')).toEqual(expect.arrayContaining(['people.everListedRate.minority', 'people.throughContactsShare', 'people.twins.lowPatrolListed']));
    const series = capture([...ARGS, '--format', 'csv', '--series']).trim().split('\n');
    expect(series[0]!.split(',')).toEqual(expect.arrayContaining(['people.listedMinority', 'people.minorityListShare']));
    expect(series).toHaveLength(121);
  });
});
