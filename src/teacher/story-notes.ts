/**
 * Teacher notes for stories outside the 45-minute plan: what to notice, questions to ask, and how
 * the story ties to the Carnegie Council questions it illustrates. Texts live in the catalogue
 * (`teacher.storyNotes.<preset>.intro`, `.notice`, `.questions`, `.tie.<question>`); the Node tests
 * check that every preset exists and that every tie is a Carnegie question the preset names.
 */

export interface StoryNotes {
  /** The preset whose story the notes are for. */
  preset: string;
  /** Carnegie Council questions (ids in DISCUSSION_QUESTIONS) the notes tie the story to, in order. */
  ties: readonly string[];
}

export const STORY_NOTES: readonly StoryNotes[] = [{ preset: 'the-list', ties: ['new-technology', 'guidelines-enforced'] }];
