/**
 * English texts of the lab (lab.html and src/lab/): its page, tabs, the compact configuration
 * editor, compare A and B with its difference charts and map, replicates, the one- and
 * two-parameter sweeps and the cost-benefit view. Numbers are placeholders with a number style
 * (`{count, integer}`); a placeholder without a style takes text the code has already written
 * (a day or a seed, written without grouping; a share in percentage points; a parameter's value).
 * Settings' names, units and option labels are the explorable's `param.<path>.*` messages, and
 * the run charts' names, series and axes its `chart.*` messages, so a translation says each once.
 */
export const labMessages = {
  // The page (lab.html; src/lab/main.ts fills the marked elements and the title).
  'lab.page.title': 'Compare, replicate and sweep: Runaway',
  'lab.page.description':
    'Runaway lab: compare two predictive-policing configurations on the same seed, run replicates with uncertainty bands, sweep a parameter, and weigh crimes found against people stopped without cause.',
  'lab.page.heading': 'Compare, replicate and sweep',
  'lab.page.back': '← Back to the simulation',
  'lab.page.loading': 'Loading the lab…',
  'lab.page.noscript': 'This page runs simulations in your browser and needs JavaScript.',
  'lab.page.intro':
    "Runaway's synthetic city run many ways: A against B on one seed, many seeds at once, one parameter across its range, and every deployment policy weighed. True crime is equal for both groups by default, so the disparities shown are made by the data and the feedback loop.",

  // The tabs (lab-app.ts).
  'lab.tabs.label': 'Views',
  'lab.tab.compare': 'Compare A and B',
  'lab.tab.replicates': 'Replicates',
  'lab.tab.sweep': 'Sweep a parameter',
  'lab.tab.heatmap': 'Two parameters',
  'lab.tab.cost-benefit': 'Costs and benefits',

  // Numbers typed into the lab's own fields (inputs.ts). {name} starts the sentence: "The first seed".
  'lab.input.notWhole': '{name} must be a whole number from {min} to {max}; keeping {kept}.',
  'lab.input.notNumber': '{name} must be a number; keeping {kept}.',
  'lab.field.replicates.name': 'The number of replicates',
  'lab.field.firstSeed.name': 'The first seed',
  'lab.field.steps.name': 'The number of steps',

  // A batch of runs: progress, status and cancel (batch-parts.ts).
  'lab.batch.running': 'Running: {done, integer} of {total, integer} runs done.',
  'lab.batch.done': 'Done: {total, integer} runs.',
  'lab.batch.cancelled': 'Cancelled after {done, integer} of {total, integer} runs.',
  'lab.batch.invalid': 'These settings cannot run: {message}',
  'lab.batch.failed': 'The simulation failed: {message} Press Run to try again.',
  'lab.batch.progress': 'Progress: {done, integer} of {total, integer} runs',
  'lab.batch.cancel': 'Cancel',

  // Values and ranges of settings (param-fields.ts); names and units are the param.<path>.* messages.
  'lab.value.on': 'on',
  'lab.value.off': 'off',
  'lab.value.customCity': 'custom ({count, integer} neighborhoods)',
  'lab.value.generatedGrid': 'generated grid',
  'lab.range': '{min} to {max}',
  'lab.range.withUnit': '{min} to {max} ({unit})',

  // The compact editor of one configuration (config-editor.ts).
  'lab.editor.heading': 'Configuration',
  'lab.editor.thePreset': 'the preset',
  'lab.editor.preset': 'Start from a preset',
  'lab.editor.same': 'Same settings as {reference}.',
  'lab.editor.differ.one': '{count, integer} setting differs from {reference}.',
  'lab.editor.differ.other': '{count, integer} settings differ from {reference}.',
  'lab.editor.differListed.one': '{count, integer} setting differs from {reference}:',
  'lab.editor.differListed.other': '{count, integer} settings differ from {reference}:',
  'lab.editor.city': 'City: {city}.',
  'lab.editor.add': 'Change another setting',
  'lab.editor.choose': 'Choose a setting…',
  'lab.editor.referenceValue': '{reference}: {value}',
  'lab.editor.allowed': 'Allowed {range}',
  'lab.editor.noteBoth': 'Allowed {range}. {other}',
  'lab.editor.kept': '{message} Keeping {value}.',

  // Compare A and B (compare-view.ts, compare-grid.ts, twins.ts). A and B name the two configurations;
  // the messages below use the same letters, so a translation that renames them renames them everywhere.
  'lab.side.a': 'A',
  'lab.side.b': 'B',
  'lab.side.difference': 'B − A',
  'lab.compare.heading': 'Compare two configurations on the same seed',
  'lab.compare.lede':
    'A and B run on the same synthetic city with the same seed. Each random process of the model (true incidents, reports, discoveries, stops, sensors, dispatch) draws from its own stream, so when A and B differ only in policy or data settings they see exactly the same true incidents, and every difference below is made by those settings. True crime is equal for both groups unless a preset says otherwise.',
  'lab.compare.seed': 'Seed (shared by A and B)',
  'lab.compare.seedError': 'The seed must be a whole number from {min} to {max}; keeping {kept}.',
  'lab.compare.twins': 'Make B a twin of A',
  'lab.compare.twinPrefix': 'B = A',
  'lab.compare.configuration': 'Configuration {side}',
  'lab.compare.status.idle': 'Starting the runs…',
  'lab.compare.status.running': 'Running {side} on seed {seed}…',
  'lab.compare.status.invalid': 'Configuration {side} cannot run: {message}',
  'lab.compare.status.failed': 'The simulation failed: {message}',
  'lab.compare.busy': 'Another run kept taking the simulation worker; try again.',
  'lab.compare.status.same':
    'Same seed ({seed}): A and B saw the same {incidents, integer} true incidents, neighborhood by neighborhood and day by day.',
  'lab.compare.status.different':
    'A and B saw different true incidents (A: {incidentsA, integer}, B: {incidentsB, integer}) because they differ in the city or in true crime, not only in policy or data; the differences below mix both.',
  'lab.compare.day': 'Day shown: {day} of {days}',
  'lab.compare.layer': 'Map layer',
  'lab.compare.differentCities': 'A and B have different cities, so their maps cannot be subtracted.',
  'lab.twin.unbiasedData.label': 'with unbiased data',
  'lab.twin.unbiasedData.explanation':
    'B sets every group-bias knob of the data back to neutral: equal reporting rates, no stop bias, equal hit rates, even sensor deployment and no past over-policing. True crime and the deployment policy are unchanged.',
  'lab.twin.correction.label': 'with the correction on',
  'lab.twin.correction.explanation':
    "B turns on inverse-propensity filtering: a record that patrols produced in a neighborhood is kept with probability (the lowest patrol chance of any neighborhood) ÷ (this neighborhood's patrol chance), so every neighborhood counts as if it had been patrolled equally. That only works if every neighborhood is patrolled sometimes, so at least {exploration, percent} of units are sent at random (exploration). It does not undo bias in reports or in the historical records.",
  'lab.twin.noFeedback.label': 'with no feedback (uniform patrols)',
  'lab.twin.noFeedback.explanation':
    'B spreads patrols evenly over the city whatever the data say, so records can no longer steer patrols: the control condition. Differences that remain come from the data sources alone.',

  // B minus A charts (difference-specs.ts); chart names, series and axes reuse the chart.* messages.
  'lab.diff.heading': '{chart}: B − A',
  'lab.diff.note': 'B minus A, day by day: above zero, B is higher; below zero, A is higher. Both runs use the same seed.',
  'lab.diff.points': '{points} points',
  'lab.diff.same': 'the same in B as in A',
  'lab.diff.higher': '{amount} higher in B than in A',
  'lab.diff.lower': '{amount} lower in B than in A',
  'lab.diff.none': 'No difference',
  'lab.diff.perResidents.axis': 'Difference per {per, integer} residents, since day {first}',
  'lab.diff.patrolShare.summary':
    "On day {day} the quarter's share of patrols was {comparison} (A {a}, B {b}); its share of true crime differed by {crime}.",
  'lab.diff.patrolShare.axis': 'Difference in share ({days, integer}-day window)',
  'lab.diff.patrolShare.caption': 'B minus A: shares of the most-minority quarter, in percentage points',
  'lab.diff.recorded.name': 'Recorded and true crime',
  'lab.diff.recorded.summary':
    'By day {day} recorded incidents per {per, integer} minority residents were {minority}, and per {per, integer} majority residents {majority}; true incidents differed by {trueMinority} and {trueMajority} per {per, integer}.',
  'lab.diff.recorded.caption': 'B minus A: incidents per {per, integer} residents of each group, cumulative',
  'lab.diff.disparity.summary': 'On day {day} the disparity ratio was {comparison} (A {a}, B {b}; {parity, integer} means patrols follow true crime).',
  'lab.diff.disparity.axis': 'Difference in ratio ({days, integer}-day window)',
  'lab.diff.disparity.caption': 'B minus A: disparity ratio',
  'lab.diff.emptyStops.summary':
    'By day {day} stops without a hit per {per, integer} minority residents were {minority}, and per {per, integer} majority residents {majority}.',
  'lab.diff.emptyStops.caption': 'B minus A: stops without a hit per {per, integer} residents of each group, cumulative',
  'lab.diff.lorenz.name': 'Lorenz curve of patrols against true crime',
  'lab.diff.lorenz.summary':
    'Up to day {day} the largest gap between the curves is {gap} of patrols, at {crime} of true crime (A {a}, B {b}); above zero, B spreads patrols closer to where crime is.',
  'lab.diff.lorenz.note':
    'B minus A of the cumulative share of patrols, at each cumulative share of true crime (neighborhoods sorted by patrols per true incident).',
  'lab.diff.lorenz.axis': 'Difference in cumulative share of patrols',
  'lab.diff.lorenz.caption': 'Lorenz curves up to day {day}: cumulative share of patrols',

  // The map of B minus A (difference-map.ts); {layer} is a map.layer.* name, lower-cased inside a sentence.
  'lab.diffMap.noValue': 'no value',
  'lab.diffMap.same.windowed': 'B and A have the same {layer} in every neighborhood over the {days, integer} days to day {day}.',
  'lab.diffMap.same.day': 'B and A have the same {layer} in every neighborhood on day {day}.',
  'lab.diffMap.summary.windowed':
    'Over the {days, integer} days to day {day}, B has more {layer} than A in {more, integer} neighborhoods and less in {less, integer}; the largest difference is {largest} in neighborhood {neighborhood}.',
  'lab.diffMap.summary.day':
    'On day {day}, B has more {layer} than A in {more, integer} neighborhoods and less in {less, integer}; the largest difference is {largest} in neighborhood {neighborhood}.',
  'lab.diffMap.waiting': 'Waiting for both runs.',
  'lab.diffMap.heading': 'Map: {layer}, B − A',
  'lab.diffMap.label': '{heading}. {summary}',
  'lab.diffMap.legend': '{layer}: B − A',
  'lab.diffMap.legendNote': 'red: more in B; blue: more in A',
  'lab.diffMap.noValueSwatch': 'No value on one side',
  'lab.diffMap.tableSummary': 'Data table: the largest differences',
  'lab.diffMap.tableCaption': 'The {count, integer} neighborhoods where B and A differ most',
  'lab.diffMap.tableNone': 'No neighborhood differs',
  'lab.diffMap.column.neighborhood': 'Neighborhood',

  // Charts as bands over replicates (band-specs.ts); names, series and axes reuse the chart.* messages.
  'lab.band.value': '{median} (90% of runs: {low} to {high})',
  'lab.band.column.median': '{name}, median',
  'lab.band.column.low': '{name}, 5th percentile',
  'lab.band.column.high': '{name}, 95th percentile',
  'lab.band.note': 'Lines: the median of {count, integer} runs on consecutive seeds. Shading: where the middle 90% of runs lie (5th to 95th percentile).',
  'lab.band.patrolShare.summary':
    'On day {day} the most-minority quarter received {patrols} of patrols over the last {days, integer} days and had {crime} of true crime.',
  'lab.band.patrolShare.caption': 'Shares of the most-minority quarter, {days, integer}-day window, across {count, integer} runs',
  'lab.band.recorded.summary':
    'By day {day} police had recorded {recordedMinority} incidents per {per, integer} minority residents and {recordedMajority} per {per, integer} majority residents, while true crime was {trueMinority} and {trueMajority} per {per, integer} (medians).',
  'lab.band.recorded.caption': 'Incidents per {per, integer} residents of each group, cumulative, across {count, integer} runs',
  'lab.band.disparity.summary':
    "On day {day} the most-minority quarter's share of patrols was {ratio} times its share of true crime over the last {days, integer} days ({parity, integer} would mean patrols follow true crime).",
  'lab.band.disparity.caption': 'Disparity ratio, {days, integer}-day window, across {count, integer} runs',
  'lab.band.disparity.column': 'Disparity',
  'lab.band.emptyStops.summary':
    'By day {day} there had been {minority} stops that found nothing per {per, integer} minority residents, against {majority} per {per, integer} majority residents.',
  'lab.band.emptyStops.caption': 'Stops without a hit per {per, integer} residents of each group, cumulative, across {count, integer} runs',

  // Replicates (replicates-view.ts, replicate-stats.ts).
  'lab.replicates.heading': 'Replicates: what holds across seeds',
  'lab.replicates.lede':
    "One run can be luck. Here the same scenario runs on {count, integer} consecutive seeds ({first}, {second}, …), each a different draw of the synthetic city's true crime, and every chart shows the median run with the band where the middle 90% of runs lie.",
  'lab.replicates.scenario': 'Scenario',
  'lab.replicates.replicates': 'Replicates',
  'lab.replicates.replicatesHint': '{min, integer} to {max, integer}',
  'lab.replicates.firstSeed': 'First seed',
  'lab.replicates.firstSeedHint': 'seeds s, s + 1, …',
  'lab.replicates.run': 'Run {count, integer} replicates',
  'lab.replicates.running': 'Running the replicates…',
  'lab.replicates.prompt': 'Run the replicates to see what holds across seeds.',
  'lab.replicates.none': 'No runs yet.',
  'lab.replicates.count.all': 'all {total, integer}',
  'lab.replicates.count.none': 'none of the {total, integer}',
  'lab.replicates.count.some': '{count, integer} of {total, integer}',
  'lab.replicates.runs.one': 'run',
  'lab.replicates.runs.other': 'runs',
  'lab.replicates.band': ' (90% of runs between {low, ratio} and {high, ratio})',
  'lab.replicates.sentence':
    'In {phrase} {runs} the most-minority quarter received more than its share of true crime in patrols over the last {days, integer} days; median {median, ratio} times its share{band}.',

  // Sweep a parameter (sweep-view.ts, sweep-specs.ts, sweep-plan.ts). {parameter} is a param.<path>.label, lower-cased.
  'lab.sweep.heading': 'Sweep: a metric against one parameter',
  'lab.sweep.lede':
    'Each value of the parameter runs the same {count, integer} seeds, so neighbouring values differ by the parameter and not by the draw of true crime. The city is synthetic and true crime is equal for both groups unless the scenario says otherwise.',
  'lab.sweep.parameter': 'Parameter',
  'lab.sweep.parameterHint': 'Allowed {range}. Now {value}.',
  'lab.sweep.from': 'From',
  'lab.sweep.to': 'To',
  'lab.sweep.steps': 'Steps',
  'lab.sweep.replicates': 'Replicates per value',
  'lab.sweep.metric': 'Metric',
  'lab.sweep.run': 'Run the sweep',
  'lab.sweep.download': 'Download the table (CSV)',
  'lab.sweep.kept': 'The chart and the table keep the {count, integer} values that finished.',
  'lab.sweep.prompt': 'Choose a parameter, a range and a metric, then run the sweep. The chart fills in as each value finishes.',
  'lab.sweep.error.kept': '{label} can only take values {range}; keeping {kept}.',
  'lab.sweep.error.outside': '{label} can only take values from {min} to {max}; {value} is outside it.',
  'lab.sweep.error.notNumber': '{label} can only take values from {min} to {max}; this is outside it.',
  'lab.sweep.error.steps': 'The number of steps must be a whole number from {min, integer} to {max, integer}.',
  'lab.sweep.valueWithUnit': '{value} {unit}',
  'lab.sweep.summary.none': 'No value of {parameter} has finished yet.',
  'lab.sweep.summary.progress': ' ({done, integer} of {total, integer} values done so far)',
  'lab.sweep.summary.one': 'At {parameter} {value}, the median {metric} over {count, integer} runs is {median}{progress}.',
  'lab.sweep.summary.rises':
    'As {parameter} goes from {from} to {to}, the median {metric} rises from {first} to {last} (90% of runs between {low} and {high} at the last value){progress}.',
  'lab.sweep.summary.falls':
    'As {parameter} goes from {from} to {to}, the median {metric} falls from {first} to {last} (90% of runs between {low} and {high} at the last value){progress}.',
  'lab.sweep.summary.stays':
    'As {parameter} goes from {from} to {to}, the median {metric} stays at {first} (90% of runs between {low} and {high} at the last value){progress}.',
  'lab.sweep.chart.heading': '{metric} against {parameter}',
  'lab.sweep.chart.note': 'Dots: the median of {count, integer} runs at each value, all on the same seeds. Shading and whiskers: 5th to 95th percentile.',
  'lab.sweep.chart.axisWithUnit': '{label} ({unit})',
  'lab.sweep.table.caption': '{metric}, across {count, integer} runs at each value of {parameter}',
  'lab.table.value': 'Value',
  'lab.table.median': 'Median',
  'lab.table.low': '5th percentile',
  'lab.table.high': '95th percentile',
  'lab.table.replicates': 'Replicates',
  'lab.table.running': 'running…',

  // Summary metrics a sweep or a heat map can plot (sweep-plan.ts): a short name and one sentence each.
  'lab.metric.minorityQuarter.disparityRatio.name': 'Disparity ratio',
  'lab.metric.minorityQuarter.disparityRatio.description': 'Share of patrols ÷ share of true crime of the most-minority quarter of neighborhoods, over the last tenth of the days; 1 means patrols follow true crime.',
  'lab.metric.minorityQuarter.patrolShare.name': 'Patrol share of the most-minority quarter',
  'lab.metric.minorityQuarter.patrolShare.description': 'Share of patrol units sent to the most-minority quarter over the last tenth of the days.',
  'lab.metric.minorityQuarter.trueCrimeShare.name': 'True-crime share of the most-minority quarter',
  'lab.metric.minorityQuarter.trueCrimeShare.description': 'Share of true incidents that happened in the most-minority quarter over the last tenth of the days.',
  'lab.metric.minorityQuarter.populationShare.name': 'Resident share of the most-minority quarter',
  'lab.metric.minorityQuarter.populationShare.description': "Share of the city's residents who live in the most-minority quarter.",
  'lab.metric.minority.stopsWithoutHitPer1000.name': 'Empty stops per 1,000 minority residents',
  'lab.metric.minority.stopsWithoutHitPer1000.description': 'Stops that found nothing over the whole run, per 1,000 minority residents.',
  'lab.metric.majority.stopsWithoutHitPer1000.name': 'Empty stops per 1,000 majority residents',
  'lab.metric.majority.stopsWithoutHitPer1000.description': 'Stops that found nothing over the whole run, per 1,000 majority residents.',
  'lab.metric.minority.stopsPer1000.name': 'Stops per 1,000 minority residents',
  'lab.metric.minority.stopsPer1000.description': 'All stops over the whole run, per 1,000 minority residents.',
  'lab.metric.majority.stopsPer1000.name': 'Stops per 1,000 majority residents',
  'lab.metric.majority.stopsPer1000.description': 'All stops over the whole run, per 1,000 majority residents.',
  'lab.metric.minority.recordedPer1000.name': 'Recorded per 1,000 minority residents',
  'lab.metric.minority.recordedPer1000.description': 'Incidents known to police plus stop hits over the run, per 1,000 minority residents.',
  'lab.metric.majority.recordedPer1000.name': 'Recorded per 1,000 majority residents',
  'lab.metric.majority.recordedPer1000.description': 'Incidents known to police plus stop hits over the run, per 1,000 majority residents.',
  'lab.metric.minority.truePer1000.name': 'True incidents per 1,000 minority residents',
  'lab.metric.minority.truePer1000.description': 'True incidents over the run, per 1,000 minority residents.',
  'lab.metric.majority.truePer1000.name': 'True incidents per 1,000 majority residents',
  'lab.metric.majority.truePer1000.description': 'True incidents over the run, per 1,000 majority residents.',
  'lab.metric.minority.detectionRate.name': 'Detection rate, minority',
  'lab.metric.minority.detectionRate.description': 'Share of true incidents against minority residents that became known to police.',
  'lab.metric.majority.detectionRate.name': 'Detection rate, majority',
  'lab.metric.majority.detectionRate.description': 'Share of true incidents against majority residents that became known to police.',
  'lab.metric.patrolGini.name': 'Gini coefficient of patrols',
  'lab.metric.patrolGini.description': 'Inequality of patrols across neighborhoods over the last tenth of the days, from 0 (even) to 1.',
  'lab.metric.totals.trueIncidents.name': 'True incidents, whole run',
  'lab.metric.totals.trueIncidents.description': 'Every true incident in the city over the run, known to police or not.',
  'lab.metric.totals.recordedIncidents.name': 'Recorded incidents, whole run',
  'lab.metric.totals.recordedIncidents.description': 'Incidents in the police records over the run.',
  'lab.metric.totals.reports.name': 'Resident reports, whole run',
  'lab.metric.totals.reports.description': 'Incidents reported by residents and victims over the run.',
  'lab.metric.totals.discoveries.name': 'Patrol discoveries, whole run',
  'lab.metric.totals.discoveries.description': 'Incidents found by patrols over the run.',
  'lab.metric.totals.stops.name': 'Stops, whole run',
  'lab.metric.totals.stops.description': 'Every stop over the run.',
  'lab.metric.totals.stopHits.name': 'Stops that found something, whole run',
  'lab.metric.totals.stopHits.description': 'Stops that found contraband, a weapon or a warrant over the run.',
  'lab.metric.totals.stopsWithoutHit.name': 'Stops without a hit, whole run',
  'lab.metric.totals.stopsWithoutHit.description': 'Stops that found nothing over the run.',
  'lab.metric.totals.sensorAlerts.name': 'Sensor alerts, whole run',
  'lab.metric.totals.sensorAlerts.description': 'Sensor alerts over the run, true and false.',
  'lab.metric.allocationDivergence.name': 'Patrols away from true crime',
  'lab.metric.allocationDivergence.description': 'Total variation distance between where patrols went and where true crime happened, from 0 to 1.',

  // Two parameters (heatmap-view.ts, heatmap-chart.ts). {x} and {y} are param.<path>.label names.
  'lab.heatmap.heading': 'Two parameters: a heat map',
  'lab.heatmap.lede':
    'Every pair of values runs the same {count, integer} seeds. The default grid, on the preset where only resident reports feed the model, sets the minority reporting rate against exploration: how far a gap in who calls the police steers patrols, and how much random patrolling pulls them back.',
  'lab.heatmap.axis.x': 'Across (x)',
  'lab.heatmap.axis.y': 'Up (y)',
  'lab.heatmap.allowed': 'Allowed {range}.',
  'lab.heatmap.replicates': 'Replicates per cell',
  'lab.heatmap.run': 'Run the grid',
  'lab.heatmap.download': 'Download (CSV)',
  'lab.heatmap.prompt': 'Choose two parameters and their ranges, then run the grid. Cells fill in as they finish.',
  'lab.heatmap.error.same': 'Choose two different parameters.',
  'lab.heatmap.error.cells': '{columns, integer} × {rows, integer} cells is more than the {max, integer} allowed; use fewer steps.',
  'lab.heatmap.summary.none': 'No cell has finished yet ({done, integer} of {total, integer}).',
  'lab.heatmap.summary.cell': '{x} {xValue} and {y} {yValue}',
  'lab.heatmap.summary': 'The median {metric} is highest, {high}, at {highAt}, and lowest, {low}, at {lowAt}{progress}.',
  'lab.heatmap.summary.progress': ' ({done, integer} of {total, integer} cells done so far)',
  'lab.heatmap.chart.heading': '{metric} over {x} and {y}',
  'lab.heatmap.chart.note': 'Each cell: the median of {count, integer} runs on the same seeds; darker means more. Grey cells are still running.',
  'lab.heatmap.chart.xAxis': '{label} →',
  'lab.heatmap.chart.yAxis': '↑ {label}',
  'lab.heatmap.chart.legendNote': 'median over the runs of each cell',
  'lab.heatmap.table.caption': 'Median (5th to 95th percentile) of {metric}; rows: {y}, columns: {x}',
  'lab.heatmap.table.corner': '{y} \\ {x}',
  'lab.heatmap.table.cell': '{median} ({low} to {high})',

  // Costs and benefits (cost-benefit-view.ts, cost-benefit-chart.ts, cost-benefit.ts).
  'lab.costBenefit.heading': 'Weighing costs and benefits',
  'lab.costBenefit.lede':
    'Every deployment policy runs at several patrol levels on the same seeds. Across: true incidents that patrols find per day. Up: stops that found nothing, per {per, integer} residents of each group. True crime is equal for both groups unless the scenario says otherwise.',
  'lab.costBenefit.caveat':
    'This is a way to see what a utilitarian weighing hides, not an endorsement of it. A single score adds up incidents found and people stopped without cause as if they were interchangeable, and it does not ask who is stopped.',
  'lab.costBenefit.levels': 'Patrol units per day',
  'lab.costBenefit.withCorrection': 'Also with the correction (inverse propensity, {exploration, percent} exploration)',
  'lab.costBenefit.replicates': 'Replicates per policy',
  'lab.costBenefit.run': 'Run every policy',
  'lab.costBenefit.weight': 'One stop without a hit weighs as much as {weight} incidents found',
  'lab.costBenefit.split': 'Split by group',
  'lab.costBenefit.prompt': 'Run the policies to see which one the rule picks.',
  'lab.costBenefit.choice':
    'Weighing one stop without a hit as {weight} incidents found, the rule picks {policy}: it finds {found} incidents a day and makes {empty} stops a day that find nothing. Who bears that: over the run, {minority} stops without a hit per {per, integer} minority residents, against {majority} per {per, integer} majority residents{times}.',
  'lab.costBenefit.segments.same': 'Over every weight from {from} to {to}, the rule picks the same policy.',
  'lab.costBenefit.segments': "As the weight grows from {from} to {to}, the rule's pick changes at {changes}.",
  'lab.costBenefit.segments.change': '{weight} (to {policy})',
  'lab.list.separator': ', ',
  'lab.costBenefit.summary.none': 'No policy has finished yet.',
  'lab.costBenefit.summary':
    '{count, integer} policies: {most} finds the most ({found} a day); {fewest} makes the fewest stops without a hit ({empty} a day).',
  'lab.costBenefit.pointName': '{policy}, {units, integer} units',
  'lab.policy.sample': 'Sample by risk',
  'lab.policy.proportional': 'Proportional to risk',
  'lab.policy.topK': 'Top {count, integer} hotspots',
  'lab.policy.uniform': 'Uniform',
  'lab.policy.corrected': '{name}, corrected',
  'lab.costBenefit.key.all': 'All residents',
  'lab.costBenefit.key.corrected': 'Hollow: corrected',
  'lab.costBenefit.chart.heading': 'Incidents found against people stopped without cause',
  'lab.costBenefit.chart.note.split':
    'Each policy at each patrol level is a pair of marks joined by a line: a circle for minority residents and a square for majority residents; hollow marks have the correction on. The ringed policy is the one the rule picks.',
  'lab.costBenefit.chart.note.all':
    'Each policy at each patrol level is one mark; hollow marks have the correction on. The ringed policy is the one the rule picks.',
  'lab.costBenefit.chart.yAxis': 'Stops without a hit per {per, integer} residents, whole run',
  'lab.costBenefit.chart.xAxis': 'True incidents found by patrols per day (discoveries + stop hits)',
  'lab.costBenefit.chart.xAxisShort': 'Incidents found per day',
  'lab.costBenefit.chart.point':
    '{policy}: {found} found per day; stops without a hit per {per, integer}: minority {minority}, majority {majority}',
  'lab.costBenefit.chart.picked': 'Picked: {policy}',
  'lab.costBenefit.table.summary': 'Data table: every policy and patrol level',
  'lab.costBenefit.table.caption': 'Means over the replicates of each policy; stops without a hit per {per, integer} residents over the whole run',
  'lab.costBenefit.table.policy': 'Policy',
  'lab.costBenefit.table.units': 'Units',
  'lab.costBenefit.table.found': 'Found per day',
  'lab.costBenefit.table.empty': 'Stops without a hit per day',
  'lab.costBenefit.table.minority': 'Minority, per {per, integer}',
  'lab.costBenefit.table.majority': 'Majority, per {per, integer}',
  'lab.costBenefit.table.picked': 'Picked',
  'lab.costBenefit.table.yes': 'yes',

  // A lab chart (lab-chart.ts); its table's summary is chart.tableSummary.
  'lab.chart.waiting': 'Waiting for results.',
} as const;
