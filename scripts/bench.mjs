// `npm run bench [-- --check] [--rounds N] [--profile N] [--record]`: how fast Limber renders against the
// physical limit, and whether it moves the page. Headless Debian Chromium, loopback only.
//   1. Render: the whole <limber-article> (English and Spanish), 200 <limber-exercise-card>s and
//      one card with its figure, each against its twins (the same DOM, pre-rendered through Lit
//      SSR), alternating in one page load. The reference is the shared-sheet twin (its roots adopt
//      shared, already-built sheets); the <style> twin (a <style> per root) is a second column.
//      Medians, spread, ratios, the first render in a fresh page, and JS heap per card.
//   2. Layout shift and first paint on the CMS page: client-rendered with the script 1 s late,
//      its static twin, and the pre-rendered page hydrated by a script 1 s late (no DOM change).
// --profile N renders the cards N more times under Chromium's profiler and prints self time by
// source file; --trace N times N more samples of each kind under Chromium's tracing and prints
// their time by kind of work (script, HTML parsing, style, layout, paint, GC). Goals live in
// scripts/budgets.json ("bench"); with --check a missed goal exits 1 (issue 17's goals only once
// listed in bench.enforced). --record writes scripts/bench/results/latest.json and the chart.
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { execSync } from 'node:child_process';
import { cpus, totalmem } from 'node:os';
import { fileURLToPath } from 'node:url';
import { launchChromium } from './lib/chromium.mjs';
import { createReport } from './lib/report.mjs';
import { builtInCatalog, prerender, sharedSheetTwin, staticTwin, styleHashes } from './lib/prerender.mjs';
import { startEmbedServer } from '../test/integration/support/embed-server.mjs';
import { coldBenchmark, renderBenchmark } from './bench/render.mjs';
import { layoutShiftBenchmark } from './bench/cls.mjs';
import { renderChart } from './bench/chart.mjs';
import { fixed, summary } from './bench/stats.mjs';
import { selfTimeBySource } from './bench/profile.mjs';
import { asClientRenders } from './bench/as-client.mjs';

const root = fileURLToPath(new URL('..', import.meta.url));
const args = process.argv.slice(2);
const option = (name, fallback) => (args.includes(name) ? Number(args[args.indexOf(name) + 1]) : fallback);
const check = args.includes('--check');
const profileSamples = option('--profile', 0);
const traceSamples = option('--trace', 0);
const rounds = option('--rounds', 30);
const clsRuns = option('--cls-runs', 5);
const coldLoads = option('--cold-loads', 10);
const CARDS = 200;
const { bench: goals } = JSON.parse(readFileSync(new URL('./budgets.json', import.meta.url), 'utf8'));

if (!existsSync(`${root}dist/limber.js`) || !existsSync(`${root}dist/limber-hydrate.js`)) {
  console.log('bench: dist/ is missing; running npm run build first');
  execSync('npm run build', { cwd: root, stdio: 'inherit' });
}

// The static twin and the pre-rendered CMS page come from the same content, through Lit SSR.
const exercises = (await builtInCatalog()).topics[0].exercises.items.map((exercise) => exercise.id);
const served = await Promise.all(exercises.map((id) => prerender('exercise-card', id)));
// Each twin card as the browser has it: its emergency card not put in until a reader opens the signs.
const cards = served.map(asClientRenders);
const articleHtml = await prerender('article', 'pinched-nerve-low-back');
const articleEsHtml = await prerender('article', 'pinched-nerve-low-back', { lang: 'es' });
// One card with its figure, the drawing included (every built-in exercise has one).
const cardId = 'sciatic-nerve-glide';
const registry = { sheets: [], index: new Map() };
const twin = {
  article: staticTwin(articleHtml),
  cards: cards.map(staticTwin),
  // The reference: the same DOM, its roots adopting shared, already-built sheets (BENCHMARKS.md).
  shared: {
    article: sharedSheetTwin(articleHtml, registry).html,
    cards: cards.map((card) => sharedSheetTwin(card, registry).html),
    articleEs: sharedSheetTwin(articleEsHtml, registry).html,
    card: sharedSheetTwin(cards[exercises.indexOf(cardId)], registry).html,
    sheets: registry.sheets,
  },
  card: { id: cardId },
};
// The CMS page gets the card as the server sends it (the emergency card inside, for readers without JavaScript).
const cmsCard = served[exercises.indexOf('sciatic-nerve-glide')];
const cmsArticle = await prerender('article', 'pinched-nerve-low-back', { 'cta-href': 'https://example.org/coverage', region: 'us' });
const prerendered = { card: cmsCard, article: cmsArticle, styleHashes: styleHashes(cmsCard + cmsArticle) };

