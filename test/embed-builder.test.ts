import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../src/limber.js';
import { defineEmbedBuilder, type EmbedBuilder } from '../stories/builder/embed-builder.js';
import type { PrerenderedIndex } from '../stories/builder/snippets.js';
import { root, settled, squash } from './support/dom.js';
import { shownText } from './support/shown-text.mjs';
import { TRANSLATION } from './support/lists.js';
import { TRANSLATED_TOPIC } from './support/topics.js';

defineEmbedBuilder();

// The builder reads dist/prerendered/ (rendered from the source for the test run: test/support/prerendered-server.mjs).
const BASE = '/dist/prerendered/';

/** Parses HTML as a page would (declarative shadow DOM included), with no script run. */
function parsePage(markup: string): Document {
  return (Document as unknown as { parseHTMLUnsafe(html: string): Document }).parseHTMLUnsafe(markup);
}

async function builder(): Promise<EmbedBuilder> {
  const el = await fixture<EmbedBuilder>(html`<embed-builder prerendered-base=${BASE} script-base="/dist/"></embed-builder>`);
  const box = (): HTMLTextAreaElement | null => root(el).querySelector('textarea[aria-label="Pre-rendered HTML"]');
  await waitUntil(() => box()?.value.includes('<template shadowroot'), 'the pre-rendered snippet arrives', {
    timeout: 5000,
  });
  return el;
}

const textarea = (el: EmbedBuilder, name: string): HTMLTextAreaElement =>
  root(el).querySelector<HTMLTextAreaElement>(`textarea[aria-label="${name}"]`) ??
  (() => {
    throw new Error(name);
  })();

/** Picks each option in turn, as an editor would: `[['Element', 'tip'], ...]`. */
async function choose(el: EmbedBuilder, choices: [label: string, value: string][]): Promise<void> {
  for (const [label, value] of choices) await pick(el, label, value);
}

async function pick(el: EmbedBuilder, label: string, value: string): Promise<void> {
  const select = [...root(el).querySelectorAll('label')].find((l) => l.textContent?.trim().startsWith(label))?.querySelector('select');
  if (!select) throw new Error(`no select "${label}"`);
  select.value = value;
  select.dispatchEvent(new Event('change'));
  await el.updateComplete;
}

async function waitForSnippet(el: EmbedBuilder, contains: string): Promise<string> {
  await waitUntil(() => textarea(el, 'Pre-rendered HTML').value.includes(contains), `snippet with ${contains}`, { timeout: 5000 });
  return textarea(el, 'Pre-rendered HTML').value;
}

