/**
 * The feedback loop as a diagram: true crime becomes records through each source, records become
 * fused risk, risk sends patrols, and patrols make the discoveries and stops that become records
 * again. Every arrow carries the current day's numbers; a source that is switched off greys its
 * arrow. While playing, dashes flow along the arrows, unless the viewer prefers reduced motion.
 */
import { LitElement, css, html, svg, nothing } from 'lit';
import { customElement, property } from 'lit/decorators.js';
import type { Params } from '../../models/index.ts';
import type { DaySnapshot } from '../app/day-snapshot.ts';
import { count, percent } from '../app/format.ts';
import { quarterName } from '../app/live-sentence.ts';
import { loopLayout, type LoopArrow, type LoopArrowId, type LoopNode, type LoopNodeId } from '../app/loop-layout.ts';
import { WidthController } from '../app/resize-controller.ts';
import { sharedStyles } from '../styles/shared.ts';

interface NodeText {
  title: string;
  detail: string;
  off?: boolean;
}

interface ArrowText {
  lines: string[];
  off: boolean;
}

/**
 * The feedback-loop diagram.
 * @csspart figure - The figure around the diagram.
 */
@customElement('runaway-loop-diagram')
export class RunawayLoopDiagram extends LitElement {
  static override styles = [
    sharedStyles,
    css`
      :host {
        display: block;
      }
      figure {
        margin: 0;
      }
      svg {
        display: block;
        width: 100%;
        height: auto;
      }
      svg.wide {
        max-height: 70vh;
      }
      svg.tall {
        max-width: 26rem;
        margin: 0 auto;
      }
      .node rect {
        fill: var(--panel);
        stroke: var(--ink);
        stroke-width: 1.5;
      }
      .node.truth rect {
        fill: var(--real-tint);
        stroke: var(--real);
      }
      .node.records rect,
      .node.risk rect {
        fill: var(--data-tint);
        stroke: var(--data);
      }
      .node.off rect {
        fill: #f1f1f1;
        stroke: #b5b5b5;
        stroke-dasharray: 4 3;
      }
      .node .title {
        font-weight: 700;
        fill: var(--ink);
      }
      .node .detail {
        fill: var(--ink-soft);
      }
      .node.off text {
        fill: #8a8a8a;
      }
      .arrow path {
        fill: none;
        stroke: var(--ink);
        stroke-width: 2.5;
      }
      .arrow.truth path {
        stroke: var(--real);
      }
      .arrow.feedback path {
        stroke: var(--data);
        stroke-width: 3.5;
      }
      .arrow.off path {
        stroke: #c4c4c4;
        stroke-width: 2;
        stroke-dasharray: 3 5;
      }
      .flowing .arrow:not(.off) path {
        stroke-dasharray: 10 7;
        animation: flow 0.9s linear infinite;
      }
      @media (prefers-reduced-motion: reduce) {
        .flowing .arrow:not(.off) path {
          animation: none;
        }
      }
      @keyframes flow {
        to {
          stroke-dashoffset: -17;
        }
      }
      .label {
        fill: var(--ink);
        paint-order: stroke;
        stroke: var(--paper);
        stroke-width: 5px;
        stroke-linejoin: round;
      }
      .arrow.off .label {
        fill: #7d7d7d;
      }
      figcaption {
        margin-top: 0.4rem;
        font-size: 0.85rem;
        color: var(--ink-soft);
      }
    `,
  ];

  /** The day's figures; the diagram is empty until the first day arrives. */
  @property({ attribute: false }) snapshot: DaySnapshot | null = null;
  @property({ attribute: false }) params: Params | null = null;
  /** Flow animates while true (and motion is allowed). */
  @property({ type: Boolean }) playing = false;
  @property({ type: Boolean }) reducedMotion = false;

  private readonly size = new WidthController(this);

