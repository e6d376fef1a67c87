/**
 * File names of everything Runaway exports: they say the preset and the seed, so a file on a
 * desktop or a slide says which run it shows, e.g. `runaway-biased-history-seed7-share-chart.svg`.
 */

export interface RunLabel {
  presetId: string;
  seed: number;
  /** True when the params differ from the preset's (the name then says "modified"). */
  modified?: boolean;
}

/** `runaway-<preset>-seed<seed>[-modified]-<what>.<extension>`, with only [a-z0-9-] in the parts. */
export function exportFileName(run: RunLabel, what: string, extension: string): string {
  const parts = ['runaway', slug(run.presetId), `seed${run.seed}`];
  if (run.modified) parts.push('modified');
  parts.push(slug(what));
  return `${parts.filter(Boolean).join('-')}.${slug(extension)}`;
}

function slug(text: string): string {
  return text
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
}
