/**
 * Builds the app once (vite build) and serves it with vite preview for every browser test;
 * tests read the address with inject('baseUrl'). Node-only runs (RUNAWAY_SKIP_BROWSER=1) skip it;
 * otherwise a missing Chromium fails the run here, with a sentence saying what to install.
 */
import type { TestProject } from 'vitest/node';
import { build, preview, type PreviewServer } from 'vite';
import { browserSuitesSkipped, chromiumAvailable, CHROMIUM_PATH } from './chromium.ts';
import { BROWSER_TEST_MODE } from '../../vite.config.ts';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

let server: PreviewServer | undefined;

export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  if (browserSuitesSkipped()) {
    project.provide('baseUrl', '');
    return async () => {};
  }
  if (!chromiumAvailable()) {
    throw new Error(
      `Chromium was not found at ${CHROMIUM_PATH}, so the browser suites cannot run. Install it (apt-get install -y chromium) or set CHROMIUM_PATH; to run only the Node tests, use npm run test:node (RUNAWAY_SKIP_BROWSER=1).`,
    );
  }
  // A private output folder, so parallel test runs never overwrite each other's build.
  const outDir = mkdtempSync(join(tmpdir(), 'runaway-build-'));
  // The site as it ships, plus the fixture pages some tests open (a production build leaves them out).
  await build({ mode: BROWSER_TEST_MODE, logLevel: 'warn', build: { outDir, emptyOutDir: true } });
  server = await preview({ build: { outDir }, preview: { port: 0, strictPort: false }, logLevel: 'warn' });
  const address = server.resolvedUrls?.local[0];
  if (!address) throw new Error('vite preview did not report a local address.');
  project.provide('baseUrl', address);
  return async () => {
    await server?.close();
    rmSync(outDir, { recursive: true, force: true });
  };
}

declare module 'vitest' {
  export interface ProvidedContext {
    baseUrl: string;
  }
}
