/**
 * The compare view's grid: for each run chart, A, B and B − A side by side (one column on a
 * phone), then the maps of A and B and their difference, all at the same day and map layer.
 */
import { html } from 'lit';
import type { RunResult } from '../../models/index.ts';
import '../components/charts/index.ts';
import type { MapLayer } from '../components/charts/map-layers.ts';
import { t } from '../i18n/index.ts';
import '../components/city-map.ts';
import './difference-map.ts';
import './lab-chart.ts';
import type { LabChartSpec } from './lab-plot.ts';
import '../i18n/parts/lab.ts';

/** The run charts, in the order of the main page (and of differenceChartSpecs). */
const RUN_CHARTS = [
  'runaway-patrol-share-chart',
  'runaway-recorded-vs-true-chart',
  'runaway-disparity-chart',
  'runaway-empty-stops-chart',
  'runaway-lorenz-chart',
] as const;

function runChart(tag: (typeof RUN_CHARTS)[number], result: RunResult, day: number) {
  switch (tag) {
    case 'runaway-patrol-share-chart':
      return html`<runaway-patrol-share-chart .result=${result} .day=${day}></runaway-patrol-share-chart>`;
    case 'runaway-recorded-vs-true-chart':
      return html`<runaway-recorded-vs-true-chart .result=${result} .day=${day}></runaway-recorded-vs-true-chart>`;
    case 'runaway-disparity-chart':
      return html`<runaway-disparity-chart .result=${result} .day=${day}></runaway-disparity-chart>`;
    case 'runaway-empty-stops-chart':
      return html`<runaway-empty-stops-chart .result=${result} .day=${day}></runaway-empty-stops-chart>`;
    case 'runaway-lorenz-chart':
      return html`<runaway-lorenz-chart .result=${result} .day=${day}></runaway-lorenz-chart>`;
  }
}

/** The names of the grid's columns: "A", "B" and "B − A". */
export function sideNames(): { a: string; b: string; difference: string } {
  return { a: t('lab.side.a'), b: t('lab.side.b'), difference: t('lab.side.difference') };
}

/** A, B and B − A for every chart and the map; `differences` in the order of RUN_CHARTS. */
export function renderCompareGrid(a: RunResult, b: RunResult, day: number, layer: MapLayer, differences: readonly LabChartSpec[]) {
  const sameCity = a.city.size === b.city.size && a.city.columns === b.city.columns;
  const sides = sideNames();
  return html`<div class="grid" part="grid">
    ${RUN_CHARTS.map(
      (tag, k) => html`
        <div class="cell"><span class="side">${sides.a}</span>${runChart(tag, a, day)}</div>
        <div class="cell"><span class="side">${sides.b}</span>${runChart(tag, b, day)}</div>
        <div class="cell"><span class="side">${sides.difference}</span><runaway-lab-chart .spec=${differences[k]}></runaway-lab-chart></div>
        <div class="row-rule" aria-hidden="true"></div>
      `,
    )}
    <div class="cell"><span class="side">${sides.a}</span><runaway-city-map .result=${a} .day=${day} layer=${layer} show-quarter max-height="380"></runaway-city-map></div>
    <div class="cell"><span class="side">${sides.b}</span><runaway-city-map .result=${b} .day=${day} layer=${layer} show-quarter max-height="380"></runaway-city-map></div>
    <div class="cell">
      <span class="side">${sides.difference}</span>
      ${sameCity
        ? html`<runaway-difference-map .a=${a} .b=${b} .day=${day} layer=${layer} max-height="380"></runaway-difference-map>`
        : html`<p>${t('lab.compare.differentCities')}</p>`}
    </div>
  </div>`;
}
