/**
 * The lab, share, export and embed code (src/lab, src/share, src/export, src/embed) and the
 * pages lab.html, embed.html and present.html take every user-facing text from the message
 * catalogue: their TypeScript holds no English in templates or prose literals (literal-scan.ts
 * says what counts; a short allow-list names the few literals that are code, each with its
 * reason), the HTML files carry only text marked with its message key and equal to the English
 * message, every key the code asks for exists, and a bracketed pseudo-locale registered with
 * registerCatalogue changes the lab views' headings and the share menu's button text.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { nothing, type TemplateResult } from 'lit';
import { PRESETS } from '../../presets/index.ts';
import { summaryMetricPaths } from '../../workers/summary-metrics.ts';
import { DEFAULT_LOCALE, NUMBER_STYLES, getLocale, hasMessage, placeholders, registerCatalogue, setLocale, t, type Catalogue } from '../../src/i18n/index.ts';
import { labMessages } from '../../src/i18n/en/lab.ts';
import { shareMessages } from '../../src/i18n/en/share.ts';
import { messagesEn } from '../../src/i18n/messages.en.ts';
import { CompareView } from '../../src/lab/compare-view.ts';
import { CostBenefitView } from '../../src/lab/cost-benefit-view.ts';
import { POLICY_VARIANTS } from '../../src/lab/cost-benefit.ts';
import { HeatmapView } from '../../src/lab/heatmap-view.ts';
import { LAB_TABS, tabLabel } from '../../src/lab/lab-app.ts';
import { ReplicatesView } from '../../src/lab/replicates-view.ts';
import { plottableMetrics } from '../../src/lab/sweep-plan.ts';
import { SweepView } from '../../src/lab/sweep-view.ts';
import { TWINS } from '../../src/lab/twins.ts';
import { EmbedDialog } from '../../src/embed/embed-dialog.ts';
import { RunawayPresenter } from '../../src/embed/runaway-presenter.ts';
import { ExportMenu } from '../../src/export/export-menu.ts';
import { ShareMenu } from '../../src/share/share-menu.ts';
import { ShareNoticeElement } from '../../src/share/share-notice.ts';
import { VIEW_IDS, VIEWS } from '../../src/share/views.ts';
import { scanSource, type Finding } from './literal-scan.ts';

const FOLDERS = ['src/lab', 'src/share', 'src/export', 'src/embed'];
const PAGES = ['lab.html', 'embed.html', 'present.html'];

/**
 * Findings that are code, not text for people: [file, the finding's text, why]. Each must still
 * be found (a stale entry fails), so the list cannot quietly grow past what it names.
 */
const ALLOWED: readonly [file: string, text: string, reason: string][] = [
  ['src/export/svg-export.ts', '<?xml version="1.0" encoding="UTF-8"?>\\n${…}\\n', 'the XML declaration of an exported SVG file'],
  ['src/embed/snippets.ts', '<script type="module" src="${…}"></script>\\n<runaway-sim ${…}></runaway-sim>', 'HTML code a host page pastes'],
  ['src/embed/snippets.ts', '<iframe src="${…}" title="${…}" width="100%" height="${…}" style="border:0" loading="lazy"></iframe>', 'HTML code a host page pastes'],
  ['src/embed/embed-dialog.ts', 'npm run build:lib', 'a shell command, set as code inside a message'],
  ['src/embed/runaway-presenter.ts', 'Enter', 'a KeyboardEvent.key value'],
  ['src/embed/runaway-presenter.ts', 'Backspace', 'a KeyboardEvent.key value'],
  ['src/embed/runaway-sim.ts', 'view view-${…}${…}', 'CSS part names'],
  ['src/embed/runaway-sim.ts', 'view highlighted', 'CSS class names'],
];

function sourceFiles(directory: string): string[] {
  return readdirSync(directory).flatMap((name) => {
    const path = join(directory, name);
    if (statSync(path).isDirectory()) return sourceFiles(path);
    return path.endsWith('.ts') ? [path] : [];
  });
}

const files = FOLDERS.flatMap(sourceFiles);

function isAllowed(finding: Finding): boolean {
  return ALLOWED.some(([file, text]) => finding.file === file && finding.text === text);
}

