/**
 * The look shared by the Share and Download menus: a `<details>` whose summary is a 44-pixel
 * button and whose `.list` drops down as a panel of full-width buttons. Each menu adds its own
 * sizes on top.
 */
import { css } from 'lit';

export const disclosureMenuStyles = css`
  :host {
    display: inline-block;
    position: relative;
    font: inherit;
  }
  summary {
    box-sizing: border-box;
    cursor: pointer;
    list-style: none;
    display: inline-flex;
    align-items: center;
    min-height: 44px;
    padding: 0.35em 0.9em;
    border: 1px solid #a9a59c;
    border-radius: 6px;
    background: #ffffff;
  }
  summary::-webkit-details-marker {
    display: none;
  }
  summary:focus-visible,
  button:focus-visible,
  input:focus-visible {
    outline: 3px solid #1a56db;
    outline-offset: 2px;
  }
  .list {
    position: absolute;
    right: 0;
    z-index: 10;
    margin: 0.25rem 0 0;
    background: #ffffff;
    border: 1px solid #a9a59c;
    border-radius: 6px;
    box-shadow: 0 4px 12px rgba(0, 0, 0, 0.18);
  }
  button {
    display: block;
    width: 100%;
    min-height: 40px;
    padding: 0.3em 0.7em;
    font: inherit;
    color: inherit;
    text-align: left;
    border: 0;
    border-radius: 4px;
    background: none;
    cursor: pointer;
  }
  button:hover {
    background: #f1efe9;
  }
  .status {
    font-size: 0.9rem;
  }
`;
