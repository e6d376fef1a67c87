/**
 * Library entry of the embeddable simulation: one ES module (dist-lib/runaway-sim.js, built by
 * `npm run build:lib`) that defines `<runaway-sim>`. A host page loads it with one script tag;
 * its worker file sits next to it and must be served from the same origin as the page.
 */
export { RunawaySim, type ChapterChangeDetail, type SimRenderedDetail, type SimStatus } from './runaway-sim.ts';
export { VIEW_IDS, type ViewId } from '../share/views.ts';
