/**
 * One function per file the user can download: a chart as SVG or PNG, the map as PNG or WebM,
 * the run as CSV or JSON. Each builds the file in the page and hands it to the browser's
 * download, named after the preset and seed; each returns the file name and size it produced.
 */
import type { RunResult } from '../../models/index.ts';
import type { CityMap } from '../components/city-map.ts';
import type { ViewId } from '../share/views.ts';
import { t } from '../i18n/index.ts';
import { downloadBlob } from '../app/download.ts';
import { exportFileName, type RunLabel } from '../app/file-names.ts';
import { chartSvg } from './find-views.ts';
import { mapToPng } from './map-export.ts';
import { svgToPng } from './png-export.ts';
import { runCsvChunks } from './run-csv.ts';
import { runJsonText } from './run-json.ts';
import { serializeSvg, type SerializedSvg } from './svg-export.ts';
import { recordMapWebm, type WebmOptions } from './webm-export.ts';

export interface ExportedFile {
  fileName: string;
  bytes: number;
}

function save(blob: Blob, fileName: string): ExportedFile {
  downloadBlob(blob, fileName);
  return { fileName, bytes: blob.size };
}

/** The chart's drawing as a standalone file, with its name written above it. */
export function serializeChart(chart: Element): SerializedSvg {
  const svg = chartSvg(chart);
  if (!svg) throw new Error(t('export.error.chartEmpty'));
  const heading = chart.shadowRoot?.querySelector('[part="title"]')?.textContent?.trim() ?? '';
  return serializeSvg(svg, { heading });
}

export function exportChartSvg(chart: Element, view: ViewId, label: RunLabel): ExportedFile {
  return save(new Blob([serializeChart(chart).text], { type: 'image/svg+xml' }), exportFileName(label, view, 'svg'));
}

export async function exportChartPng(chart: Element, view: ViewId, label: RunLabel): Promise<ExportedFile> {
  return save(await svgToPng(serializeChart(chart)), exportFileName(label, `${view}@2x`, 'png'));
}

export async function exportMapPng(map: CityMap, label: RunLabel): Promise<ExportedFile> {
  return save(await mapToPng(map), exportFileName(label, `map-${map.layer}@2x`, 'png'));
}

export async function exportMapWebm(result: RunResult, label: RunLabel, options: WebmOptions = {}): Promise<ExportedFile> {
  const blob = await recordMapWebm(result, options);
  return save(blob, exportFileName(label, `map-${options.layer ?? 'overPolicing'}-animation`, 'webm'));
}

export function exportRunCsv(result: RunResult, label: RunLabel): ExportedFile {
  return save(new Blob([...runCsvChunks(result)], { type: 'text/csv' }), exportFileName(label, 'run', 'csv'));
}

export function exportRunJson(result: RunResult, label: RunLabel): ExportedFile {
  return save(new Blob([runJsonText(result, label.presetId)], { type: 'application/json' }), exportFileName(label, 'run', 'json'));
}