function describeFindings(findings: readonly Finding[]): string {
  return findings.map((finding) => `${finding.file}:${finding.line} ${finding.reason}: ${finding.text}`).join('\n');
}

describe('the lab, share, export and embed source', () => {
  const findings = files.flatMap((file) => scanSource(file, readFileSync(file, 'utf8')));

  it('scans every file of the four folders', () => {
    expect(files.length).toBeGreaterThan(60);
    for (const required of ['src/lab/sweep-specs.ts', 'src/share/permalink.ts', 'src/export/export-menu.ts', 'src/embed/runaway-presenter.ts']) {
      expect(files).toContain(required);
    }
  });

  it('has no user-facing English outside the message catalogue', () => {
    expect(describeFindings(findings.filter((finding) => !isAllowed(finding)))).toBe('');
  });

  it('allows only literals that are still there', () => {
    const stale = ALLOWED.filter(([file, text]) => !findings.some((finding) => finding.file === file && finding.text === text));
    expect(stale).toEqual([]);
  });

  it('asks only for message keys that the English catalogue has', () => {
    const missing: string[] = [];
    for (const file of files) {
      const source = readFileSync(file, 'utf8');
      for (const call of source.matchAll(/\b(t|tList|pluralKey)\(\s*([^,()]*?)\s*[,)]/g)) {
        // A key has at least one dot; other quoted words in the argument are compared values.
        for (const key of call[2]!.matchAll(/'([\w-]+(?:\.[\w:-]+)+)'/g)) {
          // pluralKey('base', n) needs at least base.other.
          const needed = call[1] === 'pluralKey' ? `${key[1]}.other` : key[1]!;
          if (!hasMessage(needed)) missing.push(`${file}: ${needed}`);
        }
      }
    }
    expect(missing).toEqual([]);
  });

  it('has a message for every key it builds from ids', () => {
    const built = [
      ...LAB_TABS.map((tab) => `lab.tab.${tab.id}`),
      ...VIEW_IDS.map((view) => `share.view.${view}`),
      ...TWINS.flatMap((twin) => [`lab.twin.${twin.kind}.label`, `lab.twin.${twin.kind}.explanation`]),
      ...POLICY_VARIANTS.map((variant) => `lab.policy.${variant.policy}`),
      ...plottableMetrics(summaryMetricPaths({ people: true })).flatMap((path) => [`lab.metric.${path}.name`, `lab.metric.${path}.description`]),
      ...['windowed', 'day'].flatMap((period) => [`lab.diffMap.same.${period}`, `lab.diffMap.summary.${period}`]),
      ...['rises', 'falls', 'stays'].map((direction) => `lab.sweep.summary.${direction}`),
    ];
    expect(built.filter((key) => !hasMessage(key))).toEqual([]);
  });
});

describe('the lab and share parts of the catalogue', () => {
  const parts: Catalogue = { ...labMessages, ...shareMessages };

  it('are registered in the English catalogue, and no other part overrides a key', () => {
    for (const [key, message] of Object.entries(parts)) expect(messagesEn[key], key).toBe(message);
  });

  it('name only known number styles in their placeholders', () => {
    const unknown = Object.entries(parts).flatMap(([key, message]) =>
      (typeof message === 'string' ? [message] : message).flatMap((text) =>
        placeholders(text)
          .filter((placeholder) => placeholder.style !== undefined && !(NUMBER_STYLES as readonly string[]).includes(placeholder.style))
          .map((placeholder) => `${key}: {${placeholder.name}, ${placeholder.style}}`),
      ),
    );
    expect(unknown).toEqual([]);
  });
});

