/**
 * Entry of present.html: presenter mode for the story named by the hash, e.g.
 * `present.html#preset=biased-history` (optionally `&seed=7&chapter=2`). The hash follows the
 * slides (replaceState), so a reload returns to the same slide.
 */
import './embed-page.css';
import { localizePage } from '../share/page-text.ts';
import { decodePermalink, encodePermalink } from '../share/permalink.ts';
import type { RunawayPresenter } from './runaway-presenter.ts';
import './runaway-presenter.ts';
import { startLocale } from '../i18n/locale-choice.ts';

localizePage();
startLocale();

const presenter = document.querySelector('runaway-presenter') as RunawayPresenter | null;

function applyHash(): void {
  if (!presenter) return;
  const decoded = decodePermalink(location.hash);
  for (const notice of decoded.notices) console.info(`Presenter link: ${notice.message}`);
  presenter.preset = decoded.preset.id;
  presenter.seed = decoded.state.seed === decoded.preset.seed ? null : decoded.state.seed;
  // chapter=k opens slide k (slide 0 is the title; the one after the last chapter is the discussion).
  presenter.slide = Math.min(decoded.state.view.chapter ?? 0, decoded.preset.story.length + 1);
}

if (presenter) {
  applyHash();
  addEventListener('hashchange', applyHash);
  presenter.addEventListener('slide-change', () => {
    const preset = presenter.presetData;
    const state = {
      presetId: preset.id,
      seed: presenter.seed ?? preset.seed,
      overrides: {},
      view: presenter.slide > 0 ? { chapter: presenter.slide } : {},
    };
    const hash = `#${encodePermalink(state)}`;
    if (hash !== location.hash) history.replaceState(history.state, '', hash);
  });
  presenter.focus();
}
