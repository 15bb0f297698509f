import puppeteer from 'puppeteer-core';

/** Debian's headless Chromium (CHROME_PATH overrides), started as this machine needs it. */
export function launchChromium({ extraArgs = [] } = {}) {
  return puppeteer.launch({
    executablePath: process.env.CHROME_PATH ?? '/usr/bin/chromium',
    headless: true,
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--no-first-run', '--disable-dev-shm-usage', ...extraArgs],
  });
}
