/**
 * The People panel of the explorable: the person layer's numbers (models/people/metrics.ts), a
 * unit chart of sampled residents of the most-minority quarter and of the rest with listed people
 * ringed, and the minority share of the list over time against the share of residents. Both
 * charts are specs (charts/people-units-spec.ts, charts/people-list-spec.ts) drawn by
 * <runaway-chart>, with a heading, a summary and a data table like every other chart. The panel
 * draws what the run's people record holds and computes nothing about the model itself.
 */
import { LitElement, css, html } from 'lit';
import { customElement, property } from 'lit/decorators.js';
import { samplePeople, type RunResult } from '../../models/index.ts';
import { getLocale, t } from '../i18n/index.ts';
import { sharedStyles } from '../styles/shared.ts';
import type { ChartSpec, UnitChartSpec } from './charts/chart-spec.ts';
import { peopleListSpec } from './charts/people-list-spec.ts';
import { peopleUnitsSpec } from './charts/people-units-spec.ts';
import './charts/runaway-chart.ts';

/** Residents drawn per side of the unit chart. */
const SAMPLE = 400;

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
        display: grid;
        /* Side by side where both fit at full size (the unit chart's two blocks need 34rem), else one under the other. */
        grid-template-columns: repeat(auto-fit, minmax(min(100%, 34rem), 1fr));
        gap: 1.5rem;
        align-items: start;
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

  /** The charts' specs, kept while the run and the locale stay the same (the page re-renders on every update). */
  private charts: { result: RunResult; locale: string; units: UnitChartSpec; list: ChartSpec } | undefined;

  private chartSpecs(result: RunResult) {
    const locale = getLocale();
    if (this.charts?.result !== result || this.charts.locale !== locale) {
      const { metrics, record, series } = result.people!;
      this.charts = {
        result,
        locale,
        units: peopleUnitsSpec(samplePeople(record, result.city, SAMPLE)),
        list: peopleListSpec(series, metrics.minorityPopulationShare, result.params.people.list.refreshDays),
      };
    }
    return this.charts;
  }

  private renderPeople(result: RunResult) {
    const { metrics, record } = result.people!;
    const refresh = result.params.people.list.refreshDays;
    const finite = (value: number) => (Number.isFinite(value) ? value : 0);
    const { units, list } = this.chartSpecs(result);
    return html`<p class="section-note">${t('people.intro', { followed: record.residents, refresh })}</p>
      <ul class="numbers" part="numbers">
        <li>${t('people.listShare', { list: finite(metrics.minorityListShare), population: metrics.minorityPopulationShare })}</li>
        <li>${t('people.contacts', { minority: finite(metrics.contactsPerOffense[0]), majority: finite(metrics.contactsPerOffense[1]) })}</li>
        <li>${t('people.withoutOffense', { share: finite(metrics.listedWithoutOffenseShare) })} ${t('people.throughContacts', { share: finite(metrics.throughContactsShare) })}</li>
        <li>${t('people.daysOnList', { days: Math.round(metrics.meanDaysOnList), count: metrics.everListed })}</li>
        <li>${t('people.twins', { high: metrics.twins.highPatrolListed * 1000, low: metrics.twins.lowPatrolListed * 1000 })}</li>
      </ul>
      <div class="charts">
        <runaway-chart part="units" data-chart="people-units" .spec=${units}></runaway-chart>
        <runaway-chart part="composition" data-chart="people-list" .spec=${list}></runaway-chart>
      </div>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'runaway-people-panel': RunawayPeoplePanel;
  }
}
