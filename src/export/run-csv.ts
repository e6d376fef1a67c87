/**
 * A run as CSV: one row per day and neighborhood (days simulated × neighborhoods data rows),
 * with the neighborhood's fixed facts and every day × neighborhood column of the history, and,
 * when the person layer is on, its daily series (models/people/metrics.ts) as `people.*` columns
 * repeated on each neighborhood's row of the day. Days and neighborhoods count from 1, as the
 * page labels them. Rows come in chunks so a large run becomes a Blob without one giant string.
 */
import { CELL_COLUMNS, type CellColumn, type PeopleSeries, type RunResult } from '../../models/index.ts';

/** Fixed facts of each neighborhood repeated on its rows, so each row reads on its own. */
const CITY_COLUMNS = ['population', 'minorityShare', 'inMinorityQuarter'] as const;

/** Days of rows per chunk (a chunk of a 400-neighborhood run is about 2 MB of text). */
const DAYS_PER_CHUNK = 32;

/**
 * The person layer's daily series written as `people.<name>` columns: followed residents on the
 * list and their contacts that day, by group, and the minority share of the list (NaN on days
 * with nobody listed), the series the CLI writes with --series.
 */
export const PEOPLE_CSV_SERIES = ['listedMinority', 'listedMajority', 'minorityListShare', 'contactsMinority', 'contactsMajority'] as const satisfies readonly (keyof PeopleSeries)[];

/**
 * The header: day, neighborhood, the city columns, the history columns in CELL_COLUMNS order,
 * then (for a run with the person layer on) the `people.*` columns.
 */
export function runCsvHeader(withPeople = false): string[] {
  return ['day', 'neighborhood', ...CITY_COLUMNS, ...CELL_COLUMNS, ...(withPeople ? PEOPLE_CSV_SERIES.map((name) => `people.${name}`) : [])];
}

/** The CSV in chunks of whole lines (the first chunk starts with the header). */
export function* runCsvChunks(result: RunResult): Generator<string> {
  const { history, city } = result;
  const size = history.size;
  const cityCells = Array.from({ length: size }, (_, i) =>
    [formatNumber(city.population[i]!), formatNumber(city.minorityShare[i]!), String(city.minorityQuarter[i]!)].join(','),
  );
  const columns = CELL_COLUMNS.map((name) => ({ values: history[name], float32: isFloat32(name) }));
  const people = result.people?.series ?? null;
  let lines: string[] = [runCsvHeader(people !== null).join(',')];
  for (let day = 0; day < history.daysDone; day++) {
    // The person columns are the same on every neighborhood's row of the day (empty past the layer's last day).
    const peopleCells = people === null ? '' : PEOPLE_CSV_SERIES.map((name) => `,${day < people.days ? formatNumber(people[name][day]!) : ''}`).join('');
    for (let i = 0; i < size; i++) {
      const cell = day * size + i;
      let line = `${day + 1},${i + 1},${cityCells[i]}`;
      for (const { values, float32 } of columns) line += `,${float32 ? formatFloat32(values[cell]!) : formatNumber(values[cell]!)}`;
      lines.push(line + peopleCells);
    }
    if ((day + 1) % DAYS_PER_CHUNK === 0) {
      yield `${lines.join('\n')}\n`;
      lines = [];
    }
  }
  if (lines.length > 0) yield `${lines.join('\n')}\n`;
}

/** The whole CSV as one text (for tests and small runs). */
export function runCsvText(result: RunResult): string {
  return [...runCsvChunks(result)].join('');
}

function isFloat32(name: CellColumn): boolean {
  return name === 'risk' || name === 'patrols';
}

/** Doubles in their shortest exact form. */
function formatNumber(value: number): string {
  return String(value);
}

/**
 * A single-precision value in the fewest digits that read back to the same float32, so
 * 0.3 prints as 0.3 and not as 0.30000001192092896.
 */
export function formatFloat32(value: number): string {
  if (Number.isInteger(value)) return String(value);
  for (let digits = 6; digits < 9; digits++) {
    const text = String(Number(value.toPrecision(digits)));
    if (Math.fround(Number(text)) === value) return text;
  }
  return String(Number(value.toPrecision(9)));
}
