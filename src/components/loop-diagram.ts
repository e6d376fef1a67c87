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
import { quarterName } from '../app/live-sentence.ts';
import { loopLayout, type LoopArrow, type LoopArrowId, type LoopNode, type LoopNodeId } from '../app/loop-layout.ts';
import { WidthController } from '../app/resize-controller.ts';
import { t, tList } from '../i18n/index.ts';
import { LocaleController } from '../i18n/locale-controller.ts';
import { sharedStyles } from '../styles/shared.ts';
import { formatSerial } from '../i18n/format.ts';

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
  /** Re-renders in the new language when the locale changes. */
  protected readonly locale = new LocaleController(this);

  protected override render() {
    const layout = loopLayout(this.size.width);
    const snapshot = this.snapshot;
    const params = this.params;
    if (!snapshot || !params) return html`<figure part="figure"><figcaption>${t('loop.waiting')}</figcaption></figure>`;
    const day = formatSerial(snapshot.day + 1);
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
        <title id="loop-title">${t('loop.title', { day })}</title>
        <desc id="loop-desc">${this.describe(snapshot, params)}</desc>
        <defs>
          ${marker('head', '#1c1d1f')} ${marker('head-truth', '#005a8c')} ${marker('head-feedback', '#a83f00')} ${marker('head-off', '#c4c4c4')}
        </defs>
        ${layout.arrows.map((arrow) => this.renderArrow(arrow, arrowText[arrow.id], labelSize))}
        ${layout.nodes.map((node) => renderNode(node, nodeText[node.id], layout.fontSize))}
      </svg>
      <figcaption>${t('loop.caption', { day })}</figcaption>
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
      truth: { title: t('loop.node.truth'), detail: t('loop.node.truth.detail', { count: f.trueIncidents }) },
      history: {
        title: t('loop.node.history'),
        detail: historyOff ? t('loop.node.history.off') : t('loop.node.history.detail', { count: f.priorRecords }),
        off: historyOff,
      },
      records: { title: t('loop.node.records'), detail: t('loop.node.records.detail', { count: f.recordedIncidents }) },
      risk: { title: t('loop.node.risk'), detail: policyDetail(params) },
      patrols: { title: t('loop.node.patrols'), detail: t('loop.node.patrols.detail', { count: f.patrolUnits }) },
      field: { title: t('loop.node.field'), detail: t('loop.node.field.detail', { count: f.stopsWithoutHit }) },
    };
  }

  private arrowTexts(snapshot: DaySnapshot, params: Params, tall: boolean): Record<LoopArrowId, ArrowText> {
    const f = snapshot.flows;
    const s = params.sources;
    const reportsOnly = params.corrections.reportsOnly;
    const patrolSourceOff = (enabled: boolean) => !enabled || reportsOnly;
    // A two-neighborhood city's "quarter" is its one most-minority neighborhood.
    const single = snapshot.quarter.neighborhoods === 1;
    const place = t(single ? 'loop.place.single' : tall ? 'loop.place.quarterShort' : 'loop.place.quarter');
    // Labels are lists of lines; the wide and tall layouts break them differently.
    const shape = tall ? 'tall' : 'wide';
    const reportsOff = !s.reports.enabled;
    const sensorsOff = patrolSourceOff(s.sensors.enabled);
    const discoveriesOff = patrolSourceOff(s.discoveries.enabled);
    const stopsOff = patrolSourceOff(s.stops.enabled);
    return {
      reports: { lines: [reportsOff ? t('loop.arrow.reports.off') : t('loop.arrow.reports', { count: f.reports })], off: reportsOff },
      sensors: {
        lines: [sensorsOff ? t('loop.arrow.sensors.off') : t(tall ? 'loop.arrow.sensors.short' : 'loop.arrow.sensors', { count: f.sensorAlerts })],
        off: sensorsOff,
      },
      history: { lines: [], off: !s.history.enabled || reportsOnly },
      records: { lines: tList('loop.arrow.records', { count: f.recordedIncidents }), off: false },
      risk: { lines: tList(`loop.arrow.risk.${shape}`, { share: snapshot.quarter.riskShare, place }), off: false },
      patrols: { lines: tList(`loop.arrow.patrols.${shape}`, { share: f.quarterPatrolShare, place }), off: false },
      incidents: { lines: tList(`loop.arrow.incidents.${shape}`, { count: f.trueIncidents }), off: false },
      discoveries: {
        lines: [discoveriesOff ? t('loop.arrow.discoveries.off') : t('loop.arrow.discoveries', { count: f.discoveries })],
        off: discoveriesOff,
      },
      stopHits: { lines: [stopsOff ? t('loop.arrow.stopHits.off') : t('loop.arrow.stopHits', { hits: f.stopHits, stops: f.stops })], off: stopsOff },
    };
  }

  /** The diagram's numbers as one paragraph, for screen readers. */
  private describe(snapshot: DaySnapshot, params: Params): string {
    const f = snapshot.flows;
    const s = params.sources;
    const parts = [
      t('loop.describe.incidents', { count: f.trueIncidents }),
      s.reports.enabled ? t('loop.describe.reports', { count: f.reports }) : t('loop.describe.reports.off'),
      s.sensors.enabled ? t('loop.describe.sensors', { count: f.sensorAlerts }) : t('loop.describe.sensors.off'),
      t('loop.describe.records', { count: f.recordedIncidents, share: snapshot.quarter.riskShare, place: quarterName(snapshot) }),
      t('loop.describe.patrols', { count: f.patrolUnits, share: f.quarterPatrolShare }),
      s.discoveries.enabled ? t('loop.describe.discoveries', { count: f.discoveries }) : t('loop.describe.discoveries.off'),
      s.stops.enabled ? t('loop.describe.stops', { stops: f.stops, hits: f.stopHits, empty: f.stopsWithoutHit }) : t('loop.describe.stops.off'),
    ];
    return parts.join(' ');
  }
}

/** What the risk node does with the risk, by deployment policy. */
function policyDetail(params: Params): string {
  const { policy, hotspots } = params.deployment;
  if (policy === 'topK') return t('loop.policy.topK', { count: hotspots });
  if (policy === 'uniform') return t('loop.policy.uniform');
  return t('loop.policy.proportional');
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
