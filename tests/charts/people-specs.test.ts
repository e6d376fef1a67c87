/**
 * The People panel's chart builders are pure functions of a run's people series and of a sample
 * of residents. The list chart is checked against a small run of "The list" (25 days, a list of
 * 10 drawn every 7 days) whose daily list was read off by hand: nobody on days 1–7, five minority
 * and five majority residents on days 8–21, four and six on days 22–25; 29.8% of the residents
 * followed are minority residents. The unit chart is checked on six hand-made residents.
 */
import { describe, expect, it } from 'vitest';
import { simulate, validateParams, type PeopleSeries, type SampledResident } from '../../models/index.ts';
import { findPreset } from '../../presets/index.ts';
import type { UnitChartSpec } from '../../src/components/charts/chart-spec.ts';
import { GROUP_COLORS } from '../../src/components/charts/palettes.ts';
import { peopleListSpec } from '../../src/components/charts/people-list-spec.ts';
import { peopleUnitsSpec } from '../../src/components/charts/people-units-spec.ts';
import { layoutUnits, UNIT_CELL } from '../../src/components/charts/unit-plot.ts';
import { t } from '../../src/i18n/index.ts';

const REFRESH = 7;

function smallRun(days: number) {
  const preset = findPreset('the-list')!;
  const params = validateParams({ days, people: { enabled: true, list: { size: 10, refreshDays: REFRESH } } }, preset.params);
  return simulate(params, preset.seed).people!;
}

describe('the list chart', () => {
  const people = smallRun(25);
  const spec = peopleListSpec(people.series, people.metrics.minorityPopulationShare, REFRESH);
  const line = spec.series.find((series) => series.key === 'list')!;
  const residents = spec.series.find((series) => series.key === 'residents')!;

  it('draws the minority share of the list each day, with a gap before the first list', () => {
    expect(people.metrics.minorityPopulationShare).toBeCloseTo(0.298, 3);
    expect(Array.from(spec.x)).toEqual(Array.from({ length: 25 }, (_, d) => d + 1));
    const expected = [...new Array(7).fill(NaN), ...new Array(14).fill(0.5), ...new Array(4).fill(0.4)];
    expect(Array.from(line.values)).toEqual(expected);
    expect(new Set(Array.from(residents.values))).toEqual(new Set([people.metrics.minorityPopulationShare]));
    expect(residents.reference).toBe(true);
    expect(residents.dash).not.toBe('');
    // Shares span 0–100% whatever the data.
    expect(spec.yMax).toBe(1);
    expect(spec.yIncludes).toContain(1);
    expect(spec.emptyNote).toBeUndefined();
  });

  it('says the share on the last day with a list, against the residents', () => {
    expect(spec.heading).toBe(t('people.compositionHeading'));
    expect(spec.summary).toBe('On day 25, the last with a list, minority residents held 40% of the places on it, against 30% of the residents followed.');
  });

  it('tables sampled days: the people listed by group and both shares, a dash where nobody is listed', () => {
    // 25 days sampled every second day: days 1, 3, … 25.
    expect(spec.table.rows.map((row) => row[0])).toEqual(['1', '3', '5', '7', '9', '11', '13', '15', '17', '19', '21', '23', '25']);
    expect(spec.table.rows[0]).toEqual(['1', '0', '0', '–', '30%']);
    expect(spec.table.rows[4]).toEqual(['9', '5', '5', '50%', '30%']);
    expect(spec.table.rows[11]).toEqual(['23', '4', '6', '40%', '30%']);
    expect(spec.table.columns).toHaveLength(5);
  });

  it('says when the first list will be drawn while nobody has been listed', () => {
    const early = smallRun(5);
    const none = peopleListSpec(early.series, early.metrics.minorityPopulationShare, REFRESH);
    expect(none.summary).toBe('Nobody has been listed yet: the first list is drawn after 7 days.');
    expect(none.emptyNote).toBe(t('people.compositionNoList'));
  });

  it('reads a list of majority residents only as a share of 0, not as an empty chart', () => {
    const series: PeopleSeries = {
      days: 2,
      listedMinority: Float64Array.of(0, 0),
      listedMajority: Float64Array.of(3, 3),
      minorityListShare: Float64Array.of(0, 0),
      contactsMinority: new Float64Array(2),
      contactsMajority: new Float64Array(2),
    };
    const spec = peopleListSpec(series, 0.5, REFRESH);
    expect(spec.emptyNote).toBeUndefined();
    expect(spec.summary).toContain('held 0% of the places');
  });
});