  protected override render() {
    const layout = loopLayout(this.size.width);
    const snapshot = this.snapshot;
    const params = this.params;
    if (!snapshot || !params) return html`<figure part="figure"><figcaption>The loop appears when the first day is ready.</figcaption></figure>`;
    const nodeText = this.nodeTexts(snapshot, params);
    const arrowText = this.arrowTexts(snapshot, params, layout.name === 'tall');
    const flowing = this.playing && !this.reducedMotion;
    const labelSize = layout.fontSize - 2;
    return html`<figure part="figure">
      <svg
        viewBox="0 0 ${layout.width} ${layout.height}"
        role="img"
        aria-labelledby="loop-title loop-desc"
        class="${layout.name} ${flowing ? 'flowing' : ''}"
        font-family="system-ui, sans-serif"
      >
        <title id="loop-title">The feedback loop on day ${snapshot.day + 1}</title>
        <desc id="loop-desc">${this.describe(snapshot, params)}</desc>
        <defs>
          ${marker('head', '#1c1d1f')} ${marker('head-truth', '#005a8c')} ${marker('head-feedback', '#a83f00')} ${marker('head-off', '#c4c4c4')}
        </defs>
        ${layout.arrows.map((arrow) => this.renderArrow(arrow, arrowText[arrow.id], labelSize))}
        ${layout.nodes.map((node) => renderNode(node, nodeText[node.id], layout.fontSize))}
      </svg>
      <figcaption>
        Day ${snapshot.day + 1}, city-wide. Orange arrows are the feedback channel: records that exist only because patrols were sent.
        Grey dashed arrows are sources switched off.
      </figcaption>
    </figure>`;
  }

  private renderArrow(arrow: LoopArrow, text: ArrowText, labelSize: number) {
    const kind = arrow.id === 'discoveries' || arrow.id === 'stopHits' || arrow.id === 'patrols' ? 'feedback' : arrow.id === 'reports' || arrow.id === 'sensors' || arrow.id === 'incidents' ? 'truth' : '';
    const head = text.off ? 'head-off' : kind ? `head-${kind}` : 'head';
    const transform = arrow.rotate ? `rotate(${arrow.rotate} ${arrow.labelX} ${arrow.labelY})` : nothing;
    return svg`<g class="arrow ${kind} ${text.off ? 'off' : ''}" aria-hidden="true">
      <path d=${arrow.d} marker-end="url(#${head})"></path>
      ${text.lines.length
        ? svg`<text class="label" x=${arrow.labelX} y=${arrow.labelY} text-anchor=${arrow.anchor} font-size=${labelSize} transform=${transform}>
            ${text.lines.map((line, index) => svg`<tspan x=${arrow.labelX} dy=${index === 0 ? 0 : labelSize * 1.15}>${line}</tspan>`)}
          </text>`
        : nothing}
    </g>`;
  }

  private nodeTexts(snapshot: DaySnapshot, params: Params): Record<LoopNodeId, NodeText> {
    const f = snapshot.flows;
    const historyOff = !params.sources.history.enabled || params.corrections.reportsOnly;
    return {
      truth: { title: 'True crime', detail: `${count(f.trueIncidents)} incidents today` },
      history: { title: 'Past records', detail: historyOff ? 'off' : `${count(f.priorRecords)} at the start`, off: historyOff },
      records: { title: 'Records', detail: `${count(f.recordedIncidents)} new today` },
      risk: { title: 'Fused risk', detail: policyDetail(params) },
      patrols: { title: 'Patrols', detail: `${count(f.patrolUnits)} units today` },
      field: { title: 'Finds and stops', detail: `${count(f.stopsWithoutHit)} stops found nothing` },
    };
  }

