/** Differences between twins are model metrics (models/metrics/difference.ts); re-exported for the lab's views. */
export {
  layerDifference,
  lorenzDifference,
  maxAbs,
  quarterPatrolShare,
  subtractSeries,
  trueIncidentMismatches,
  trueIncidentTotal,
  type LorenzDifference,
} from '../../models/metrics/difference.ts';
