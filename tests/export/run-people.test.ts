/**
 * The run exports carry the person layer (issue 13): with the layer on, the CSV gains `people.*`
 * columns (the day's list by group, its minority share and the day's contacts by group, the same
 * on each neighborhood's row of the day) and the JSON a `people` object with the layer's metrics
 * and daily series; with the layer off, both are as before.
 */
import { describe, expect, it } from 'vitest';
import { MAJORITY, MINORITY, simulate, validateParams, type RunResult } from '../../models/index.ts';
import { findPreset } from '../../presets/index.ts';
import { PEOPLE_CSV_SERIES, runCsvHeader, runCsvText } from '../../src/export/run-csv.ts';
import { buildRunJson, runJsonText } from '../../src/export/run-json.ts';

const preset = findPreset('the-list')!;
const DAYS = 200;
// A short run: the list (100 people, redrawn every 90 days) is drawn twice.
const result: RunResult = simulate(validateParams({ days: DAYS }, preset.params), preset.seed);
const people = result.people!;
const listSize = result.params.people.list.size;
const refreshDays = result.params.people.list.refreshDays;

describe('run CSV with the person layer', () => {
  const lines = runCsvText(result).trimEnd().split('\n');
  const header = lines[0]!.split(',');
  const rows = lines.slice(1).map((line) => line.split(','));
  const column = (name: string) => header.indexOf(`people.${name}`);

  it('adds the people.* columns after the history columns, and only when the layer is on', () => {
    expect(header).toEqual(runCsvHeader(true));
    expect(header.slice(-PEOPLE_CSV_SERIES.length)).toEqual(PEOPLE_CSV_SERIES.map((name) => `people.${name}`));
    expect(rows).toHaveLength(DAYS * result.city.size);
    expect(rows.filter((row) => row.length !== header.length)).toEqual([]);
    const off = simulate(validateParams({ days: 5, people: { enabled: false } }, preset.params), preset.seed);
    expect(runCsvText(off).split('\n')[0]!.split(',')).toEqual(runCsvHeader());
  });

  it('writes the day\'s list and contacts by group, as the layer recorded them, on every row of the day', () => {
    const size = result.city.size;
    const { listed, contacts } = people.record.history;
    for (const day of [0, refreshDays - 1, refreshDays, DAYS - 1]) {
      for (const neighborhood of [0, size - 1]) {
        const row = rows[day * size + neighborhood]!;
        expect(Number(row[0])).toBe(day + 1);
        expect(Number(row[column('listedMinority')])).toBe(listed[day * 2 + MINORITY]);
        expect(Number(row[column('listedMajority')])).toBe(listed[day * 2 + MAJORITY]);
        expect(Number(row[column('contactsMinority')])).toBe(contacts[day * 2 + MINORITY]);
        expect(Number(row[column('contactsMajority')])).toBe(contacts[day * 2 + MAJORITY]);
      }
    }
  });

  it('shows nobody listed before the first refresh and a full top-K list after it, its minority share in [0, 1]', () => {
    const size = result.city.size;
    for (let day = 0; day < DAYS; day++) {
      const row = rows[day * size]!;
      const listedToday = Number(row[column('listedMinority')]) + Number(row[column('listedMajority')]);
      const share = row[column('minorityListShare')]!;
      if (day < refreshDays) {
        // The first list is drawn at the end of the first refresh period.
        expect(listedToday, `day ${day + 1}`).toBe(0);
        expect(share, `day ${day + 1}`).toBe('NaN');
      } else {
        expect(listedToday, `day ${day + 1}`).toBe(listSize);
        expect(Number(share)).toBe(Number(row[column('listedMinority')]) / listSize);
      }
    }
  });

  it('counts every contact of the followed residents once (summed over days, one row per day)', () => {
    const size = result.city.size;
    let sum = 0;
    for (let day = 0; day < DAYS; day++) sum += Number(rows[day * size]![column('contactsMinority')]) + Number(rows[day * size]![column('contactsMajority')]);
    const perResident = people.record.contacts.reduce((a, b) => a + b, 0);
    expect(sum).toBe(perResident);
  });
});

describe('run JSON with the person layer', () => {
  it('holds the layer\'s metrics with named groups and its daily series, and round-trips through JSON', () => {
    const json = JSON.parse(runJsonText(result, preset.id));
    expect(json.people.metrics.everListed).toBe(people.metrics.everListed);
    expect(json.people.metrics.residents).toEqual({ minority: people.metrics.residents[0], majority: people.metrics.residents[1] });
    expect(json.people.metrics.twins.pairs).toBe(people.metrics.twins.pairs);
    expect(Object.keys(json.people.series).sort()).toEqual([...PEOPLE_CSV_SERIES].sort());
    for (const series of Object.values(json.people.series) as number[][]) expect(series).toHaveLength(DAYS);
    // No one is listed before the first refresh: the share has no value (NaN, written as null).
    expect(json.people.series.minorityListShare[0]).toBeNull();
    expect(json.people.series.listedMinority[DAYS - 1] + json.people.series.listedMajority[DAYS - 1]).toBe(listSize);
  });

  it('has no people object when the layer is off', () => {
    const off = simulate(validateParams({ days: 5, people: { enabled: false } }, preset.params), preset.seed);
    expect(buildRunJson(off, preset.id)).not.toHaveProperty('people');
  });

  it('reproduces: re-running the exported params and seed gives the same person series', () => {
    const json = buildRunJson(result, preset.id);
    const again = simulate(validateParams(json.params), json.seed);
    expect(buildRunJson(again, preset.id).people).toEqual(json.people);
  });
});
