/** The lab's elements, each usable on its own (for example as tabs of the main page). */
export { CompareView } from './compare-view.ts';
export { ReplicatesView } from './replicates-view.ts';
export { SweepView } from './sweep-view.ts';
export { HeatmapView } from './heatmap-view.ts';
export { CostBenefitView } from './cost-benefit-view.ts';
export { LabApp } from './lab-app.ts';
export { DifferenceMap } from './difference-map.ts';
export { ConfigEditor } from './config-editor.ts';
