/**
 * English texts of each preset's "things to notice" and "things to try":
 * `preset.<preset>.notice.<item>` and `preset.<preset>.try.<item>`, in the order the preset file
 * lists their ids. Titles and captions stay in the preset files (see messages.en.ts).
 */
export const presetMessages = {
  'preset.runaway-urn.notice.only-found': 'The model learns only from what the officer finds, and the officer finds crime only where the model sends them.',
  'preset.runaway-urn.notice.no-way-back': 'Once one neighborhood dominates the records, the other is visited too rarely for its crime to pull the model back.',
  'preset.runaway-urn.try.equal-rates': 'Give both neighborhoods the same true rate under City → Custom neighborhoods: the urn still settles on an uneven split, decided by chance early on.',
  'preset.runaway-urn.try.add-reports': 'Switch on resident reports and raise their weight: the share moves toward the truth but stays above it.',
  'preset.runaway-urn.try.change-seed': 'Change the seed a few times and compare where the patrol share ends.',

  'preset.the-loop.notice.grows': 'The over-time chart starts near 1 and climbs: the gap is not in the starting data, the loop builds it day by day.',
  'preset.the-loop.notice.not-crime': 'True crime stays equal between the groups for the whole run; only the records and the patrols move apart.',
  'preset.the-loop.notice.records-lean': 'Each patrol in a minority neighborhood makes more stops, so it returns more records, and tomorrow\'s patrols follow the records.',
  'preset.the-loop.try.no-tilt': 'Set "More stops per patrol in minority neighborhoods" to 1: the gap stays near where it started.',
  'preset.the-loop.try.hotspots': 'Switch the deployment to hotspots (top 20): the gap appears within days and locks in.',
  'preset.the-loop.try.reports': 'Switch on resident reports: calls arrive wherever patrols are, and they pull the patrols back toward true crime.',
  'preset.biased-history.notice.gap': 'The patrol share of the most-minority quarter stays far above its share of true crime for the whole year.',
  'preset.biased-history.notice.records-agree': 'Recorded crime per resident is higher for the minority group, although true crime is the same for both.',
  'preset.biased-history.notice.old-records-fade': 'The history fades from the risk score, but the records patrols add keep the disparity going.',
  'preset.biased-history.try.unbiased-history': 'Set "Past over-policing of minority areas" to 1: how much of the disparity came from the history, and how much from the hotspot policy itself?',
  'preset.biased-history.try.more-hotspots': 'Raise the number of hotspots from 20 to 100 and watch the patrol share and the Lorenz curve.',
  'preset.biased-history.try.exploration': 'Send a share of units at random (exploration) and see whether the records recover.',

  'preset.differential-reporting.notice.under-policing': 'The bias here runs the other way: the most-minority quarter is under-policed, not over-policed.',
  'preset.differential-reporting.notice.no-loop-needed': 'Discoveries and stops are off, so there is no feedback loop; the distortion comes from the data alone.',
  'preset.differential-reporting.try.equal-reporting': 'Make the two reporting rates equal and compare the patrol shares.',
  'preset.differential-reporting.try.add-discoveries': 'Switch patrol discoveries on: does the loop add to the reporting bias or work against it?',
  'preset.differential-reporting.try.proportional': 'Use proportional deployment instead of a top-20 hotspot list and see how much of the effect comes from the list.',

  'preset.surveillance-density.notice.watched-not-worse': 'The neighborhoods with more sensors are watched more, not more dangerous.',
  'preset.surveillance-density.notice.false-alerts-cluster': 'False alerts follow sensor coverage, so they add to the risk where sensors are dense.',
  'preset.surveillance-density.try.sensor-weight': 'Change the weight of sensor alerts in the fusion and watch the patrol share.',
  'preset.surveillance-density.try.hotspots': 'Switch to a hotspot policy: small differences in risk become large differences in patrols.',
  'preset.surveillance-density.try.detection': 'Lower the detection probability: the sensors then add mostly false alerts.',

  'preset.stop-and-frisk.notice.harm-not-record': 'Most stops find nothing; each is counted as a harm to the person stopped, not as a record.',
  'preset.stop-and-frisk.notice.bias-within': 'The stop bias applies inside each neighborhood, so it shows even where patrols follow true crime.',
  'preset.stop-and-frisk.try.hit-rate': 'Raise the hit rate to the default of 6% and compare the number of people stopped for nothing per hit.',
  'preset.stop-and-frisk.try.stop-weight': 'Raise the weight of stop hits in the fusion: do stops start to drive the patrols?',
  'preset.stop-and-frisk.try.hotspots': 'Switch the deployment to hotspots and watch the stops chart.',

  'preset.the-correction.notice.learns-ratio': 'With the correction, the patrol share settles near the true crime share instead of running away.',
  'preset.the-correction.notice.sees-less': 'The correction discards discoveries, so the model learns from fewer records.',
  'preset.the-correction.try.no-exploration': 'Set exploration to 0 and see whether the corrected urn still learns.',
  'preset.the-correction.try.three-regions': 'Open "Three neighborhoods: corrections and their limits" to see the correction fail with three regions.',

  'preset.no-feedback.notice.control': 'This is the control: any difference from "Equal crime, biased history" is the loop\'s doing.',
  'preset.no-feedback.notice.history-fades': 'The biased history is in the database, but with even patrols it fades from the risk score.',
  'preset.no-feedback.try.proportional': 'Switch to proportional deployment: is a gentle loop still a loop?',
  'preset.no-feedback.try.sample': 'Switch to sampled deployment and compare runs with different seeds.',

  'preset.attention-allocation.notice.discovery-gap': 'Sites with more incidents have a smaller share of them discovered, because a unit finds at most one.',
  'preset.attention-allocation.notice.prior-weight': 'A large prior of equal records keeps the allocation near even for a long time.',
  'preset.attention-allocation.try.exploration': 'Change the exploration share between 0 and 0.5, as D\'Amour and colleagues did.',
  'preset.attention-allocation.try.small-prior': 'Lower the prior records of every site and watch the allocation move.',

  'preset.three-regions.notice.two-is-special': 'A correction derived for two regions can fail quietly with more.',
  'preset.three-regions.notice.propensity-needed': 'Inverse-propensity filtering needs to know the chance police were sent to each neighborhood, and needs that chance above zero everywhere.',
  'preset.three-regions.try.no-exploration': 'Set exploration to 0 with inverse-propensity filtering on and see what happens to the least-patrolled neighborhood.',
  'preset.three-regions.try.equal-rates': 'Give the three neighborhoods equal true rates and compare the corrections.',

  'preset.costs-and-benefits.notice.price-per-hit': 'The number of people stopped for nothing per hit stays about the same however many stops are made.',
  'preset.costs-and-benefits.notice.who-pays': 'The ledger counts what stops find, not whether what they find would have harmed anyone; that is outside the model.',
  'preset.costs-and-benefits.try.hit-rate': 'Change the hit rate: how high would it need to be for the ledger to look different?',
  'preset.costs-and-benefits.try.proportional': 'Use proportional deployment: who bears the empty stops then?',
  'preset.costs-and-benefits.try.deterrence': 'Switch on deterrence under Reality: patrols then prevent some crime, a benefit the ledger above does not count.',
  'preset.the-list.notice.same-offending': 'Offending is drawn from the same distribution in both groups, and the score never reads a group label: every difference on the list comes from where patrols went and whom they stopped.',
  'preset.the-list.notice.contacts-are-points': 'A stop that finds nothing still adds a point, so the people stopped most often collect points fastest.',
  'preset.the-list.notice.list-feeds-itself': 'Listing raises the chance of being stopped, which adds points, which keeps a person on the list.',
  'preset.the-list.try.uniform': 'Switch the deployment to uniform and the stops per patrol in minority neighborhoods to 1: the list then mirrors the population.',
  'preset.the-list.try.threshold': 'Switch the list to a score threshold: a heat list takes everyone above the line, and grows with the stops.',
  'preset.the-list.try.associates': 'Give points per listed associate: people with no police contact of their own join the list through their links.',
} as const;
