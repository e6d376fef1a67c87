/**
 * custom-elements.json describes `<runaway-sim>` and `<runaway-people-panel>` as their source
 * declares them: the committed file equals the one generated from the elements' decorators and
 * JSDoc, so the manifest cannot drift from the code. After changing the element, regenerate with
 * `UPDATE_MANIFEST=1 RUNAWAY_SKIP_BROWSER=1 npx vitest run tests/share/custom-elements-manifest.test.ts`.
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { generateManifest } from '../../build/custom-elements-manifest.ts';

const ROOT = new URL('../../', import.meta.url);
const FILE = new URL('custom-elements.json', ROOT);

interface Declaration {
  tagName: string;
  attributes: { name: string; fieldName: string; type?: { text: string }; description: string }[];
  members: { kind: string; name: string; description?: string }[];
  events: { name: string; type: { text: string }; description: string }[];
  slots: { name: string; description: string }[];
  cssParts: { name: string; description: string }[];
  cssProperties: { name: string; default?: string }[];
}

describe('custom-elements.json', () => {
  const generated = generateManifest(ROOT);
  const modules = generated.modules as { path: string; declarations: (Declaration & { description?: string })[] }[];
  const sim = modules[0]!.declarations[0]!;

  it('is up to date with the element source', () => {
    const text = `${JSON.stringify(generated, null, 2)}\n`;
    if (process.env.UPDATE_MANIFEST === '1') writeFileSync(FILE, text);
    expect(existsSync(FILE)).toBe(true);
    expect(readFileSync(FILE, 'utf8')).toBe(text);
  });

  it('documents every attribute a host page uses, with a type and a description', () => {
    expect(sim.tagName).toBe('runaway-sim');
    expect(sim.attributes.map((attribute) => attribute.name)).toEqual(['preset', 'seed', 'params', 'show', 'day', 'layer', 'chapter', 'map-height', 'heading-level', 'chapter-controls', 'story', 'app-url']);
    for (const attribute of sim.attributes) {
      expect(attribute.description.length, attribute.name).toBeGreaterThan(10);
      expect(attribute.type, attribute.name).toBeDefined();
    }
  });

  it('documents the methods, properties, events, slots, CSS parts and custom properties', () => {
    const methods = sim.members.filter((member) => member.kind === 'method').map((member) => member.name);
    expect(methods).toEqual(expect.arrayContaining(['next', 'back', 'goTo', 'permalink', 'whenRendered']));
    expect(sim.members.map((member) => member.name)).toEqual(expect.arrayContaining(['overrides', 'runner', 'result', 'status', 'notices', 'chapterCount', 'chapterIndex', 'current']));
    expect(sim.members.every((member) => (member.description ?? '').length > 0)).toBe(true);
    expect(sim.events.map((event) => event.name)).toEqual(['sim-rendered', 'chapter-change', 'sim-notice', 'run-failed']);
    expect(sim.events[0]!.type.text).toBe('CustomEvent<SimRenderedDetail>');
    expect(sim.slots.map((slot) => slot.name)).toEqual(['title', '', 'footer']);
    expect(sim.cssParts.map((part) => part.name)).toEqual(expect.arrayContaining(['header', 'title', 'chapter', 'chapter-nav', 'views', 'view', 'sentence', 'status', 'notice', 'footer']));
    expect(sim.cssProperties.find((property) => property.name === '--runaway-sim-accent')?.default).toBe('#1a56db');
  });

  it('describes the People panel: its run property and its CSS parts', () => {
    const panelModule = modules.find((module) => module.path === 'src/components/people-panel.ts');
    const panel = panelModule?.declarations[0];
    expect(panel?.tagName).toBe('runaway-people-panel');
    expect(panel!.description!.length).toBeGreaterThan(40);
    // The run arrives as a property, never an attribute.
    expect(panel!.attributes ?? []).toEqual([]);
    expect(panel!.members.map((member) => member.name)).toEqual(['result']);
    expect(panel!.members[0]!.description).toMatch(/people/);
    expect(panel!.cssParts.map((part) => part.name)).toEqual(['numbers', 'units', 'composition']);
  });
});
