/**
 * The sentence the replicates view speaks of its replicates. The statistics it quotes (median and
 * band, per day and of a summary metric) are models/metrics/ensemble.ts's.
 */
import { spreadOf, type RunMetrics } from '../../models/index.ts';
import { pluralKey } from '../i18n/format.ts';
import { t } from '../i18n/index.ts';
import '../i18n/parts/lab.ts';

/** "all 50", "none of the 50", "47 of 50" (the noun follows, see replicateSentence). */
export function countPhrase(count: number, total: number): string {
  if (total > 1 && count === total) return t('lab.replicates.count.all', { total });
  if (count === 0) return t('lab.replicates.count.none', { total });
  return t('lab.replicates.count.some', { count, total });
}

/**
 * The live sentence of the replicates view, from each replicate's summary metrics: how many runs
 * sent the most-minority quarter more than its share of true crime in patrols (disparity ratio
 * above 1 over the last tenth of the days), with the median and the band of that ratio.
 */
export function replicateSentence(metrics: readonly RunMetrics[]): string {
  const total = metrics.length;
  if (total === 0) return t('lab.replicates.none');
  const ratios = metrics.map((m) => m.minorityQuarter.disparityRatio);
  const above = ratios.filter((ratio) => ratio > 1).length;
  const spread = spreadOf(ratios);
  const band = total > 1 ? t('lab.replicates.band', { low: spread.low, high: spread.high }) : '';
  return t('lab.replicates.sentence', {
    phrase: countPhrase(above, total),
    runs: t(pluralKey('lab.replicates.runs', total)),
    days: metrics[0]!.tailDays,
    median: spread.median,
    band,
  });
}
