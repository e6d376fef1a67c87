/**
 * English texts of the explorable page (src/components, src/app) and of its charts and map
 * (src/components/charts), which the stories, the lab and the embed reuse. Numbers are
 * placeholders with a number style (`{share, percent}`); a placeholder without a style takes
 * text the code has already written, such as a day number or a phrase from another message.
 * Settings' own words (labels, units, descriptions) are generated in ./params.ts.
 */
export const explorableMessages = {
  // Values of settings, as shown next to a control.
  'value.on': 'On',
  'value.off': 'Off',
  'value.none': 'none',
  'value.neighborhoods': '{count, integer} neighborhoods',
  'unit.days.one': '{count, integer} day',
  'unit.days.other': '{count, integer} days',

  // One setting's control (param-control.ts).
  'control.changed': 'Changed; the preset has {value}',
  'control.reset': 'Reset',
  'control.resetLabel': 'Reset {label} to {value}',
  'control.slider': '{label} (slider)',
  'control.valueWithUnit': '{value} {unit}',
  'control.source': 'Source: {source}',
  'control.custom.list': 'A custom list of {count, integer} neighborhoods replaces the generated grid.',
  'control.custom.none': 'None: the city is the generated grid above.',
  'control.custom.useGrid': 'Use the generated grid',
  'control.error.notNumber': '{label} must be a number from {min} to {max} ({unit}), not "{text}".',
  'control.error.notWhole': '{label} must be a whole number from {min} to {max} ({unit}), not {text}.',
  'control.error.range': '{label} is {text}, outside the allowed range from {min} to {max} ({unit}).',
  'control.error.seed': '{label} must be a whole number from {min} to {max}, not "{text}".',
  'control.error.kept': '{message} Kept {value}.',

  // The settings panel (param-panel.ts).
  'panel.title': 'Settings',
  'panel.unchanged': 'All as in the preset',
  'panel.changed': '{count, integer} changed from the preset',
  'panel.resetAll': 'Reset all',
  'panel.close': 'Close',
  'panel.closeLabel': 'Close the settings',
  'panel.groupChanged': '{count, integer} changed',
  'panel.nextSeed': 'Try the next seed',
  'panel.effectiveBranching': 'Effective branching ratio: {value, index} follow-on incidents per incident, counting the spread to nearby neighborhoods (it must stay below 1).',
  'panel.effectiveBranchingTooHigh': 'Effective branching ratio: {value, index}. It must be below 1, or incidents would multiply without end: lower θ or the spread distance σ.',

  // The scenario picker (preset-picker.ts).
  'picker.label': 'Scenario',

  // Playback (playback-bar.ts).
  'playback.play': 'Play',
  'playback.pause': 'Pause',
  'playback.back': 'One day back',
  'playback.forward': 'One day forward',
  'playback.first': 'Back to the first day',
  'playback.day': 'Day {day, integer}',
  'playback.ofDays': 'of {days, integer}',
  'playback.valueText': 'Day {day} of {days}',
  'playback.computing': 'Computing… {progress, percent}',
  'playback.speed': 'Speed',
  'playback.speedOption': '{speed, integer} days/s',
  'playback.keys.label': 'Keys:',
  'playback.keys.toggle': 'play or pause',
  'playback.keys.day': 'one day',
  'playback.keys.ten': 'ten',
  'playback.keys.first': 'first day',
  'playback.keys.last': 'last day',
  'key.space': 'Space',
  'key.shift': 'Shift',
  'key.home': 'Home',
  'key.end': 'End',

  // The live sentence (src/app/live-sentence.ts). {days} is "365 days"; {place} one of live.place.*.
  'live.place.single': 'the most-minority neighborhood',
  'live.place.quarterLong': 'the most-minority quarter of neighborhoods',
  'live.place.quarter': 'the most-minority quarter',
  'live.noPatrols': 'After {days} {place} receives no patrols, because no patrol units were sent.',
  'live.noCrime':
    'After {days} {place} receives {patrols, percent} of patrols; no true crime happened in the city in this period, so there is no share to compare with.',
  'live.noneOfCrime': 'After {days} {place} receives {patrols, percent} of patrols but has none of the true crime.',
  'live.aboutShare': 'After {days} {place} receives {patrols, percent} of patrols and has {crime, percent} of true crime: about its share.',
  'live.almostNone': 'After {days} {place} receives {patrols, percent} of patrols but has {crime, percent} of true crime: almost none of its share.',
  'live.times': 'After {days} {place} receives {patrols, percent} of patrols but has {crime, percent} of true crime: {ratio} times its share.',
  'live.window.day': 'Shares on day {day}.',
  'live.window.days': 'Shares over days {from} to {to}.',

  // The failure banner (failure-banner.ts).
  'failure.title': 'The simulation stopped before finishing.',
  'failure.earlier': 'The page still shows the last run that finished.',
  'failure.nothing': 'Nothing could be computed yet.',
  'failure.retry': 'Retry',

  // The model note (model-note.ts); its heading is model.title.
  'note.custom.lead': "This scenario sets each neighborhood's true crime rate itself,",
  'note.custom.text': 'to reproduce a published model; compare the patrol shares with those rates, not with population.',
  'note.equal.lead': 'True crime is equal.',
  'note.equal.text':
    'Minority and majority residents offend at the same rate per person, so every difference between them on this page is made by how the data are collected and by the loop feeding on its own records. You can change this under Reality.',
  'note.unequal.lead': 'True crime is not equal in this run:',
  'note.unequal.text':
    'minority residents offend {ratio, number} times as often as majority residents (the true rate ratio under Reality). Compare the patrol shares with the true crime shares, not with population, to see what the loop adds.',
  'note.synthetic.lead': 'The city is synthetic.',
  'note.synthetic.text':
    'Its neighborhoods, residents and incidents are generated; no number here describes a real place. Calibration points (reporting rates, stop hit rates, the Oakland urn rates) only set plausible scales.',
  'note.leavesOut.heading': 'What the model leaves out:',
  'note.leavesOut': [
    'There are two groups, assigned to neighborhoods by share: no individuals, no movement between neighborhoods, no displacement of crime by patrols, no repeat offenders.',
    'There is one kind of crime, at a constant rate unless near-repeat or deterrence is switched on; real offence types differ in how often they are reported and found.',
    'Records are counts. Sources are fused by weights without removing duplicates, as many fusion systems do.',
    'The risk model is simple: a weighted count of records with a memory and fixed parameters, standing in for commercial systems whose details are not public.',
    'Harms are partial: stops that find nothing are counted; arrests, force, prosecution and the under-protection of neighborhoods that lose patrols are not.',
  ],
  'note.sources':
    'Built on Ensign et al. 2018 (runaway feedback loops), Lum & Isaac 2016 (predictive policing trained on biased records), Akpinar, De-Arteaga & Chouldechova 2021 (differential reporting), Mohler et al. 2015 (self-exciting models) and Floyd v. City of New York 2013 (stops); the README gives the details. Point at or focus any setting to read its meaning and source.',

  // The feedback-loop diagram (loop-diagram.ts). Arrow labels are lists: one item per line.
  'loop.waiting': 'The loop appears when the first day is ready.',
  'loop.title': 'The feedback loop on day {day}',
  'loop.caption':
    'Day {day}, city-wide. Orange arrows are the feedback channel: records that exist only because patrols were sent. Grey dashed arrows are sources switched off.',
  'loop.node.truth': 'True crime',
  'loop.node.truth.detail': '{count, integer} incidents today',
  'loop.node.history': 'Past records',
  'loop.node.history.detail': '{count, integer} at the start',
  'loop.node.history.off': 'off',
  'loop.node.records': 'Records',
  'loop.node.records.detail': '{count, integer} new today',
  'loop.node.risk': 'Fused risk',
  'loop.node.patrols': 'Patrols',
  'loop.node.patrols.detail': '{count, integer} units today',
  'loop.node.field': 'Finds and stops',
  'loop.node.field.detail': '{count, integer} stops found nothing',
  'loop.policy.topK': 'top {count, integer} get the patrols',
  'loop.policy.uniform': 'ignored: uniform patrols',
  'loop.policy.proportional': 'patrols in proportion',
  'loop.place.single': 'minority area',
  'loop.place.quarter': 'minority quarter',
  'loop.place.quarterShort': 'minority ¼',
  'loop.arrow.reports': 'Reports: {count, integer}',
  'loop.arrow.reports.off': 'Reports: off',
  'loop.arrow.sensors': 'Sensor alerts: {count, integer}',
  'loop.arrow.sensors.short': 'Sensors: {count, integer}',
  'loop.arrow.sensors.off': 'Sensors: off',
  'loop.arrow.records': ['{count, integer} records', 'feed the risk'],
  'loop.arrow.risk.wide': ['{share, percent} of risk in', 'the {place}'],
  'loop.arrow.risk.tall': ['{share, percent} of risk', 'in {place}'],
  'loop.arrow.patrols.wide': ['{share, percent} of units go to', 'the {place}'],
  'loop.arrow.patrols.tall': ['{share, percent} of units', 'to {place}'],
  'loop.arrow.incidents.wide': ['{count, integer} true incidents, found only', 'where patrols go'],
  'loop.arrow.incidents.tall': ['{count, integer} true incidents, found only where patrols go'],
  'loop.arrow.discoveries': 'Discoveries: {count, integer}',
  'loop.arrow.discoveries.off': 'Discoveries: off',
  'loop.arrow.stopHits': 'Stop hits: {hits, integer} of {stops, integer}',
  'loop.arrow.stopHits.off': 'Stop hits: off',
  'loop.describe.incidents': '{count, integer} true incidents happened.',
  'loop.describe.reports': '{count, integer} were reported by residents.',
  'loop.describe.reports.off': 'Resident reports are switched off.',
  'loop.describe.sensors': 'Sensors raised {count, integer} alerts.',
  'loop.describe.sensors.off': 'Sensors are switched off.',
  'loop.describe.records': '{count, integer} records fed the risk model, which puts {share, percent} of risk in {place}.',
  'loop.describe.patrols': '{count, integer} patrol units went out, {share, percent} of them there.',
  'loop.describe.discoveries': 'Patrols discovered {count, integer} incidents.',
  'loop.describe.discoveries.off': 'Patrol discoveries are switched off.',
  'loop.describe.stops': 'They made {stops, integer} stops: {hits, integer} found something and {empty, integer} found nothing.',
  'loop.describe.stops.off': 'Stops are switched off.',

  // "What the data says" beside "what is really happening" (data-vs-reality.ts).
  'compare.data.title': 'What the data says',
  'compare.data.sub': 'What the police system records and acts on.',
  'compare.real.title': 'What is really happening',
  'compare.real.sub': 'What the system cannot see: the true incidents.',
  'compare.layer.recorded': 'Records',
  'compare.layer.risk': 'Fused risk',
  'compare.layer.patrols': 'Patrols',
  'compare.layer.trueCrime': 'True crime',
  'compare.layer.minority': 'Minority share',
  'compare.layer.overPolicing': 'Over-policing',
  'compare.layerFor': 'Map layer for “{title}”',
  'compare.figure.records': 'of records are in {place}',
  'compare.figure.patrols': 'of patrols go there',
  'compare.figure.crime': 'of true crime happens there',
  'compare.figure.residents': 'of residents live there',
  'compare.outline': 'Outline the most-minority quarter on both maps',

  // The city map, its layers, tooltip and legend (city-map.ts, charts/map-layers.ts).
  'map.layer.minority': 'Minority share',
  'map.layer.minority.unit': 'share of residents in the minority group',
  'map.layer.trueCrime': 'True crime',
  'map.layer.trueCrime.unit': 'true incidents',
  'map.layer.recorded': 'Recorded crime',
  'map.layer.recorded.unit': 'recorded incidents',
  'map.layer.risk': 'Fused risk',
  'map.layer.risk.unit': 'fused risk score',
  'map.layer.patrols': 'Patrols',
  'map.layer.patrols.unit': 'patrol unit-days',
  'map.layer.overPolicing': 'Over-policing index',
  'map.layer.overPolicing.unit': 'share of patrols ÷ share of true crime',
  'map.label': 'City map of {count, integer} neighborhoods showing {layer}. Arrow keys move between neighborhoods.',
  'map.roleDescription': 'map',
  'map.hint': 'Point at a neighborhood, or focus the map and use the arrow keys, to read its numbers.',
  'map.cell': '#{number}',
  'map.neighborhood': 'Neighborhood {number}',
  'map.position': 'Row {row}, column {column}',
  'map.position.quarter': 'Row {row}, column {column}; most-minority quarter',
  'map.fact.residents': 'Residents',
  'map.fact.minority': 'Minority share',
  'map.fact.trueCrime': 'True crime, {days, integer} days',
  'map.fact.recorded': 'Recorded, {days, integer} days',
  'map.fact.patrols': 'Patrol unit-days, {days, integer} days',
  'map.fact.overPolicing': 'Over-policing index',
  'map.fact.risk': 'Fused risk, day {day}',
  'map.legend.windowed': '{unit}, last {days, integer} days to day {day}',
  'map.legend.onDay': '{unit} on day {day}',
  'map.legend.noData': 'No patrols and no crime',
  'map.legend.quarter': 'Most-minority quarter',
  'map.overPolicing.none': 'no patrols, no crime',
  'map.overPolicing.noCrime': 'patrolled, no crime',
  'map.overPolicing.ratio': '{ratio, ratio}×',
  'map.describe':
    'Neighborhood {number}, row {row}, column {column}: {residents, integer} residents, {minority, percent} minority. Last {days, integer} days to day {day}: {trueCrime, integer} true incidents, {recorded, integer} recorded, {patrols, amount} patrol unit-days; over-policing index {overPolicing}; fused risk {risk, amount}.',
  'map.describe.inQuarter':
    'Neighborhood {number}, row {row}, column {column}, in the most-minority quarter: {residents, integer} residents, {minority, percent} minority. Last {days, integer} days to day {day}: {trueCrime, integer} true incidents, {recorded, integer} recorded, {patrols, amount} patrol unit-days; over-policing index {overPolicing}; fused risk {risk, amount}.',

  // A colour legend's accessible name (legend.ts).
  'legend.label': 'Legend: {heading}.',
  'legend.label.note': 'Legend: {heading}, {note}.',
  'legend.label.range': 'Legend: {heading} from {first} to {last}.',
  'legend.label.noteRange': 'Legend: {heading}, {note} from {first} to {last}.',

  // What every chart shares (charts/runaway-chart.ts, charts/run-charts.ts, src/i18n/format.ts).
  'chart.waiting': 'Waiting for a run.',
  'chart.tableSummary': 'Data table: {heading}',
  'chart.day': 'Day',
  'chart.window.last': 'over the last {days, integer} days',
  'chart.window.first': 'over the first {days, integer} days',
  'chart.window.firstDay': 'on day {day}',
  'chart.times.count': ' ({ratio, ratio} times as many)',
  'chart.times.rate': ' ({ratio, ratio} times the rate)',
  'chart.times.same': ' (about the same)',

  // Chart 1: patrol share (charts/patrol-share-spec.ts).
  'chart.patrolShare.heading': 'Patrols sent to the most-minority quarter',
  'chart.patrolShare.patrols': 'Patrols',
  'chart.patrolShare.trueCrime': 'True crime',
  'chart.patrolShare.residents': 'Residents',
  'chart.patrolShare.axis': 'Share of the city ({days, integer}-day window)',
  'chart.patrolShare.summary':
    'By day {day} the most-minority quarter of neighborhoods received {patrols, percent} of patrols {window} and had {crime, percent} of true crime, with {residents, percent} of residents.',
  'chart.patrolShare.caption': 'Shares of the most-minority quarter of neighborhoods, {days, integer}-day trailing window',

  // Chart 2: recorded against true crime (charts/recorded-vs-true-spec.ts).
  'chart.recorded.heading': 'What the data says against what is happening',
  'chart.recorded.minorityRecorded': 'Minority, recorded',
  'chart.recorded.majorityRecorded': 'Majority, recorded',
  'chart.recorded.minorityTrue': 'Minority, true',
  'chart.recorded.majorityTrue': 'Majority, true',
  'chart.recorded.axis': 'Incidents per {per, integer} residents, since day {first}',
  'chart.recorded.summary':
    'By day {day} police had recorded {recordedMinority, amount} incidents per {per, integer} minority residents and {recordedMajority, amount} per {per, integer} majority residents{recordedComparison}, while true crime was {trueMinority, amount} and {trueMajority, amount} per {per, integer}{trueComparison}.',
  'chart.recorded.caption': 'Incidents per {per, integer} residents of each group, cumulative since day {first}',

  // Chart 3: disparity ratio (charts/disparity-spec.ts).
  'chart.disparity.heading': 'Disparity: patrol share over true-crime share',
  'chart.disparity.ratio': 'Disparity ratio',
  'chart.disparity.parity': 'Parity ({parity, integer})',
  'chart.disparity.axis': 'Ratio ({days, integer}-day window)',
  'chart.disparity.summary':
    "On day {day} the most-minority quarter's share of patrols was {ratio, ratio} times its share of true crime {window} ({parity, integer} would mean patrols follow true crime).",
  'chart.disparity.undefined':
    'By day {day} no true crime had happened in the most-minority quarter in the last {days, integer} days, so the ratio is not defined.',
  'chart.disparity.caption': 'Patrol share divided by true-crime share of the most-minority quarter, {days, integer}-day trailing window',

  // Chart 4: stops that found nothing (charts/empty-stops-spec.ts).
  'chart.emptyStops.heading': 'Stops that found nothing',
  'chart.emptyStops.minority': 'Minority residents',
  'chart.emptyStops.majority': 'Majority residents',
  'chart.emptyStops.axis': 'Empty stops per {per, integer} residents, since day {first}',
  'chart.emptyStops.noneYet': 'No empty stops yet',
  'chart.emptyStops.off': 'Stops are switched off',
  'chart.emptyStops.summaryNone': 'By day {day} no stop had come up empty.',
  'chart.emptyStops.summaryOff': 'Stops are switched off in this run, so no one was stopped without cause.',
  'chart.emptyStops.summary':
    'By day {day} police had stopped {minority, amount} of every {per, integer} minority residents without finding anything, against {majority, amount} of every {per, integer} majority residents{comparison}.',
  'chart.emptyStops.caption': 'Stops without a hit per {per, integer} residents of each group, cumulative since day {first}',
  'chart.emptyStops.columnMinority': 'Minority',
  'chart.emptyStops.columnMajority': 'Majority',

  // Chart 5: Lorenz curve (charts/lorenz-spec.ts).
  'chart.lorenz.heading': 'Who gets the patrols: Lorenz curve against true crime',
  'chart.lorenz.curve': 'Patrols against true crime',
  'chart.lorenz.equality': 'Equality',
  'chart.lorenz.crimeAxis': 'Cumulative share of true crime',
  'chart.lorenz.patrolAxis': 'Cumulative share of patrols',
  'chart.lorenz.summary':
    'Up to day {day} the neighborhoods with the most patrols per true incident, where {top, percent} of true crime happened, received {share, percent} of patrols; the Gini coefficient of patrols across neighborhoods is {gini, index}.',
  'chart.lorenz.noData': 'Up to day {day} there is not yet both true crime and patrols to compare.',
  'chart.lorenz.caption': 'Lorenz curve up to day {day}: neighborhoods sorted by patrols per true incident',
} as const;
