/**
 * English texts of the explorable's People panel (src/components/people-panel.ts): the person
 * layer's numbers, its unit chart of sampled residents and its chart of the list over time.
 */
export const peopleMessages = {
  'people.heading': 'People: a watchlist fed by contacts',
  'people.intro':
    'The same loop one level down. The layer follows {followed, integer} synthetic residents; the stops and incidents of the run above are given to residents, each contact and arrest adds points (weights after LAPD LASER\'s scheme as reported, not verified), and every {refresh, integer} days the highest scores form a list. Listing makes a resident likelier to be the one stopped. The group label never enters the score. These are synthetic numbers, not facts about a real city.',
  'people.off': 'The person layer is off in this scenario. Switch on "Follow people" under Settings, or open the story "The list".',
  'people.waiting': 'The person layer reports when the run has finished.',
  'people.listShare': 'Minority residents held {list, percent} of the places on the list and are {population, percent} of the residents followed.',
  'people.contacts': 'Police contacts per true offense: {minority, ratio} for minority residents, {majority, ratio} for majority residents.',
  'people.withoutOffense': '{share, percent} of the time on the list was spent by people with no true offense in the look-back window.',
  'people.throughContacts': '{share, percent} of it was spent by people whose other points (arrests, gang labels, probation) would not have listed them: they were listed through their contacts.',
  'people.daysOnList': 'A listed person stayed on the list {days, integer} days on average; {count, integer} people were listed at some point.',
  'people.twins': 'The same resident (the same propensity draw) was listed {high, amount} times in 1,000 in the most-patrolled quarter of neighborhoods and {low, amount} times in 1,000 in the least-patrolled quarter.',
  'people.unitHeading': 'A sample of residents',
  'people.unitQuarter': 'Most-minority quarter of neighborhoods',
  'people.unitRest': 'The rest of the city',
  'people.unitSummary': 'Of {count, integer} sampled residents of the most-minority quarter, {stoppedQuarter, integer} were stopped at least once and {listedQuarter, integer} were listed; of {count, integer} elsewhere, {stoppedRest, integer} were stopped and {listedRest, integer} were listed.',
  'people.legendNone': 'not stopped',
  'people.legendStopped': 'stopped at least once',
  'people.legendListed': 'listed at some point (ringed)',
  'people.compositionHeading': 'Who is on the list, over time',
  'people.compositionLine': 'minority share of the list',
  'people.compositionPopulation': 'minority share of the residents followed',
  'people.compositionSummary': 'On the last day minority residents held {share, percent} of the list, against {population, percent} of the residents followed.',
  'people.compositionEmpty': 'Nobody has been listed yet: the first list is drawn after {refresh, integer} days.',
  'people.axisDay': 'day',
} as const;
