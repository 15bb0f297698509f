// The render benchmark, in one page load: Limber's elements against their static twin (the same
// DOM and CSS as pre-rendered HTML, inserted from a string: the physical limit), alternating;
// and the first render in fresh pages (coldBenchmark).
// Each sample: empty the container, collect garbage, wait a frame, then time from insertion
// until every element has rendered (a task after the insertion: Lit renders in microtasks) and
// style and layout are done (a forced layout).
import { traceKinds } from './trace.mjs';
import { TOPICS, TRANSLATIONS } from '../../scripts/lib/languages.mjs';

const [TOPIC] = TOPICS;
// The translation the article is timed in (its rows keep the label "(es)" of earlier runs' tables).
const [TRANSLATION] = TRANSLATIONS;

/** Runs in the page: installs `window.__bench` with the kinds to time and how each is inserted. */
function installBench({ cards, twin, exercises, topic, translation }) {
  const container = document.getElementById('bench');
  const nextFrame = () => new Promise((resolve) => requestAnimationFrame(() => resolve()));
  const afterMicrotasks = () =>
    new Promise((resolve) => {
      const channel = new MessageChannel();
      channel.port1.onmessage = () => resolve();
      channel.port2.postMessage(0);
    });
  const limberElements = (root, found = []) => {
    for (const el of root.querySelectorAll('*')) {
      if (el.localName.startsWith('limber-')) found.push(el);
      if (el.shadowRoot) limberElements(el.shadowRoot, found);
    }
    return found;
  };
  // The words a reader sees, through shadow roots (styles left out), to prove both sides match.
  const composedText = (node) =>
    [...(node.shadowRoot ?? node).childNodes]
      .map((child) =>
        child.nodeType === 3 ? child.textContent : ['STYLE', 'TEMPLATE'].includes(child.nodeName) ? '' : composedText(child),
      )
      .join('')
      .replace(/\s+/g, ' ')
      .trim();
  const cardsHtml = Array.from({ length: cards }, (_, i) => twin.cards[i % twin.cards.length]).join('');
  // The shared-sheet twin: stylesheets built once, before any timing, as Limber's are at module
  // load; each sample adopts them into its roots (one array per root, as Lit does).
  const sheets = twin.shared.sheets.map((css) => {
    const sheet = new CSSStyleSheet();
    sheet.replaceSync(css);
    return sheet;
  });
  const sharedCardsHtml = Array.from({ length: cards }, (_, i) => twin.shared.cards[i % twin.shared.cards.length]).join('');
  const adopt = (root) => {
    for (const host of root.querySelectorAll('[data-sheet]')) {
      host.shadowRoot.adoptedStyleSheets = [sheets[Number(host.dataset.sheet)]];
      adopt(host.shadowRoot);
    }
  };
  const limberArticle = (lang) => () => {
    const article = document.createElement('limber-article');
    article.setAttribute('topic', topic);
    if (lang) article.setAttribute('lang', lang);
    container.append(article);
  };
  const shared = (html) => () => {
    container.setHTMLUnsafe(html);
    adopt(container);
  };
  const insert = {
    'limber article': limberArticle(),
    'static article': () => container.setHTMLUnsafe(twin.article),
    'shared-sheet article': shared(twin.shared.article),
    'limber article (es)': limberArticle(translation),
    'shared-sheet article (es)': shared(twin.shared.articleEs),
    'limber card': () => {
      const card = document.createElement('limber-exercise-card');
      card.setAttribute('exercise', twin.card.id);
      container.append(card);
    },
    'shared-sheet card': shared(twin.shared.card),
    'limber cards': () => {
      const fragment = document.createDocumentFragment();
      for (let i = 0; i < cards; i += 1) {
        const card = document.createElement('limber-exercise-card');
        card.setAttribute('exercise', exercises[i % exercises.length]);
        fragment.append(card);
      }
      container.append(fragment);
    },
    'static cards': () => container.setHTMLUnsafe(cardsHtml),
    'shared-sheet cards': shared(sharedCardsHtml),
  };
  const sample = async (kind, marked = false) => {
    container.replaceChildren();
    window.gc();
    await nextFrame();
    // User-timing marks bound the span for the trace breakdown (--trace); not set otherwise.
    if (marked) performance.mark('bench-start');
    const start = performance.now();
    insert[kind]();
    await afterMicrotasks();
    void container.offsetHeight;
    const time = performance.now() - start;
    if (marked) performance.mark('bench-end');
    // Guard: every Limber element must have rendered inside the timed span.
    const unfinished = limberElements(container).filter((el) => !el.hasUpdated || el.isUpdatePending).length;
    return { time, unfinished, height: container.offsetHeight, text: composedText(container) };
  };
  // Removed elements are freed over more than one collection (V8 and Blink's heaps), so collect
  // until the heap stops shrinking before each reading.
  const settledHeap = async () => {
    let last = Infinity;
    for (let i = 0; i < 10; i += 1) {
      window.gc();
      await nextFrame();
      const used = performance.memory.usedJSHeapSize;
      if (used >= last) return used;
      last = used;
    }
    return last;
  };
  const heapPerCard = async (kind) => {
    container.replaceChildren();
    const before = await settledHeap();
    insert[kind]();
    await afterMicrotasks();
    void container.offsetHeight;
    const after = await settledHeap();
    return (after - before) / cards;
  };
  const run = async ({ rounds, warmup }) => {
    const kinds = Object.keys(insert);
    const times = Object.fromEntries(kinds.map((k) => [k, []]));
    const checks = { unfinished: 0, heights: {}, texts: {} };
    for (let round = 0; round < warmup + rounds; round += 1) {
      // Alternate the order each round so neither side always runs first.
      const order = round % 2 === 0 ? kinds : [...kinds].reverse();
      for (const kind of order) {
        const result = await sample(kind);
        if (round < warmup) continue;
        times[kind].push(result.time);
        checks.unfinished += result.unfinished;
        checks.heights[kind] = result.height;
        checks.texts[kind] = result.text;
      }
    }
    const heap = { 'limber cards': [], 'static cards': [], 'shared-sheet cards': [] };
    for (let i = 0; i < 5; i += 1) for (const kind of Object.keys(heap)) heap[kind].push(await heapPerCard(kind));
    container.replaceChildren();
    return { times, checks, heap };
  };
  window.__bench = { sample, run };
}

