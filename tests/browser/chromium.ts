/**
 * Launches Debian's Chromium through playwright-core (never a downloaded browser) with the flags
 * this machine needs as root and without network, and collects console errors per page.
 */
import { chromium, type Browser, type Page } from 'playwright-core';
import { existsSync } from 'node:fs';

export const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

export function chromiumAvailable(): boolean {
  return existsSync(CHROMIUM_PATH);
}

/**
 * Browser suites skip only when asked to, with RUNAWAY_SKIP_BROWSER=1 (`npm run test:node`). A
 * missing Chromium without that opt-in fails the run (global-setup.ts), so a CI machine without
 * a browser cannot go green without testing the app.
 */
export function browserSuitesSkipped(): boolean {
  return process.env.RUNAWAY_SKIP_BROWSER === '1';
}

export async function launchChromium(): Promise<Browser> {
  const browser = await chromium.launch({
    executablePath: CHROMIUM_PATH,
    headless: true,
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-dev-shm-usage',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  });
  if (!artifactScreenshotsWanted()) await skipArtifactScreenshots(browser);
  return browser;
}

/**
 * Screenshots saved to a file (given a `path`) are for people to look at, not assertions: they are
 * taken only with RUNAWAY_SCREENSHOTS=1, as when checking a change by eye. Each costs 0.4 s for a
 * viewport and about 3 s for a full page on the CI machine, a minute or more of the suite.
 * Screenshots returned as bytes (compared by a test) are always taken.
 */
export function artifactScreenshotsWanted(): boolean {
  return process.env.RUNAWAY_SCREENSHOTS === '1';
}

let skipping = false;

/** Makes page.screenshot and locator.screenshot with a `path` return empty bytes without capturing. */
async function skipArtifactScreenshots(browser: Browser): Promise<void> {
  if (skipping) return;
  skipping = true;
  const page = await browser.newPage();
  for (const prototype of [Object.getPrototypeOf(page), Object.getPrototypeOf(page.locator('body'))] as { screenshot: (options?: { path?: string }) => Promise<Buffer> }[]) {
    const take = prototype.screenshot;
    prototype.screenshot = function (this: unknown, options?: { path?: string }) {
      return options?.path ? Promise.resolve(Buffer.alloc(0)) : take.call(this, options);
    };
  }
  await page.close();
}

/** Opens a page that records console errors and uncaught exceptions into `errors`. */
export async function openPage(browser: Browser, url: string, errors: string[], viewport = { width: 1280, height: 720 }): Promise<Page> {
  const page = await browser.newPage({ viewport });
  page.on('console', (message) => {
    if (message.type() === 'error') errors.push(message.text());
  });
  page.on('pageerror', (error) => errors.push(error.message));
  await page.goto(url);
  return page;
}
