/**
 * Privacy of the production build: every page it ships (listed by the service worker's precache)
 * carries the same-origin-only Content-Security-Policy, and loading and using it makes no
 * request to any other origin: every request of the pages and their workers is recorded, and
 * any that would leave 127.0.0.1 is refused and reported. No CSP violation may occur either.
 */
import type { Browser, BrowserContext } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { CONTENT_SECURITY_POLICY } from '../../build/csp.ts';
import { browserSuitesSkipped, launchChromium } from './chromium.ts';

const baseUrl = inject('baseUrl');

/** Pages of the build, read from the service worker's precache list. */
async function builtPages(): Promise<string[]> {
  const source = await (await fetch(`${baseUrl}sw.js`)).text();
  const files = JSON.parse(/const FILES = (\[.*?\]);/s.exec(source)![1]!) as string[];
  expect(files.every((file) => !file.includes('://') && !file.startsWith('//'))).toBe(true);
  return files.filter((file) => file.endsWith('.html'));
}

describe.skipIf(browserSuitesSkipped())('privacy: nothing leaves the local origin', () => {
  let browser: Browser;
  let pages: string[] = [];

  beforeAll(async () => {
    browser = await launchChromium();
    pages = await builtPages();
  });

  afterAll(async () => {
    await browser?.close();
  });

  it('ships the app, the iframe mode and presenter mode, each precached', () => {
    expect(pages).toEqual(expect.arrayContaining(['index.html', 'embed.html', 'present.html']));
  });

  it('every page carries the Content-Security-Policy that allows only this origin', async () => {
    for (const path of pages) {
      const html = await (await fetch(`${baseUrl}${path}`)).text();
      const meta = /<meta http-equiv="Content-Security-Policy" content="([^"]*)">/.exec(html);
      expect(meta, path).not.toBeNull();
      expect(meta![1]!.replace(/&#39;/g, "'")).toBe(CONTENT_SECURITY_POLICY);
      // Scripts only from this origin, and no inline script the policy would have to allow.
      expect(html).not.toMatch(/<script(?![^>]*\bsrc=)[^>]*>/);
    }
    for (const directive of CONTENT_SECURITY_POLICY.split('; ')) {
      const sources = directive.split(' ').slice(1);
      expect(sources.every((source) => ["'self'", "'none'", "'unsafe-inline'", 'data:', 'blob:'].includes(source)), directive).toBe(true);
    }
  });

  it('loading and using every page requests nothing from another origin and violates no policy', async () => {
    const origin = new URL(baseUrl).origin;
    // The app's own pages; the browser tests' fixture pages built alongside are left to their tests.
    for (const path of pages.filter((page) => !page.startsWith('tests/'))) {
      // Service workers blocked here, so that every request of the page and its workers is routed through this test.
      const context: BrowserContext = await browser.newContext({ viewport: { width: 1280, height: 720 }, serviceWorkers: 'block' });
      const requests: string[] = [];
      const foreign: string[] = [];
      await context.route('**/*', (route) => {
        const url = route.request().url();
        requests.push(url);
        if (url.startsWith('data:') || url.startsWith('blob:') || new URL(url).origin === origin) return route.continue();
        foreign.push(url);
        return route.abort('blockedbyclient');
      });
      context.on('request', (request) => {
        const url = request.url();
        if (!url.startsWith('data:') && !url.startsWith('blob:') && new URL(url).origin !== origin) foreign.push(url);
      });
      await context.addInitScript(() => {
        const seen: string[] = [];
        (window as unknown as { cspViolations: string[] }).cspViolations = seen;
        document.addEventListener('securitypolicyviolation', (event) => seen.push(`${event.violatedDirective} ${event.blockedURI}`));
      });
      const page = await context.newPage();
      const hash = path === 'embed.html' ? '#preset=biased-history&show=map,share-chart,sentence' : '';
      await page.goto(`${baseUrl}${path}${hash}`);
      await page.waitForLoadState('networkidle');
      // Use the page a little: press the keys a visitor would (play, step, next slide) and let it run.
      await page.keyboard.press('Space');
      await page.keyboard.press('ArrowRight');
      await page.waitForTimeout(800);
      await page.waitForLoadState('networkidle');
      const violations = await page.evaluate(() => (window as unknown as { cspViolations: string[] }).cspViolations);
      expect(foreign, path).toEqual([]);
      expect(violations, path).toEqual([]);
      expect(requests.length, path).toBeGreaterThan(1);
      // The recorder sees the workers' traffic too: the simulation worker's script is among the requests.
      if (path === 'index.html') expect(requests.some((url) => /\/assets\/sim\.worker-[\w-]+\.js$/.test(url))).toBe(true);
      await context.close();
    }
  });

  it('the policy refuses a request to another origin before it leaves the page (a check that the checks can fail)', async () => {
    const context = await browser.newContext({ serviceWorkers: 'block' });
    const leaked: string[] = [];
    await context.route('**/*', (route) => {
      const url = route.request().url();
      if (!url.startsWith(baseUrl)) {
        leaked.push(url);
        return route.abort();
      }
      return route.continue();
    });
    const page = await context.newPage();
    await page.goto(`${baseUrl}embed.html#preset=biased-history&show=sentence`);
    const outcome = await page.evaluate(async () => {
      const violations: string[] = [];
      document.addEventListener('securitypolicyviolation', (event) => violations.push(event.violatedDirective));
      const fetched = await fetch('https://example.org/track').then(() => 'sent', () => 'refused');
      const image = await new Promise((resolve) => {
        const img = new Image();
        img.onload = () => resolve('loaded');
        img.onerror = () => resolve('refused');
        img.src = 'https://example.org/pixel.png';
      });
      await new Promise((resolve) => setTimeout(resolve, 100));
      return { fetched, image, violations };
    });
    expect(outcome).toEqual({ fetched: 'refused', image: 'refused', violations: expect.arrayContaining(['connect-src', 'img-src']) });
    expect(leaked).toEqual([]);
    await context.close();
  });
});
