/**
 * `<runaway-export-menu>`: a "Download" disclosure listing every file that can be made of what
 * is on screen: each chart as SVG and PNG, the map as PNG (and as a WebM animation where the
 * browser can record one), the run as CSV and JSON. It finds the charts and map under its
 * `source` element when opened, so it works with any layout that draws them.
 */
import { LitElement, css, html, nothing } from 'lit';
import { customElement, property, state } from 'lit/decorators.js';
import { disclosureMenuStyles } from '../share/menu-styles.ts';
import type { RunResult } from '../../models/index.ts';
import type { CityMap } from '../components/city-map.ts';
import { MAP_LAYERS } from '../components/charts/map-layers.ts';
import { getLocale, t } from '../i18n/index.ts';
import { LocaleController } from '../i18n/locale-controller.ts';
import { VIEWS } from '../share/views.ts';
import {
  exportChartPng,
  exportChartSvg,
  exportMapPng,
  exportMapWebm,
  exportRunCsv,
  exportRunJson,
  type ExportedFile,
} from './export-actions.ts';
import type { RunLabel } from '../app/file-names.ts';
import { findCharts, findMap, type FoundChart } from './find-views.ts';
import { canRecordWebm } from './webm-export.ts';

interface ExportItem {
  id: string;
  /** The item's name in the message locale (read when drawn, so a change of locale renames it). */
  readonly label: string;
  run: () => ExportedFile | Promise<ExportedFile>;
}

/** A menu item whose name is written by `label` each time it is read. */
function exportItem(id: string, label: () => string, run: ExportItem['run']): ExportItem {
  return {
    id,
    get label() {
      return label();
    },
    run,
  };
}

/**
 * Download menu for the run on screen.
 * @fires export-done - CustomEvent<{fileName, bytes}> after a file was offered for download
 * @fires export-failed - CustomEvent<{message}> when a file could not be made
 * @csspart summary - the "Download" button
 * @csspart list - the list of files
 */
@customElement('runaway-export-menu')
export class ExportMenu extends LitElement {
  static override styles = [
    disclosureMenuStyles,
    css`
      .list {
        min-width: 19rem;
        max-height: 70vh;
        overflow-y: auto;
        padding: 0.3rem;
        list-style: none;
      }
      button:disabled {
        cursor: progress;
        opacity: 0.6;
      }
      .status {
        margin: 0.3rem 0.7rem;
        color: #4a4d52;
      }
    `,
  ];

  /** The run on screen. */
  @property({ attribute: false }) result: RunResult | null = null;
  /** Preset and seed for the file names (and whether settings differ from the preset). */
  @property({ attribute: false }) label: RunLabel = { presetId: 'runaway', seed: 0 };
  /** Where to look for the charts and the map (default: the document). */
  @property({ attribute: false }) source: ParentNode | null = null;
  /** Length of the map animation, in seconds (it records in real time). */
  @property({ type: Number, attribute: 'webm-seconds' }) webmSeconds = 8;

  @state() private items: ExportItem[] = [];
  @state() private busy: string | null = null;
  @state() private message = '';

  constructor() {
    super();
    new LocaleController(this);
  }

  /** The files on offer now (the menu lists them when opened). */
  listItems(): { id: string; label: string }[] {
    return this.collect().map(({ id, label }) => ({ id, label }));
  }

  /** Makes one file by its id (as listItems gives them); rejects with the reason it could not. */
  async export(id: string): Promise<ExportedFile> {
    const item = this.collect().find((candidate) => candidate.id === id);
    if (!item) throw new Error(`Nothing to export as "${id}"; available: ${this.listItems().map((i) => i.id).join(', ')}.`);
    return item.run();
  }

  private collect(): ExportItem[] {
    const root = this.source ?? document;
    const items: ExportItem[] = [];
    const label = this.label;
    for (const chart of findCharts(root)) items.push(...this.chartItems(chart, label));
    const map = findMap(root);
    if (map) items.push(exportItem('map-png', () => t('export.item.png', { name: mapName(map) }), () => exportMapPng(map, label)));
    const result = this.result;
    if (result) {
      if (map && canRecordWebm()) {
        const seconds = this.webmSeconds;
        items.push(
          exportItem(
            'map-webm',
            () => t('export.item.webm', { name: mapName(map), seconds }),
            () => exportMapWebm(result, label, { layer: map.layer, showQuarter: map.showQuarter, width: Math.max(480, map.clientWidth), seconds }),
          ),
        );
      }
      items.push(exportItem('run-csv', () => t('export.item.csv'), () => exportRunCsv(result, label)));
      items.push(exportItem('run-json', () => t('export.item.json'), () => exportRunJson(result, label)));
    }
    return items;
  }

  private chartItems({ view, element }: FoundChart, label: RunLabel): ExportItem[] {
    return [
      exportItem(`${view}-svg`, () => t('export.item.svg', { name: VIEWS[view].label }), () => exportChartSvg(element, view, label)),
      exportItem(`${view}-png`, () => t('export.item.png', { name: VIEWS[view].label }), () => exportChartPng(element, view, label)),
    ];
  }

  private onToggle(event: Event): void {
    if ((event.target as HTMLDetailsElement).open) {
      this.items = this.collect();
      this.message = '';
    }
  }

  private async run(item: ExportItem): Promise<void> {
    this.busy = item.id;
    this.message = item.id === 'map-webm' ? t('export.menu.recording') : '';
    try {
      const file = await item.run();
      this.message = t('export.menu.saved', { file: file.fileName });
      this.dispatchEvent(new CustomEvent('export-done', { detail: file, bubbles: true, composed: true }));
    } catch (error) {
      this.message = error instanceof Error ? error.message : String(error);
      this.dispatchEvent(new CustomEvent('export-failed', { detail: { message: this.message }, bubbles: true, composed: true }));
    } finally {
      this.busy = null;
    }
  }

  protected override render() {
    return html`<details @toggle=${this.onToggle}>
      <summary part="summary">${t('export.menu.button')}</summary>
      <ul class="list" part="list">
        ${this.items.length === 0 ? html`<li class="status">${t('export.menu.empty')}</li>` : nothing}
        ${this.items.map(
          (item) => html`<li>
            <button type="button" data-export=${item.id} ?disabled=${this.busy !== null} @click=${() => this.run(item)}>${item.label}</button>
          </li>`,
        )}
        <li class="status" role="status" aria-live="polite">${this.message}</li>
      </ul>
    </details>`;
  }
}

/** "City map (over-policing index)": the map and the layer it shows. */
function mapName(map: CityMap): string {
  return t('export.item.map', { layer: MAP_LAYERS[map.layer].label.toLocaleLowerCase(getLocale()) });
}

declare global {
  interface HTMLElementTagNameMap {
    'runaway-export-menu': ExportMenu;
  }
}
