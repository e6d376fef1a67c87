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
  'teacher.leavesOut.heading': 'What the model leaves out',
  'teacher.leavesOut.intro': 'Say this to students before they draw conclusions:',
  'teacher.stories.heading': 'All stories',
  'teacher.stories.intro': 'Each story has 3 to 6 chapters and ends in the sandbox, where every setting can be changed.',
  'teacher.stories.chapters': '{count, integer} chapters',
  'teacher.reading.heading': 'Further reading',
} as const;
