/**
 * Axes drawn by Lit from d3 scales (no d3-axis or d3-selection): tick marks and labels from
 * scale.ticks(), light gridlines behind the data, and the axis unit. Every mark carries its
 * colour as a presentation attribute so an exported SVG keeps the look.
 */
import { svg, type SVGTemplateResult } from 'lit';
import type { ScaleLinear } from 'd3-scale';
import { FONT_SIZE, type PlotLayout } from './layout.ts';
import { GRID_COLOR, INK, MUTED_INK } from './palettes.ts';

export type TickFormat = (value: number, step: number) => string;

function tickStep(ticks: readonly number[]): number {
  return ticks.length > 1 ? Math.abs(ticks[1]! - ticks[0]!) : 1;
}

/** The x axis along the bottom of the plot, with its name at the right end. */
export function renderXAxis(scale: ScaleLinear<number, number>, layout: PlotLayout, format: TickFormat, label: string, tickCount?: number): SVGTemplateResult {
  const { margin, innerWidth, innerHeight } = layout;
  const ticks = scale.ticks(tickCount ?? Math.max(3, Math.floor(innerWidth / 80)));
  const step = tickStep(ticks);
  const y0 = margin.top + innerHeight;
  return svg`<g aria-hidden="true">
    <line x1=${margin.left} x2=${margin.left + innerWidth} y1=${y0} y2=${y0} stroke=${INK} stroke-width="1"></line>
    ${ticks.map((tick) => {
      const x = scale(tick);
      return svg`<line x1=${x} x2=${x} y1=${y0} y2=${y0 + 6} stroke=${INK} stroke-width="1"></line>
        <text x=${x} y=${y0 + 8 + FONT_SIZE} text-anchor="middle" fill=${INK} font-size=${FONT_SIZE}>${format(tick, step)}</text>`;
    })}
    <text x=${margin.left + innerWidth} y=${y0 + 12 + 2 * FONT_SIZE} text-anchor="end" fill=${MUTED_INK} font-size=${FONT_SIZE}>${label}</text>
  </g>`;
}

/** The y axis on the left with horizontal gridlines across the plot and the unit above it. */
export function renderYAxis(scale: ScaleLinear<number, number>, layout: PlotLayout, format: TickFormat, label: string, tickCount?: number): SVGTemplateResult {
  const { margin, innerWidth, innerHeight } = layout;
  const ticks = scale.ticks(tickCount ?? Math.max(2, Math.floor(innerHeight / 45)));
  const step = tickStep(ticks);
  return svg`<g aria-hidden="true">
    ${ticks.map((tick) => {
      const y = scale(tick);
      return svg`<line x1=${margin.left} x2=${margin.left + innerWidth} y1=${y} y2=${y} stroke=${GRID_COLOR} stroke-width="1"></line>
        <text x=${margin.left - 8} y=${y} dy="0.32em" text-anchor="end" fill=${INK} font-size=${FONT_SIZE}>${format(tick, step)}</text>`;
    })}
    <line x1=${margin.left} x2=${margin.left} y1=${margin.top} y2=${margin.top + innerHeight} stroke=${INK} stroke-width="1"></line>
    <text x="4" y=${margin.top - 12} text-anchor="start" fill=${MUTED_INK} font-size=${FONT_SIZE}>${label}</text>
  </g>`;
}
