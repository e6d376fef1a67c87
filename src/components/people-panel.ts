/**
 * The People panel of the explorable: the person layer's numbers (models/people/metrics.ts), a
 * unit chart of sampled residents of the most-minority quarter and of the rest with listed people
 * ringed, and the minority share of the list over time against the share of residents. It draws
 * what the run's people record holds and computes nothing about the model itself.
 */
import { LitElement, css, html, nothing, svg, unsafeCSS } from 'lit';
import { customElement, property } from 'lit/decorators.js';
import { samplePeople, type RunResult, type SampledResident } from '../../models/index.ts';
import { t } from '../i18n/index.ts';
import { sharedStyles } from '../styles/shared.ts';
import { GROUP_COLORS, MUTED_INK } from './charts/palettes.ts';

/** Residents drawn per side of the unit chart. */
const SAMPLE = 400;
const COLUMNS = 25;
const CELL = 9;
/** Axis text in SVG units: the composition chart (320 wide) is never scaled down, so this is pixels. */
const AXIS_TEXT = 13;

/**
 * The person-level watchlist layer's outcome for one run: its numbers (the list's minority share
 * against the population's, contacts per true offense by group, listed without an offense or
 * through contacts, time on the list, twins), a unit chart of sampled residents with listed people
 * ringed, and the list's composition over time. Shows a short note when the layer is off.
 * @summary The person-level layer's outcome for one run.
 * @csspart numbers - the list of the layer's numbers
 * @csspart units - the unit chart of sampled residents
 * @csspart composition - the chart of the list's composition over time
 */
@customElement('runaway-people-panel')
export class RunawayPeoplePanel extends LitElement {
  static override styles = [
    sharedStyles,
    css`
      :host {
        display: block;
      }
      .numbers {
        margin: 0.5rem 0;
        padding-left: 1.2rem;
      }
      .charts {
        display: flex;
        flex-wrap: wrap;
        gap: 1rem;
        align-items: flex-start;
      }
      figure {
        margin: 0;
      }
      figcaption {
        font-size: 0.9rem;
        color: ${unsafeCSS(MUTED_INK)};
        max-width: 32rem;
      }
      .legend {
        display: flex;
        flex-wrap: wrap;
        gap: 0.75rem;
        font-size: 0.85rem;
      }
      svg {
        max-width: 100%;
        height: auto;
      }
      .unit-blocks {
        display: flex;
        flex-wrap: wrap;
        gap: 0.5rem 1.5rem;
      }
      .unit-block {
        display: flex;
        flex-direction: column;
        gap: 0.2rem;
      }
      .unit-label {
        font-size: 0.9rem;
      }
    `,
  ];

  /** The run to describe; its `people` is null when the layer is off. */
  @property({ attribute: false }) result: RunResult | null = null;

  override render() {
    const result = this.result;
    const people = result?.people ?? null;
    return html`<h2 class="section" id="people-heading">${t('people.heading')}</h2>
      ${result === null ? html`<p>${t('people.waiting')}</p>` : people === null ? html`<p>${result.params.people?.enabled ? t('people.waiting') : t('people.off')}</p>` : this.renderPeople(result)}`;
  }

  private renderPeople(result: RunResult) {
    const { metrics, record, series } = result.people!;
    const refresh = result.params.people.list.refreshDays;
    const sample = samplePeople(record, result.city, SAMPLE);
    const finite = (value: number) => (Number.isFinite(value) ? value : 0);
    let lastShare = NaN;
    for (let d = series.days - 1; d >= 0 && Number.isNaN(lastShare); d--) lastShare = series.minorityListShare[d]!;
    return html`<p class="section-note">${t('people.intro', { followed: record.residents, refresh })}</p>
      <ul class="numbers" part="numbers">
        <li>${t('people.listShare', { list: finite(metrics.minorityListShare), population: metrics.minorityPopulationShare })}</li>
        <li>${t('people.contacts', { minority: finite(metrics.contactsPerOffense[0]), majority: finite(metrics.contactsPerOffense[1]) })}</li>
        <li>${t('people.withoutOffense', { share: finite(metrics.listedWithoutOffenseShare) })} ${t('people.throughContacts', { share: finite(metrics.throughContactsShare) })}</li>
        <li>${t('people.daysOnList', { days: Math.round(metrics.meanDaysOnList), count: metrics.everListed })}</li>
        <li>${t('people.twins', { high: metrics.twins.highPatrolListed * 1000, low: metrics.twins.lowPatrolListed * 1000 })}</li>
      </ul>
      <div class="charts">
        <figure part="units">
          <figcaption><strong>${t('people.unitHeading')}</strong></figcaption>
          ${this.unitChart(sample.quarter, sample.rest)}
          <div class="legend" aria-hidden="true">
            ${this.legendDot('#ffffff', false, t('people.legendNone'))} ${this.legendDot(MUTED_INK, false, t('people.legendStopped'))}
            ${this.legendDot(MUTED_INK, true, t('people.legendListed'))}
          </div>
        </figure>
        <figure part="composition">
          <figcaption><strong>${t('people.compositionHeading')}</strong></figcaption>
          ${this.compositionChart(series.minorityListShare, metrics.minorityPopulationShare)}
          <figcaption>
            ${Number.isNaN(lastShare) ? t('people.compositionEmpty', { refresh }) : t('people.compositionSummary', { share: lastShare, population: metrics.minorityPopulationShare })}
          </figcaption>
        </figure>
      </div>`;
  }

