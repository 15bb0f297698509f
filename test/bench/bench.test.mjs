// `npm run check -- bench`: how fast Limber renders against the physical limit, and whether it moves the
// page, as a mocha suite whose tests are the goals. Headless Debian Chromium, loopback only.
//   1. Render: the whole <limber-article> (English and Spanish), 200 <limber-exercise-card>s and
//      one card with its figure, each against its twins (the same DOM, pre-rendered through Lit
//      SSR), alternating in one page load. The reference is the shared-sheet twin (its roots adopt
//      shared, already-built sheets); the <style> twin (a <style> per root) is a second column.
//      Medians, spread, ratios, the first render in a fresh page, and JS heap per card.
//   2. Layout shift and first paint on the CMS page: client-rendered with the script 1 s late,
//      its static twin, and the pre-rendered page hydrated by a script 1 s late (no DOM change).
// The figures print as tables before the tests. Goals live in scripts/budgets.json ("bench"):
// the checks and the <style>-twin ratios always hold; issue 17's goals hold once listed in
// bench.enforced, and until then are a table printed after the run (met or missed, with the figure).
// Environment: BENCH_ROUNDS (30), BENCH_PROFILE=N renders the cards N more times under
// Chromium's profiler and prints self time by source file; BENCH_TRACE=N times N more samples of
// each kind under Chromium's tracing and prints their time by kind of work; BENCH_RECORD=1 writes
// test/bench/results/latest.json and the chart.
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { execSync } from 'node:child_process';
import { cpus, totalmem } from 'node:os';
import { fileURLToPath } from 'node:url';
import { expect } from 'chai';
import { launchChromium } from '../../scripts/lib/chromium.mjs';
import { builtInCatalog, prerender, sharedSheetTwin, staticTwin, styleHashes } from '../../scripts/lib/prerender.mjs';
import { startEmbedServer } from '../integration/support/embed-server.mjs';
import { coldBenchmark, renderBenchmark } from './render.mjs';
import { layoutShiftBenchmark } from './cls.mjs';
import { renderChart } from './chart.mjs';
import { benchBlocks, writeBlocks } from '../support/doc-figures.mjs';
import { fixed, summary } from './stats.mjs';
import { selfTimeBySource } from './profile.mjs';
import { asClientRenders } from './as-client.mjs';
import { TOPICS, TRANSLATIONS } from '../../scripts/lib/languages.mjs';

const [TOPIC] = TOPICS;
const [TRANSLATION] = TRANSLATIONS;

const root = fileURLToPath(new URL('../../', import.meta.url));
const option = (name, fallback) => (process.env[name] ? Number(process.env[name]) : fallback);
const profileSamples = option('BENCH_PROFILE', 0);
const traceSamples = option('BENCH_TRACE', 0);
const rounds = option('BENCH_ROUNDS', 30);
const clsRuns = option('BENCH_CLS_RUNS', 5);
const coldLoads = option('BENCH_COLD_LOADS', 10);
const CARDS = 200;
const { bench: goals } = JSON.parse(readFileSync(new URL('../../scripts/budgets.json', import.meta.url), 'utf8'));

/** What each measurement found, by goal key: { ok, detail }. */
const checks = {};
/** The figures `BENCH_RECORD=1` writes. */
const figures = { rounds, cards: CARDS };

/** Goals not yet enforced: reported in the table after the run, met or missed, never a test. */
const reportedGoals = [];

/** A test of `checks[key]`; `reported`: issue 17's goals, a row of the goals table until listed in bench.enforced. */
function holds(key, label, { reported = false } = {}) {
  if (reported && !goals.enforced.includes(key)) {
    reportedGoals.push({ key, label });
    return;
  }
  it(label, function () {
    const found = checks[key];
    expect(found, `${key} measured`).to.be.an('object');
    if (found.detail) this.test.title += `: ${found.detail}`;
    expect(found.ok, `${label}: ${found.detail}`).to.equal(true);
  });
}

/** The goals table: each reported goal, its figure, met or missed. */
function goalsTable() {
  if (reportedGoals.length === 0) return;
  console.log('\ngoals reported, not yet enforced (scripts/budgets.json bench.enforced lists the enforced ones)');
  for (const { key, label } of reportedGoals) {
    const found = checks[key];
    const verdict = !found ? 'not measured' : found.ok ? 'met' : 'MISSED';
    console.log(`  ${verdict.padEnd(13)}${label}${found?.detail ? `: ${found.detail}` : ''}`);
  }
}

/** The <style>-twin ratios (always enforced) that `times` misses, as "200 cards 1.29× > 1.25×". */
function enforcedMisses(times) {
  const median = (kind) => summary(times[kind]).median;
  return [
    ['article', median('limber article') / median('static article'), goals.articleRatio],
    [`${CARDS} cards`, median('limber cards') / median('static cards'), goals.cardsRatio],
  ]
    .filter(([, ratio, goal]) => ratio > goal)
    .map(([what, ratio, goal]) => `${what} ${fixed(ratio)}× > ${goal}× their <style> twin`);
}

