/**
 * Streamed playback: gathers the chunks of history a long run sends while it computes and, when
 * the page wants to show them, assembles the days so far into a RunResult whose history has
 * daysDone < days. Chunks are only kept (they arrive transferred, not copied) until then, so a
 * short run that finishes first never pays for the copy. The metrics and series shown are the
 * latest chunk's, which the worker computed: nothing is re-derived here.
 */
import {
  CELL_COLUMNS,
  GROUP_COLUMNS,
  MODEL_VERSION,
  allocateHistory,
  type City,
  type History,
  type MetricSeries,
  type Params,
  type RunMetrics,
  type RunResult,
} from '../../models/index.ts';
import type { HistoryChunk } from '../sim-client.ts';

export class PartialRun {
  private readonly pending: HistoryChunk[] = [];
  private history: History | null = null;
  private city: City | null = null;
  private params: Params | null = null;
  /** The metrics and series of the latest chunk: as of the last day received. */
  private latest: { toDay: number; metrics: RunMetrics; series: MetricSeries } | null = null;

  constructor(private readonly seed: number) {}

  /** Days received so far. */
  get daysReceived(): number {
    return this.history?.daysDone ?? this.pending.reduce((days, chunk) => Math.max(days, chunk.toDay), 0);
  }

  add(chunk: HistoryChunk): void {
    if (chunk.city) this.city = chunk.city;
    if (chunk.params) this.params = chunk.params;
    if (!this.latest || chunk.toDay > this.latest.toDay) this.latest = { toDay: chunk.toDay, metrics: chunk.metrics, series: chunk.series };
    if (this.history) this.copy(chunk);
    else this.pending.push(chunk);
  }

  /** The days received so far as a run (with the metrics as of the last of them), or null before the first chunk. */
  assemble(): RunResult | null {
    if (!this.city || !this.params || !this.latest) return null;
    const first = this.pending[0] ?? null;
    if (!this.history) {
      if (!first) return null;
      this.history = allocateHistory(first.days, first.size);
      for (const chunk of this.pending.splice(0)) this.copy(chunk);
    }
    const history = this.history;
    return {
      modelVersion: MODEL_VERSION,
      params: this.params,
      seed: this.seed,
      city: this.city,
      history,
      metrics: this.latest.metrics,
      series: this.latest.series,
      // The person layer reports with the finished run only (its record is not streamed in chunks).
      people: null,
    };
  }

  private copy(chunk: HistoryChunk): void {
    const history = this.history!;
    for (const column of CELL_COLUMNS) history[column].set(chunk.cells[column] as never, chunk.fromDay * chunk.size);
    for (const column of GROUP_COLUMNS) history[column].set(chunk.groups[column], chunk.fromDay * 2);
    history.daysDone = Math.max(history.daysDone, chunk.toDay);
  }
}
