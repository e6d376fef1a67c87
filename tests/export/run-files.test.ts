/**
 * The run's CSV and JSON exports and their file names: the CSV has one data row per day and
 * neighborhood whose cells read back to the history exactly, and the JSON holds what reproduces
 * the run (model version, seed, params) and its metrics.
 */
import { describe, expect, it } from 'vitest';
import { CELL_COLUMNS, MODEL_VERSION, simulate, validateParams, type RunResult } from '../../models/index.ts';
import { findPreset } from '../../presets/index.ts';
import { exportFileName } from '../../src/app/file-names.ts';
import { formatFloat32, runCsvChunks, runCsvHeader, runCsvText } from '../../src/export/run-csv.ts';
import { buildRunJson, runJsonText } from '../../src/export/run-json.ts';

const preset = findPreset('biased-history')!;
// A short run keeps the test fast; 60 days × 400 neighborhoods still spans two CSV chunks.
const result: RunResult = simulate(validateParams({ days: 60 }, preset.params), preset.seed);

describe('run CSV', () => {
  const text = runCsvText(result);
  const lines = text.trimEnd().split('\n');
  const header = lines[0]!.split(',');

  it('has a header and exactly days × neighborhoods data rows', () => {
    expect(header).toEqual(runCsvHeader());
    expect(lines.length - 1).toBe(60 * result.city.size);
    expect(text.endsWith('\n')).toBe(true);
  });

  it('holds every history column, and every cell reads back to the history value', () => {
    for (const column of CELL_COLUMNS) expect(header).toContain(column);
    const size = result.city.size;
    for (const row of [1, 2, size, size + 1, lines.length - 1]) {
      const cells = lines[row]!.split(',');
      const day = Number(cells[0]) - 1;
      const neighborhood = Number(cells[1]) - 1;
      expect(cells).toHaveLength(header.length);
      expect(day * size + neighborhood).toBe(row - 1);
      expect(Number(cells[header.indexOf('population')])).toBe(result.city.population[neighborhood]);
      for (const column of CELL_COLUMNS) {
        const stored = result.history[column][day * size + neighborhood]!;
        const written = Number(cells[header.indexOf(column)]);
        // Float32 columns are written in their shortest form, which reads back to the same float32.
        expect(column === 'risk' || column === 'patrols' ? Math.fround(written) : written).toBe(stored);
      }
    }
  });

  it('sums each column to the history total (no row lost or doubled across chunks)', () => {
    const column = header.indexOf('trueIncidents');
    let sum = 0;
    for (const line of lines.slice(1)) sum += Number(line.split(',')[column]);
    expect(sum).toBe(result.metrics.totals.trueIncidents);
    expect([...runCsvChunks(result)].length).toBeGreaterThan(1);
  });

  it('writes a partial run (streamed days only)', () => {
    const partial = { ...result, history: { ...result.history, daysDone: 7 } };
    expect(runCsvText(partial).trimEnd().split('\n')).toHaveLength(1 + 7 * result.city.size);
  });

  it('prints float32 values in their shortest exact form', () => {
    expect(formatFloat32(Math.fround(0.3))).toBe('0.3');
    expect(formatFloat32(Math.fround(1 / 3))).toBe('0.33333334');
    expect(formatFloat32(12)).toBe('12');
    for (const value of [Math.fround(Math.PI), Math.fround(1e-7), Math.fround(123456.789)]) expect(Math.fround(Number(formatFloat32(value)))).toBe(value);
  });
});

describe('run JSON', () => {
  it('holds model version, preset, seed, params and metrics, and round-trips through JSON', () => {
    const json = JSON.parse(runJsonText(result, preset.id));
    expect(json).toMatchObject({ format: 'runaway-run', formatVersion: 1, modelVersion: MODEL_VERSION, preset: preset.id, seed: preset.seed, days: 60, daysDone: 60 });
    expect(json.params).toEqual(result.params);
    expect(json.metrics.minorityQuarter.disparityRatio).toBe(result.metrics.minorityQuarter.disparityRatio);
    expect(json.metrics.totals).toEqual(result.metrics.totals);
    expect(json.finalRiskShare).toHaveLength(result.city.size);
    expect(json.tailPatrolShare.reduce((a: number, b: number) => a + b, 0)).toBeCloseTo(1, 9);
    expect(json).toEqual(JSON.parse(JSON.stringify(buildRunJson(result, preset.id))));
  });

  it('reproduces: re-running the exported params and seed gives the same metrics', () => {
    const json = buildRunJson(result, preset.id);
    const again = simulate(validateParams(json.params), json.seed);
    expect(buildRunJson(again, preset.id)).toEqual(json);
  });
});

describe('export file names', () => {
  it('say the preset and the seed', () => {
    expect(exportFileName({ presetId: 'biased-history', seed: 7 }, 'share-chart', 'svg')).toBe('runaway-biased-history-seed7-share-chart.svg');
    expect(exportFileName({ presetId: 'stop-and-frisk', seed: 3, modified: true }, 'run', 'csv')).toBe('runaway-stop-and-frisk-seed3-modified-run.csv');
  });

  it('keep only safe characters', () => {
    expect(exportFileName({ presetId: '../Evil Preset!', seed: 0 }, 'Map @2x', 'PNG')).toBe('runaway-evil-preset-seed0-map-2x.png');
  });
});
