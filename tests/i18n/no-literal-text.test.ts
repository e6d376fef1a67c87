/**
 * Every user-facing text of the explorable page, its controls, charts and map comes from the
 * message catalogue: the source of src/explorable, src/components, src/components/charts and src/app holds no
 * English in templates or prose literals (see literal-scan.ts for what counts), every literal
 * key it asks for exists, and every generated key (settings, groups, map layers) exists.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { PARAM_GROUPS, PARAM_SPECS, SEED_SPEC, type ParamSpec } from '../../models/index.ts';
import { SPEED_SPEC } from '../../src/settings/playback-speed.ts';
import { MAP_LAYER_IDS } from '../../src/components/charts/map-layers.ts';
import { hasMessage, placeholders, type Message } from '../../src/i18n/index.ts';
import { messagesEn } from '../../src/i18n/messages.en.ts';
import { looksLikeProse, scanMarkup, scanSource, type Finding } from './literal-scan.ts';

const SCANNED = ['src/explorable', 'src/components', 'src/app'];

/**
 * Files not scanned, with the reason (none today). The specs whose English is a source of the
 * catalogue, as the model's schema is, live outside the scanned folders: SEED_SPEC in
 * models/params/seed.ts and SPEED_SPEC in src/settings/playback-speed.ts; their English is generated into
 * `param.seed.*` and `param.playback.speed.*` (src/i18n/en/params.ts, checked below).
 */
const NOT_SCANNED = new Map<string, string>();

function sourceFiles(directory: string): string[] {
  return readdirSync(directory).flatMap((name) => {
    const path = join(directory, name);
    if (statSync(path).isDirectory()) return sourceFiles(path);
    return path.endsWith('.ts') ? [path] : [];
  });
}

const files = SCANNED.flatMap(sourceFiles).filter((file) => !NOT_SCANNED.has(file));

function describeFindings(findings: Finding[]): string {
  return findings.map((finding) => `${finding.file}:${finding.line} ${finding.reason}: ${finding.text}`).join('\n');
}

describe('the scanner', () => {
  it('finds English in text nodes, user-facing attributes and prose literals', () => {
    const source = `
      const a = html\`<p>Waiting for \${x}</p>\`;
      const b = html\`<button aria-label="Close the panel" @click=\${go}>\${t('panel.close')}</button>\`;
      const c = svg\`<text>\${label}</text><title>Day \${day}</title>\`;
      const d = 'Waiting for a run.';
      const e = playing ? 'Pause' : 'Play';
      const f = \`By day \${day} the share was \${share}\`;
      const g = html\`<p>\${open ? html\`<strong>Open</strong>\` : nothing}</p>\`;
    `;
    const found = scanSource('sample.ts', source).map((finding) => finding.text);
    expect(found).toEqual([
      'Waiting for ${…}',
      'aria-label="Close the panel"',
      'Day ${…}',
      'Waiting for a run.',
      'Pause',
      'Play',
      'By day ${…} the share was ${…}',
      'Open',
    ]);
  });

  it('allows styles, keys, ids, module paths, key names, comparisons and developer messages', () => {
    const source = `
      import { t } from '../i18n/index.ts';
      type Shape = 'Wide layout' | 'tall';
      const styles = css\`:host { display: block; font: 14px system-ui, sans-serif; }\`;
      const a = html\`<p class="summary waiting" id="loop-title" part="summary" aria-keyshortcuts="Space">\${t('chart.waiting')}</p>\`;
      const b = svg\`<path d="M4 2 L14 8 L4 14 Z" transform=\${\`rotate(\${angle} \${x} \${y})\`}></path>\`;
      const c = t(\`param.\${spec.path}.label\`, { count: 3 });
      const key = \`preset.\${preset.id}.caption\`;
      const query = matchMedia('(prefers-reduced-motion: reduce)');
      if (event.key === 'Escape' || event.key === 'Home') stop();
      switch (event.key) { case 'End': break; }
      throw new RangeError('Unknown layer name given');
      console.warn('Missing message for this key');
      const d = { 'Some key': 1, layer: 'trueCrime', font: 'system-ui, -apple-system, "Segoe UI", Roboto, sans-serif' };
      const e = html\`<p>\${t('a.b')} · \${t('c.d')} (&nbsp;←&nbsp;→)</p>\`;
    `;
    expect(describeFindings(scanSource('sample.ts', source))).toBe('');
  });

  it('reads markup across template holes', () => {
    expect(scanMarkup('<label for="x"><strong>\u0000</strong> \u0000</label>')).toEqual([]);
    expect(scanMarkup('<option value=\u0000 title="\u0000 days">\u0000</option>').map((problem) => problem.text)).toEqual(['title="\u0000 days"']);
    expect(looksLikeProse('Reports: off')).toBe(true);
    expect(looksLikeProse('Speed')).toBe(true);
    expect(looksLikeProse('runaway-chart-\u0000')).toBe(false);
    expect(looksLikeProse('M0,0 L10,5 L0,10 z')).toBe(false);
  });
});

