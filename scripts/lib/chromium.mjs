import { existsSync } from 'node:fs';
import { delimiter, join } from 'node:path';
import puppeteer from 'puppeteer-core';

/**
 * The one Chromium finder for every script and the test runner: `CHROME_PATH`, else Debian's
 * `/usr/bin/chromium`, else `chromium`, `chromium-browser`, `google-chrome` on the PATH. Never
 * downloads a browser. Undefined when there is none.
 */
export function findChromium() {
  if (process.env.CHROME_PATH) return process.env.CHROME_PATH;
  const names = ['chromium', 'chromium-browser', 'google-chrome', 'google-chrome-stable'];
  const dirs = ['/usr/bin', ...(process.env.PATH ?? '').split(delimiter).filter(Boolean)];
  for (const dir of dirs) for (const name of names) if (existsSync(join(dir, name))) return join(dir, name);
  return undefined;
}

/** The flags Chromium needs on this kind of machine (containers, no GPU, no network but ours). */
export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--no-first-run',
  '--disable-dev-shm-usage',
];

/**
 * Headless Chromium started as this machine needs it; `protocolTimeout` (ms) for a page call that
 * runs long on purpose, such as the bench's whole run in one evaluation.
 */
export function launchChromium({ extraArgs = [], protocolTimeout } = {}) {
  const executablePath = findChromium();
  if (!executablePath) throw new Error('no Chromium found: apt-get install -y chromium, or set CHROME_PATH');
  return puppeteer.launch({
    executablePath,
    headless: true,
    args: [...CHROMIUM_ARGS, ...extraArgs],
    ...(protocolTimeout ? { protocolTimeout } : {}),
  });
}