  private legendDot(fill: string, ringed: boolean, label: string) {
    return html`<span
      ><svg width="14" height="14" viewBox="0 0 14 14">
        <circle cx="7" cy="7" r="3.5" fill=${fill} stroke=${MUTED_INK} stroke-width="0.8"></circle>
        ${ringed ? svg`<circle cx="7" cy="7" r="6" fill="none" stroke="#000" stroke-width="1.5"></circle>` : nothing}
      </svg>
      ${label}</span
    >`;
  }

  /**
   * Two blocks of dots, one per sample, each its own SVG under an HTML label, so on a phone the
   * blocks wrap one under the other at full size instead of shrinking the labels to a few pixels.
   */
  private unitChart(quarter: SampledResident[], rest: SampledResident[]) {
    const count = (list: SampledResident[], test: (r: SampledResident) => boolean) => list.filter(test).length;
    const summary = t('people.unitSummary', {
      count: quarter.length,
      stoppedQuarter: count(quarter, (r) => r.contacts > 0),
      listedQuarter: count(quarter, (r) => r.everListed),
      stoppedRest: count(rest, (r) => r.contacts > 0),
      listedRest: count(rest, (r) => r.everListed),
    });
    return html`<div class="unit-blocks" role="img" aria-label=${summary}>
      ${this.unitBlock(quarter, t('people.unitQuarter'))} ${this.unitBlock(rest, t('people.unitRest'))}
    </div>`;
  }

  private unitBlock(list: SampledResident[], label: string) {
    const width = COLUMNS * CELL;
    const height = Math.ceil(SAMPLE / COLUMNS) * CELL;
    const dots = list.map((resident, k) => {
      const x = (k % COLUMNS) * CELL + CELL / 2;
      const y = Math.floor(k / COLUMNS) * CELL + CELL / 2;
      const color = resident.group === 0 ? GROUP_COLORS.minority : GROUP_COLORS.majority;
      return svg`<circle cx=${x} cy=${y} r="3" fill=${resident.contacts > 0 ? color : '#ffffff'} stroke=${color} stroke-width="0.8"></circle>${
        resident.everListed ? svg`<circle cx=${x} cy=${y} r="4.4" fill="none" stroke="#000" stroke-width="1.4"></circle>` : nothing
      }`;
    });
    return html`<div class="unit-block">
      <span class="unit-label" aria-hidden="true">${label}</span>
      <svg aria-hidden="true" viewBox="0 0 ${width} ${height}" width=${width} height=${height}>${dots}</svg>
    </div>`;
  }

  private compositionChart(share: Float64Array, population: number) {
    const width = 320;
    const height = 170;
    const left = 42;
    const bottom = 24;
    const days = share.length;
    const x = (day: number) => left + (days > 1 ? (day / (days - 1)) * (width - left - 6) : 0);
    const y = (value: number) => 6 + (1 - value) * (height - bottom - 6);
    let path = '';
    let drawing = false;
    for (let d = 0; d < days; d++) {
      const value = share[d]!;
      if (Number.isNaN(value)) {
        drawing = false;
        continue;
      }
      path += `${drawing ? 'L' : 'M'}${x(d).toFixed(1)},${y(value).toFixed(1)}`;
      drawing = true;
    }
    return html`<svg role="img" aria-label=${t('people.compositionHeading')} viewBox="0 0 ${width} ${height}" width=${width} height=${height}>
      ${[0, 0.5, 1].map((tick) => svg`<line x1=${left} x2=${width - 6} y1=${y(tick)} y2=${y(tick)} stroke="#e3e3e3"></line><text x=${left - 5} y=${y(tick) + 4} font-size=${AXIS_TEXT} text-anchor="end">${Math.round(tick * 100)}%</text>`)}
      <line x1=${left} x2=${width - 6} y1=${y(population)} y2=${y(population)} stroke=${MUTED_INK} stroke-dasharray="6 4"><title>${t('people.compositionPopulation')}</title></line>
      <path d=${path} fill="none" stroke=${GROUP_COLORS.minority} stroke-width="2"><title>${t('people.compositionLine')}</title></path>
      <text x=${width - 6} y=${height - 5} font-size=${AXIS_TEXT} text-anchor="end">${t('people.axisDay')} ${days}</text>
      <text x=${left} y=${height - 5} font-size=${AXIS_TEXT}>${t('people.axisDay')} 1</text>
    </svg>
    <div class="legend" aria-hidden="true">
      <span><svg width="18" height="8"><line x1="0" x2="18" y1="4" y2="4" stroke=${GROUP_COLORS.minority} stroke-width="2"></line></svg> ${t('people.compositionLine')}</span>
      <span><svg width="18" height="8"><line x1="0" x2="18" y1="4" y2="4" stroke=${MUTED_INK} stroke-dasharray="6 4"></line></svg> ${t('people.compositionPopulation')}</span>
    </div>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'runaway-people-panel': RunawayPeoplePanel;
  }
}
