/**
 * The person-level layer's daily series, index day · 2 + group (MINORITY or MAJORITY, as in
 * models/history.ts). Person metrics are functions of these series and of the residents' final
 * records (models/people/metrics.ts), never of the layer's working state.
 */

export interface PeopleHistory {
  days: number;
  /** Contacts (stops) of followed residents on the day. */
  contacts: Float64Array;
  /** True offenses by followed residents on the day. */
  offenses: Float64Array;
  /** Arrests of followed residents on the day. */
  arrests: Float64Array;
  /** Followed residents on the list during the day. */
  listed: Float64Array;
  /** Of them, residents with no true offense in the look-back window at the last refresh. */
  listedWithoutOffense: Float64Array;
  /** Of them, residents whose points other than contact points fell short of the list at the last refresh (listed through their contacts). */
  listedThroughContacts: Float64Array;
}

export const PEOPLE_SERIES = ['contacts', 'offenses', 'arrests', 'listed', 'listedWithoutOffense', 'listedThroughContacts'] as const;
export type PeopleSeriesName = (typeof PEOPLE_SERIES)[number];

export function allocatePeopleHistory(days: number): PeopleHistory {
  const cells = days * 2;
  return {
    days,
    contacts: new Float64Array(cells),
    offenses: new Float64Array(cells),
    arrests: new Float64Array(cells),
    listed: new Float64Array(cells),
    listedWithoutOffense: new Float64Array(cells),
    listedThroughContacts: new Float64Array(cells),
  };
}