describe('the explorable page source', () => {
  it('scans every file of the page, its controls and its charts', () => {
    expect(files.length).toBeGreaterThan(30);
    for (const required of ['src/app/live-sentence.ts', 'src/explorable/runaway-app.ts', 'src/components/param-control.ts', 'src/components/charts/lorenz-spec.ts']) {
      expect(files).toContain(required);
    }
  });

  it('has no user-facing English outside the message catalogue', () => {
    const findings = files.flatMap((file) => scanSource(file, readFileSync(file, 'utf8')));
    expect(describeFindings(findings)).toBe('');
  });

  it('asks only for message keys that the English catalogue has', () => {
    const missing: string[] = [];
    for (const file of files) {
      const source = readFileSync(file, 'utf8');
      // Literal keys: t('key'), tList('key'), and both branches of t(cond ? 'a' : 'b').
      for (const call of source.matchAll(/\b(?:t|tList)\(\s*([^,()]*?)\s*[,)]/g)) {
        // A key has at least one dot; other quoted words in the argument are compared values.
        for (const key of call[1]!.matchAll(/'([\w-]+(?:\.[\w:-]+)+)'/g)) if (!hasMessage(key[1]!)) missing.push(`${file}: ${key[1]}`);
      }
    }
    expect(missing).toEqual([]);
  });
});

describe('generated keys', () => {
  const specs: readonly ParamSpec[] = [...PARAM_SPECS, SEED_SPEC, SPEED_SPEC];

  it('every setting has a label, unit, description, source and option labels, in the schema\'s English', () => {
    for (const spec of specs) {
      expect(messagesEn[`param.${spec.path}.label`], spec.path).toBe(spec.label);
      expect(messagesEn[`param.${spec.path}.unit`], spec.path).toBe(spec.unit);
      expect(messagesEn[`param.${spec.path}.description`], spec.path).toBe(spec.description);
      expect(messagesEn[`param.${spec.path}.source`], spec.path).toBe(spec.source);
      for (const option of spec.options ?? []) expect(messagesEn[`param.${spec.path}.option.${option.value}`], spec.path).toBe(option.label);
    }
    for (const group of PARAM_GROUPS) expect(messagesEn[`paramGroup.${group.id}`]).toBe(group.label);
  });

  it('settings texts have no placeholders, so interpolation shows them exactly as written', () => {
    const withPlaceholders = Object.entries(messagesEn)
      .filter(([key]) => key.startsWith('param.') || key.startsWith('paramGroup.'))
      .filter(([, message]) => texts(message).some((text) => placeholders(text).length > 0));
    expect(withPlaceholders).toEqual([]);
  });

  it('every map layer has a name and a unit, and every panel layer a short name', () => {
    for (const layer of MAP_LAYER_IDS) {
      expect(hasMessage(`map.layer.${layer}`), layer).toBe(true);
      expect(hasMessage(`map.layer.${layer}.unit`), layer).toBe(true);
      expect(hasMessage(`compare.layer.${layer}`), layer).toBe(true);
    }
  });
});

function texts(message: Message): readonly string[] {
  return typeof message === 'string' ? [message] : message;
}
