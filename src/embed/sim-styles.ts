/**
 * Styles of `<runaway-sim>`. A host page's CSS does not reach inside, and the app's page tokens
 * are not there, so every colour and font has a default here that the host may override with a
 * `--runaway-sim-*` custom property or a `::part()` rule.
 */
import { css } from 'lit';

export const simStyles = css`
  :host {
    display: block;
    container-type: inline-size;
    font-family: var(--runaway-sim-font, system-ui, -apple-system, 'Segoe UI', Roboto, 'Helvetica Neue', Arial, sans-serif);
    color: var(--runaway-sim-ink, #1c1d1f);
    background: var(--runaway-sim-background, #ffffff);
    line-height: 1.4;
    /* The app's design tokens, for the story player inside: a host page does not define them. */
    --ink: var(--runaway-sim-ink, #1c1d1f);
    --ink-soft: #4a4d52;
    --paper: var(--runaway-sim-background, #ffffff);
    --panel: var(--runaway-sim-panel, #ffffff);
    --rule: var(--runaway-sim-rule, #d9d6cf);
    --rule-strong: #a9a59c;
    --focus: var(--runaway-sim-accent, #1a56db);
    --radius: 6px;
    --font: var(--runaway-sim-font, system-ui, -apple-system, 'Segoe UI', Roboto, 'Helvetica Neue', Arial, sans-serif);
  }
  :host([hidden]) {
    display: none;
  }
  *,
  *::before,
  *::after {
    box-sizing: border-box;
  }
  header .title {
    margin: 0 0 0.3rem;
    font-size: 1.3rem;
    line-height: 1.2;
  }
  .views {
    display: grid;
    grid-template-columns: repeat(auto-fit, minmax(min(100%, var(--runaway-sim-min-column, 22rem)), 1fr));
    gap: 0.8rem;
  }
  .view {
    min-width: 0;
    padding: 0.6rem 0.7rem;
    background: var(--runaway-sim-panel, #ffffff);
    border: 1px solid var(--runaway-sim-rule, #d9d6cf);
    border-radius: 6px;
  }
  .view.highlighted {
    outline: 3px solid var(--runaway-sim-accent, #1a56db);
    outline-offset: 2px;
  }
  .view-title {
    margin: 0 0 0.3rem;
    font-size: 1.1rem;
    line-height: 1.3;
  }
  .sentence {
    margin: 0;
    font-size: 1.25rem;
    font-weight: 600;
    line-height: 1.35;
  }
  .chapter {
    margin: 0.4rem 0 0.8rem;
    padding: 0.6rem 0.8rem;
    border-left: 4px solid var(--runaway-sim-accent, #1a56db);
    background: var(--runaway-sim-panel, #ffffff);
  }
  .chapter .chapter-title {
    margin: 0 0 0.3rem;
    font-size: 1.15rem;
  }
  .chapter-count {
    margin: 0;
    font-size: 0.85rem;
    color: #4a4d52;
  }
  .chapter-text {
    margin: 0;
    max-width: 60rem;
  }
  .chapter-nav {
    display: flex;
    gap: 0.5rem;
    margin-top: 0.5rem;
  }
  button {
    font: inherit;
    color: inherit;
    min-height: 44px;
    min-width: 44px;
    padding: 0.35em 0.9em;
    border: 1px solid #a9a59c;
    border-radius: 6px;
    background: #ffffff;
    cursor: pointer;
  }
  button:disabled {
    cursor: default;
    opacity: 0.55;
  }
  :focus-visible {
    outline: 3px solid var(--runaway-sim-accent, #1a56db);
    outline-offset: 2px;
  }
  .status {
    margin: 0 0 0.4rem;
    min-height: 1.4em;
    font-size: 0.95rem;
    color: #4a4d52;
  }
  .status:empty {
    display: none;
  }
  .notice {
    margin: 0 0 0.6rem;
    padding: 0.5rem 0.8rem;
    background: #fff4d6;
    border: 1px solid #7a4d00;
    border-radius: 6px;
  }
  .notice p,
  .notice ul {
    margin: 0 0 0.4rem;
  }
  footer p {
    margin: 0.6rem 0 0;
    font-size: 0.85rem;
    color: #4a4d52;
  }
`;
