/**
 * Person-layer benchmark (issue 13): the default city (400 neighborhoods × 365 days) with the
 * layer on against the place-only run, as a cost ratio (the target is at most 2), and the layer's
 * memory per followed resident (every typed array of its state, the event logs included).
 */
import { advance, createSimulation, defaultParams, simulate, validateParams, type PeopleState } from '../models/index.ts';
import { DEFAULT_PRESET_ID, findPreset } from '../presets/index.ts';
import { time } from './timing.ts';

export function runPeopleBench(): void {
  console.log('## Person layer (one core)');
  // The default city is the scenario the app and the CLI open on; the schema's bare defaults
  // (a top-20 hotspot list, which piles every stop onto 20 neighborhoods) are shown beside it.
  const scenarios = [
    { label: `default scenario (${DEFAULT_PRESET_ID}, 400 x 365)`, params: findPreset(DEFAULT_PRESET_ID)!.params },
    { label: 'bare parameter defaults (top-20 hotspots, 400 x 365)', params: defaultParams() },
  ];
  let withPeople = validateParams({ people: { enabled: true } }, scenarios[0]!.params);
  for (const scenario of scenarios) {
    const placeOnly = validateParams({ people: { enabled: false } }, scenario.params);
    const layered = validateParams({ people: { enabled: true } }, scenario.params);
    if (scenario === scenarios[0]) withPeople = layered;
    let seed = 0;
    // Interleaved, so both see the same machine load.
    const placeTimes: number[] = [];
    const peopleTimes: number[] = [];
    for (let round = 0; round < 12; round++) {
      placeTimes.push(time(() => simulate(placeOnly, seed), 1, 0).medianMs);
      peopleTimes.push(time(() => simulate(layered, seed), 1, 0).medianMs);
      seed++;
    }
    const median = (values: number[]) => values.slice(2).sort((a, b) => a - b)[Math.floor((values.length - 2) / 2)]!;
    const place = median(placeTimes);
    const people = median(peopleTimes);
    console.log(`${scenario.label}: place only ${place.toFixed(1)} ms, with the person layer ${people.toFixed(1)} ms per run: cost ratio ${(people / place).toFixed(2)} (target at most 2)`);
  }

  const sim = createSimulation(withPeople, 1);
  advance(sim, withPeople.days);
  const state = sim.people!;
  const bytes = stateBytes(state);
  console.log(`person layer memory: ${(bytes / state.residents).toFixed(1)} bytes per followed resident (${state.residents.toLocaleString('en-US')} residents, ${(bytes / 1e6).toFixed(1)} MB, event logs ${(logBytes(state) / 1e3).toFixed(0)} kB)`);
}

function logBytes(state: PeopleState): number {
  return state.contactLog.day.byteLength + state.contactLog.resident.byteLength + state.arrestLog.day.byteLength + state.arrestLog.resident.byteLength;
}

/** Bytes of every typed array the state holds, one level of nesting deep (history, today, logs). */
function stateBytes(state: PeopleState): number {
  let total = 0;
  const visit = (value: unknown, depth: number): void => {
    if (ArrayBuffer.isView(value)) total += value.byteLength;
    else if (value !== null && typeof value === 'object' && depth < 2) for (const inner of Object.values(value)) visit(inner, depth + 1);
  };
  for (const [key, value] of Object.entries(state)) if (key !== 'params' && key !== 'streams') visit(value, 0);
  return total;
}
