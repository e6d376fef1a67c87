/**
 * The views an embed, a permalink or an export can name: the city map, the five run charts and
 * the live sentence. Names are short and stable because they appear in URLs and in host pages'
 * HTML (`show="map,share-chart"`); the selector finds the element that draws the view (every chart is a
 * `<runaway-chart>` marked with its view name).
 */
import { t } from '../i18n/index.ts';

export const VIEW_IDS = ['map', 'share-chart', 'recorded-chart', 'disparity-chart', 'empty-stops-chart', 'lorenz-chart', 'sentence'] as const;
export type ViewId = (typeof VIEW_IDS)[number];

export interface ViewInfo {
  /** What the view is called in menus and the embed dialog (the message `share.view.<id>`, in the current locale). */
  readonly label: string;
  /** A CSS selector for the element that draws it (the sentence is plain text, drawn by the embed itself). */
  selector: string | null;
}

function view(id: ViewId, selector: string | null): ViewInfo {
  return {
    get label() {
      return t(`share.view.${id}`);
    },
    selector,
  };
}

export const VIEWS: Readonly<Record<ViewId, ViewInfo>> = {
  map: view('map', 'runaway-city-map'),
  'share-chart': view('share-chart', 'runaway-chart[data-chart="share-chart"]'),
  'recorded-chart': view('recorded-chart', 'runaway-chart[data-chart="recorded-chart"]'),
  'disparity-chart': view('disparity-chart', 'runaway-chart[data-chart="disparity-chart"]'),
  'empty-stops-chart': view('empty-stops-chart', 'runaway-chart[data-chart="empty-stops-chart"]'),
  'lorenz-chart': view('lorenz-chart', 'runaway-chart[data-chart="lorenz-chart"]'),
  sentence: view('sentence', null),
};

/** What an embed shows when the host page names no views. */
export const DEFAULT_VIEWS: readonly ViewId[] = ['map', 'share-chart'];

/** The chart views (those drawn as SVG and exportable as SVG and PNG). */
export const CHART_VIEWS: readonly ViewId[] = ['share-chart', 'recorded-chart', 'disparity-chart', 'empty-stops-chart', 'lorenz-chart'];

export function isViewId(value: string): value is ViewId {
  return (VIEW_IDS as readonly string[]).includes(value);
}

/**
 * Splits a `show` list ("map, share-chart") into known views, in the order given and without
 * repeats, and the names it did not know.
 */
export function parseViewList(text: string): { views: ViewId[]; unknown: string[] } {
  const views: ViewId[] = [];
  const unknown: string[] = [];
  for (const name of text.split(',').map((part) => part.trim()).filter(Boolean)) {
    if (!isViewId(name)) unknown.push(name);
    else if (!views.includes(name)) views.push(name);
  }
  return { views, unknown };
}
