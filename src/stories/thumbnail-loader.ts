/**
 * Runs each preset once on the worker pool for its gallery thumbnail and caches the thinned
 * series, so a gallery shown twice never runs a preset twice. Uses `replicates` (the pool), not
 * `run`, so thumbnails never supersede the page's own interactive run.
 */
import type { Preset } from '../../presets/index.ts';
import type { SimEngine } from '../sim-client-types.ts';
import { thumbnailData, type ThumbnailData } from './thumbnail-data.ts';

/** What the loader needs from the worker client. */
export type ThumbnailEngine = Pick<SimEngine, 'replicates'>;

export type ThumbnailOutcome = { status: 'done'; data: ThumbnailData } | { status: 'failed'; message: string };

const cache = new Map<string, Promise<ThumbnailOutcome>>();

/** The thumbnail of a preset's own run (its params and seed), computed once per page. */
export function loadThumbnail(engine: ThumbnailEngine, preset: Preset): Promise<ThumbnailOutcome> {
  const key = `${preset.id}|${preset.seed}`;
  let outcome = cache.get(key);
  if (!outcome) {
    outcome = engine.replicates(preset.params, [preset.seed], { series: true }).then((reply): ThumbnailOutcome => {
      if (reply.status !== 'done') return { status: 'failed', message: 'message' in reply ? reply.message : 'the run was cancelled' };
      const series = reply.runs[0]?.series;
      if (!series) return { status: 'failed', message: 'the worker returned no series' };
      return { status: 'done', data: thumbnailData(series) };
    });
    // A failure is not cached, so a later gallery can try again.
    outcome.then((result) => result.status === 'failed' && cache.delete(key)).catch(() => cache.delete(key));
    cache.set(key, outcome);
  }
  return outcome;
}
