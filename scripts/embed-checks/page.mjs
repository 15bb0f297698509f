// Helpers for driving an embedding page: open it with CSP, console and layout-shift capture,
// read text and computed styles through shadow roots.

import { waitForLimberRendered } from '../lib/limber-rendered.mjs';

/** Installed before any page script: counts CSP violations and layout shift. */
const INSTRUMENT = `
  window.__violations = [];
  document.addEventListener('securitypolicyviolation', (e) => window.__violations.push(e.violatedDirective + ' ' + e.blockedURI));
  window.__cls = 0;
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) if (!entry.hadRecentInput) window.__cls += entry.value;
  }).observe({ type: 'layout-shift', buffered: true });
  window.__deep = (path) => {
    let node = document;
    for (const [i, selector] of path.entries()) {
      node = (i === 0 ? node : node.shadowRoot)?.querySelector(selector);
      if (!node) return null;
    }
    return node;
  };
  window.__deepText = (selector) => {
    const walk = (n) => [...n.childNodes].map((c) => (c.nodeType === 3 ? c.textContent : walk(c.shadowRoot ?? c))).join('');
    const el = document.querySelector(selector);
    return el?.shadowRoot ? walk(el.shadowRoot).replace(/\\s+/g, ' ').trim() : '';
  };
`;

/** Opens `url`; resolves to { page, warnings, errors } once every Limber element has rendered. */
export async function openPage(browser, url, { viewport = { width: 1024, height: 768 } } = {}) {
  const page = await browser.newPage();
  await page.setViewport(viewport);
  const warnings = [];
  const errors = [];
  page.on('console', (m) => {
    if (m.type() === 'warn' || m.type() === 'warning') warnings.push(m.text());
    if (m.type() === 'error') errors.push(m.text());
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
