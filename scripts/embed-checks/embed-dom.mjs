// What a reader gets from an embed, read in the page (these functions run in Chromium through
// page.evaluate, so each is self-contained): its DOM through shadow roots and its words.

/**
 * For each element matching `selector`: its DOM through shadow roots, without comments,
 * stylesheets, scripts, Lit's markers or `defer-hydration`; its words; whether it has upgraded.
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

/** Clicks each closed "Emergency signs" summary, through shadow roots, as a reader would. */
export function openEmergencySigns() {
  const open = (root) => {
    for (const details of root.querySelectorAll('details.emergency-signs:not([open])')) details.querySelector('summary')?.click();
    for (const el of root.querySelectorAll('*')) if (el.shadowRoot) open(el.shadowRoot);
  };
  open(document);
}

/** Counts CSP violations and layout shift, installed before any page script. */
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
  }`;

/** Where two DOM strings first differ, with some context, for a failure's detail. */
export function firstDifference(a, b) {
  let at = 0;
  while (a[at] === b[at] && at < a.length) at += 1;
  return `first difference at ${at}: …${a.slice(Math.max(0, at - 80), at + 80)}… vs …${b.slice(Math.max(0, at - 80), at + 80)}…`;
}