describe('embed builder (Storybook)', () => {
  it(`a card in a translation (${TRANSLATION}) at h2: live preview, script and tag, pre-rendered HTML with the same words, and its CSP hashes`, async () => {
    const el = await builder();
    await choose(el, [
      ['Element', 'exercise-card'],
      ['Item', 'sciatic-nerve-glide'],
      ['Language', TRANSLATION],
      ['Heading level', '2'],
    ]);
    expect(textarea(el, 'Script and tag').value).to.equal(
      '<script type="module" src="/dist/limber.js"></script>\n' +
        `<limber-exercise-card exercise="sciatic-nerve-glide" lang="${TRANSLATION}" heading-level="2" region="us"></limber-exercise-card>`,
    );
    const snippet = await waitForSnippet(el, `lang="${TRANSLATION}" heading-level="2" region="us"><template`);
    expect(snippet.split('\n')[0]).to.equal('<script type="module" src="/dist/limber-hydrate.js" async></script>');

    const live = root(el).querySelector('.preview limber-exercise-card');
    if (!live) throw new Error('no live preview');
    await settled(live);
    expect(root(live).querySelector('h2')?.textContent).to.contain(
      TRANSLATED_TOPIC.exercises.items.find((e) => e.id === 'sciatic-nerve-glide')!.name,
    );
    const pasted = parsePage(snippet).querySelector('limber-exercise-card');
    expect(pasted?.shadowRoot, 'declarative shadow root').to.not.equal(null);
    expect(shownText(pasted as Element)).to.equal(shownText(live));

    const index = (await (await fetch(`${BASE}index.json`)).json()) as PrerenderedIndex;
    const hashes = index.elements.find((e) => e.kind === 'exercise-card')?.styleHashes ?? [];
    const styles = [...(pasted?.shadowRoot?.querySelectorAll('style') ?? [])].map((s) => s.textContent ?? '');
    expect(styles.length).to.be.greaterThan(0);
    const csp = root(el).querySelector('[data-csp="prerendered"]')?.textContent ?? '';
    for (const css of styles) {
      const digest = await crypto.subtle.digest('SHA-256', new TextEncoder().encode(css));
      const hash = `'sha256-${btoa(String.fromCharCode(...new Uint8Array(digest)))}'`;
      expect(hashes).to.include(hash);
      expect(csp).to.contain(hash);
    }
    expect(csp).to.contain("script-src 'self'");
    expect(csp).to.contain('trusted-types lit-html limber-json-ld');
    await expect(el).to.be.accessible();
  });

  it('regional elements offer a region, reviewable ones a clinical review, themes add their stylesheet, and the article snippet carries its JSON-LD', async () => {
    const el = await builder();
    await choose(el, [
      ['Element', 'care-card'],
      ['Item', 'emergency'],
      ['Region', 'uk'],
      ['Theme', 'dark'],
    ]);
    expect(textarea(el, 'Script and tag').value).to.equal(
      '<script type="module" src="/dist/limber.js"></script>\n<link rel="stylesheet" href="/dist/themes/dark.css">\n' +
        '<limber-care-card level="emergency" lang="en" heading-level="3" region="uk"></limber-care-card>',
    );
    const snippet = await waitForSnippet(el, 'region="uk"');
    expect(shownText(parsePage(snippet).body)).to.contain('999');
    const regions = [...root(el).querySelectorAll('label')]
      .find((l) => l.textContent?.trim().startsWith('Region'))
      ?.querySelector('select');
    expect([...(regions?.options ?? [])].map((o) => o.textContent?.trim())).to.deep.equal([
      'United States',
      'United Kingdom',
      'Canada',
      'Australia',
      'New Zealand',
    ]);
    await pick(el, 'Region', 'nz');
    expect(shownText(parsePage(await waitForSnippet(el, 'region="nz"')).body)).to.contain(
      'Call 111 or go to the nearest hospital emergency department now.',
    );
    expect(root(el).querySelector('.preview')?.getAttribute('data-limber-theme')).to.equal('dark');
    await pick(el, 'Element', 'tip');
    expect([...root(el).querySelectorAll('label')].map((l) => l.textContent?.trim().split('\n')[0])).to.not.include(
      'Region (care phone numbers)',
    );
    // Clinical review, for elements that show signed-off items: the notice, pre-rendered, in place of the tip.
    await pick(el, 'Clinical review', 'clinical');
    expect(textarea(el, 'Script and tag').value).to.contain('require-review="clinical"');
    const held = await waitForSnippet(el, 'require-review="clinical"');
    expect(shownText(parsePage(held).body)).to.contain('This tip is not shown here because a clinician has not reviewed it yet.');
    await pick(el, 'Element', 'citations');
    expect([...root(el).querySelectorAll('label')].map((l) => l.textContent?.trim().split('\n')[0])).to.not.include('Clinical review');
    await pick(el, 'Element', 'article');
    const article = await waitForSnippet(el, '<limber-article');
    expect(article.match(/<script type="application\/ld\+json" data-limber-structured-data>/g)?.length).to.equal(1);
  });

  it("writes the plan's care options into the urgent card's snippet, shown without JavaScript; a refused link is left out, saying why", async () => {
    const el = await builder();
    await choose(el, [
      ['Element', 'care-card'],
      ['Item', 'urgent'],
    ]);
    const button = (name: string): HTMLButtonElement | undefined =>
      [...root(el).querySelectorAll('button')].find((b) => b.textContent?.trim() === name);
    button('Add a care option')?.click();
    await el.updateComplete;
    const fill = async (label: string, value: string): Promise<void> => {
      const input = [...root(el).querySelectorAll('.care-option label')]
        .find((l) => l.textContent?.trim().startsWith(label))
        ?.querySelector('input');
      if (!input) throw new Error(`no input "${label}"`);
      input.value = value;
      input.dispatchEvent(new Event('change'));
      await el.updateComplete;
    };
    await fill('Words readers see', 'Call the nurse line');
    await fill('Link', 'tel:+1-800-555-0100');
    await fill('Opening hours', 'Every day');
    await fill('Languages', 'English, Spanish');
    const markup =
      '<div slot="care-urgent"><p>Your health plan or employer also offers this care. It does not come from the sources on this page.</p>' +
      '<ul><li><a href="tel:+1-800-555-0100" data-kind="nurse-line">Call the nurse line</a> Nurse line. Every day. Languages: English, Spanish.</li></ul></div>';
    expect(textarea(el, 'Script and tag').value).to.contain(`heading-level="3" region="us">\n${markup}\n</limber-care-card>`);
    const snippet = await waitForSnippet(el, 'slot="care-urgent"');
    expect(snippet).to.contain(`</template>\n${markup}\n</limber-care-card>`);
    // In the live preview, the card slots them under its advice.
    const card = root(el).querySelector('.preview limber-care-card') as HTMLElement;
    await waitUntil(() => card.shadowRoot?.querySelector('[part~="care-options"] slot'), 'the card rendered');
    const slot = card.shadowRoot?.querySelector<HTMLSlotElement>('[part~="care-options"] slot');
    expect(slot?.assignedElements().map((e) => squash((e as HTMLElement).innerText))).to.deep.equal([
      'Your health plan or employer also offers this care. It does not come from the sources on this page. Call the nurse line Nurse line. Every day. Languages: English, Spanish.',
    ]);
    // With no script at all, the pre-rendered card shows them.
    const frame = document.createElement('iframe');
    frame.srcdoc = snippet.replace(/<script[^>]*><\/script>/g, '');
    const loaded = new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
    document.body.append(frame);
    await loaded;
    const link = frame.contentDocument?.querySelector('a[data-kind="nurse-line"]');
    expect(link?.getBoundingClientRect().height).to.be.greaterThan(0);
    expect(frame.contentDocument?.querySelector('limber-care-card')?.shadowRoot?.querySelector('slot[name="care-urgent"]')).to.exist;
    frame.remove();
    // A link the URL policy refuses: left out of every snippet, and the form says why.
    await fill('Link', 'javascript:alert(1)');
    expect(textarea(el, 'Script and tag').value).not.to.contain('slot="care-urgent"');
    expect(squash(root(el).querySelector('.care-option .problem')?.textContent)).to.equal(
      'This option is left out: URL scheme "javascript:" is not allowed in "javascript:alert(1)". Use tel: or https:.',
    );
    await expect(el).to.be.accessible();
    // The emergency card offers no care options at all.
    await pick(el, 'Item', 'emergency');
    expect(root(el).querySelector('fieldset.care-options')).to.equal(null);
    expect(textarea(el, 'Script and tag').value).not.to.contain('slot=');
  });

  it("the topic index: the site's address for a topic's page goes into the snippet's attribute and every link, as the live index writes them; a refused one gives no snippet and says why", async () => {
    const el = await builder();
    await pick(el, 'Element', 'topic-index');
    const address = [...root(el).querySelectorAll('label')]
      .find((l) => l.textContent?.includes('Address of a topic'))
      ?.querySelector('input');
    if (!address) throw new Error('no address box');
    address.value = '/salud/{topic}/inicio';
    address.dispatchEvent(new Event('input'));
    await el.updateComplete;
    expect(textarea(el, 'Script and tag').value).to.contain(
      '<limber-topic-index href-template="/salud/{topic}/inicio" lang="en" heading-level="3">',
    );
    const snippet = await waitForSnippet(el, 'href-template="/salud/{topic}/inicio"');
    expect(snippet).to.not.contain('limber-prefix.invalid').and.not.contain('limber-suffix');
    const pasted = parsePage(snippet).querySelector('limber-topic-index');
    const hrefs = [...(pasted?.shadowRoot?.querySelectorAll('a') ?? [])].map((a) => a.getAttribute('href'));
    expect(hrefs).to.have.length.greaterThan(0);
    for (const href of hrefs) expect(href).to.match(/^\/salud\/[a-z0-9-]+\/inicio$/);
    const live = root(el).querySelector('.preview limber-topic-index');
    if (!live) throw new Error('no live preview');
    await settled(live);
    expect([...root(live).querySelectorAll('a')].map((a) => a.getAttribute('href'))).to.deep.equal(hrefs);
    expect(shownText(pasted as Element)).to.equal(shownText(live));

    address.value = 'javascript:alert({topic})';
    address.dispatchEvent(new Event('input'));
    await el.updateComplete;
    expect(squash(root(el).querySelector('[role="alert"]')?.textContent)).to.match(/^The address is refused/);
    expect(textarea(el, 'Script and tag').value).to.equal('');
    expect(textarea(el, 'Pre-rendered HTML').value).to.equal('');
    await expect(el).to.be.accessible();
  });

  it('copies by keyboard and announces it; when the clipboard refuses, selects the text and says how to copy', async () => {
    const el = await builder();
    const written: string[] = [];
    const clipboard = navigator.clipboard;
    const original = clipboard.writeText.bind(clipboard);
    let refuse = false;
    clipboard.writeText = (text: string) => (refuse ? Promise.reject(new Error('denied')) : (written.push(text), Promise.resolve()));
    try {
      const button = [...root(el).querySelectorAll('button')].find((b) => b.textContent === 'Copy pre-rendered HTML');
      button?.focus();
      await sendKeys({ press: 'Enter' });
      const status = root(el).querySelector('[role="status"]');
      await waitUntil(() => squash(status?.textContent) !== '', 'announced');
      expect(squash(status?.textContent)).to.equal('Copied the pre-rendered HTML.');
      expect(written).to.deep.equal([textarea(el, 'Pre-rendered HTML').value]);

      refuse = true;
      const other = [...root(el).querySelectorAll('button')].find((b) => b.textContent === 'Copy script and tag');
      other?.focus();
      await sendKeys({ press: 'Space' });
      await waitUntil(() => squash(status?.textContent).startsWith('Could not'), 'announced the failure');
      expect(squash(status?.textContent)).to.equal('Could not copy the script and tag here: it is selected; press Ctrl+C (⌘C on a Mac).');
      const box = textarea(el, 'Script and tag');
      expect([box.selectionStart, box.selectionEnd]).to.deep.equal([0, box.value.length]);
    } finally {
      clipboard.writeText = original;
    }
  });

  it('says what to do when the pre-rendered snippets are missing', async () => {
    const el = await fixture<EmbedBuilder>(html`<embed-builder prerendered-base="/nowhere/"></embed-builder>`);
    await waitUntil(() => root(el).querySelector('[role="alert"]'), 'an alert');
    expect(squash(root(el).querySelector('[role="alert"]')?.textContent)).to.match(
      /could not be loaded \(Error: HTTP 404\): run npm run build\.$/,
    );
  });
});
