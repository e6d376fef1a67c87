/** The data table under a chart or a map, in a <details> that screen readers can reach. */
import { html } from 'lit';
import type { TableData } from './chart-spec.ts';

/** `table` behind a toggle reading `toggle`; the first cell of each row heads the row. */
export function renderDataTable(toggle: string, table: TableData) {
  return html`<details part="table">
    <summary>${toggle}</summary>
    <div class="table-scroll">
      <table>
        <caption>${table.caption}</caption>
        <thead><tr>${table.columns.map((column) => html`<th scope="col">${column}</th>`)}</tr></thead>
        <tbody>
          ${table.rows.map(([first, ...rest]) => html`<tr><th scope="row">${first}</th>${rest.map((cell) => html`<td>${cell}</td>`)}</tr>`)}
        </tbody>
      </table>
    </div>
  </details>`;
}