/** Text nodes of a page's body and head, each with the message key of the nearest marked element around it. */
function pageTexts(html: string): { text: string; key: string | null }[] {
  const texts: { text: string; key: string | null }[] = [];
  const open: { tag: string; key: string | null }[] = [];
  const source = html.replace(/<!--[\s\S]*?-->/g, '').replace(/<!doctype[^>]*>/i, '');
  const pattern = /<(\/?)([a-zA-Z][\w-]*)([^>]*?)(\/?)>|([^<]+)/g;
  for (const match of source.matchAll(pattern)) {
    const [, closing, tag, attributes, selfClosing, text] = match;
    if (text !== undefined) {
      if (/[A-Za-z]/.test(text) && open.at(-1)?.tag !== 'script') texts.push({ text: text.replace(/\s+/g, ' ').trim(), key: open.at(-1)?.key ?? null });
      continue;
    }
    if (closing) {
      while (open.length > 0 && open.pop()!.tag !== tag!.toLowerCase());
      continue;
    }
    const key = /data-message="([^"]+)"/.exec(attributes!)?.[1] ?? null;
    const name = tag!.toLowerCase();
    if (name === 'meta' && /name="description"/.test(attributes!)) {
      texts.push({ text: /content="([^"]*)"/.exec(attributes!)?.[1] ?? '', key });
    }
    const isVoid = ['meta', 'link', 'br', 'img', 'input'].includes(name) || selfClosing === '/';
    if (!isVoid) open.push({ tag: name, key });
  }
  return texts;
}

describe('the static pages', () => {
  it('reads text and keys from markup', () => {
    const texts = pageTexts('<head><meta name="description" data-message="a.b" content="Hello there" /><title>Plain</title></head><p data-message="c.d">Some <em>text</em></p>');
    expect(texts).toEqual([
      { text: 'Hello there', key: 'a.b' },
      { text: 'Plain', key: null },
      { text: 'Some', key: 'c.d' },
      { text: 'text', key: null },
    ]);
  });

  it.each(PAGES)('%s: every text is marked with its message and reads as the English message', (page) => {
    const texts = pageTexts(readFileSync(page, 'utf8'));
    expect(texts.length).toBeGreaterThanOrEqual(3);
    for (const { text, key } of texts) {
      expect(key, `unmarked text in ${page}: "${text}"`).not.toBeNull();
      expect(hasMessage(key!), `${page}: no message ${key}`).toBe(true);
      expect(text, `${page}: ${key}`).toBe(messagesEn[key!]);
    }
  });
});

/** Every message of a catalogue wrapped in brackets: what reaches the screen through t() shows them. */
function bracketed(catalogue: Catalogue): Catalogue {
  const wrapped: Record<string, string | readonly string[]> = {};
  for (const [key, message] of Object.entries(catalogue)) wrapped[key] = typeof message === 'string' ? `[${message}]` : message.map((item) => `[${item}]`);
  return wrapped;
}

/** A Lit template flattened to its markup and text, with event listeners and `nothing` left out. */
function flatten(value: unknown): string {
  if (value === nothing || value === null || value === undefined || value === false) return '';
  if (typeof value === 'function' || typeof value === 'symbol') return '';
  if (Array.isArray(value)) return value.map(flatten).join('');
  if (typeof value === 'object' && 'strings' in value && 'values' in value) {
    const { strings, values } = value as TemplateResult;
    return strings.reduce((markup, part, index) => markup + part + (index < values.length ? flatten(values[index]) : ''), '');
  }
  return String(value);
}

/** An element's template in the current locale, without connecting it to a page. */
function renderOf(element: HTMLElement): string {
  const host = element as unknown as { willUpdate?(changed: Map<string, unknown>): void; render(): unknown };
  host.willUpdate?.(new Map());
  return flatten(host.render());
}

/** The text between tags, joined: what a reader sees. */
function visibleText(markup: string): string {
  return [...markup.matchAll(/>([^<]*)</g)].map((match) => match[1]!).join(' ');
}

/** Text outside every bracket pair (nested pairs included): what did not come from a message. */
function outsideBrackets(text: string): string {
  let depth = 0;
  let outside = '';
  for (const character of text) {
    if (character === '[') depth++;
    else if (character === ']') depth = Math.max(0, depth - 1);
    else if (depth === 0) outside += character;
  }
  return outside;
}

/** Text content of the elements opened by `opening` in flattened markup. */
function textsOf(markup: string, opening: RegExp): string[] {
  return [...markup.matchAll(new RegExp(`${opening.source}([^<]*)<`, 'g'))].map((match) => match[1]!.trim());
}

