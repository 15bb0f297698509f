// Chromium for the integration suites, and what a page shows and logs.
import type { Browser, Page } from 'puppeteer-core';
// The one Chromium finder, shared with the scripts and web-test-runner.
import { launchChromium } from '../../../scripts/lib/chromium.mjs';
import { DEEP_TEXT } from './page.mjs';

export { DEEP_TEXT };

export const launch = (): Promise<Browser> => launchChromium();

/** A page that collects its uncaught errors and console warnings (each Limber problem is one), with `deepText` ready in it. */
export async function openPage(browser: Browser): Promise<{ page: Page; problems: string[] }> {
  const page = await browser.newPage();
  const problems: string[] = [];
  page.on('pageerror', (error) => problems.push(String(error)));
  page.on('console', (message) => {
    if (message.type() === 'warn') problems.push(message.text());
  });
  await page.evaluateOnNewDocument(`window.__deepText = ${DEEP_TEXT};`);
  return { page, problems };
}

/** Waits (up to 10 s) until `selector` shows `expected`; resolves to what it shows then. */
export async function waitForText(page: Page, selector: string, expected: string): Promise<string> {
  const shown = `window.__deepText(${JSON.stringify(selector)})`;
  await page.waitForFunction(`${shown}.includes(${JSON.stringify(expected)})`, { timeout: 10_000 }).catch(() => undefined);
  return page.evaluate(shown) as Promise<string>;
}