/**
 * Where Limber's render time goes: `samples` more card renders under Chromium's sampling
 * profiler, self time mapped through dist/limber.js's source map to the source file.
 */
async function profileCards(page, samples) {
  const cdp = await page.createCDPSession();
  await cdp.send('Profiler.enable');
  await cdp.send('Profiler.setSamplingInterval', { interval: 100 });
  await cdp.send('Profiler.start');
  for (let i = 0; i < samples; i += 1) await page.evaluate(() => window.__bench.sample('limber cards'));
  const { profile } = await cdp.send('Profiler.stop');
  await cdp.detach();
  return profile;
}

export async function renderBenchmark(browser, base, { rounds, warmup, cards, twin, exercises, profileSamples = 0, traceSamples = 0 }) {
  const page = await browser.newPage();
  await page.setViewport({ width: 1024, height: 768 });
  const errors = [];
  page.on('pageerror', (e) => errors.push(String(e)));
  await page.goto(`${base}/test/bench/index.html?csp=off`, { waitUntil: 'load' });
  await page.waitForFunction(() => customElements.get('limber-article') !== undefined);
  await page.evaluate(installBench, { cards, twin, exercises, topic: TOPIC, translation: TRANSLATION });
  const isolated = await page.evaluate(() => window.crossOriginIsolated);
  const result = await page.evaluate((options) => window.__bench.run(options), { rounds, warmup });
  const profile = profileSamples > 0 ? await profileCards(page, profileSamples) : undefined;
  const trace =
    traceSamples > 0
      ? await traceKinds(
          page,
          [
            'limber cards',
            'static cards',
            'shared-sheet cards',
            'limber article',
            'static article',
            'shared-sheet article',
            'limber card',
            'shared-sheet card',
          ],
          traceSamples,
        )
      : undefined;
  await page.close();
  return { ...result, errors, profile, trace, isolated };
}

/**
 * The first render in a fresh page, as a CMS page renders its one article: each load times one
 * kind once (templates not yet prepared, code not yet optimised), alternating the kinds.
 */
export async function coldBenchmark(browser, base, { loads, cards, twin, exercises }) {
  const times = { 'limber article': [], 'static article': [], 'shared-sheet article': [] };
  for (let load = 0; load < loads; load += 1) {
    const kinds = load % 2 === 0 ? Object.keys(times) : Object.keys(times).reverse();
    for (const kind of kinds) {
      const page = await browser.newPage();
      await page.setViewport({ width: 1024, height: 768 });
      await page.goto(`${base}/test/bench/index.html?csp=off`, { waitUntil: 'load' });
      await page.waitForFunction(() => customElements.get('limber-article') !== undefined);
      await page.evaluate(installBench, { cards, twin, exercises, topic: TOPIC, translation: TRANSLATION });
      times[kind].push((await page.evaluate((k) => window.__bench.sample(k), kind)).time);
      await page.close();
    }
  }
  return times;
}
