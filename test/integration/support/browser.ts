// Chromium for the integration suites, and what a page shows and logs.
import type { Browser, Page } from 'puppeteer-core';
// The one Chromium finder, shared with the scripts and web-test-runner.
import { launchChromium } from '../../../scripts/lib/chromium.mjs';

export const launch = (): Promise<Browser> => launchChromium();

/**
 * The text of an element's (or a selector's first match's) shadow root, shadow roots inside it included, white space squashed:
 * what a reader sees. Written as a string so that it runs in the page as it is here.
 */
export const DEEP_TEXT = `(target) => {
  const walk = (node) => [...node.childNodes].map((c) => (c.nodeType === 3 ? c.textContent : walk(c.shadowRoot ?? c))).join('');
  const el = typeof target === 'string' ? document.querySelector(target) : target;
  return el && el.shadowRoot ? walk(el.shadowRoot).replace(/\\s+/g, ' ').trim() : '';
}`;

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
