// The build minifies the text of every css`` and html`` template with Lit's own minifier (CSS
// through lightningcss; scripts/lib/build-plugins.mjs). lightningcss rewrites more than
// whitespace (it merges rules, shortens colours and shorthands), so this proves what matters: a
// reader sees the same thing. Every element is rendered, then each shadow root's stylesheets are
// swapped for their minified text, and every computed style of every node (and of its ::before
// and ::after) must be unchanged: on screen, in dark mode, in print, in forced colours and under
// reduced motion. The minifying runs in the test runner (test/support/build-minifier.mjs), with the
// build's own settings.
import { expect, fixture, html } from '@open-wc/testing';
import { emulateMedia, executeServerCommand } from '@web/test-runner-commands';
import type { CSSResult, LitElement } from 'lit';
import { LIMBER_ELEMENTS } from '../src/define-all.js';
import '../src/limber.js';
import { TOPIC } from './support/lists.js';

/** The text of a template as the build ships it. */
const minified = (text: string, tag = 'css'): Promise<string> =>
  executeServerCommand<string, { tag: string; text: string }>('minify-template', { tag, text });

/** Every stylesheet the elements' css`` templates make, once each. */
const templateStyles = (): Set<CSSResult> =>
  new Set(
    Object.values(LIMBER_ELEMENTS).flatMap((element) => ((element as unknown as typeof LitElement).elementStyles ?? []) as CSSResult[]),
  );

type Media = Parameters<typeof emulateMedia>[0];
const MEDIA: [string, Media][] = [
  ['screen', { media: 'screen', colorScheme: 'light', forcedColors: 'none', reducedMotion: 'no-preference' }],
  ['dark', { colorScheme: 'dark' }],
  ['print', { media: 'print', colorScheme: 'light' }],
  ['forced colours', { media: 'screen', forcedColors: 'active' }],
  ['reduced motion', { forcedColors: 'none', reducedMotion: 'reduce' }],
];

/** Every shadow root under `root`, outermost first. */
function shadowRoots(root: ParentNode): ShadowRoot[] {
  return [...root.querySelectorAll('*')].flatMap((el) => (el.shadowRoot ? [el.shadowRoot, ...shadowRoots(el.shadowRoot)] : []));
}

/** Every property a rule of `sheets` sets, as longhands, but custom properties (their effect shows where they are used). */
function propertiesSet(sheets: Iterable<CSSStyleSheet>): string[] {
  const names = new Set<string>();
  const walk = (rules: CSSRuleList): void => {
    for (const rule of rules) {
      if (rule instanceof CSSStyleRule) for (const name of rule.style) if (!name.startsWith('--')) names.add(name);
      if (rule instanceof CSSGroupingRule) walk(rule.cssRules);
    }
  };
  for (const sheet of sheets) walk(sheet.cssRules);
  return [...names];
}

/**
 * The computed value of each of `properties` on each root's host, its nodes and their ::before and
 * ::after (a property no sheet sets is the same either way). A zero percentage reads as the zero
 * length it equals (lightningcss writes `background: none` as `0 0`: 0% 0% and 0px 0px are one position).
 */
function computed(roots: ShadowRoot[], properties: string[]): Map<string, string> {
  const styles = new Map<string, string>();
  roots.forEach((root, r) => {
    [root.host, ...root.querySelectorAll('*')].forEach((el, e) => {
      for (const pseudo of [null, '::before', '::after']) {
        const style = getComputedStyle(el, pseudo);
        for (const name of properties)
          styles.set(`${r}/${e} <${el.localName}>${pseudo ?? ''} ${name}`, style.getPropertyValue(name).replace(/(?<![\d.])0%/g, '0px'));
      }
    });
  });
  return styles;
}

