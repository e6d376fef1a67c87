/**
 * Styles the lab's views share: form controls at touch size, buttons, the progress bar, status
 * lines and the grids that put A, B and their difference side by side (stacked on a phone).
 * Colours come from the page's custom properties, with fallbacks so each view also stands alone.
 */
import { css } from 'lit';

export const labStyles = css`
  :host {
    display: block;
    font-family: var(--font, system-ui, -apple-system, 'Segoe UI', Roboto, 'Helvetica Neue', Arial, sans-serif);
    color: var(--ink, #1c1d1f);
    line-height: 1.45;
  }
  *,
  *::before,
  *::after {
    box-sizing: border-box;
  }
  :focus-visible {
    outline: 3px solid var(--focus, #1a56db);
    outline-offset: 2px;
  }
  h2 {
    font-size: 1.35rem;
    margin: 0 0 0.3rem;
    line-height: 1.2;
  }
  h3 {
    font-size: 1.1rem;
    margin: 0 0 0.3rem;
  }
  p {
    margin: 0 0 0.5rem;
  }
  .lede {
    color: var(--ink-soft, #4a4d52);
    max-width: 60rem;
  }
  button {
    font: inherit;
    color: inherit;
    min-height: 44px;
    padding: 0.35em 0.8em;
    border: 1px solid var(--rule-strong, #a9a59c);
    border-radius: var(--radius, 6px);
    background: var(--panel, #ffffff);
    cursor: pointer;
    touch-action: manipulation;
  }
  button:hover:not(:disabled) {
    background: #f1efe9;
  }
  button.primary {
    background: var(--ink, #1c1d1f);
    border-color: var(--ink, #1c1d1f);
    color: #ffffff;
  }
  button.primary:hover:not(:disabled) {
    background: #3a3c40;
  }
  button:disabled {
    cursor: not-allowed;
    opacity: 0.55;
  }
  button[aria-pressed='true'] {
    background: var(--real-tint, #e6f0f6);
    border-color: var(--real, #005a8c);
    font-weight: 600;
  }
  select,
  input[type='number'],
  input[type='text'] {
    font: inherit;
    color: inherit;
    min-height: 40px;
    max-width: 100%;
    padding: 0.2em 0.45em;
    border: 1px solid var(--rule-strong, #a9a59c);
    border-radius: var(--radius, 6px);
    background: var(--panel, #ffffff);
  }
  input[type='number'] {
    width: 7.5em;
  }
  input[type='range'] {
    accent-color: var(--ink, #1c1d1f);
    min-height: 32px;
    width: min(100%, 22rem);
  }
  input[type='checkbox'] {
    width: 1.2em;
    height: 1.2em;
    accent-color: var(--ink, #1c1d1f);
  }
  label {
    font-weight: 600;
  }
  .row {
    display: flex;
    flex-wrap: wrap;
    align-items: flex-end;
    gap: 0.5rem 1rem;
    margin-bottom: 0.6rem;
  }
  .field {
    display: flex;
    flex-direction: column;
    gap: 0.15rem;
    min-width: 0;
  }
  .field .hint {
    font-size: 0.85rem;
    color: var(--ink-soft, #4a4d52);
    font-weight: 400;
  }
  .error {
    color: var(--error, #a4161a);
    background: var(--error-tint, #fdecec);
    border-radius: var(--radius, 6px);
    padding: 0.2rem 0.45rem;
    font-size: 0.95rem;
  }
  .panel {
    background: var(--panel, #ffffff);
    border: 1px solid var(--rule, #d9d6cf);
    border-radius: var(--radius, 6px);
    padding: 0.75rem;
    min-width: 0;
  }
  .status {
    font-size: 1.05rem;
    margin: 0.4rem 0;
  }
  .sentence {
    font-size: 1.15rem;
    font-weight: 600;
    max-width: 60rem;
  }
  progress {
    width: min(100%, 26rem);
    height: 1.1rem;
    accent-color: var(--ink, #1c1d1f);
  }
  .progress {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 0.5rem 1rem;
  }
  .charts {
    display: grid;
    grid-template-columns: repeat(auto-fit, minmax(min(100%, 28rem), 1fr));
    gap: 1.25rem 1.5rem;
    margin-top: 1rem;
  }
`;

/** The batch views' layout: settings in a narrow column beside the results, stacked on narrow screens. */
export const settingsBesideResults = css`
  .layout {
    display: grid;
    grid-template-columns: minmax(0, 22rem) minmax(0, 1fr);
    gap: 0.75rem 1.5rem;
    align-items: start;
  }
  @media (max-width: 900px) {
    .layout {
      grid-template-columns: minmax(0, 1fr);
    }
  }
`;
