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
  height: 330,
  fontSize: 18,
  nodes: [
    { id: 'truth', x: 20, y: 16, width: 190, height: 76 },
    { id: 'history', x: 175, y: 138, width: 150, height: 60 },
    { id: 'records', x: 385, y: 16, width: 190, height: 76 },
    { id: 'risk', x: 750, y: 16, width: 190, height: 76 },
    { id: 'patrols', x: 750, y: 248, width: 190, height: 76 },
    { id: 'field', x: 385, y: 248, width: 190, height: 76 },
  ],
  arrows: [
    { id: 'reports', d: 'M210,40 L383,40', labelX: 297, labelY: 32, anchor: 'middle' },
    { id: 'sensors', d: 'M210,72 L383,72', labelX: 297, labelY: 91, anchor: 'middle' },
    { id: 'history', d: 'M325,150 L398,94', labelX: 0, labelY: 0, anchor: 'middle' },
    { id: 'records', d: 'M575,54 L748,54', labelX: 662, labelY: 30, anchor: 'middle' },
    { id: 'risk', d: 'M845,92 L845,246', labelX: 833, labelY: 160, anchor: 'end' },
    { id: 'patrols', d: 'M750,300 L577,300', labelX: 662, labelY: 270, anchor: 'middle' },
    { id: 'incidents', d: 'M70,92 L70,300 L383,300', labelX: 82, labelY: 262, anchor: 'start' },
    { id: 'discoveries', d: 'M445,248 L445,94', labelX: 437, labelY: 220, anchor: 'end' },
    { id: 'stopHits', d: 'M525,248 L525,94', labelX: 533, labelY: 160, anchor: 'start' },
  ],
};

const TALL: LoopLayout = {
  name: 'tall',
  width: 360,
  height: 670,
  fontSize: 16,
  nodes: [
    { id: 'truth', x: 8, y: 8, width: 160, height: 66 },
    { id: 'history', x: 196, y: 8, width: 156, height: 66 },
    { id: 'records', x: 80, y: 160, width: 160, height: 66 },
    { id: 'risk', x: 80, y: 310, width: 160, height: 66 },
    { id: 'patrols', x: 80, y: 460, width: 160, height: 66 },
    { id: 'field', x: 80, y: 596, width: 160, height: 66 },
  ],
  arrows: [
    { id: 'reports', d: 'M60,74 L110,158', labelX: 8, labelY: 112, anchor: 'start' },
    { id: 'sensors', d: 'M130,74 L160,158', labelX: 150, labelY: 112, anchor: 'start' },
    { id: 'history', d: 'M270,74 L222,158', labelX: 0, labelY: 0, anchor: 'middle' },
    { id: 'records', d: 'M160,226 L160,308', labelX: 168, labelY: 258, anchor: 'start' },
    { id: 'risk', d: 'M160,376 L160,458', labelX: 168, labelY: 408, anchor: 'start' },
    { id: 'patrols', d: 'M160,526 L160,594', labelX: 168, labelY: 552, anchor: 'start' },
    { id: 'incidents', d: 'M28,74 L28,630 L78,630', labelX: 36, labelY: 400, anchor: 'start' },
    { id: 'discoveries', d: 'M240,616 L296,616 L296,186 L242,186', labelX: 290, labelY: 410, anchor: 'middle', rotate: -90 },
    { id: 'stopHits', d: 'M240,644 L336,644 L336,174 L242,174', labelX: 330, labelY: 410, anchor: 'middle', rotate: -90 },
  ],
};

/** The arrangement for a diagram `width` CSS pixels wide. */
export function loopLayout(width: number): LoopLayout {
  return width > 0 && width < TALL_BELOW_WIDTH ? TALL : WIDE;
}
