/**
 * The teacher page: learning goals, a 45-minute lesson plan built on the stories, discussion
 * questions with notes for leading them (each tied to the stories that illustrate it), notes for
 * stories outside the plan (what to notice, questions, ties to the Carnegie questions), what the
 * model leaves out, every story with its link, and further reading. Everything is generated
 * from the catalogue and the preset files, so the page and the stories cannot drift apart.
 */
import { css, html, LitElement, nothing } from 'lit';
import { customElement } from 'lit/decorators.js';
import { BIBLIOGRAPHY, PRESETS, findPreset, type Preset } from '../../presets/index.ts';
import { t, tList } from '../i18n/index.ts';
import { LocaleController } from '../i18n/locale-controller.ts';
import { renderCitation } from '../stories/model-facts.ts';
import '../stories/site-nav.ts';
import { presetCaption, storyHash, storyTitle } from '../stories/story.ts';
import { sharedStyles } from '../styles/shared.ts';
import { DISCUSSION_QUESTIONS, presetsIllustrating } from './discussion.ts';
import { LESSON_PLAN } from './lesson-plan.ts';
import { STORY_NOTES } from './story-notes.ts';
import '../i18n/parts/learning.ts';

/** The teacher page's content. */
@customElement('runaway-teacher-guide')
export class TeacherGuide extends LitElement {
  static override styles = [
    sharedStyles,
    css`
      :host {
        display: block;
        max-width: 56rem;
        margin: 0 auto;
        padding: 0 1rem 3rem;
      }
      h1 {
        margin: 1rem 0 0.4rem;
        font-size: 1.8rem;
      }
      h2 {
        margin: 2rem 0 0.5rem;
        font-size: 1.4rem;
        border-bottom: 1px solid var(--rule);
        padding-bottom: 0.2rem;
      }
      h3 {
        margin: 1.2rem 0 0.3rem;
        font-size: 1.1rem;
      }
      p,
      li {
        line-height: 1.5;
      }
      .lead {
        font-size: 1.1rem;
      }
      a {
        color: var(--focus);
      }
      ol.plan {
        list-style: none;
        padding: 0;
        margin: 0;
      }
      ol.plan > li {
        display: grid;
        grid-template-columns: 6.5rem minmax(0, 1fr);
        gap: 0 1rem;
        padding: 0.7rem 0;
        border-bottom: 1px solid var(--rule);
      }
      .minutes {
        font-weight: 700;
        font-variant-numeric: tabular-nums;
      }
      ol.plan h3 {
        margin: 0 0 0.2rem;
      }
      ol.plan p {
        margin: 0 0 0.3rem;
      }
      .links {
        display: flex;
        flex-wrap: wrap;
        gap: 0.2rem 1rem;
        margin: 0;
        padding: 0;
        list-style: none;
        font-size: 0.95rem;
      }
      .question,
      .story-note {
        padding: 0.2rem 0 0.8rem;
        border-bottom: 1px solid var(--rule);
      }
      .tag {
        display: inline-block;
        margin: 0 0 0.3rem;
        padding: 0.05rem 0.45rem;
        font-size: 0.8rem;
        border: 1px solid var(--rule-strong);
        border-radius: 999px;
        color: var(--ink-soft);
      }
      .illustrated {
        display: flex;
        flex-wrap: wrap;
        gap: 0.2rem 1rem;
        margin: 0.3rem 0;
        font-size: 0.95rem;
      }
      .notes-heading {
        margin: 0.4rem 0 0.1rem;
        font-size: 0.9rem;
        font-weight: 700;
        color: var(--ink-soft);
      }
      .notes {
        margin: 0;
        font-size: 0.95rem;
      }
      dl.stories dt {
        margin-top: 0.6rem;
        font-weight: 700;
      }
      dl.stories dd {
        margin: 0.1rem 0 0;
        color: var(--ink-soft);
      }
      .reading li {
        font-size: 0.95rem;
        margin-bottom: 0.35rem;
      }
      @media print {
        :host {
          max-width: none;
        }
        runaway-site-nav {
          display: none;
        }
      }
    `,
  ];

  constructor() {
    super();
    new LocaleController(this);
  }

  protected override updated(): void {
    document.title = t('teacher.pageTitle');
  }

  protected override render() {
    return html`<runaway-site-nav current="teacher"></runaway-site-nav>
      <main>
        <h1>${t('teacher.title')}</h1>
        <p class="lead">${t('teacher.lead')}</p>
        ${this.renderGoals()} ${this.renderPlan()} ${this.renderDiscussion()} ${this.renderStoryNotes()} ${this.renderLeavesOut()} ${this.renderStories()} ${this.renderReading()}
      </main>`;
  }

  private renderGoals() {
    return html`<section aria-labelledby="goals">
      <h2 id="goals">${t('teacher.goals.heading')}</h2>
      <p>${t('teacher.goals.intro')}</p>
      <ul>
        ${tList('teacher.goals').map((goal) => html`<li>${goal}</li>`)}
      </ul>
    </section>`;
  }

