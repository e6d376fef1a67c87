/**
 * English texts of the guided stories: `story.<preset>.title` and, per chapter,
 * `story.<preset>.<chapter>.title` and `.text` (two or three sentences). Numbers are never typed:
 * `{name}` is a live value of the run at the chapter's day (src/stories/live-values.ts) and
 * `{param:path}` a parameter of the chapter's run, each with an optional number style.
 */
export const storyMessages = {
  'story.runaway-urn.title': 'How a loop runs away',
  'story.runaway-urn.two-neighborhoods.title': 'One officer, two neighborhoods',
  'story.runaway-urn.two-neighborhoods.text':
    'One officer patrols two neighborhoods, and the model sends them where its records point. Neighborhood 1 has had {region1TrueShare} of the true incidents so far; after {day} days the model sends the officer there with probability {region1RiskShare}.',
  'story.runaway-urn.found-where-sent.title': 'Only what is found is counted',
  'story.runaway-urn.found-where-sent.text':
    'The officer can discover incidents only where they are sent, and each discovery is added to that neighborhood\'s records. After {day} days the officer has discovered {discoveries} incidents and has spent {region1PatrolShare} of the days in neighborhood 1, which has {region1TrueShare} of the true incidents.',
  'story.runaway-urn.runaway.title': 'The loop runs away',
  'story.runaway-urn.runaway.text':
    'After {day} days the model sends the officer to neighborhood 1 with probability {region1RiskShare}, although it has had {region1TrueShare} of the true incidents. Crime in neighborhood 2 is rarely seen, so it is rarely recorded, and nothing in the data pulls the model back.',
  'story.runaway-urn.reports-soften.title': 'Reports soften the loop',
  'story.runaway-urn.reports-soften.text':
    'Now residents also report {param:sources.reports.majorityRate, percent} of incidents to police, wherever the officer is. After {day} days the officer is sent to neighborhood 1 with probability {region1RiskShare}: closer to its {region1TrueShare} of true incidents, but still above it. Reports soften the runaway loop; they do not remove it.',

  'story.the-loop.title': 'A gap that grows',
  'story.the-loop.equal-crime.title': 'Equal crime',
  'story.the-loop.equal-crime.text':
    'In this synthetic city both groups experience the same true crime: in the first {day} days there were {minorityTruePer1000} incidents per 1,000 minority residents and {majorityTruePer1000} per 1,000 majority residents. The most-minority quarter of neighborhoods houses {quarterPopulationShare} of residents.',
  'story.the-loop.nearly-even.title': 'A nearly even start',
  'story.the-loop.nearly-even.text':
    'The model learns only from police records. At the start they are only slightly uneven, so over the first {day} days the most-minority quarter received {quarterPatrolShare} of patrols for {quarterTrueShare} of true crime: {disparityRatio} times its share.',
  'story.the-loop.more-stops.title': 'Stops happen only where patrols go',
  'story.the-loop.more-stops.text':
    'A patrol unit stops {param:sources.stops.stopsPerUnit} people a day in an all-majority neighborhood and {param:sources.stops.minorityAreaRatio} times as many in an all-minority one, and each stop that finds something becomes a record. A patrol in the quarter returns more records, so the model sends more patrols there: by day {day} the quarter holds {quarterRecordedShare} of recent records and receives {disparityRatio} times its share of patrols.',
  'story.the-loop.runaway.title': 'The loop runs away',
  'story.the-loop.runaway.text':
    'After {day} days the quarter receives {quarterPatrolShare} of patrols for {quarterTrueShare} of true crime: {disparityRatio} times its share. Nothing about crime changed. Each day\'s patrols followed the records, and each day\'s records followed the patrols.',
  'story.the-loop.no-tilt.title': 'The same loop, without the tilt',
  'story.the-loop.no-tilt.text':
    'Give patrols the same number of stops everywhere, with the same history: after {day} days the quarter receives {disparityRatio} times its share of patrols. The loop amplifies a difference in how records are made; with none to amplify, it holds the start.',

  'story.biased-history.title': 'Biased history, equal crime',
  'story.biased-history.equal-crime.title': 'Equal crime',
  'story.biased-history.equal-crime.text':
    'In this synthetic city both groups experience the same true crime: in the first {day} days there were {minorityTruePer1000} incidents per 1,000 minority residents and {majorityTruePer1000} per 1,000 majority residents. The most-minority quarter of neighborhoods houses {quarterPopulationShare} of residents and had {quarterTrueShare} of the true incidents.',
  'story.biased-history.biased-start.title': 'A biased history',
  'story.biased-history.biased-start.text':
    'The database did not start empty. Past patrols recorded {param:sources.history.overPolicingFactor} times as large a share of incidents in all-minority neighborhoods as in all-majority ones, so at the end of day {day} the most-minority quarter already holds {quarterRiskShare} of the risk score.',
  'story.biased-history.hotspots.title': 'Hotspots follow the records',
  'story.biased-history.hotspots.text':
    'Each day the model flags the {param:deployment.hotspots} neighborhoods with the highest risk and sends all {param:deployment.units} patrol units there. Over the last {windowDays} days, {quarterPatrolShare} of patrols went to the most-minority quarter, which had {quarterTrueShare} of true crime: {disparityRatio} times its share.',
  'story.biased-history.records-confirm.title': 'The records confirm themselves',
  'story.biased-history.records-confirm.text':
    'Patrols find and record more where they are sent, so new records agree with the old ones. After {day} days police have recorded {minorityRecordedPer1000} incidents per 1,000 minority residents and {majorityRecordedPer1000} per 1,000 majority residents, {recordedRatio} times as many, although true crime is equal.',
  'story.biased-history.no-loop.title': 'Without the loop',
  'story.biased-history.no-loop.text':
    'Spread the patrols evenly, whatever the data say, and the loop is cut: the most-minority quarter receives {quarterPatrolShare} of patrols and has {quarterTrueShare} of true crime. The biased history is still in the database; it no longer decides where officers go.',

  'story.differential-reporting.title': 'Who calls the police',
  'story.differential-reporting.who-reports.title': 'Who reports',
  'story.differential-reporting.who-reports.text':
    'Here the model learns only from calls by victims and residents. True crime is equal, but in this run {minorityDetectionRate} of incidents with minority victims were reported, against {majorityDetectionRate} with majority victims. In the United States fewer than half of violent victimizations are reported (NCVS 2017), and the share differs between communities.',
  'story.differential-reporting.data-says-safer.title': 'The data say "safer"',
  'story.differential-reporting.data-says-safer.text':
    'What the data say after {day} days: {minorityRecordedPer1000} recorded incidents per 1,000 minority residents and {majorityRecordedPer1000} per 1,000 majority residents. What happened: {minorityTruePer1000} and {majorityTruePer1000}. The records make minority neighborhoods look safer than they are.',
  'story.differential-reporting.hotspots-move.title': 'Hotspots move away',
  'story.differential-reporting.hotspots-move.text':
    'The most-minority quarter had {quarterTrueShareToDate} of true incidents but made only {quarterReportShare} of the reports, and the hotspot list gives it {quarterPatrolShare} of patrols. This is the displacement Akpinar, De-Arteaga and Chouldechova describe: hotspots move from places with much crime and little reporting to places that report more, with no feedback loop at all.',
  'story.differential-reporting.divide-by-rate.title': 'Dividing by the reporting rate',
  'story.differential-reporting.divide-by-rate.text':
    'If the reporting rates are known, each report can count for 1 ÷ its group\'s rate. The quarter\'s share of the risk score becomes {quarterRiskShare}, close to its {quarterTrueShareToDate} of true incidents, and the hotspot list now gives it {quarterPatrolShare} of patrols. Real reporting rates are known only roughly, and a few reports weighted up are a noisy estimate.',

  'story.surveillance-density.title': 'Cameras on some streets',
  'story.surveillance-density.where-sensors-are.title': 'Where the sensors are',
  'story.surveillance-density.where-sensors-are.text':
    'Sensors are installed {param:sources.sensors.minoritySkew} times as densely in all-minority neighborhoods as in all-majority ones. Over the last {windowDays} days the most-minority quarter had {quarterTrueShare} of true incidents but produced {quarterSensorShare} of all sensor alerts.',
  'story.surveillance-density.risk-follows.title': 'Risk follows the sensors',
  'story.surveillance-density.risk-follows.text':
    'The fusion model adds sensor alerts to reports, discoveries and stops, so more sensors mean more risk. After {day} days the quarter receives {quarterPatrolShare} of patrols for {quarterTrueShare} of true crime, {disparityRatio} times its share. The sensors did not find more crime there; they watched more of it.',
  'story.surveillance-density.false-alerts.title': 'False alerts',
  'story.surveillance-density.false-alerts.text':
    'Raise false alerts, such as a car backfiring or a misread plate, to {param:sources.sensors.falseAlertsPerDay} a day per fully covered neighborhood. False alerts scale with coverage, so they pile up where sensors are dense: the quarter now receives {quarterPatrolShare} of patrols, {disparityRatio} times its share of true crime.',
  'story.surveillance-density.even-coverage.title': 'Even coverage',
  'story.surveillance-density.even-coverage.text':
    'Spread the same sensors evenly and the quarter\'s share of alerts falls to {quarterSensorShare}; it receives {quarterPatrolShare} of patrols and has {quarterTrueShare} of true crime. Where a system looks shapes what it finds.',

  'story.stop-and-frisk.title': 'Stops that find nothing',
  'story.stop-and-frisk.who-is-stopped.title': 'Who is stopped',
  'story.stop-and-frisk.who-is-stopped.text':
    'Officers stop people where they patrol, and here a minority resident is {param:sources.stops.biasRatio} times as likely to be stopped as a majority resident in the same neighborhood. Minority residents are {minorityPopulationShare} of the city\'s residents but {minorityShareOfEmptyStops} of the people stopped without anything being found.',
  'story.stop-and-frisk.mostly-nothing.title': 'Most stops find nothing',
  'story.stop-and-frisk.mostly-nothing.text':
    'After {day} days, {stopsWithoutHit} stops have found nothing and {stopHits} have found something: {emptyStopsPerHit} people stopped for nothing for each hit. Per 1,000 residents, {minorityEmptyStopsPer1000} minority residents and {majorityEmptyStopsPer1000} majority residents were stopped for nothing.',
  'story.stop-and-frisk.few-records.title': 'Few hits, few records',
  'story.stop-and-frisk.few-records.text':
    'Hits are rare, so stops add little to the records here: police have recorded {minorityRecordedPer1000} incidents per 1,000 minority residents and {majorityRecordedPer1000} per 1,000 majority residents. In this scenario the harm lies less in the data than in the stops themselves.',
  'story.stop-and-frisk.hotspot-stops.title': 'Hotspots concentrate the stops',
  'story.stop-and-frisk.hotspot-stops.text':
    'Send all patrols to the top {param:deployment.hotspots} hotspots instead of in proportion to risk, and the stops go with them. The most-minority quarter now receives {quarterPatrolShare} of patrols, and minority residents are stopped for nothing {emptyStopRatio} times as often per resident as majority residents.',
  'story.stop-and-frisk.unbiased-stops.title': 'Stops without bias',
  'story.stop-and-frisk.unbiased-stops.text':
    'With no bias in whom officers stop, {minorityEmptyStopsPer1000} minority and {majorityEmptyStopsPer1000} majority residents per 1,000 are stopped for nothing. Still, {stopsWithoutHit} stops found nothing: an unbiased stop policy spreads the cost evenly; it does not remove it.',

  'story.the-correction.title': 'The Ensign correction',
  'story.the-correction.without.title': 'The urn, without a correction',
  'story.the-correction.without.text':
    'The urn of "How a loop runs away", with one change: {param:deployment.exploration, percent} of the time the officer goes to a neighborhood picked at random. Without a correction the model still sends the officer to neighborhood 1 with probability {region1RiskShare}, though it has {region1TrueShare} of the true incidents.',
  'story.the-correction.with.title': 'With the correction',
  'story.the-correction.with.text':
    'Ensign and colleagues\' correction keeps a discovered incident with a probability that is lower the likelier police were to be sent there. After {day} days the model sends the officer to neighborhood 1 with probability {region1RiskShare}, close to its {region1TrueShare} of true incidents: the urn has learned the true crime ratio.',
  'story.the-correction.slow.title': 'Learning takes time',
  'story.the-correction.slow.text':
    'After only {day} days the probability is still {region1RiskShare}, against a true share of {region1TrueShare}. The correction throws discoveries away, so the model sees less and learns slowly.',

  'story.no-feedback.title': 'No feedback',
  'story.no-feedback.even-patrols.title': 'Patrols ignore the data',
  'story.no-feedback.even-patrols.text':
    'The control condition: every neighborhood gets the same patrols, whatever the data say. The most-minority quarter receives {quarterPatrolShare} of patrols and had {quarterTrueShare} of the true incidents over the last {windowDays} days.',
  'story.no-feedback.same-start.title': 'The same biased start',
  'story.no-feedback.same-start.text':
    'The database starts as biased as in "Biased history, equal crime": at the end of day {day} the most-minority quarter holds {quarterRiskShare} of the risk score. Here the risk score decides nothing.',
  'story.no-feedback.records-even-out.title': 'The records even out',
  'story.no-feedback.records-even-out.text':
    'With patrols spread evenly, new records follow true crime: {minorityRecordedPer1000} per 1,000 minority residents and {majorityRecordedPer1000} per 1,000 majority residents after {day} days. As old records fade, the quarter\'s share of the risk score falls to {quarterRiskShare}.',
  'story.no-feedback.loop-on.title': 'Switch the loop back on',
  'story.no-feedback.loop-on.text':
    'Let the risk score decide again, sending all units to the top {param:deployment.hotspots} hotspots, and the quarter receives {quarterPatrolShare} of patrols for {quarterTrueShare} of true crime. The difference between this run and the control is the work of the loop.',

  'story.attention-allocation.title': 'Six units, five sites',
  'story.attention-allocation.five-sites.title': 'Five sites',
  'story.attention-allocation.five-sites.text':
    'Five sites with different true rates share six units a day, as in the ml-fairness-gym study by D\'Amour and colleagues. Site 1 had {region1TrueShare} of the incidents in the first {day} days and received {region1PatrolShare} of the units: a large, equal prior of records at every site keeps the allocation close to even.',
  'story.attention-allocation.one-each.title': 'A unit finds one incident',
  'story.attention-allocation.one-each.text':
    'A unit finds at most one incident a day. Of {trueIncidents} incidents, {discoveries} were discovered; those involving minority residents, who here live mostly at the busiest sites, were discovered {minorityDetectionRate} of the time, against {majorityDetectionRate} for majority residents. The groups in this scenario are illustrative.',
  'story.attention-allocation.uniform.title': 'Even is not equal',
  'story.attention-allocation.uniform.text':
    'Send each unit to a site drawn at random, as the gym\'s uniform agent does, and {discoveries} of {trueIncidents} incidents are found. The gap in discovery remains, {minorityDetectionRate} for minority residents against {majorityDetectionRate} for majority residents: an even allocation does not treat unequal needs equally.',

  'story.three-regions.title': 'Can the model be fixed?',
  'story.three-regions.no-fix.title': 'Three neighborhoods, no correction',
  'story.three-regions.no-fix.text':
    'The urn again, with a third neighborhood. The three have had {region1TrueShare}, {region2TrueShare} and {region3TrueShare} of the true incidents, but after {day} days the model sends the officer to them with probabilities {region1RiskShare}, {region2RiskShare} and {region3RiskShare}.',
  'story.three-regions.two-works.title': 'The correction works for two',
  'story.three-regions.two-works.text':
    'With two neighborhoods, Ensign and colleagues\' correction works: it keeps a discovered incident with probability (1 − p) ÷ the largest (1 − p), where p is the chance police were sent there. After {day} days the model sends the officer to neighborhood 1 with probability {region1RiskShare}; its true share is {region1TrueShare}.',
  'story.three-regions.three-fails.title': 'It fails for three',
  'story.three-regions.three-fails.text':
    'The same correction with three neighborhoods learns the wrong shares: {region1RiskShare}, {region2RiskShare} and {region3RiskShare}, against true shares of {region1TrueShare}, {region2TrueShare} and {region3TrueShare}. The rule relies on the fact that with two regions 1 − p of one is the p of the other; with three it discounts the most-patrolled neighborhood too little, and the least-patrolled one is starved.',
  'story.three-regions.ipf-works.title': 'Inverse-propensity filtering',
  'story.three-regions.ipf-works.text':
    'Inverse-propensity filtering keeps a discovered incident with probability (smallest p) ÷ p, so every neighborhood counts as if patrolled equally. The shares become {region1RiskShare}, {region2RiskShare} and {region3RiskShare}, close to the truth. It needs every neighborhood patrolled some of the time: here {param:deployment.exploration, percent} of patrols go to a neighborhood picked at random.',

  'story.costs-and-benefits.title': 'Weighing costs and benefits',
  'story.costs-and-benefits.ledger.title': 'A ledger',
  'story.costs-and-benefits.ledger.text':
    'A year of hotspot patrols that stop people. Stops found something {stopHits} times and nothing {stopsWithoutHit} times: {emptyStopsPerHit} people stopped for nothing per hit. In the same year patrols discovered {discoveries} incidents and residents reported {reports}, with no one stopped.',
  'story.costs-and-benefits.who-pays.title': 'Who pays',
  'story.costs-and-benefits.who-pays.text':
    'Minority residents are {minorityPopulationShare} of residents but bore {minorityShareOfEmptyStops} of the stops that found nothing: {minorityEmptyStopsPer1000} per 1,000 minority residents against {majorityEmptyStopsPer1000} per 1,000 majority residents. Stops of minority residents found something {minorityStopHits} times; stops of majority residents, {majorityStopHits} times.',
  'story.costs-and-benefits.more-stops.title': 'More stops',
  'story.costs-and-benefits.more-stops.text':
    'Raise the stops per patrol unit to {param:sources.stops.stopsPerUnit}: stops now find something {stopHits} times and stop {stopsWithoutHit} people for nothing, still {emptyStopsPerHit} per hit. A utilitarian sum then depends entirely on how a hit is weighed against a person stopped for nothing, and the model cannot supply that weight.',
  'story.costs-and-benefits.no-stops.title': 'No stops',
  'story.costs-and-benefits.no-stops.text':
    'Without stops, no one is stopped for nothing; patrols still discover {discoveries} incidents and residents report {reports}. What is lost are the things stops would have found. Whether that loss outweighs the harm is a judgement the numbers inform but cannot make.',
  'story.costs-and-benefits.unbiased.title': 'Stops without bias',
  'story.costs-and-benefits.unbiased.text':
    'Stop residents of a neighborhood alike, whatever their group: minority residents now bear {minorityShareOfEmptyStops} of the stops that found nothing, nearer their {minorityPopulationShare} of residents. The rest of the gap comes from where the hotspots send patrols.',

  'story.the-list.title': 'The list',
  'story.the-list.where-she-lives.title': 'Listed because of where she lives',
  'story.the-list.where-she-lives.text':
    'Every resident\'s propensity to offend is drawn from the same distribution in both groups: over {day} days the followed minority residents committed {peopleMinorityOffensesPer1000} offenses per 1,000 and the majority residents {peopleMajorityOffensesPer1000}. Take the same person, with the same propensity, and place her in a heavily patrolled neighborhood or in a lightly patrolled one: {twinHighPatrolListedPer1000} in 1,000 such residents were listed in the first, {twinLowPatrolListedPer1000} in 1,000 in the second. Only her address differs.',
  'story.the-list.points-from-contacts.title': 'The points come from contacts',
  'story.the-list.points-from-contacts.text':
    'Each stop is a point, whatever it finds. Minority residents had {peopleMinorityContactsPerOffense} police contacts per true offense, majority residents {peopleMajorityContactsPerOffense}. {peopleThroughContactsShare} of the time spent on the list was spent by people whose other points (an arrest, a gang label, probation) would not have put them on it, and {peopleWithoutOffenseShare} by people with no true offense in the look-back window.',
  'story.the-list.feeds-itself.title': 'The list feeds itself',
  'story.the-list.feeds-itself.text':
    'A listed resident is {param:people.attention} times as likely as a neighbor to be the one an officer stops, so each quarter she gains more contact points than she would have without the list. Minority residents are {peopleMinorityShare} of the residents followed and held {peopleMinorityListShare} of the places on the list; a listed person stayed on it {peopleMeanDaysOnList} days on average.',
  'story.the-list.no-extra-attention.title': 'Policy: no extra attention',
  'story.the-list.no-extra-attention.text':
    'Tell officers to stop listed people no more often than anyone else: a listed person now stays on the list {peopleMeanDaysOnList} days on average, and more people pass through it. The list is no longer feeding itself, but the patrols still go where they went.',
  'story.the-list.no-contact-points.title': 'Policy: no points for contacts',
  'story.the-list.no-contact-points.text':
    'Give no points for contacts: nobody is listed through contacts any more ({peopleThroughContactsShare}). Minority residents still hold {peopleMinorityListShare} of the list for {peopleMinorityShare} of the residents, because arrests also happen where patrols are: an unsolved offense is found only if someone is stopped or an officer is there to see it.',
  'story.the-list.shorter-window.title': 'Policy: a shorter memory',
  'story.the-list.shorter-window.text':
    'Count points for {param:people.windowDays} days instead of two years: people leave the list sooner ({peopleMeanDaysOnList} days on average) and {peopleEverListed} people pass through it. A shorter memory changes who is on the list this quarter, not where the contacts that put them there happen.',
} as const;
