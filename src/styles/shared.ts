/** Styles every component shares: focus ring, buttons, screen-reader-only text, touch sizes. */
import { css } from 'lit';

/** Text for screen readers only: on the page, not on screen. */
export const srOnlyStyles = css`
  .sr-only {
    position: absolute;
    width: 1px;
    height: 1px;
    padding: 0;
    margin: -1px;
    overflow: hidden;
    clip: rect(0 0 0 0);
    white-space: nowrap;
    border: 0;
  }
`;

export const sharedStyles = css`
  :host {
    font-family: var(--font);
    color: var(--ink);
  }
  *,
  *::before,
  *::after {
    box-sizing: border-box;
  }
  :focus-visible {
    outline: 3px solid var(--focus);
    outline-offset: 2px;
  }
  ${srOnlyStyles}
  button {
    font: inherit;
    color: inherit;
    min-height: 44px;
    min-width: 44px;
    padding: 0.35em 0.8em;
    border: 1px solid var(--rule-strong);
    border-radius: var(--radius);
    background: var(--panel);
    cursor: pointer;
    touch-action: manipulation;
  }
  button:hover {
    background: #f1efe9;
  }
  button.primary {
    background: var(--ink);
    border-color: var(--ink);
    color: #fff;
  }
  button.primary:hover {
    background: #3a3c40;
  }
  button.small {
    min-height: 32px;
    padding: 0.15em 0.55em;
    font-size: 0.85rem;
  }
  select,
  input[type='text'] {
    font: inherit;
    color: inherit;
    min-height: 40px;
    padding: 0.25em 0.5em;
    border: 1px solid var(--rule-strong);
    border-radius: var(--radius);
    background: var(--panel);
  }
  input[type='range'] {
    accent-color: var(--ink);
    min-height: 32px;
    touch-action: pan-y;
  }
  h2,
  h3 {
    line-height: 1.2;
  }
`;