/** Two render runs as one: every sample and heap reading of both, their checks added up. */
function pooled(first, second) {
  const join = (a, b) => Object.fromEntries(Object.keys(a).map((kind) => [kind, [...a[kind], ...(b[kind] ?? [])]]));
  return {
    ...first,
    times: join(first.times, second.times),
    heap: join(first.heap, second.heap),
    checks: { ...second.checks, unfinished: first.checks.unfinished + second.checks.unfinished },
    errors: [...first.errors, ...second.errors],
    isolated: first.isolated && second.isolated,
  };
}

describe('bench: render time, heap and layout shift', function () {
  this.timeout(1_800_000);
  let server;
  let browser;
  let twin;
  let exercises;
  before(async () => {
    if (!existsSync(`${root}dist/limber.js`) || !existsSync(`${root}dist/limber-hydrate.js`)) {
      console.log('bench: dist/ is missing; running npm run build first');
      execSync('npm run build', { cwd: root, stdio: 'inherit' });
    }
    // The static twin and the pre-rendered CMS page come from the same content, through Lit SSR.
    exercises = (await builtInCatalog()).topics[0].exercises.items.map((exercise) => exercise.id);
    const served = await Promise.all(exercises.map((id) => prerender('exercise-card', id)));
    // Each twin card as the browser has it: its emergency card not put in until a reader opens the signs.
    const cards = served.map(asClientRenders);
    const articleHtml = await prerender('article', TOPIC);
    const articleEsHtml = await prerender('article', TOPIC, { lang: TRANSLATION });
    // One card with its figure, the drawing included (every built-in exercise has one).
    const cardId = 'sciatic-nerve-glide';
    const registry = { sheets: [], index: new Map() };
    twin = {
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
    const cmsArticle = await prerender('article', TOPIC, { 'cta-href': 'https://example.org/coverage', region: 'us' });
    const prerendered = { card: cmsCard, article: cmsArticle, styleHashes: styleHashes(cmsCard + cmsArticle) };

    server = await startEmbedServer(root, { prerendered });
    // The render run is one page evaluation of every sample (30 rounds of 200 cards and more):
    // minutes by design, past puppeteer's default 3-minute call limit.
    browser = await launchChromium({ extraArgs: ['--js-flags=--expose-gc', '--enable-precise-memory-info'], protocolTimeout: 15 * 60_000 });
  });
  after(async () => {
    goalsTable();
    await browser?.close();
    await server?.close();
  });

  describe('1. render, against its twins', () => {
    before(async () => {
      const machine = `${cpus().length} × ${cpus()[0]?.model.trim()}, ${Math.round(totalmem() / 2 ** 30)} GiB, ${await browser.version()}, Node ${process.version}`;
      console.log(`machine: ${machine}\n`);

      // 1. Render. When an enforced ratio misses, as many rounds again in a fresh page, and the
      // medians of both runs together decide: a close call gets more samples (as Tachometer
      // samples until its interval is clear of the goal), a true regression misses twice.
      const options = { rounds, warmup: 3, cards: CARDS, twin, exercises };
      let render = await renderBenchmark(browser, server.url, { ...options, profileSamples, traceSamples });
      const missed = enforcedMisses(render.times);
      if (missed.length > 0) {
        console.log(`${missed.join('; ')}: measuring ${rounds} more rounds in a fresh page; the pooled medians decide`);
        render = pooled(render, await renderBenchmark(browser, server.url, options));
        figures.pooledRuns = 2;
      }
      const stats = Object.fromEntries(Object.entries(render.times).map(([kind, times]) => [kind, summary(times)]));
      console.log(
        `render, insertion to rendered and laid out (ms; ${render.times['limber card'].length} samples each, alternating, after 3 warm-up rounds; clock: ${render.isolated ? '5 µs, cross-origin isolated' : '100 µs'})`,
      );
      checks.isolated = { ok: render.isolated, detail: render.isolated ? '5 µs' : '100 µs' };
      console.log(
        `${'what'.padEnd(34)}${'median'.padStart(8)}${'p25'.padStart(8)}${'p75'.padStart(8)}${'min'.padStart(8)}${'max'.padStart(8)}`,
      );
      const row = (label, s) =>
        console.log(`${label.padEnd(34)}${[s.median, s.p25, s.p75, s.min, s.max].map((v) => fixed(v).padStart(8)).join('')}`);
      for (const [kind, s] of Object.entries(stats)) row(kind, s);
      const cold = Object.fromEntries(
        Object.entries(await coldBenchmark(browser, server.url, { loads: coldLoads, cards: CARDS, twin, exercises })).map(
          ([kind, times]) => [kind, summary(times)],
        ),
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
      Object.assign(checks, {
        sameWords: { ok: sameArticle && sameCards && sameCard && sameEs, detail: 'see the lines above' },
        finished: { ok: render.checks.unfinished === 0, detail: `${render.checks.unfinished} had not` },
        pageErrors: { ok: render.errors.length === 0, detail: render.errors.join('; ') },
        articleRatio: { ok: ratios.article <= goals.articleRatio, detail: `${fixed(ratios.article)}×` },
        cardsRatio: { ok: ratios.cards <= goals.cardsRatio, detail: `${fixed(ratios.cards)}×` },
        sharedArticleRatio: { ok: shared.article <= goals.sharedArticleRatio, detail: `${fixed(shared.article)}×` },
        sharedCardsRatio: { ok: shared.cards <= goals.sharedCardsRatio, detail: `${fixed(shared.cards)}×` },
        sharedCardRatio: { ok: shared.card <= goals.sharedCardRatio, detail: `${fixed(shared.card)}×` },
        spanishArticleRatio: { ok: spanish <= goals.spanishArticleRatio, detail: `${fixed(spanish)}×` },
        sharedColdRatio: { ok: shared.cold <= goals.sharedColdRatio, detail: `${fixed(shared.cold)}×` },
        heapPerCard: { ok: heap.limber <= goals.heapPerCard, detail: `${Math.round(heap.limber)} B` },
      });
      Object.assign(figures, { machine, render: stats, ratios, shared, spanish, cold, coldRatio, heap });

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
    });
    holds('isolated', 'the benchmark page is cross-origin isolated (a 5 µs clock)');
    holds('sameWords', 'every twin shows the same words as Limber (the Spanish ones Spanish)');
    holds('finished', 'every Limber element rendered before the timer stopped');
    holds('pageErrors', 'no page errors');
    holds('articleRatio', `article ≤ ${goals.articleRatio}× its <style> twin`);
    holds('cardsRatio', `${CARDS} cards ≤ ${goals.cardsRatio}× their <style> twin`);
    holds('sharedArticleRatio', `article ≤ ${goals.sharedArticleRatio}× the shared-sheet twin`, { reported: true });
    holds('sharedCardsRatio', `${CARDS} cards ≤ ${goals.sharedCardsRatio}× the shared-sheet twin`, { reported: true });
    holds('sharedCardRatio', `one card with its figure ≤ ${goals.sharedCardRatio}× its shared-sheet twin`, { reported: true });
    holds('spanishArticleRatio', `Spanish article ≤ ${goals.spanishArticleRatio}× the English one`, { reported: true });
    holds('sharedColdRatio', `first article render ≤ ${goals.sharedColdRatio}× the shared-sheet twin`, { reported: true });
    holds('heapPerCard', `JS heap per card ≤ ${goals.heapPerCard} B`, { reported: true });
  });

  describe('2. layout shift and first paint on the CMS page', () => {
    before(async () => {
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
      Object.assign(checks, {
        hydrationKeepsNodes: { ok: structure === 0, detail: `${structure} changed` },
        hydrationQuiet: { ok: problems.length === 0, detail: problems.slice(0, 3).join(' | ') },
        violations: { ok: violations === 0, detail: `${violations}` },
        clsDelta: { ok: clsDelta <= goals.clsDelta, detail: fixed(clsDelta, 4) },
        prerenderedCls: { ok: hydrated.cls.max <= goals.prerenderedCls, detail: fixed(hydrated.cls.max, 4) },
      });
      figures.cls = Object.fromEntries(Object.entries(cls).map(([k, v]) => [k, { cls: v.cls, fcp: v.fcp }]));
    });
    holds('hydrationKeepsNodes', 'hydration keeps every pre-rendered node and text');
    holds('hydrationQuiet', 'hydration logs nothing');
    holds('violations', 'no CSP violations');
    holds('clsDelta', `layout shift difference (client − static twin) ≤ ${goals.clsDelta}`);
    holds('prerenderedCls', `pre-rendered CLS ≤ ${goals.prerenderedCls}`);
  });

  after(() => {
    if (!process.env.BENCH_RECORD || !figures.cls) return;
    const dir = `${root}test/bench/results`;
    mkdirSync(dir, { recursive: true });
    writeFileSync(`${dir}/latest.json`, `${JSON.stringify({ date: new Date().toISOString(), ...figures }, null, 2)}\n`);
    writeFileSync(`${dir}/render-ratios.svg`, renderChart(figures.render, figures.ratios, goals, figures.cold));
    const record = JSON.parse(readFileSync(`${dir}/latest.json`, 'utf8'));
    writeBlocks(benchBlocks(record, goals), root);
    console.log('\nrecorded test/bench/results/latest.json, render-ratios.svg and the figures in README.md and BENCHMARKS.md');
  });
});
