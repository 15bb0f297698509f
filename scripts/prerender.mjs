// `npm run prerender -- <kind> <id> [--out file.html]`: Limber rendered ahead of time with Lit
// SSR, as HTML with declarative shadow DOM. A CMS page shows it fully before any script runs;
// `dist/limber-hydrate.js` then hydrates it in place (no DOM change, no layout shift).
//   kind: article <topic> | exercise-card <exercise> | exercise-list <topic> | tip <tip> | …
// Without --out the HTML goes to stdout.
import { writeFileSync } from 'node:fs';
import { prerender, PRERENDER_KINDS } from './lib/prerender.mjs';

const args = process.argv.slice(2);
const outIndex = args.indexOf('--out');
const out = outIndex >= 0 ? args.splice(outIndex, 2)[1] : undefined;
const [kind, id] = args;
if (!kind || !(kind in PRERENDER_KINDS) || (PRERENDER_KINDS[kind] && !id)) {
  console.error(`usage: npm run prerender -- <${Object.keys(PRERENDER_KINDS).join('|')}> <id> [--out file.html]`);
  process.exit(2);
}
const html = await prerender(kind, id);
if (out) {
  writeFileSync(out, html);
  console.error(`prerender: ${kind} ${id ?? ''} → ${out} (${html.length} bytes)`);
} else process.stdout.write(html);
