import puppeteer from 'puppeteer-core';
const [url, out, width = '900', media] = process.argv.slice(2);
const browser = await puppeteer.launch({ executablePath: '/usr/bin/chromium', headless: true, args: ['--no-sandbox','--disable-gpu','--disable-background-networking','--no-first-run'] });
const page = await browser.newPage();
await page.setViewport({ width: Number(width), height: 900 });
if (media === 'forced') await page.emulateMediaFeatures([{ name: 'forced-colors', value: 'active' }]);
if (media === 'print') await page.emulateMediaType('print');
page.on('console', (m) => m.type() === 'warn' || m.type() === 'warning' ? console.log('warn', m.text()) : null);
await page.goto(url, { waitUntil: 'load' });
await new Promise((r) => setTimeout(r, 1500));
const height = await page.evaluate(() => document.documentElement.scrollHeight);
const parts = Number(process.env.PARTS ?? 1);
for (let i = 0; i < parts; i += 1) {
  const h = Math.ceil(height / parts);
  await page.screenshot({ path: out.replace('.png', `-${i}.png`), clip: { x: 0, y: i * h, width: Number(width), height: Math.min(h, height - i * h) }, captureBeyondViewport: true });
}
await browser.close();