  private arrowTexts(snapshot: DaySnapshot, params: Params, tall: boolean): Record<LoopArrowId, ArrowText> {
    const f = snapshot.flows;
    const s = params.sources;
    const reportsOnly = params.corrections.reportsOnly;
    const patrolSourceOff = (enabled: boolean) => !enabled || reportsOnly;
    const quarterPatrols = percent(f.quarterPatrolShare);
    const quarterRisk = percent(snapshot.quarter.riskShare);
    // A two-neighborhood city's "quarter" is its one most-minority neighborhood.
    const single = snapshot.quarter.neighborhoods === 1;
    const place = single ? 'minority area' : tall ? 'minority ¼' : 'minority quarter';
    const reportsOff = !s.reports.enabled;
    const sensorsOff = patrolSourceOff(s.sensors.enabled);
    const discoveriesOff = patrolSourceOff(s.discoveries.enabled);
    const stopsOff = patrolSourceOff(s.stops.enabled);
    return {
      reports: { lines: [reportsOff ? 'Reports: off' : `Reports: ${count(f.reports)}`], off: reportsOff },
      sensors: { lines: [sensorsOff ? 'Sensors: off' : `${tall ? 'Sensors' : 'Sensor alerts'}: ${count(f.sensorAlerts)}`], off: sensorsOff },
      history: { lines: [], off: !s.history.enabled || reportsOnly },
      records: { lines: [`${count(f.recordedIncidents)} records`, 'feed the risk'], off: false },
      risk: { lines: tall ? [`${quarterRisk} of risk`, `in ${place}`] : [`${quarterRisk} of risk in`, `the ${place}`], off: false },
      patrols: { lines: tall ? [`${quarterPatrols} of units`, `to ${place}`] : [`${quarterPatrols} of units go to`, `the ${place}`], off: false },
      incidents: {
        lines: tall
          ? [`${count(f.trueIncidents)} true incidents, found only where patrols go`]
          : [`${count(f.trueIncidents)} true incidents, found only`, 'where patrols go'],
        off: false,
      },
      discoveries: { lines: [discoveriesOff ? 'Discoveries: off' : `Discoveries: ${count(f.discoveries)}`], off: discoveriesOff },
      stopHits: { lines: [stopsOff ? 'Stop hits: off' : `Stop hits: ${count(f.stopHits)} of ${count(f.stops)}`], off: stopsOff },
    };
  }

  /** The diagram's numbers as one paragraph, for screen readers. */
  private describe(snapshot: DaySnapshot, params: Params): string {
    const f = snapshot.flows;
    const s = params.sources;
    const parts = [
      `${count(f.trueIncidents)} true incidents happened.`,
      s.reports.enabled ? `${count(f.reports)} were reported by residents.` : 'Resident reports are switched off.',
      s.sensors.enabled ? `Sensors raised ${count(f.sensorAlerts)} alerts.` : 'Sensors are switched off.',
      `${count(f.recordedIncidents)} records fed the risk model, which puts ${percent(snapshot.quarter.riskShare)} of risk in ${quarterName(snapshot)}.`,
      `${count(f.patrolUnits)} patrol units went out, ${percent(f.quarterPatrolShare)} of them there.`,
      s.discoveries.enabled ? `Patrols discovered ${count(f.discoveries)} incidents.` : 'Patrol discoveries are switched off.',
      s.stops.enabled ? `They made ${count(f.stops)} stops: ${count(f.stopHits)} found something and ${count(f.stopsWithoutHit)} found nothing.` : 'Stops are switched off.',
    ];
    return parts.join(' ');
  }
}

/** What the risk node does with the risk, by deployment policy. */
function policyDetail(params: Params): string {
  const { policy, hotspots } = params.deployment;
  if (policy === 'topK') return `top ${count(hotspots)} get the patrols`;
  if (policy === 'uniform') return 'ignored: uniform patrols';
  return 'patrols in proportion';
}

function renderNode(node: LoopNode, text: NodeText, fontSize: number) {
  const centerX = node.x + node.width / 2;
  const small = node.id === 'history';
  const titleSize = small ? fontSize - 3 : fontSize;
  const detailSize = fontSize - 4;
  return svg`<g class="node ${node.id} ${text.off ? 'off' : ''}" aria-hidden="true">
    <rect x=${node.x} y=${node.y} width=${node.width} height=${node.height} rx="8"></rect>
    <text class="title" x=${centerX} y=${node.y + node.height / 2 - 4} text-anchor="middle" font-size=${titleSize}>${text.title}</text>
    <text class="detail" x=${centerX} y=${node.y + node.height / 2 + detailSize + 2} text-anchor="middle" font-size=${detailSize}>${text.detail}</text>
  </g>`;
}

function marker(id: string, color: string) {
  return svg`<marker id=${id} viewBox="0 0 10 10" refX="9" refY="5" markerWidth="7" markerHeight="7" orient="auto-start-reverse">
    <path d="M0,0 L10,5 L0,10 z" fill=${color}></path>
  </marker>`;
}

declare global {
  interface HTMLElementTagNameMap {
    'runaway-loop-diagram': RunawayLoopDiagram;
  }
}
