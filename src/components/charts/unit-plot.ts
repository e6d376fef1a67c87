/**
 * The unit kind of chart spec: blocks of units, one mark per person, each under its label, with a
 * key of the marks above them. A block keeps its size at every width: blocks sit side by side
 * where they fit and wrap one under another where they do not, and long labels wrap onto lines,
 * so on a phone nothing is drawn smaller than on a projector. Layout is pure; the marks are Lit
 * SVG templates.
 */
import { nothing, svg } from 'lit';
import type { ChartUnit, UnitChartSpec, UnitKeyItem } from './chart-spec.ts';
import { markKeyHeight, markKeySlot, placeMarkKey, textWidth, wrapText } from './layout.ts';
import { INK } from './palettes.ts';

/** Pitch of the grid of units, in CSS pixels. */
export const UNIT_CELL = 10;
/** Radius of a unit's dot and of the ring around a listed one. */
export const UNIT_RADIUS = 3.4;
export const RING_RADIUS = 4.8;
/** Room around the drawing, between blocks side by side, and between a key or a row of blocks and what follows. */
const PAD = 4;
const BLOCK_GAP = 28;
const ROW_GAP = 16;
/** Line height of a block's label. */
const LABEL_LINE = 18;

export interface PlacedBlock {
  x: number;
  /** Top of the label. */
  y: number;
  /** Top of the grid of units. */
  gridY: number;
  lines: string[];
}

export interface UnitGeometry {
  width: number;
  height: number;
  key: (UnitKeyItem & { x: number; row: number })[];
  blocks: PlacedBlock[];
}

/** Lays out `spec` in at most `width` CSS pixels (a block's width at the least). */
export function layoutUnits(spec: UnitChartSpec, width: number): UnitGeometry {
  const blockWidth = spec.columns * UNIT_CELL;
  const available = Math.max(Math.floor(width), blockWidth + 2 * PAD);
  const key = placeMarkKey(spec.key, available - PAD);
  const keyRight = Math.max(0, ...key.map((item) => markKeySlot(item).textX + textWidth(item.label)));
  // Blocks in rows: a row's grids start below its longest label, so units line up across it.
  const rows: { block: number; x: number; lines: string[] }[][] = [];
  let x = PAD;
  spec.blocks.forEach((block, index) => {
    if (rows.length === 0 || x + blockWidth > available - PAD) {
      rows.push([]);
      x = PAD;
    }
    rows[rows.length - 1]!.push({ block: index, x, lines: wrapText(block.label, blockWidth) });
    x += blockWidth + BLOCK_GAP;
  });
  const blocks: PlacedBlock[] = [];
  let y = markKeyHeight(key) + ROW_GAP / 2;
  let right = keyRight;
  for (const row of rows) {
    const labelHeight = Math.max(...row.map((placed) => placed.lines.length)) * LABEL_LINE + 4;
    let rowHeight = 0;
    for (const placed of row) {
      const units = spec.blocks[placed.block]!.units.length;
      rowHeight = Math.max(rowHeight, Math.ceil(units / spec.columns) * UNIT_CELL);
      blocks[placed.block] = { x: placed.x, y, gridY: y + labelHeight, lines: placed.lines };
      right = Math.max(right, placed.x + blockWidth);
    }
    y += labelHeight + rowHeight + ROW_GAP;
  }
  return { width: Math.min(available, Math.ceil(right + PAD)), height: Math.ceil(y - ROW_GAP + PAD), key, blocks };
}

/** Everything inside the SVG after its background. */
export function renderUnits(spec: UnitChartSpec, geometry: UnitGeometry) {
  return svg`
    ${geometry.key.map((item) => renderKeyItem(item))}
    ${spec.blocks.map((block, index) => {
      const placed = geometry.blocks[index]!;
      return svg`<g class="block" data-key=${block.key}>
        <text aria-hidden="true" fill=${INK} font-weight="600">${placed.lines.map(
          (line, k) => svg`<tspan x=${placed.x} y=${placed.y + (k + 1) * LABEL_LINE - 4}>${line}</tspan>`,
        )}</text>
        ${block.units.map((unit, k) =>
          renderUnit(unit, placed.x + (k % spec.columns) * UNIT_CELL + UNIT_CELL / 2, placed.gridY + Math.floor(k / spec.columns) * UNIT_CELL + UNIT_CELL / 2),
        )}
      </g>`;
    })}
  `;
}

function renderUnit(unit: ChartUnit, cx: number, cy: number) {
  return svg`<circle cx=${cx} cy=${cy} r=${UNIT_RADIUS} fill=${unit.filled ? unit.color : '#ffffff'} stroke=${unit.color} stroke-width="1"></circle>${
    unit.ringed ? svg`<circle class="ring" cx=${cx} cy=${cy} r=${RING_RADIUS} fill="none" stroke=${INK} stroke-width="1.4"></circle>` : nothing
  }`;
}

function renderKeyItem(item: UnitKeyItem & { x: number; row: number }) {
  const { cx, cy, textX } = markKeySlot(item);
  const mark =
    item.mark === 'swatch'
      ? svg`<rect x=${cx - 6} y=${cy - 6} width="12" height="12" rx="2" fill=${item.color}></rect>`
      : renderUnit(item, cx, cy);
  return svg`<g aria-hidden="true">${mark}<text x=${textX} y=${cy} dy="0.32em" fill=${INK}>${item.label}</text></g>`;
}
