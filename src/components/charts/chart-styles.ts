/** The look of every chart's frame: figure, caption, summary, SVG and the data table in <details>. */
import { css, unsafeCSS } from 'lit';
import { FONT_FAMILY } from './layout.ts';

export const chartStyles = css`
  :host {
    display: block;
    min-width: 0;
    color: #222222;
    font-family: ${unsafeCSS(FONT_FAMILY)};
  }
  figure {
    margin: 0;
  }
  h3 {
    margin: 0 0 0.2rem;
    font-size: 1.1rem;
    line-height: 1.3;
  }
  .summary {
    margin: 0 0 0.4rem;
    font-size: 1rem;
    line-height: 1.4;
  }
  svg {
    display: block;
    max-width: 100%;
    height: auto;
  }
  details {
    margin-top: 0.25rem;
    font-size: 0.95rem;
  }
  summary {
    cursor: pointer;
    padding: 0.35rem 0;
    min-height: 24px;
  }
  summary:focus-visible {
    outline: 3px solid #1a5fb4;
    outline-offset: 2px;
  }
  .table-scroll {
    overflow-x: auto;
    max-height: 22rem;
  }
  table {
    border-collapse: collapse;
    font-variant-numeric: tabular-nums;
  }
  caption {
    text-align: left;
    padding-bottom: 0.25rem;
    color: #444444;
  }
  th,
  td {
    padding: 0.15rem 0.6rem;
    border-bottom: 1px solid #dddddd;
    text-align: right;
    white-space: nowrap;
  }
  th:first-child {
    text-align: left;
  }
  thead th {
    white-space: normal;
    vertical-align: bottom;
  }
  .waiting {
    color: #595959;
  }
`;
