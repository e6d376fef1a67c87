/**
 * How the map layers look and read: their names, units and colour ramps, a value's position on
 * its ramp, and the words for a value or a neighborhood. What each layer's numbers are is a
 * model metric (models/metrics/map-layers.ts), re-exported here for the map's modules.
 */
import { MAP_WINDOW_DAYS, type MapLayer, type NeighborhoodFacts } from '../../../models/metrics/map-layers.ts';
import { t } from '../../i18n/index.ts';
import { formatAmount, formatFixed, formatPercent, formatSerial } from '../../i18n/format.ts';
import { DIVERGING_RAMP, SEQUENTIAL_RAMP } from './palettes.ts';

export {
  LayerBuffers,
  layerMaximum,
  layerValues,
  MAP_LAYER_IDS,
  MAP_WINDOW_DAYS,
  neighborhoodFacts,
  overPolicingIndex,
  trailingWindowSums as windowSums,
  windowStart,
  type MapLayer,
  type NeighborhoodFacts,
} from '../../../models/metrics/map-layers.ts';

/** The over-policing colour scale spans 1/LIMIT … LIMIT on a log scale; beyond that it saturates. */
export const OVER_POLICING_LIMIT = 8;

export interface MapLayerInfo {
  /** Short name, for a layer picker (in the current locale). */
  readonly label: string;
  /** What one unit of the value is, for the legend (in the current locale). */
  readonly unit: string;
  /** True when the value sums the trailing window rather than reading one day. */
  readonly windowed: boolean;
  readonly ramp: readonly string[];
}

/** A layer whose words are read from the catalogue (`map.layer.<id>`, `map.layer.<id>.unit`) each time they are shown. */
function layerInfo(id: MapLayer, windowed: boolean, ramp: readonly string[]): MapLayerInfo {
  return {
    get label() {
      return t(`map.layer.${id}`);
    },
    get unit() {
      return t(`map.layer.${id}.unit`);
    },
    windowed,
    ramp,
  };
}

export const MAP_LAYERS: Record<MapLayer, MapLayerInfo> = {
  minority: layerInfo('minority', false, SEQUENTIAL_RAMP),
  trueCrime: layerInfo('trueCrime', true, SEQUENTIAL_RAMP),
  recorded: layerInfo('recorded', true, SEQUENTIAL_RAMP),
  risk: layerInfo('risk', false, SEQUENTIAL_RAMP),
  patrols: layerInfo('patrols', true, SEQUENTIAL_RAMP),
  overPolicing: layerInfo('overPolicing', true, DIVERGING_RAMP),
};

/**
 * Position of a value on the layer's colour ramp, in [0, 1], or NaN for "no data".
 * Sequential layers: value ÷ run maximum. Over-policing: log scale centred on 1, saturating
 * at 1/OVER_POLICING_LIMIT and OVER_POLICING_LIMIT.
 */
export function rampPosition(layer: MapLayer, value: number, maximum: number): number {
  if (layer === 'overPolicing') {
    if (Number.isNaN(value)) return Number.NaN;
    if (value === Number.POSITIVE_INFINITY) return 1;
    if (value <= 0) return 0;
    const limit = Math.log(OVER_POLICING_LIMIT);
    return Math.min(1, Math.max(0, (Math.log(value) + limit) / (2 * limit)));
  }
  if (!Number.isFinite(value)) return Number.NaN;
  return maximum > 0 ? Math.min(1, Math.max(0, value / maximum)) : 0;
}

/** A layer value as text, e.g. for labels on the cells of a small city. */
export function formatLayerValue(layer: MapLayer, value: number): string {
  switch (layer) {
    case 'minority':
      return formatPercent(value);
    case 'overPolicing':
      return formatOverPolicing(value);
    case 'trueCrime':
    case 'recorded':
      return formatFixed(Math.round(value));
    default:
      return formatAmount(value);
  }
}

export function formatOverPolicing(value: number): string {
  if (Number.isNaN(value)) return t('map.overPolicing.none');
  if (value === Number.POSITIVE_INFINITY) return t('map.overPolicing.noCrime');
  return t('map.overPolicing.ratio', { ratio: value });
}

/** One sentence about a neighborhood, for a screen reader's live region. */
export function describeNeighborhood(facts: NeighborhoodFacts): string {
  return t(facts.inMinorityQuarter ? 'map.describe.inQuarter' : 'map.describe', {
    number: formatSerial(facts.index + 1),
    row: formatSerial(facts.row + 1),
    column: formatSerial(facts.column + 1),
    residents: facts.residents,
    minority: facts.minorityShare,
    days: MAP_WINDOW_DAYS,
    day: formatSerial(facts.day + 1),
    trueCrime: facts.trueCrime,
    recorded: facts.recorded,
    patrols: facts.patrols,
    overPolicing: formatOverPolicing(facts.overPolicing),
    risk: facts.risk,
  });
}
