/**
 * The compare view's grid: for each run chart, A, B and B − A side by side (one column on a
 * phone), then the maps of A and B and their difference, all at the same day and map layer.
 */
import { html } from 'lit';
import type { RunResult } from '../../models/index.ts';
import { RUN_CHART_IDS, runChartSpec } from '../components/charts/run-charts.ts';
import type { MapLayer } from '../components/charts/map-layers.ts';
import { t } from '../i18n/index.ts';
import '../components/city-map.ts';
import './difference-map.ts';
import '../components/charts/runaway-chart.ts';
import type { ChartSpec } from '../components/charts/chart-spec.ts';
import '../i18n/parts/lab.ts';

/** The names of the grid's columns: "A", "B" and "B − A". */
export function sideNames(): { a: string; b: string; difference: string } {
  return { a: t('lab.side.a'), b: t('lab.side.b'), difference: t('lab.side.difference') };
}

/** A, B and B − A for every chart and the map; `differences` in the order of RUN_CHART_IDS. */
export function renderCompareGrid(a: RunResult, b: RunResult, day: number, layer: MapLayer, differences: readonly ChartSpec[]) {
  const sameCity = a.city.size === b.city.size && a.city.columns === b.city.columns;
  const sides = sideNames();
  return html`<div class="grid" part="grid">
    ${RUN_CHART_IDS.map(
      (id, k) => html`
        <div class="cell"><span class="side">${sides.a}</span><runaway-chart data-chart=${id} .spec=${runChartSpec(id, a, day)}></runaway-chart></div>
        <div class="cell"><span class="side">${sides.b}</span><runaway-chart data-chart=${id} .spec=${runChartSpec(id, b, day)}></runaway-chart></div>
        <div class="cell"><span class="side">${sides.difference}</span><runaway-chart .spec=${differences[k]}></runaway-chart></div>
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
