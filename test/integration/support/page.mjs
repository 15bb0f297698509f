// What a page shows and reports, for every integration suite (JavaScript, not TypeScript: the
// functions here run in Chromium through page.evaluate, so they must reach it as written).
// One copy each: the deep shadow-DOM walk, the CSP-violation and layout-shift capture, the wait
// for Limber to render, an embed's DOM and words.
import { shownText } from '../../support/shown-text.mjs';

/**
 * The words an element's (or a selector's first match's) shadow root shows a reader, as source
 * for a page: test/support/shown-text.mjs, the walk every kind of test uses.
 */
export const DEEP_TEXT = `(target) => {
  const shownText = ${shownText};
  const el = typeof target === 'string' ? document.querySelector(target) : target;
  return el && el.shadowRoot ? shownText(el.shadowRoot) : '';
}`;

/**
 * Installed before any page script: `__violations` (CSP), `__cls` and `__shifts` (layout shift,
 * each with where it happened), `__deep(path)` (an element by a selector path through shadow
 * roots) and `__deepText(selector)`.
 */
export const INSTRUMENT = `
  window.__violations = [];
  document.addEventListener('securitypolicyviolation', (e) => window.__violations.push(e.violatedDirective + ' ' + e.blockedURI));
  window.__cls = 0;
  window.__shifts = [];
  {
  const where = (node) => node ? \`\${node.getRootNode()?.host?.localName ?? 'document'} \${node.nodeName.toLowerCase()}\${node.className ? '.' + node.className : ''}\` : '?';
  new PerformanceObserver((list) => {
    for (const e of list.getEntries()) {
      if (e.hadRecentInput) continue;
      window.__cls += e.value;
      window.__shifts.push(\`\${e.value.toFixed(5)} at \${Math.round(e.startTime)} ms: \${e.sources.map((s) => where(s.node) + ' ' + Math.round(s.previousRect.y) + '→' + Math.round(s.currentRect.y) + ' h' + Math.round(s.previousRect.height) + '→' + Math.round(s.currentRect.height)).join(', ')}\`);
    }
  }).observe({ type: 'layout-shift', buffered: true });
  }
  window.__deep = (path) => {
    let node = document;
    for (const [i, selector] of path.entries()) {
      node = (i === 0 ? node : node.shadowRoot)?.querySelector(selector);
      if (!node) return null;
    }
    return node;
  };
  window.__deepText = ${DEEP_TEXT};
`;

/**
 * Resolves once every Limber element on the page, through shadow roots, has rendered what it
 * shows (or, on a pre-rendered page, hydrated): each has updated once, and then its
 * `updateComplete` has resolved, which waits for what it loads first (a language's words, the
 * built-in content) and the render after it; elements put in meanwhile are waited for in turn.
 * Elements with no definition, as on a static page, count as done.
 */
export async function waitForLimberRendered(page, { timeout = 15_000 } = {}) {
  await page.waitForFunction(
    () => {
      const all = [];
      const walk = (root) => {
        for (const el of root.querySelectorAll('*')) {
          if (el.localName.startsWith('limber-')) all.push(el);
          if (el.shadowRoot) walk(el.shadowRoot);
        }
      };
      walk(document);
      return all.length > 0 && all.every((el) => !customElements.get(el.localName) || el.hasUpdated);
    },
    { timeout },
  );
  await page.evaluate(async (ms) => {
    const defined = () => {
      const all = [];
      const walk = (root) => {
        for (const el of root.querySelectorAll('*')) {
          if (el.localName.startsWith('limber-') && customElements.get(el.localName)) all.push(el);
          if (el.shadowRoot) walk(el.shadowRoot);
        }
      };
      walk(document);
      return all;
    };
    const deadline = Date.now() + ms;
    let seen = -1;
    // Again while a render puts elements in (a card's nested card, a list's cards).
    while (Date.now() < deadline) {
      const all = defined();
      if (all.length === seen) return;
      seen = all.length;
      await Promise.race([
        Promise.all(all.map((el) => el.updateComplete)),
        new Promise((resolve) => setTimeout(resolve, deadline - Date.now())),
      ]);
    }
  }, timeout);
}

/** A console error as a report line, naming the resource when it is a failed load ("Failed to load resource: … 404"). */
const errorText = (message) => {
  const url = message.location()?.url;
  return url && message.text().startsWith('Failed to load resource') ? `${message.text()}: ${url}` : message.text();
};

/** Collects what `page` reports from now on: `errors` (page errors, console errors, failed requests) and `warnings`. */
export function listen(page) {
  const errors = [];
  const warnings = [];
  page.on('requestfailed', (r) => errors.push(`failed ${r.url()}`));
  page.on('pageerror', (e) => errors.push(String(e)));
  page.on('console', (m) => {
    if (m.type() === 'error') errors.push(errorText(m));
    if (m.type() === 'warn' || m.type() === 'warning') warnings.push(m.text());
  });
  return { errors, warnings };
}

