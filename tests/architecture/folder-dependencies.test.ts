/**
 * Folder dependencies run one way: models <- workers <- src (worker client, i18n, styles) <-
 * src/app <- the views (components, share, export, embed, stories, lab, teacher, cli) <- the
 * explorable's page element (src/explorable), which composes them. A folder
 * never imports one above it, and no two folders import each other, directly or round a loop.
 * The README's "Architecture" section draws the same picture.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { folderCycles, folderEdges, folderOf, importsOf, isPageModule, resolveImport, upwardImports } from './folder-graph.ts';

const ROOT = new URL('../../', import.meta.url).pathname;

function sourceFiles(directory: string): { path: string; text: string }[] {
  return readdirSync(join(ROOT, directory)).flatMap((name) => {
    const path = join(directory, name);
    if (statSync(join(ROOT, path)).isDirectory()) return sourceFiles(path);
    return path.endsWith('.ts') ? [{ path: relative('.', path), text: readFileSync(join(ROOT, path), 'utf8') }] : [];
  });
}

const file = (path: string, ...imports: string[]) => ({ path, text: imports.map((specifier) => `import { x } from '${specifier}';`).join('\n') });

describe('the folder graph reader', () => {
  it('reads static, side-effect, type, re-export and dynamic imports, and skips packages', () => {
    const text = [
      "import { a } from '../app/a.ts';",
      "import type { B } from '../share/b.ts';",
      "import '../stories/c.ts';",
      "export { d } from './d.ts';",
      "export * from '../../models/index.ts';",
      "const e = await import('../export/e.ts');",
      "import { html } from 'lit';",
      'import {\n  f,\n  g,\n} from "../lab/f.ts";',
    ].join('\n');
    expect(importsOf(text)).toEqual(['../app/a.ts', '../share/b.ts', '../stories/c.ts', './d.ts', '../../models/index.ts', '../export/e.ts', '../lab/f.ts']);
  });

  it('resolves paths and names folders', () => {
    expect(resolveImport('src/lab/view.ts', '../app/run-controller.ts')).toBe('src/app/run-controller.ts');
    expect(resolveImport('src/components/charts/x.ts', '../../../models/index.ts')).toBe('models/index.ts');
    expect(folderOf('src/components/charts/x.ts')).toBe('src/components');
    expect(folderOf('src/sim-client.ts')).toBe('src');
    expect(folderOf('workers/sim.api.ts')).toBe('workers');
    expect(isPageModule('src/main.ts')).toBe(true);
    expect(isPageModule('src/lab/main.ts')).toBe(true);
    expect(isPageModule('src/stories/stories-main.ts')).toBe(true);
    expect(isPageModule('src/lab/domain.ts')).toBe(false);
    // The explorable's page element is a folder of its own, checked like any other.
    expect(isPageModule('src/explorable/runaway-app.ts')).toBe(false);
  });

  it('finds an upward import', () => {
    const edges = folderEdges([
      file('models/run.ts', '../src/app/format.ts'),
      file('src/app/a.ts', '../components/chart.ts'),
      file('src/lab/v.ts', '../app/a.ts'),
      file('src/components/c.ts', '../explorable/runaway-app.ts'),
    ]);
    expect(upwardImports(edges)).toEqual([
      'models -> src/app (models/run.ts imports src/app/format.ts)',
      'src/app -> src/components (src/app/a.ts imports src/components/chart.ts)',
      'src/components -> src/explorable (src/components/c.ts imports src/explorable/runaway-app.ts)',
    ]);
  });

  it('finds a cycle between folders of one layer, direct or round a loop', () => {
    const direct = folderEdges([file('src/share/a.ts', '../export/b.ts'), file('src/export/b.ts', '../share/a.ts')]);
    expect(folderCycles(direct)).toEqual(['src/export -> src/share -> src/export']);
    const loop = folderEdges([file('src/share/a.ts', '../export/b.ts'), file('src/export/b.ts', '../embed/c.ts'), file('src/embed/c.ts', '../share/a.ts')]);
    expect(folderCycles(loop)).toEqual(['src/embed -> src/share -> src/export -> src/embed']);
  });

  it('accepts imports that run one way, and a page module that imports every folder', () => {
    const edges = folderEdges([
      file('src/lab/v.ts', '../app/a.ts', '../components/c.ts', '../../models/index.ts'),
      file('src/components/c.ts', '../app/a.ts', '../i18n/index.ts'),
      file('src/app/a.ts', '../sim-client.ts', '../../workers/w.ts'),
      file('src/main.ts', './lab/v.ts', './components/c.ts'),
      file('src/explorable/runaway-app.ts', '../share/s.ts', '../embed/e.ts', '../components/c.ts'),
    ]);
    expect(upwardImports(edges)).toEqual([]);
    expect(folderCycles(edges)).toEqual([]);
  });
});

describe('the source tree', () => {
  const edges = folderEdges(['models', 'workers', 'presets', 'src'].flatMap(sourceFiles));

  it('has no import from a folder up to one above it', () => {
    expect(upwardImports(edges)).toEqual([]);
  });

  it('has no cycle between top-level folders', () => {
    expect(folderCycles(edges)).toEqual([]);
  });

  it('keeps models/ free of workers/, presets/ and src/', () => {
    expect(edges.filter((edge) => edge.from === 'models').map((edge) => edge.example)).toEqual([]);
  });
});
