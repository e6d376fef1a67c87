/**
 * English texts of the discussion questions: `discussion.<id>.question` and
 * `discussion.<id>.notes` (a list of notes for whoever leads the discussion). The first six
 * follow the Carnegie Council's questions on intelligence-led policing; presets name the
 * questions they illustrate (`discussionQuestions` in a preset file).
 */
export const discussionMessages = {
  'discussion.ilp-ethical.question': 'When, if ever, is intelligence-led policing ethical?',
  'discussion.ilp-ethical.notes': [
    'Separate the aim (directing scarce officers by evidence) from the data (records shaped by past policing). The "Biased history, equal crime" story shows a sound aim on unsound data.',
    'Ask what conditions would have to hold: data that measure crime rather than police activity, a check against a control, a way for the public to see and contest the system.',
    'Let students disagree. Some will argue that any system trained on arrest records fails these conditions; others that a carefully audited one could meet them.',
  ],
  'discussion.guidelines-enforced.question': 'Should there be ethical guidelines for predictive policing, and how could they be enforced?',
  'discussion.guidelines-enforced.notes': [
    'The corrections in "Can the model be fixed?" are a kind of technical guideline; note that one of them is only right for two regions. Who would have noticed that it fails for three?',
    'Discuss enforcement options: audits, public registers of systems in use, impact assessments before deployment, courts, procurement rules, the power to switch a system off.',
    'Ask who is best placed to enforce: the police themselves, an independent body, elected officials or the courts.',
    'For a list of people, "The list" tries three rules: no extra attention to listed people, no points for contacts, a shorter look-back window. Ask which problem each addresses and which it leaves, and whether a person should be able to learn that she is listed, see her points and contest them. LAPD\'s Inspector General wrote in 2019 that chronic-offender status "should not be used as the basis for any detention or arrest".',
  ],
  'discussion.new-technology.question': 'Does new technology bring new ethical concerns, or old ones at a new scale?',
  'discussion.new-technology.notes': [
    'Over-policing of some neighborhoods predates algorithms. The "Cameras on some streets" story shows how sensors add a new channel for an old pattern: where you look is what you find.',
    'New features worth naming: speed and scale, the appearance of objectivity, decisions that are hard to explain, data kept and joined across systems.',
    'The "The list" story moves the loop from places to people: joined into one score, routine stops become points, and points bring more stops. Brayne (2017) describes databases that now include people "who have not had direct police contact"; try the associate points and ask what it means to be listed because of whom you know.',
  ],
  'discussion.federal-local.question': 'Should federal and local agencies be held to different standards?',
  'discussion.federal-local.notes': [
    'Fusion systems join data from local police, federal agencies and private sensors. Ask whose rules apply when records cross from one to another.',
    'Local agencies are closer to the communities affected and often more accountable to them; federal agencies may have more resources for oversight. Which matters more for fairness?',
    'The model does not distinguish agencies; use it to show what joined data sources do, then discuss who should answer for them.',
  ],
  'discussion.across-nations.question': 'How could predictive policing be regulated across nations?',
  'discussion.across-nations.notes': [
    'The reporting story draws on survey data from the United States (NCVS) and from Bogotá, Colombia (Akpinar and colleagues). Reporting rates, and trust in police, differ between and within countries.',
    'Ask whether a system built and tested in one country can be assumed to work the same way in another, and who would check.',
    'Regulation differs: some jurisdictions restrict or ban predictive policing, others have no specific rules. Students can research one and report back.',
  ],
  'discussion.utilitarian.question': 'What are the strengths and weaknesses of weighing benefits against costs, as a utilitarian would?',
  'discussion.utilitarian.notes': [
    'Use the "Weighing costs and benefits" story: it counts hits and people stopped for nothing, by group, but assigns neither a value.',
    'A strength: the weighing makes trade-offs explicit and comparable. A weakness: it needs a common unit for unlike harms, and a total can hide who pays.',
    'Ask students to set a weight (how many empty stops is one hit worth?) and defend it; then show how the answer changes when the costs fall mostly on one group.',
  ],
  'discussion.equal-crime-unequal-data.question': 'If true crime is the same everywhere, where do the differences in the data come from, and who is responsible for them?',
  'discussion.equal-crime-unequal-data.notes': [
    'Trace the loop on the diagram: records come from where police look; risk comes from records; patrols come from risk.',
    'Responsibility can sit with the data, the model, the deployment rule or the people who chose them. Ask which one each story changes.',
  ],
  'discussion.who-is-harmed.question': 'Is under-policing a harm? Who is harmed when patrols leave a neighborhood?',
  'discussion.who-is-harmed.notes': [
    'In "Who calls the police" the most-minority quarter loses patrols because its victims report less. The model counts patrols, not the slower response or lost trust that may follow.',
    'Both over- and under-policing can be unfair; ask students which they think the public notices more, and why.',
  ],
  'discussion.fix-or-abandon.question': 'When a system is shown to be biased, should it be corrected or not used at all?',
  'discussion.fix-or-abandon.notes': [
    'The corrections work only under conditions: known propensities, some random patrols, the right number of regions. Ask how a police department would know these hold.',
    'Correcting one bias (patrol feedback) leaves others (reporting, history, stops) in place.',
  ],
  'discussion.stops-harm.question': 'What does a stop that finds nothing cost the person stopped, and the community?',
  'discussion.stops-harm.notes': [
    'The model counts empty stops; it does not count time lost, fear, force used, or the effect on trust and on reporting.',
    'The Floyd court found the stop practice unconstitutional in part because of who was stopped; ask whether the numbers alone could show that.',
  ],
  'discussion.control-group.question': 'What would count as evidence that a policing algorithm works? What should it be compared with?',
  'discussion.control-group.notes': [
    'The "No feedback" scenario is a control condition. Mohler and colleagues ran randomized field trials; ask what such a trial can and cannot show about fairness.',
    'A system judged by the records it produces can look successful while missing most crime, as the attention-allocation story shows.',
  ],
  'discussion.feedback-everywhere.question': 'Where else do systems learn from data their own decisions produced?',
  'discussion.feedback-everywhere.notes': [
    'Examples: hiring tools trained on past hires, credit scores, recommendation feeds, school tracking.',
    'Ask what the "discoveries" and the "reports" would be in each case: which data depend on the system\'s own choices, and which do not?',
  ],
} as const;