  private renderPlan() {
    return html`<section aria-labelledby="plan">
      <h2 id="plan">${t('teacher.plan.heading')}</h2>
      <p>${t('teacher.plan.intro')}</p>
      <ol class="plan">
        ${LESSON_PLAN.map(
          (step) => html`<li>
            <span class="minutes">${t('teacher.plan.minutes', { from: step.from, to: step.to })}</span>
            <div>
              <h3>${t(`teacher.plan.${step.id}.title`)}</h3>
              <p>${t(`teacher.plan.${step.id}.text`)}</p>
              ${step.stories.length ? this.storyLinks(step.stories.map((id) => findPreset(id)).filter((preset) => preset !== undefined)) : nothing}
            </div>
          </li>`,
        )}
      </ol>
    </section>`;
  }

  private renderDiscussion() {
    return html`<section aria-labelledby="discussion">
      <h2 id="discussion">${t('teacher.discussion.heading')}</h2>
      <p>${t('teacher.discussion.intro')}</p>
      ${DISCUSSION_QUESTIONS.map(
        (question) => html`<div class="question">
          <h3 id=${`question-${question.id}`}>${t(`discussion.${question.id}.question`)}</h3>
          ${question.source === 'carnegie' ? html`<p class="tag">${t('teacher.discussion.carnegie')}</p>` : nothing}
          <div class="illustrated">${t('teacher.discussion.illustrated')} ${this.storyLinks(presetsIllustrating(question.id))}</div>
          <p class="notes-heading">${t('teacher.discussion.notes')}</p>
          <ul class="notes">
            ${tList(`discussion.${question.id}.notes`).map((note) => html`<li>${note}</li>`)}
          </ul>
        </div>`,
      )}
    </section>`;
  }

  private renderStoryNotes() {
    return html`<section aria-labelledby="story-notes">
      <h2 id="story-notes">${t('teacher.storyNotes.heading')}</h2>
      <p>${t('teacher.storyNotes.intro')}</p>
      ${STORY_NOTES.map((notes) => {
        const preset = findPreset(notes.preset);
        if (preset === undefined) return nothing;
        const key = `teacher.storyNotes.${preset.id}`;
        return html`<div class="story-note">
          <h3><a href=${`stories.html${storyHash(preset.id, 0)}`}>${storyTitle(preset)}</a></h3>
          <p>${t(`${key}.intro`)}</p>
          <p class="notes-heading">${t('teacher.storyNotes.notice')}</p>
          <ul class="notes">
            ${tList(`${key}.notice`).map((note) => html`<li>${note}</li>`)}
          </ul>
          <p class="notes-heading">${t('teacher.storyNotes.questions')}</p>
          <ul class="notes">
            ${tList(`${key}.questions`).map((question) => html`<li>${question}</li>`)}
          </ul>
          <p class="notes-heading">${t('teacher.storyNotes.ties')}</p>
          <ul class="notes">
            ${notes.ties.map(
              (id) => html`<li><a href=${`#question-${id}`}>${t(`discussion.${id}.question`)}</a> ${t(`${key}.tie.${id}`)}</li>`,
            )}
          </ul>
        </div>`;
      })}
    </section>`;
  }

  private renderLeavesOut() {
    return html`<section aria-labelledby="leaves-out">
      <h2 id="leaves-out">${t('teacher.leavesOut.heading')}</h2>
      <p>${t('teacher.leavesOut.intro')}</p>
      <ul>
        ${tList('model.leavesOut').map((item) => html`<li>${item}</li>`)}
      </ul>
      <p><a href="about.html">${t('model.title')}</a></p>
    </section>`;
  }

  private renderStories() {
    return html`<section aria-labelledby="stories">
      <h2 id="stories">${t('teacher.stories.heading')}</h2>
      <p>${t('teacher.stories.intro')}</p>
      <dl class="stories">
        ${PRESETS.map(
          (preset) => html`<dt><a href=${`stories.html${storyHash(preset.id, 0)}`}>${storyTitle(preset)}</a> · ${t('teacher.stories.chapters', { count: preset.story.length })}</dt>
            <dd>${presetCaption(preset)}</dd>`,
        )}
      </dl>
    </section>`;
  }

  private renderReading() {
    return html`<section aria-labelledby="reading">
      <h2 id="reading">${t('teacher.reading.heading')}</h2>
      <ul class="reading">
        ${Object.values(BIBLIOGRAPHY).map((citation) => html`<li>${renderCitation(citation)}</li>`)}
      </ul>
    </section>`;
  }

  private storyLinks(presets: Preset[]) {
    return html`<ul class="links">
      ${presets.map((preset) => html`<li><a href=${`stories.html${storyHash(preset.id, 0)}`}>${storyTitle(preset)}</a></li>`)}
    </ul>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'runaway-teacher-guide': TeacherGuide;
  }
}
