// `npm run prerender -- <kind> <id> [--attr name=value …] [--out file.html]`: a Limber element
// rendered ahead of time with Lit SSR, as HTML with declarative shadow DOM. Paste it where the
// tag would go: the page shows it fully before any script runs, and dist/limber-hydrate.js
// (limber.js by that name, loaded `async`, so it never holds the first paint) then hydrates it in place.
//   npm run prerender -- article pinched-nerve-low-back --attr cta-href=https://example.org/coverage
//   npm run prerender -- exercise-card sciatic-nerve-glide --out card.html
// The HTML goes to stdout (or --out); what the host page needs goes to stderr.
import { writeFileSync } from 'node:fs';
import { prerender, PRERENDER_KINDS, styleHashes } from './lib/prerender.mjs';

const args = process.argv.slice(2);
const take = (flag) => {
  const values = [];
  for (let i = args.indexOf(flag); i >= 0; i = args.indexOf(flag)) values.push(args.splice(i, 2)[1]);
  return values;
};
const [out] = take('--out');
const attributes = Object.fromEntries(take('--attr').map((pair) => [pair.slice(0, pair.indexOf('=')), pair.slice(pair.indexOf('=') + 1)]));
const [kind, id] = args;
if (!kind || !(kind in PRERENDER_KINDS) || !id || Object.keys(attributes).some((name) => !/^[a-z][a-z-]*$/.test(name))) {
  console.error(`usage: npm run prerender -- <${Object.keys(PRERENDER_KINDS).join('|')}> <id> [--attr name=value …] [--out file.html]`);
  process.exit(2);
}
const html = await prerender(kind, id, attributes);
if (out) writeFileSync(out, html);
else process.stdout.write(`${html}\n`);
console.error(`prerender: <limber-${kind}> ${id}${out ? ` → ${out}` : ''} (${html.length} bytes)
In the page's <head>, to hydrate it (it shows in full before this loads):
  <script type="module" src="…/limber-elements/dist/limber-hydrate.js" async></script>
Under a strict Content-Security-Policy, allow its shadow-root styles by hash:
  style-src 'self' ${styleHashes(html).join(' ')}`);