describe('the unit chart', () => {
  const resident = (group: number, contacts: number, everListed: boolean): SampledResident => ({ group, contacts, everListed, listed: false, offenses: 0 });
  // The quarter: a stopped and listed minority resident, a stopped one, an untouched majority resident.
  const quarter = [resident(0, 3, true), resident(0, 1, false), resident(1, 0, false)];
  // The rest: one stopped majority resident of two, one minority resident listed without a stop.
  const rest = [resident(1, 2, false), resident(1, 0, false), resident(0, 0, true)];
  const spec: UnitChartSpec = peopleUnitsSpec({ quarter, rest });

  it('draws one unit per resident: coloured by group, filled when stopped, ringed when listed', () => {
    expect(spec.kind).toBe('units');
    expect(spec.blocks.map((block) => block.key)).toEqual(['quarter', 'rest']);
    expect(spec.blocks[0]!.units).toEqual([
      { color: GROUP_COLORS.minority, filled: true, ringed: true },
      { color: GROUP_COLORS.minority, filled: true, ringed: false },
      { color: GROUP_COLORS.majority, filled: false, ringed: false },
    ]);
    expect(spec.blocks[1]!.units.map((unit) => [unit.filled, unit.ringed])).toEqual([
      [true, false],
      [false, false],
      [false, true],
    ]);
    expect(spec.key.filter((item) => item.mark === 'swatch').map((item) => item.color)).toEqual([GROUP_COLORS.minority, GROUP_COLORS.majority]);
  });

  it('counts the stopped and the listed of each sample in its summary', () => {
    expect(spec.summary).toBe(
      'Of 3 sampled residents of the most-minority quarter: stopped at least once, 2; listed, 1. Of 3 elsewhere: stopped, 1; listed, 1.',
    );
  });

  it('tables each sample by group: residents, stopped, listed', () => {
    expect(spec.table.rows).toEqual([
      [t('people.unitQuarter'), 'Minority', '2', '2', '1'],
      [t('people.unitQuarter'), 'Majority', '1', '0', '0'],
      [t('people.unitRest'), 'Minority', '1', '0', '1'],
      [t('people.unitRest'), 'Majority', '2', '1', '0'],
    ]);
  });
});

describe('the unit chart laid out', () => {
  const resident: SampledResident = { group: 0, contacts: 0, everListed: false, listed: false, offenses: 0 };
  const spec = peopleUnitsSpec({ quarter: new Array(400).fill(resident), rest: new Array(400).fill(resident) });
  const blockWidth = spec.columns * UNIT_CELL;

  it('puts the blocks side by side where both fit, and one under the other on a phone, at the same size', () => {
    const wide = layoutUnits(spec, 1000);
    expect(wide.blocks[1]!.x).toBeGreaterThanOrEqual(wide.blocks[0]!.x + blockWidth);
    expect(wide.blocks[1]!.gridY).toBe(wide.blocks[0]!.gridY);
    const phone = layoutUnits(spec, 350);
    expect(phone.width).toBeLessThanOrEqual(350);
    expect(phone.blocks[1]!.x).toBe(phone.blocks[0]!.x);
    // The second block starts below the first one's 16 rows of units.
    expect(phone.blocks[1]!.y).toBeGreaterThan(phone.blocks[0]!.gridY + 16 * UNIT_CELL);
    expect(phone.height).toBeGreaterThan(wide.height);
    // Labels wrap within a block's width instead of shrinking.
    for (const block of phone.blocks) expect(block.lines.length).toBeGreaterThanOrEqual(1);
  });
});
