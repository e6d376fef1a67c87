/**
 * Finds the exportable views (run charts and city maps) drawn under an element, looking inside
 * shadow roots, because the app nests its charts several components deep.
 */
import type { CityMap } from '../components/city-map.ts';
import type { RunawayChart } from '../components/charts/runaway-chart.ts';
import { CHART_VIEWS, VIEWS, type ViewId } from '../share/views.ts';

export interface FoundChart {
  view: ViewId;
  element: RunawayChart;
}

const CHART_SELECTORS = CHART_VIEWS.map((view) => VIEWS[view].selector!).join(',');

/** Every element under `root` (through open shadow roots) matching `selector`, in document order. */
export function queryDeep<T extends Element>(root: ParentNode, selector: string): T[] {
  const found: T[] = [];
  const visit = (node: ParentNode) => {
    for (const element of node.querySelectorAll('*')) {
      if (element.matches(selector)) found.push(element as T);
      if (element.shadowRoot) visit(element.shadowRoot);
    }
  };
  if (root instanceof Element && root.shadowRoot) visit(root.shadowRoot);
  visit(root);
  return found;
}

/** The run charts under `root`, one per kind (the first drawn one), in the views' order. */
export function findCharts(root: ParentNode): FoundChart[] {
  const charts = queryDeep<RunawayChart>(root, CHART_SELECTORS);
  const byView = new Map<ViewId, RunawayChart>();
  for (const element of charts) {
    const view = element.dataset.chart as ViewId;
    if (!byView.has(view) && chartSvg(element)) byView.set(view, element);
  }
  return CHART_VIEWS.filter((view) => byView.has(view)).map((view) => ({ view, element: byView.get(view)! }));
}

/** The first city map under `root` that has drawn a run. */
export function findMap(root: ParentNode): CityMap | null {
  return queryDeep<CityMap>(root, 'runaway-city-map').find((map) => map.shadowRoot?.querySelector('canvas')) ?? null;
}

/** The chart's drawing (null while it waits for a run). */
export function chartSvg(chart: Element): SVGSVGElement | null {
  return chart.shadowRoot?.querySelector<SVGSVGElement>('svg[part="svg"]') ?? null;
}
