/**
 * Helpers of the lab's browser tests (tests/browser/lab-*.test.ts): open lab.html on a tab, reach
 * a view inside <runaway-lab-app>'s shadow root, wait for a view's batch, set a field the way a
 * person does (type, then change).
 */
import type { Browser, Page } from 'playwright-core';
import { openPage } from '../browser/chromium.ts';

export type LabTag = 'runaway-compare-view' | 'runaway-replicates-view' | 'runaway-sweep-view' | 'runaway-heatmap-view' | 'runaway-cost-benefit-view';

/** Opens lab.html on `tab` (the URL hash), recording console errors into `errors`. */
export function openLab(browser: Browser, baseUrl: string, tab: string, errors: string[], viewport = { width: 1280, height: 720 }): Promise<Page> {
  return openPage(browser, `${baseUrl}lab.html#${tab}`, errors, viewport);
}

/** Waits until the view's batch state is one of `states` (default: done). */
export async function waitForState(page: Page, tag: LabTag, states: string[] = ['done'], timeout = 90_000): Promise<void> {
  await page.waitForFunction(
    ([name, wanted]) => {
      const view = document.querySelector('runaway-lab-app')?.shadowRoot?.querySelector(name) as { state?: string } | null;
      return !!view && wanted.includes(view.state ?? '');
    },
    [tag, states] as [string, string[]],
    { timeout, polling: 50 },
  );
}

/** Types `value` into the input `selector` inside `tag` and commits it (a change event). */
export async function setField(page: Page, tag: LabTag, selector: string, value: string): Promise<void> {
  const input = page.locator(`${tag} ${selector}`);
  await input.fill(value);
  await input.dispatchEvent('change');
}
