/**
 * Geometry of the feedback-loop diagram, in two arrangements: a wide one (a ring across the
 * page) and a tall one for phones. Only positions live here; the diagram fills in the day's
 * numbers. Coordinates are SVG user units of the layout's viewBox.
 */

export type LoopNodeId = 'truth' | 'history' | 'records' | 'risk' | 'patrols' | 'field';
export type LoopArrowId = 'reports' | 'sensors' | 'history' | 'records' | 'risk' | 'patrols' | 'incidents' | 'discoveries' | 'stopHits';

export interface LoopNode {
  id: LoopNodeId;
  x: number;
  y: number;
  width: number;
  height: number;
}

export interface LoopArrow {
  id: LoopArrowId;
  /** SVG path data, drawn in the direction of flow. */
  d: string;
  /** Where the label's first line sits, and how it is anchored. */
  labelX: number;
  labelY: number;
  anchor: 'start' | 'middle' | 'end';
  /** Rotation of the label in degrees (vertical labels in the tall layout). */
  rotate?: number;
}

export interface LoopLayout {
  name: 'wide' | 'tall';
  width: number;
  height: number;
  /** Font size of node titles; labels are a little smaller. */
  fontSize: number;
  nodes: LoopNode[];
  arrows: LoopArrow[];
}

/** Below this width (CSS pixels) the wide ring's text would be too small to read. */
export const TALL_BELOW_WIDTH = 620;

const WIDE: LoopLayout = {
  name: 'wide',
  width: 960,
  height: 350,
  fontSize: 18,
  nodes: [
    { id: 'truth', x: 10, y: 20, width: 180, height: 72 },
    { id: 'history', x: 200, y: 150, width: 150, height: 56 },
    { id: 'records', x: 390, y: 20, width: 180, height: 72 },
    { id: 'risk', x: 770, y: 20, width: 180, height: 72 },
    { id: 'patrols', x: 770, y: 270, width: 180, height: 72 },
    { id: 'field', x: 390, y: 270, width: 180, height: 72 },
  ],
  arrows: [
    { id: 'reports', d: 'M190,40 L388,40', labelX: 289, labelY: 32, anchor: 'middle' },
    { id: 'sensors', d: 'M190,74 L388,74', labelX: 289, labelY: 96, anchor: 'middle' },
    { id: 'history', d: 'M340,150 L400,94', labelX: 0, labelY: 0, anchor: 'middle' },
    { id: 'records', d: 'M570,56 L768,56', labelX: 669, labelY: 26, anchor: 'middle' },
    { id: 'risk', d: 'M860,92 L860,268', labelX: 850, labelY: 170, anchor: 'end' },
    { id: 'patrols', d: 'M770,306 L572,306', labelX: 671, labelY: 276, anchor: 'middle' },
    { id: 'incidents', d: 'M60,92 L60,306 L388,306', labelX: 72, labelY: 276, anchor: 'start' },
    { id: 'discoveries', d: 'M440,270 L440,94', labelX: 432, labelY: 244, anchor: 'end' },
    { id: 'stopHits', d: 'M520,270 L520,94', labelX: 528, labelY: 184, anchor: 'start' },
  ],
};

const TALL: LoopLayout = {
  name: 'tall',
  width: 360,
  height: 680,
  fontSize: 17,
  nodes: [
    { id: 'truth', x: 8, y: 8, width: 160, height: 66 },
    { id: 'history', x: 196, y: 8, width: 156, height: 66 },
    { id: 'records', x: 70, y: 160, width: 160, height: 66 },
    { id: 'risk', x: 70, y: 310, width: 160, height: 66 },
    { id: 'patrols', x: 70, y: 460, width: 160, height: 66 },
    { id: 'field', x: 70, y: 600, width: 160, height: 66 },
  ],
  arrows: [
    { id: 'reports', d: 'M70,74 L100,158', labelX: 160, labelY: 104, anchor: 'start' },
    { id: 'sensors', d: 'M130,74 L150,158', labelX: 160, labelY: 122, anchor: 'start' },
    { id: 'history', d: 'M274,74 L222,158', labelX: 0, labelY: 0, anchor: 'middle' },
    { id: 'records', d: 'M150,226 L150,308', labelX: 158, labelY: 258, anchor: 'start' },
    { id: 'risk', d: 'M150,376 L150,458', labelX: 158, labelY: 408, anchor: 'start' },
    { id: 'patrols', d: 'M150,526 L150,598', labelX: 158, labelY: 552, anchor: 'start' },
    { id: 'incidents', d: 'M24,74 L24,633 L68,633', labelX: 18, labelY: 360, anchor: 'middle', rotate: -90 },
    { id: 'discoveries', d: 'M230,620 L290,620 L290,186 L232,186', labelX: 284, labelY: 420, anchor: 'middle', rotate: -90 },
    { id: 'stopHits', d: 'M230,648 L334,648 L334,174 L232,174', labelX: 328, labelY: 420, anchor: 'middle', rotate: -90 },
  ],
};

/** The arrangement for a diagram `width` CSS pixels wide. */
export function loopLayout(width: number): LoopLayout {
  return width > 0 && width < TALL_BELOW_WIDTH ? TALL : WIDE;
}