describe('template minification at build time', () => {
  it('changes no computed style of any element, in any of five media', async function () {
    this.timeout(120_000);
    const page = await fixture(html`<div>
      <limber-provider mode="development">
        <limber-article topic=${TOPIC} cta-href="https://example.org/coverage"></limber-article>
        <limber-exercise-card exercise="bridge" remember></limber-exercise-card>
        <limber-exercise-card exercise="nope"></limber-exercise-card>
        <limber-disclaimer kind="video" variant="banner" dismissible></limber-disclaimer>
        <limber-expert-card person="cj-morrow"></limber-expert-card>
        <limber-topic-index href-template="/health/{topic}"></limber-topic-index>
      </limber-provider>
    </div>`);
    const settle = async (): Promise<void> => {
      for (const el of [...page.querySelectorAll('*'), ...shadowRoots(page).flatMap((r) => [...r.querySelectorAll('*')])])
        if ('updateComplete' in el) await (el as LitElement).updateComplete;
    };
    await settle();
    // The standalone card's emergency signs open, so its nested care card renders too.
    for (const root of shadowRoots(page))
      for (const summary of root.querySelectorAll('details.more-care > summary')) (summary as HTMLElement).click();
    await new Promise((resolve) => setTimeout(resolve));
    await settle();

    // Each stylesheet Lit adopted, with the text it was made from and that text minified.
    const swaps = new Map<CSSStyleSheet, CSSStyleSheet>();
    for (const result of templateStyles()) {
      const sheet = result.styleSheet;
      if (!sheet || swaps.has(sheet)) continue;
      const shipped = new CSSStyleSheet();
      shipped.replaceSync(await minified(result.cssText));
      swaps.set(sheet, shipped);
    }
    const roots = shadowRoots(page);
    const shown = new Set(roots.map((root) => root.host.localName));
    expect(
      Object.keys(LIMBER_ELEMENTS).filter((tag) => !shown.has(tag)),
      'elements not rendered here',
    ).to.deep.equal([]);
    const originals = roots.map((root) => [...root.adoptedStyleSheets]);
    // A sheet made at run time (the handout's "Printed from <address>" line) is no template: it stays.
    expect(originals.flat().filter((sheet) => swaps.has(sheet)).length, 'template sheets adopted').to.be.above(20);

    const properties = propertiesSet([...swaps.keys(), ...swaps.values()]);
    try {
      for (const [label, media] of MEDIA) {
        await emulateMedia(media);
        roots.forEach((root, i) => (root.adoptedStyleSheets = originals[i] ?? []));
        const before = computed(roots, properties);
        roots.forEach((root, i) => (root.adoptedStyleSheets = (originals[i] ?? []).map((sheet) => swaps.get(sheet) ?? sheet)));
        const after = computed(roots, properties);
        const changed = [...before]
          .filter(([key, value]) => after.get(key) !== value)
          .map(([key, value]) => `${key}: ${value} → ${after.get(key)}`);
        expect(before.size, `${label}: styles read`).to.be.above(100_000);
        expect(changed.slice(0, 20), `${label}: computed styles that differ (${changed.length})`).to.deep.equal([]);
      }
    } finally {
      roots.forEach((root, i) => (root.adoptedStyleSheets = originals[i] ?? []));
      await emulateMedia({ media: 'screen', colorScheme: 'light', forcedColors: 'none', reducedMotion: 'no-preference' });
    }
  });

  it('makes every stylesheet shorter', async () => {
    for (const result of templateStyles()) expect((await minified(result.cssText)).length).to.be.lessThan(result.cssText.length);
  });

  it('keeps quoted strings exactly, spaces and all', async () => {
    const shipped = await minified(`.a::before {\n  content: '— ';\n}\n.b::after { content: " ( "; }`);
    const sheet = new CSSStyleSheet();
    sheet.replaceSync(shipped);
    expect([...sheet.cssRules].map((rule) => (rule as CSSStyleRule).style.content)).to.deep.equal(['"— "', '" ( "']);
  });

  it('drops comments and keeps the descendant combinator', async () => {
    expect(await minified('/* note */\n  .card   .steps  >  li { color: red; }\n')).to.equal('.card .steps>li{color:red}');
  });

  it('collapses a run of whitespace in html to one space, never none, so inline neighbours keep their gap', async () => {
    expect(await minified('<p>\n  <b>Step</b>\n  <span>one</span>\n</p>', 'html')).to.equal('<p> <b>Step</b> <span>one</span> </p>');
  });
});