describe('a bracketed pseudo-locale', () => {
  const PSEUDO = 'en-XB';
  const warn = vi.spyOn(console, 'warn');

  beforeAll(() => {
    registerCatalogue(PSEUDO, bracketed(messagesEn), 'Pseudo');
  });

  afterEach(() => setLocale(DEFAULT_LOCALE));

  afterAll(() => {
    setLocale(DEFAULT_LOCALE);
    warn.mockRestore();
  });

  it("changes a lab view's heading, and only through the catalogue", () => {
    const view = new CompareView();
    const english = renderOf(view);
    expect(textsOf(english, /<h2>/)).toEqual(['Compare two configurations on the same seed']);
    setLocale(PSEUDO);
    expect(getLocale()).toBe(PSEUDO);
    const pseudo = renderOf(view);
    expect(textsOf(pseudo, /<h2>/)).toEqual(['[Compare two configurations on the same seed]']);
    expect(outsideBrackets(visibleText(pseudo)).replace(/[^A-Za-z]/g, '')).toBe('');
    setLocale(DEFAULT_LOCALE);
    expect(renderOf(view)).toBe(english);
  });

  it("changes the share menu's button text", () => {
    const menu = new ShareMenu();
    expect(textsOf(renderOf(menu), /<summary part="summary">/)).toEqual(['Share']);
    setLocale(PSEUDO);
    const pseudo = renderOf(menu);
    expect(textsOf(pseudo, /<summary part="summary">/)).toEqual(['[Share]']);
    expect(textsOf(pseudo, /<button type="button" data-action="copy-link"[^>]*>/)).toEqual(['[Copy link to this run]']);
    expect(outsideBrackets(visibleText(pseudo)).replace(/[^A-Za-z]/g, '')).toBe('');
  });

  it.each([
    ['replicates', () => new ReplicatesView(), 'Replicates: what holds across seeds'],
    ['sweep', () => new SweepView(), 'Sweep: a metric against one parameter'],
    ['heat map', () => new HeatmapView(), 'Two parameters: a heat map'],
    ['costs and benefits', () => new CostBenefitView(), 'Weighing costs and benefits'],
  ] as const)('renders the %s view with every visible word from messages', (_name, create, heading) => {
    setLocale(PSEUDO);
    const markup = renderOf(create());
    expect(textsOf(markup, /<h2>/)).toEqual([`[${heading}]`]);
    expect(outsideBrackets(visibleText(markup)).replace(/[^A-Za-z]/g, '')).toBe('');
  });

  it('renders the download menu, the notice and the embed dialog from messages', () => {
    setLocale(PSEUDO);
    const notice = new ShareNoticeElement();
    notice.notices = [{ key: 'seed', reason: 'out-of-range', message: t('share.link.seed', { text: '-3', min: '0', max: '4294967295', seed: '7' }) }];
    for (const element of [new ExportMenu(), notice, new EmbedDialog()]) {
      const markup = renderOf(element);
      expect(visibleText(markup)).toMatch(/\[/);
      expect(outsideBrackets(visibleText(markup)).replace(/[^A-Za-z]/g, ''), element.localName).toBe('');
    }
  });

  it('names tabs, views and presenter controls through t()', () => {
    setLocale(PSEUDO);
    expect(LAB_TABS.map((tab) => tabLabel(tab.id))).toContain('[Costs and benefits]');
    expect(VIEWS.map.label).toBe('[City map]');
    expect(TWINS[0]!.label).toBe('[with unbiased data]');
    const presenter = new RunawayPresenter();
    presenter.preset = PRESETS[0]!.id;
    const markup = renderOf(presenter);
    expect(markup).toContain('aria-label=[Previous slide]');
    expect(textsOf(markup, /<button type="button" class="start"[^>]*>/)).toEqual(['[Start presenting (full screen)]']);
    // The check can fail: the only letters on the title slide not from a message are the keys N, S and F themselves.
    expect(outsideBrackets(visibleText(markup)).replace(/[^A-Za-z]/g, '')).toBe('NSF');
  });

  it('asks for no message the catalogue lacks', () => {
    expect(warn).not.toHaveBeenCalled();
  });
});
