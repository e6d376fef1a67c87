/** English texts of the teacher page (teacher.html, src/teacher/). */
export const teacherMessages = {
  'teacher.pageTitle': 'Runaway for teachers: a 45-minute lesson on feedback loops in predictive policing',
  'teacher.title': 'Runaway for teachers',
  'teacher.lead':
    'A lesson plan, discussion questions and background for teaching with Runaway. Every story runs in the browser from its own link, needs no account and sends nothing anywhere. All numbers come from a synthetic city: present them as illustrations of mechanisms, never as facts about a real place.',
  'teacher.goals.heading': 'Learning goals',
  'teacher.goals.intro': 'By the end of the lesson, students can:',
  'teacher.goals': [
    'describe a feedback loop in which a system\'s decisions shape the data it later learns from;',
    'tell apart what the data say (recorded crime) from what is happening (true crime), and explain why they differ;',
    'explain how a biased history, unequal reporting, uneven surveillance and biased stops each produce disparities even when true crime is equal;',
    'judge a proposed correction by the conditions under which it works;',
    'weigh benefits against costs, say who bears the costs, and name what a model leaves out.',
  ],
  'teacher.plan.heading': 'A 45-minute lesson',
  'teacher.plan.intro':
    'Project the stories at 1280 × 720 or larger. Use the arrow keys or the Next button to move between chapters; each chapter runs the model, pauses and highlights the chart it talks about. Ask students to predict each number before you move on.',
  'teacher.plan.minutes': '{from}–{to} min',
  'teacher.plan.open': 'Open the story',
  'teacher.plan.opening.title': 'Opening question',
  'teacher.plan.opening.text':
    'Ask: "If crime is the same everywhere, should patrols be the same everywhere? What would make them differ?" Collect answers on the board. Show the panel "What this model is, and is not" and stress that the city is invented.',
  'teacher.plan.urn.title': 'How a loop runs away',
  'teacher.plan.urn.text':
    'Play the story together. Before chapter 3, ask students to predict where the patrol share will be after 1,000 days. Name the loop: records, risk, patrols, discoveries, records.',
  'teacher.plan.history.title': 'Biased history, equal crime',
  'teacher.plan.history.text':
    'In pairs, students write down a guess for the patrol share of the most-minority quarter after 100 days, then watch. Ask what the last chapter, with patrols spread evenly, tells us about where the disparity comes from.',
  'teacher.plan.groups.title': 'Three data sources, three groups',
  'teacher.plan.groups.text':
    'Split the class into three groups, each with one story: "Who calls the police", "Cameras on some streets" and "Stops that find nothing". Each group notes one number that surprised them and one thing to try, then reports back in one minute.',
  'teacher.plan.fix.title': 'Can the model be fixed?',
  'teacher.plan.fix.text':
    'Play the story to the whole class. Ask what the corrections need to know, and who in a real police department would know it.',
  'teacher.plan.weigh.title': 'Weighing costs and benefits',
  'teacher.plan.weigh.text':
    'Play the first two chapters, then discuss the utilitarian question below and one more question of your choice.',
  'teacher.plan.exit.title': 'Exit ticket',
  'teacher.plan.exit.text': 'Each student writes one sentence: what does this model leave out that matters most, and why?',
  'teacher.discussion.heading': 'Discussion questions',
  'teacher.discussion.intro':
    'The first six questions follow the Carnegie Council\'s discussion questions on intelligence-led policing. Each is tied to the stories that illustrate it; the notes are suggestions for leading the discussion, not answers.',
  'teacher.discussion.notes': 'Notes for leading the discussion',
  'teacher.discussion.illustrated': 'Illustrated by:',
  'teacher.discussion.carnegie': 'Carnegie Council question',
  'teacher.storyNotes.heading': 'Notes for single stories',
  'teacher.storyNotes.intro': 'Stories outside the 45-minute plan, for a second lesson or for students working alone.',
  'teacher.storyNotes.notice': 'What to notice',
  'teacher.storyNotes.questions': 'Questions to ask',
  'teacher.storyNotes.ties': 'How it ties to the Carnegie Council questions',
  'teacher.storyNotes.the-list.intro':
    'The story moves the loop from places to people: routine stops become points, points put people on a list, and the list brings more stops. It takes about 15 minutes and works best after "Biased history, equal crime". The last three chapters each try one rule.',
  'teacher.storyNotes.the-list.notice': [
    'Chapter 1: both groups offend at the same rate, yet the same resident is far likelier to be listed in a heavily patrolled neighborhood than in a lightly patrolled one. Only her address differs.',
    'Chapter 2: a stop adds a point whatever it finds, and minority residents are stopped far more often for each true offense. Much of the time on the list is spent by people whose other points alone would not have put them there.',
    'Chapter 3: the list is a second loop inside the first. Listed people are stopped more often, gain more points and stay on the list.',
    'Chapters 4 to 6: each rule fixes something different. Without extra attention people leave the list sooner; without contact points nobody is listed through contacts, yet minority residents still hold more of the list than their share of residents, because arrests also happen where patrols go; a shorter window moves more people through the list.',
    'The numbers come from a synthetic city and a sample of its residents; the point weights follow LASER\'s scheme as reported, not verified. Present them as a mechanism, not as findings about Los Angeles or Chicago.',
  ],
  'teacher.storyNotes.the-list.questions': [
    'Before chapter 2: should a stop that finds nothing count against the person stopped? What would the list look like if it did not?',
    'After chapter 3: a listed person is not told. Who, if anyone, should be able to see the list and the points behind it, and should she be able to contest them?',
    'After the policy chapters: which rule would you adopt, and what problem does it leave untouched?',
    'In the sandbox, give points for listed associates. Is it fair to be listed because of whom you know?',
  ],
  'teacher.storyNotes.the-list.tie.new-technology':
    'Lists of people the police watch are older than computers. What the fused score adds is scale, automatic updates, and a point for every routine contact recorded anywhere in the joined databases; associate points reach people with no police contact of their own (Brayne 2017). Ask which of these is new in kind and which is new in scale.',
  'teacher.storyNotes.the-list.tie.guidelines-enforced':
    'The three policy chapters are candidate guidelines. Ask how each could be checked from outside the police, and what a listed person should be entitled to know. The LAPD\'s Inspector General found in 2019 that LASER used inconsistent criteria and lacked oversight, and the department ended the program that year.',
  'teacher.leavesOut.heading': 'What the model leaves out',
  'teacher.leavesOut.intro': 'Say this to students before they draw conclusions:',
  'teacher.stories.heading': 'All stories',
  'teacher.stories.intro': 'Each story has 3 to 6 chapters and ends in the sandbox, where every setting can be changed.',
  'teacher.stories.chapters': '{count, integer} chapters',
  'teacher.reading.heading': 'Further reading',
} as const;
