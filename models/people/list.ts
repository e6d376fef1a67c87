/**
 * The list, redrawn every refresh period from a points score over the look-back window:
 * points per contact, for an arrest, a gang label, parole or probation, and per listed associate
 * (weights in people.points, after LASER's reported scheme). The group label is never read for
 * the score: every difference between groups on the list comes from where stops and arrests
 * happened. Work grows with the events in the window and the residents they touch, not with all
 * residents.
 */
import { kthSmallest } from '../deployment.ts';
import { MINORITY } from '../history.ts';
import { LIST_THROUGH_CONTACTS, LIST_LISTED, LIST_WITHOUT_OFFENSE, type PeopleState } from './state.ts';

const SEEN = 1;

/** Redraws the list in effect from day `start` on (the day after a refresh period ends). */
export function refreshList(people: PeopleState, start: number): void {
  const { params, windowContacts, listedAssociates, scored, score, mark, listed } = people;
  const points = params.points;
  const windowStart = start - params.windowDays;
  // The last refresh's scores expire.
  for (let t = 0; t < people.scoredCount; t++) score[scored[t]!] = 0;
  // Residents met in the window are gathered in `scored` once each (marked), written out at
  // each of the three walks below rather than through a closure: these loops run over every
  // event of the look-back window.
  let touched = 0;

  // Contacts in the window (the log is in day order: move its start past the expired ones).
  const contactLog = people.contactLog;
  while (contactLog.start < contactLog.length && contactLog.day[contactLog.start]! < windowStart) contactLog.start++;
  for (let e = contactLog.start; e < contactLog.length; e++) {
    const i = contactLog.resident[e]!;
    if (mark[i] === 0) {
      mark[i] = SEEN;
      scored[touched++] = i;
    }
    windowContacts[i] = windowContacts[i]! + 1;
  }
  // Arrests that still count: in the window, or with parole or probation still running.
  const arrestLog = people.arrestLog;
  const arrestStart = Math.min(windowStart, start - params.supervisionDays);
  while (arrestLog.start < arrestLog.length && arrestLog.day[arrestLog.start]! < arrestStart) arrestLog.start++;
  for (let e = arrestLog.start; e < arrestLog.length; e++) {
    const i = arrestLog.resident[e]!;
    if (mark[i] === 0) {
      mark[i] = SEEN;
      scored[touched++] = i;
    }
  }
  // Associates named by people on the outgoing list.
  const per = params.associates.perResident;
  if (listedAssociates.length > 0 && per > 0) {
    for (let l = 0; l < people.listedCount; l++) {
      const i = people.listedIds[l]!;
      for (let k = 0; k < per; k++) {
        const j = people.associates[i * per + k]!;
        if (mark[j] === 0) {
          mark[j] = SEEN;
          scored[touched++] = j;
        }
        listedAssociates[j] = listedAssociates[j]! + 1;
      }
    }
  }

  // Scores, plus a random fraction far below any weight step so ties are broken at random.
  const rng = people.streams.list;
  let candidates = 0;
  for (let t = 0; t < touched; t++) {
    const i = scored[t]!;
    const nonContact =
      (people.lastArrestDay[i]! >= windowStart ? points.arrest : 0) +
      (people.gangFlagDay[i]! >= windowStart ? points.gang : 0) +
      (people.supervisedUntil[i]! > start ? points.supervision : 0) +
      (listedAssociates.length > 0 ? listedAssociates[i]! * points.associate : 0);
    const total = windowContacts[i]! * points.contact + nonContact;
    const jitter = rng.next() * 1e-6;
    if (total > 0) {
      score[i] = total + jitter;
      scored[candidates++] = i;
    } else {
      windowContacts[i] = 0;
      if (listedAssociates.length > 0) listedAssociates[i] = 0;
      mark[i] = 0;
    }
  }
  people.scoredCount = candidates;

  // The new list, at the front of `scored`: every candidate at or above the threshold, or the K highest scores.
  let chosen = 0;
  if (params.list.mode === 'threshold') {
    for (let t = 0; t < candidates; t++) {
      const i = scored[t]!;
      if (score[i]! >= params.list.threshold) {
        scored[t] = scored[chosen]!;
        scored[chosen++] = i;
      }
    }
  } else {
    // Only the K highest scores are needed, in order: move them to the front by their K-th
    // highest value (quickselect), then sort just those. Scores carry a random fraction, so they
    // are distinct and the list is the one a full sort would give.
    chosen = Math.min(params.list.size, candidates);
    let front = candidates;
    if (chosen < candidates) {
      const values = people.selectScratch;
      for (let t = 0; t < candidates; t++) values[t] = score[scored[t]!]!;
      const kth = kthSmallest(values, candidates - chosen, candidates);
      front = 0;
      for (let t = 0; t < candidates; t++) {
        const i = scored[t]!;
        if (score[i]! >= kth) {
          scored[t] = scored[front]!;
          scored[front++] = i;
        }
      }
    }
    // The comparator is allocated once per refresh (a few times a year), not per day.
    scored.subarray(0, front).sort((a, b) => score[b]! - score[a]!);
  }

  // Mark the new list (2), close the spells of those who left, open the spells of those who joined.
  for (let t = 0; t < chosen; t++) listed[scored[t]!] = listed[scored[t]!]! | 2;
  for (let l = 0; l < people.listedCount; l++) {
    const i = people.listedIds[l]!;
    if (listed[i] === 1) {
      listed[i] = 0;
      people.daysListed[i] = people.daysListed[i]! + start - people.listedFrom[i]!;
    }
  }
  // The score a listed resident needs: the threshold, or the lowest score on a top-K list. A
  // resident is on the list through contacts when her other points alone fall short of it.
  const cutoff = params.list.mode === 'threshold' ? params.list.threshold : chosen > 0 ? score[scored[chosen - 1]!]! : 0;
  const stats = people.listStats;
  stats.fill(0);
  const { listedOffset, listedStopWeight } = people;
  listedStopWeight.fill(0);
  listedOffset.fill(0);
  for (let t = 0; t < chosen; t++) {
    const i = scored[t]!;
    if (listed[i] === 2) {
      people.listedFrom[i] = start;
      people.everListed[i] = 1;
    }
    listed[i] = 1;
    people.listedIds[t] = i;
    const group = people.group[i]!;
    stats[LIST_LISTED + group]!++;
    if (people.lastOffenseDay[i]! < windowStart) stats[LIST_WITHOUT_OFFENSE + group]!++;
    if (score[i]! - windowContacts[i]! * points.contact < cutoff) stats[LIST_THROUGH_CONTACTS + group]!++;
    const n = people.home[i]!;
    listedOffset[n + 1]!++;
    listedStopWeight[n]! += group === MINORITY ? people.minorityStopWeight : 1;
  }
  for (let t = 0; t < candidates; t++) {
    const i = scored[t]!;
    mark[i] = 0;
    windowContacts[i] = 0;
    if (listedAssociates.length > 0) listedAssociates[i] = 0;
  }
  people.listedCount = chosen;

  // Listed residents grouped by neighborhood (a counting sort), and the unlisted stop weight left.
  for (let n = 0; n < people.size; n++) listedOffset[n + 1]! += listedOffset[n]!;
  for (let t = 0; t < chosen; t++) {
    const i = people.listedIds[t]!;
    const n = people.home[i]!;
    people.listedByHood[listedOffset[n]!] = i;
    listedOffset[n]!++;
  }
  for (let n = people.size; n > 0; n--) listedOffset[n] = listedOffset[n - 1]!;
  listedOffset[0] = 0;
  for (let n = 0; n < people.size; n++) {
    const allListed = listedOffset[n + 1]! - listedOffset[n]! === people.offset[n + 1]! - people.offset[n]!;
    people.unlistedStopWeight[n] = allListed ? 0 : Math.max(0, people.followedStopWeight[n]! - listedStopWeight[n]!);
  }
}
