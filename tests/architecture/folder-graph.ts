/**
 * The folder graph of the source: which top-level folder imports which, read from the import
 * statements (static, side-effect, re-export and dynamic `import()`), and the two ways it can go
 * wrong: an import from a lower layer up to a higher one, and a cycle between folders.
 */

/**
 * Layers from the bottom: a folder may import its own layer (if no cycle results) and the layers
 * below it, never one above. `src` stands for the modules directly in src/ (the worker client),
 * not the entry points; src/settings holds the playback speed's spec, which the catalogue reads.
 */
export const LAYERS: Readonly<Record<string, number>> = {
  models: 0,
  presets: 0,
  workers: 1,
  'src/settings': 2,
  src: 2,
  'src/i18n': 2,
  'src/styles': 2,
  'src/app': 3,
  'src/components': 4,
  'src/share': 4,
  'src/export': 4,
  'src/embed': 4,
  'src/stories': 4,
  'src/lab': 4,
  'src/teacher': 4,
  'src/cli': 4,
  // The explorable's page element composes the views above (maps, charts, share, export, embed).
  'src/explorable': 5,
};

/** Modules that compose a whole page and so may import any folder: the entry points. */
export function isPageModule(path: string): boolean {
  return /^src\/(.+\/)?([\w-]+-)?main\.ts$/.test(path);
}

/** The top-level folder of a source path: `src/lab/x.ts` → `src/lab`, `src/sim-client.ts` → `src`. */
export function folderOf(path: string): string {
  const parts = path.split('/');
  if (parts[0] === 'src') return parts.length > 2 ? `src/${parts[1]}` : 'src';
  return parts[0]!;
}

const IMPORT = /(?:^|[;\s])(?:import|export)\s+(?:type\s+)?(?:[\w*{}\s,$]+?\s+from\s+)?['"]([^'"]+)['"]|import\(\s*['"]([^'"]+)['"]\s*\)/g;

/** Relative module specifiers a source text imports (package imports are not folders of ours). */
export function importsOf(text: string): string[] {
  const found: string[] = [];
  for (const match of text.matchAll(IMPORT)) {
    const specifier = match[1] ?? match[2]!;
    if (specifier.startsWith('.')) found.push(specifier);
  }
  return found;
}

/** `from` + a relative specifier, normalised: `src/lab/a.ts` + `../app/b.ts` → `src/app/b.ts`. */
export function resolveImport(from: string, specifier: string): string {
  const parts = from.split('/').slice(0, -1);
  for (const part of specifier.split('/')) {
    if (part === '..') parts.pop();
    else if (part !== '.') parts.push(part);
  }
  return parts.join('/');
}

export interface FolderEdge {
  from: string;
  to: string;
  /** One importing file and what it imports, for the message. */
  example: string;
}

/** Edges between different folders, page modules left out. */
export function folderEdges(files: readonly { path: string; text: string }[]): FolderEdge[] {
  const edges = new Map<string, FolderEdge>();
  for (const file of files) {
    if (isPageModule(file.path)) continue;
    const from = folderOf(file.path);
    for (const specifier of importsOf(file.text)) {
      const target = resolveImport(file.path, specifier);
      const to = folderOf(target);
      if (to === from || edges.has(`${from}>${to}`)) continue;
      edges.set(`${from}>${to}`, { from, to, example: `${file.path} imports ${target}` });
    }
  }
  return [...edges.values()];
}

/** Imports that go up a layer, or reach a folder with no layer. */
export function upwardImports(edges: readonly FolderEdge[]): string[] {
  return edges
    .filter((edge) => !(edge.from in LAYERS) || !(edge.to in LAYERS) || LAYERS[edge.to]! > LAYERS[edge.from]!)
    .map((edge) => `${edge.from} -> ${edge.to} (${edge.example})`);
}

/** Every cycle between folders, each as `a -> b -> a`, found by depth-first search. */
export function folderCycles(edges: readonly FolderEdge[]): string[] {
  const next = new Map<string, string[]>();
  for (const edge of edges) next.set(edge.from, [...(next.get(edge.from) ?? []), edge.to]);
  const cycles = new Set<string>();
  const path: string[] = [];
  const visit = (folder: string) => {
    const at = path.indexOf(folder);
    if (at >= 0) {
      const loop = path.slice(at);
      // Written from its smallest folder, so each cycle is reported once.
      const start = loop.indexOf([...loop].sort()[0]!);
      const rotated = [...loop.slice(start), ...loop.slice(0, start)];
      cycles.add([...rotated, rotated[0]].join(' -> '));
      return;
    }
    path.push(folder);
    for (const to of next.get(folder) ?? []) visit(to);
    path.pop();
  };
  for (const folder of next.keys()) visit(folder);
  return [...cycles].sort();
}