const server = await startEmbedServer(root, { prerendered });
const browser = await launchChromium({ extraArgs: ['--js-flags=--expose-gc', '--enable-precise-memory-info'] });
// Goals and checks: shown always, failing the run only with --check.
const { report, finish } = createReport(check ? 'bench --check' : 'bench');
const goal = (ok, label, detail = '') => report(ok, label, detail, { enforced: check });
try {
  const machine = `${cpus().length} × ${cpus()[0]?.model.trim()}, ${Math.round(totalmem() / 2 ** 30)} GiB, ${await browser.version()}, Node ${process.version}`;
  console.log(`machine: ${machine}\n`);

  // 1. Render.
  const render = await renderBenchmark(browser, server.url, {
    rounds,
    warmup: 3,
    cards: CARDS,
    twin,
    exercises,
    profileSamples,
    traceSamples,
  });
  const stats = Object.fromEntries(Object.entries(render.times).map(([kind, times]) => [kind, summary(times)]));
  console.log(
    `render, insertion to rendered and laid out (ms; ${rounds} samples each, alternating, after 3 warm-up rounds; clock: ${render.isolated ? '5 µs, cross-origin isolated' : '100 µs'})`,
  );
  goal(render.isolated, 'the benchmark page is cross-origin isolated (a 5 µs clock)');
  console.log(
    `${'what'.padEnd(34)}${'median'.padStart(8)}${'p25'.padStart(8)}${'p75'.padStart(8)}${'min'.padStart(8)}${'max'.padStart(8)}`,
  );
  const row = (label, s) =>
    console.log(`${label.padEnd(34)}${[s.median, s.p25, s.p75, s.min, s.max].map((v) => fixed(v).padStart(8)).join('')}`);
  for (const [kind, s] of Object.entries(stats)) row(kind, s);
  const cold = Object.fromEntries(
    Object.entries(await coldBenchmark(browser, server.url, { loads: coldLoads, cards: CARDS, twin, exercises })).map(([kind, times]) => [
      kind,
      summary(times),
    ]),
  );
  for (const [kind, s] of Object.entries(cold)) row(`${kind}, first in a fresh page`, s);
  const coldRatio = cold['limber article'].median / cold['static article'].median;
  const ratios = {
    article: stats['limber article'].median / stats['static article'].median,
    cards: stats['limber cards'].median / stats['static cards'].median,
  };
  const shared = {
    article: stats['limber article'].median / stats['shared-sheet article'].median,
    cards: stats['limber cards'].median / stats['shared-sheet cards'].median,
    card: stats['limber card'].median / stats['shared-sheet card'].median,
    articleEs: stats['limber article (es)'].median / stats['shared-sheet article (es)'].median,
    cold: cold['limber article'].median / cold['shared-sheet article'].median,
  };
  const spanish = stats['limber article (es)'].median / stats['limber article'].median;
  const heap = {
    limber: summary(render.heap['limber cards']).median,
    static: summary(render.heap['static cards']).median,
    shared: summary(render.heap['shared-sheet cards']).median,
  };
  // The reference column: the shared-sheet twin (BENCHMARKS.md, "Two twins").
  console.log(`\nagainst the reference, the shared-sheet twin (medians, ms)`);
  console.log(
    `${'what'.padEnd(34)}${'limber'.padStart(9)}${'shared'.padStart(9)}${'ratio'.padStart(8)}${'goal'.padStart(8)}${'<style>'.padStart(9)}`,
  );
  const line = (label, limber, twinMs, ratio, goalRatio, styleMs) =>
    console.log(
      `${label.padEnd(34)}${fixed(limber).padStart(9)}${fixed(twinMs).padStart(9)}${`${fixed(ratio)}×`.padStart(8)}${`${goalRatio}×`.padStart(8)}${(styleMs === undefined ? '' : fixed(styleMs)).padStart(9)}`,
    );
  const med = (kind) => stats[kind].median;
  line('article', med('limber article'), med('shared-sheet article'), shared.article, goals.sharedArticleRatio, med('static article'));
  line(`${CARDS} cards`, med('limber cards'), med('shared-sheet cards'), shared.cards, goals.sharedCardsRatio, med('static cards'));
  line('one card with its figure', med('limber card'), med('shared-sheet card'), shared.card, goals.sharedCardRatio);
  line('article, Spanish', med('limber article (es)'), med('shared-sheet article (es)'), shared.articleEs, goals.sharedArticleRatio);
  line(
    'article, first in a fresh page',
    cold['limber article'].median,
    cold['shared-sheet article'].median,
    shared.cold,
    goals.sharedColdRatio,
    cold['static article'].median,
  );
  console.log(`Spanish article / English article (Limber): ${fixed(spanish)}× (goal ≤ ${goals.spanishArticleRatio})`);
  console.log(
    `limber / <style> twin (medians): article ${fixed(ratios.article)}× (goal ≤ ${goals.articleRatio}), ${CARDS} cards ${fixed(ratios.cards)}× (goal ≤ ${goals.cardsRatio}); first render in a fresh page ${fixed(coldRatio)}×`,
  );
  console.log(
    `JS heap per card (median of 5, after GC): limber ${Math.round(heap.limber)} B, static twin ${Math.round(heap.static)} B, shared-sheet twin ${Math.round(heap.shared)} B`,
  );
  const texts = render.checks.texts;
  const same = (...kinds) => kinds.every((kind) => texts[kind] === texts[kinds[0]]);
  const sameArticle = same('limber article', 'static article', 'shared-sheet article');
  const sameCards = same('limber cards', 'static cards', 'shared-sheet cards');
  const sameCard = same('limber card', 'shared-sheet card');
  const sameEs = same('limber article (es)', 'shared-sheet article (es)') && !same('limber article', 'limber article (es)');
  console.log(
    `same words on both sides: article ${sameArticle}, cards ${sameCards}, one card ${sameCard}, Spanish article ${sameEs}; unfinished renders inside the timed span: ${render.checks.unfinished}`,
  );
  // Where a twin's words part from Limber's, to show what differs.
  for (const [a, b] of [
    ['limber article', 'shared-sheet article'],
    ['limber cards', 'shared-sheet cards'],
    ['limber card', 'shared-sheet card'],
    ['limber article (es)', 'shared-sheet article (es)'],
  ]) {
    const [x, y] = [texts[a] ?? '', texts[b] ?? ''];
    const at = [...x].findIndex((ch, i) => ch !== y[i]);
    if (x !== y) console.log(`  ${a} vs ${b}, from character ${at}: "${x.slice(at, at + 80)}" / "${y.slice(at, at + 80)}"`);
  }
  goal(sameArticle && sameCards && sameCard && sameEs, 'every twin shows the same words as Limber (the Spanish ones Spanish)');
  goal(render.checks.unfinished === 0, 'every Limber element rendered before the timer stopped', `${render.checks.unfinished} had not`);
  goal(render.errors.length === 0, 'no page errors', render.errors.join('; '));
  goal(ratios.article <= goals.articleRatio, `article ≤ ${goals.articleRatio}× its <style> twin`, `${fixed(ratios.article)}×`);
  goal(ratios.cards <= goals.cardsRatio, `200 cards ≤ ${goals.cardsRatio}× their <style> twin`, `${fixed(ratios.cards)}×`);
  // Issue 17's goals: each is enforced by --check once it is listed in goals.enforced, reported until then.
  const target = (key, ok, label, detail) => {
    const enforced = check && goals.enforced.includes(key);
    report(ok, enforced ? label : `${label} (issue 17, reported)`, detail, { enforced });
  };
  target(
    'sharedArticleRatio',
    shared.article <= goals.sharedArticleRatio,
    `article ≤ ${goals.sharedArticleRatio}× the shared-sheet twin`,
    `${fixed(shared.article)}×`,
  );
  target(
    'sharedCardsRatio',
    shared.cards <= goals.sharedCardsRatio,
    `200 cards ≤ ${goals.sharedCardsRatio}× the shared-sheet twin`,
    `${fixed(shared.cards)}×`,
  );
  target(
    'sharedCardRatio',
    shared.card <= goals.sharedCardRatio,
    `one card with its figure ≤ ${goals.sharedCardRatio}× its shared-sheet twin`,
    `${fixed(shared.card)}×`,
  );
  target(
    'spanishArticleRatio',
    spanish <= goals.spanishArticleRatio,
    `Spanish article ≤ ${goals.spanishArticleRatio}× the English one`,
    `${fixed(spanish)}×`,
  );
  target(
    'sharedColdRatio',
    shared.cold <= goals.sharedColdRatio,
    `first article render ≤ ${goals.sharedColdRatio}× the shared-sheet twin`,
    `${fixed(shared.cold)}×`,
  );
  target('heapPerCard', heap.limber <= goals.heapPerCard, `JS heap per card ≤ ${goals.heapPerCard} B`, `${Math.round(heap.limber)} B`);

  if (render.profile) {
    const rows = selfTimeBySource(render.profile, root);
    const all = rows.reduce((sum, [, ms]) => sum + ms, 0);
    console.log(
      `\nwhere the time goes: ${profileSamples} renders of ${CARDS} cards under the profiler, self time by source (top 15 of ${rows.length})`,
    );
    for (const [name, ms] of rows.slice(0, 15))
      console.log(`  ${name.padEnd(58)}${fixed(ms, 1).padStart(8)} ms ${fixed((100 * ms) / all, 1).padStart(6)} %`);
  }

  if (render.trace) {
    const buckets = ['script', 'HTML', 'style', 'layout', 'paint', 'GC', 'other'];
    console.log(
      `\nwhere the time goes by kind of work (Chromium trace, main thread, own time inside the timed span, mean of ${traceSamples})`,
    );
    console.log(`${'what (ms)'.padEnd(18)}${buckets.map((b) => b.padStart(9)).join('')}${'total'.padStart(9)}`);
    for (const [kind, totals] of Object.entries(render.trace)) {
      const sum = buckets.reduce((s, b) => s + (totals[b] ?? 0), 0);
      console.log(`${kind.padEnd(18)}${buckets.map((b) => fixed(totals[b] ?? 0, 1).padStart(9)).join('')}${fixed(sum, 1).padStart(9)}`);
    }
  }

  // 2. Layout shift and first paint.
  const pages = await layoutShiftBenchmark(browser, server.url, { runs: clsRuns });
  console.log(`\nCMS page (examples/cms, 1024 × 8000 viewport; median of ${clsRuns} loads)`);
  console.log(`${'page'.padEnd(52)}${'CLS'.padStart(8)}${'max CLS'.padStart(9)}${'FCP ms'.padStart(9)}`);
  const cls = {};
  for (const [name, runs] of Object.entries(pages)) {
    cls[name] = { cls: summary(runs.map((r) => r.cls)), fcp: summary(runs.map((r) => r.fcp)), runs };
    console.log(
      `${name.padEnd(52)}${fixed(cls[name].cls.median, 4).padStart(8)}${fixed(cls[name].cls.max, 4).padStart(9)}${fixed(cls[name].fcp.median, 0).padStart(9)}`,
    );
  }
  const [client, still, hydrated] = Object.values(cls);
  const clsDelta = client.cls.max - still.cls.max;
  console.log(`\nlayout shift, client − static twin: ${fixed(clsDelta, 4)} (goal ≤ ${goals.clsDelta})`);
  console.log(
    `pre-rendered: CLS ${fixed(hydrated.cls.max, 4)} (goal ${goals.prerenderedCls}), first paint ${fixed(hydrated.fcp.median, 0)} ms vs ${fixed(client.fcp.median, 0)} ms client-rendered`,
  );
  const structure = Math.max(...hydrated.runs.map((r) => r.mutations.structure));
  const attributes = [...new Set(hydrated.runs.flatMap((r) => r.mutations.attributes))];
  const problems = [...new Set(hydrated.runs.flatMap((r) => r.problems))];
  const violations = Math.max(...Object.values(cls).flatMap((c) => c.runs.map((r) => r.violations)));
  console.log(
    `hydration: ${structure} node or text changes; attributes changed: ${attributes.join(', ') || 'none'}; console problems: ${problems.length}; CSP violations on every page: ${violations}`,
  );
  goal(structure === 0, 'hydration keeps every pre-rendered node and text', `${structure} changed`);
  goal(problems.length === 0, 'hydration logs nothing', problems.slice(0, 3).join(' | '));
  goal(violations === 0, 'no CSP violations', `${violations}`);
  goal(clsDelta <= goals.clsDelta, `layout shift difference ≤ ${goals.clsDelta}`, fixed(clsDelta, 4));
  goal(hydrated.cls.max <= goals.prerenderedCls, `pre-rendered CLS ≤ ${goals.prerenderedCls}`, fixed(hydrated.cls.max, 4));

  if (args.includes('--record')) {
    const dir = `${root}scripts/bench/results`;
    mkdirSync(dir, { recursive: true });
    const figures = {
      date: new Date().toISOString(),
      machine,
      rounds,
      cards: CARDS,
      render: stats,
      ratios,
      shared,
      spanish,
      cold,
      coldRatio,
      heap,
      cls: Object.fromEntries(Object.entries(cls).map(([k, v]) => [k, { cls: v.cls, fcp: v.fcp }])),
    };
    writeFileSync(`${dir}/latest.json`, `${JSON.stringify(figures, null, 2)}\n`);
    writeFileSync(`${dir}/render-ratios.svg`, renderChart(stats, ratios, goals, cold));
    console.log('\nrecorded scripts/bench/results/latest.json and render-ratios.svg');
  }
} finally {
  await browser.close();
  server.close();
}
finish();
