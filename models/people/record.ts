/**
 * The person-level layer's record of a run: every followed resident's final counts and days on
 * the list, and the daily series. Person metrics (metrics.ts) are functions of this record and
 * of the city, as place-level metrics are of the history.
 */
import type { PeopleHistory } from './history.ts';
import type { PeopleState } from './state.ts';

export interface PeopleRecord {
  /** Days the record covers. */
  daysDone: number;
  residents: number;
  /** First resident of each neighborhood, length neighborhoods + 1 (resident p of two neighborhoods are twins). */
  offset: Int32Array;
  home: Int32Array;
  /** MINORITY (0) or MAJORITY (1). */
  group: Uint8Array;
  contacts: Int32Array;
  offenses: Int32Array;
  arrests: Int32Array;
  /** 1 if the resident was ever listed. */
  everListed: Uint8Array;
  /** 1 if on the list in effect at the end of the run. */
  listed: Uint8Array;
  /** Days on the list over the run, spells still open counted to the last day. */
  daysListed: Int32Array;
  /** Patrol units present per neighborhood, summed over the run. */
  patrolTotals: Float64Array;
  history: PeopleHistory;
  windowDays: number;
  refreshDays: number;
}

/** The record of `people` after `daysDone` days (the columns are shared, not copied, except days on the list). */
export function peopleRecord(people: PeopleState, daysDone: number): PeopleRecord {
  const daysListed = Int32Array.from(people.daysListed);
  for (let l = 0; l < people.listedCount; l++) {
    const i = people.listedIds[l]!;
    daysListed[i] = daysListed[i]! + Math.max(0, daysDone - people.listedFrom[i]!);
  }
  return {
    daysDone,
    residents: people.residents,
    offset: people.offset,
    home: people.home,
    group: people.group,
    contacts: people.contacts,
    offenses: people.offenses,
    arrests: people.arrests,
    everListed: people.everListed,
    listed: people.listed,
    daysListed,
    patrolTotals: people.patrolTotals,
    history: people.history,
    windowDays: people.params.windowDays,
    refreshDays: people.params.list.refreshDays,
  };
}
