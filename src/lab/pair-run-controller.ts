/**
 * Runs configurations A and B on the same seed, one after the other on the engine's interactive
 * worker (a newer run there supersedes an older one, so they cannot overlap). A newer request
 * drops an older one by a call counter: a stale pair never reaches the screen.
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { Params, RunResult } from '../../models/index.ts';
import { t } from '../i18n/index.ts';
import type { RunOutcome, SimEngine } from '../sim-client-types.ts';
import '../i18n/parts/lab.ts';

export type PairStatus =
  | { state: 'idle' }
  | { state: 'running'; side: 'A' | 'B' }
  | { state: 'done' }
  | { state: 'invalid'; side: 'A' | 'B'; field: string; message: string }
  | { state: 'failed'; message: string };

/** Times a run superseded by someone else's run on the same worker is retried. */
const RETRIES = 2;

export class PairRunController implements ReactiveController {
  status: PairStatus = { state: 'idle' };
  a: RunResult | undefined;
  b: RunResult | undefined;
  private calls = 0;

  constructor(private readonly host: ReactiveControllerHost) {
    host.addController(this);
  }

  hostConnected(): void {}

  hostDisconnected(): void {
    // Whatever is in flight is now stale.
    this.calls++;
  }

  /** Runs A then B with `seed`; resolves when both are shown, or the request was dropped or failed. */
  async run(engine: SimEngine, paramsA: Params, paramsB: Params, seed: number): Promise<void> {
    const call = ++this.calls;
    const sides = [['A', paramsA], ['B', paramsB]] as const;
    const results: RunResult[] = [];
    for (const [side, params] of sides) {
      this.set({ state: 'running', side });
      let outcome: RunOutcome = { status: 'superseded' };
      for (let attempt = 0; attempt <= RETRIES && outcome.status === 'superseded'; attempt++) {
        outcome = await engine.run(params, seed);
        if (call !== this.calls) return;
      }
      if (outcome.status === 'done') {
        results.push(outcome.result);
        continue;
      }
      if (outcome.status === 'invalid') this.set({ state: 'invalid', side, field: outcome.field, message: outcome.message });
      else if (outcome.status === 'failed') this.set({ state: 'failed', message: outcome.message });
      else this.set({ state: 'failed', message: t('lab.compare.busy') });
      return;
    }
    [this.a, this.b] = results;
    this.set({ state: 'done' });
  }

  private set(status: PairStatus): void {
    this.status = status;
    this.host.requestUpdate();
  }
}