/** Opens `url` instrumented; resolves to { page, warnings, errors } once every Limber element has rendered. */
export async function openPage(browser, url, { viewport = { width: 1024, height: 768 } } = {}) {
  const page = await browser.newPage();
  await page.setViewport(viewport);
  const warnings = [];
  const errors = [];
  page.on('console', (m) => {
    if (m.type() === 'warn' || m.type() === 'warning') warnings.push(m.text());
    if (m.type() === 'error') errors.push(errorText(m));
  });
  page.on('pageerror', (e) => errors.push(String(e)));
  await page.evaluateOnNewDocument(INSTRUMENT);
  await page.goto(url, { waitUntil: 'load' });
  await waitForLimberRendered(page).catch(() => {});
  await new Promise((resolve) => setTimeout(resolve, 500));
  return { page, warnings, errors };
}

/** Computed styles of an element reached by a selector path through shadow roots. */
export async function stylesAt(page, path, properties) {
  return page.evaluate(
    (p, props) => {
      const el = window.__deep(p);
      if (!el) return null;
      const style = getComputedStyle(el);
      return Object.fromEntries(props.map((name) => [name, style.getPropertyValue(name)]));
    },
    path,
    properties,
  );
}

/** The text properties compared by the isolation checks. */
export const TEXT_PROPERTIES = [
  'font-size',
  'line-height',
  'font-family',
  'font-weight',
  'color',
  'letter-spacing',
  'text-transform',
  'text-align',
  'text-decoration-line',
  'margin-top',
  'margin-bottom',
  'padding-left',
  'list-style-type',
  'box-sizing',
  'border-top-width',
  'border-top-style',
  'background-color',
];

/**
 * For each element matching `selector` (run in the page): its DOM through shadow roots, without
 * comments, stylesheets, scripts, Lit's markers or `defer-hydration`; its words; whether it has upgraded.
 */
export function readEmbeds(selector) {
  const shape = (node) =>
    [...node.childNodes]
      .map((c) => {
        if (c.nodeType === 3) return c.textContent.trim() ? c.textContent.replace(/\s+/g, ' ') : '';
        if (c.nodeType !== 1 || c.localName === 'style' || c.localName === 'script') return '';
        const attrs = [...c.attributes]
          .filter((a) => a.name !== 'defer-hydration')
          .map((a) => `${a.name}="${a.value}"`)
          .sort()
          .join(' ');
        return `<${c.localName}${attrs ? ` ${attrs}` : ''}>${c.shadowRoot ? `#shadow(${shape(c.shadowRoot)})` : ''}${shape(c)}</${c.localName}>`;
      })
      .join('');
  return [...document.querySelectorAll(selector)].map((embed) => {
    const dom = shape({ childNodes: [embed] });
    const words = dom
      .replace(/<[^>]*>|#shadow\(|\)/g, ' ')
      .replace(/\s+/g, ' ')
      .trim();
    return { dom, words, upgraded: Boolean(customElements.get(embed.localName) && embed.hasUpdated) };
  });
}

/** Clicks each closed "When to see a doctor" summary, through shadow roots, as a reader would (run in the page). */
export function openEmergencySigns() {
  const open = (root) => {
    for (const details of root.querySelectorAll('details.more-care:not([open])')) details.querySelector('summary')?.click();
    for (const el of root.querySelectorAll('*')) if (el.shadowRoot) open(el.shadowRoot);
  };
  open(document);
}

/**
 * Opens every standalone card's "When to see a doctor" `<details>` as a reader would, then waits
 * until each shows its care cards rendered, and every element has settled: the browser's card puts
 * them in on opening (the server's HTML has them from the start), and a fixed pause was too short
 * on a busy machine.
 */
export async function openSignsAndWait(page, { timeout = 15_000 } = {}) {
  await page.evaluate(openEmergencySigns);
  await page.waitForFunction(
    () => {
      const open = [];
      const walk = (root) => {
        for (const el of root.querySelectorAll('*')) {
          if (el.matches('details.more-care[open]')) open.push(el);
          if (el.shadowRoot) walk(el.shadowRoot);
        }
      };
      walk(document);
      return open.every((details) => {
        const card = details.querySelector('limber-care-card');
        const defined = card && customElements.get('limber-care-card');
        return card && (!defined || card.hasUpdated) && (card.shadowRoot?.textContent ?? '').trim().length > 0;
      });
    },
    { timeout },
  );
  await waitForLimberRendered(page, { timeout });
}

/** Where two DOM strings first differ, with some context, for a failure's message. */
export function firstDifference(a, b) {
  let at = 0;
  while (a[at] === b[at] && at < a.length) at += 1;
  return `first difference at ${at}: …${a.slice(Math.max(0, at - 80), at + 80)}… vs …${b.slice(Math.max(0, at - 80), at + 80)}…`;
}
