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
  return chromium.launch({
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
