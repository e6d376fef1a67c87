/**
 * The views an embed, a permalink or an export can name: the city map, the five run charts and
 * the live sentence. Names are short and stable because they appear in URLs and in host pages'
 * HTML (`show="map,share-chart"`); the tag is the element that draws the view.
 */

export const VIEW_IDS = ['map', 'share-chart', 'recorded-chart', 'disparity-chart', 'empty-stops-chart', 'lorenz-chart', 'sentence'] as const;
export type ViewId = (typeof VIEW_IDS)[number];

export interface ViewInfo {
  /** What the view is called in menus and the embed dialog. */
  label: string;
  /** The custom element that draws it (the sentence is plain text, drawn by the embed itself). */
  tag: string | null;
}

export const VIEWS: Readonly<Record<ViewId, ViewInfo>> = {
  map: { label: 'City map', tag: 'runaway-city-map' },
  'share-chart': { label: 'Patrols sent to the most-minority quarter', tag: 'runaway-patrol-share-chart' },
  'recorded-chart': { label: 'What the data says against what is happening', tag: 'runaway-recorded-vs-true-chart' },
  'disparity-chart': { label: 'Disparity ratio over time', tag: 'runaway-disparity-chart' },
  'empty-stops-chart': { label: 'Stops without a hit', tag: 'runaway-empty-stops-chart' },
  'lorenz-chart': { label: 'Lorenz curve of patrols against true crime', tag: 'runaway-lorenz-chart' },
  sentence: { label: 'Live sentence', tag: null },
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
