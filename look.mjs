import { serve } from './scripts/lib/serve.mjs';
import { launchChromium } from './scripts/lib/chromium.mjs';
const page = (lang) => `<!doctype html><html lang="${lang}"><meta name=viewport content="width=device-width"><script type="module" src="/dist/limber.js"></script>
<body style="margin:8px"><limber-provider region="us"><limber-exercise-card exercise="knee-rolls" id=c emergency-above></limber-exercise-card></limber-provider>
<script type="module">
document.querySelector('limber-provider').careOptions=[{kind:'nurse-line',label:${JSON.stringify(lang==='es'?'Llame a la línea de enfermería':'Call the nurse line')},href:'tel:+18005550100',hours:'24/7',levels:['non-urgent','urgent']}];
</script>`;
const server = await serve('.', { '/en.html': page('en'), '/es.html': page('es') });
const browser = await launchChromium();
for (const lang of ['en', 'es']) {
  const tab = await browser.newPage();
  await tab.setViewport({ width: 390, height: 900, deviceScaleFactor: 1 });
  await tab.goto(`${server.base}/${lang}.html`, { waitUntil: 'networkidle0' });
  await new Promise((r) => setTimeout(r, 300));
  await tab.evaluate(() => document.querySelector('#c').shadowRoot.querySelector('.start-guided').click());
  await new Promise((r) => setTimeout(r, 7000));
  const g = await tab.evaluateHandle(() => document.querySelector('#c').shadowRoot.querySelector('.guided'));
  await g.asElement().screenshot({ path: `/tmp/look/guided-${lang}.png` });
  await tab.evaluate(() => document.querySelector('#c').shadowRoot.querySelector('.guided .worse').click());
  await new Promise((r) => setTimeout(r, 800));
  const s = await tab.evaluateHandle(() => document.querySelector('#c').shadowRoot.querySelector('.guided'));
  await s.asElement().screenshot({ path: `/tmp/look/stopped-${lang}.png` });
}
await browser.close(); await server.close();
