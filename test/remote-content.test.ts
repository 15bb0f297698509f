// <limber-provider src>: content packages fetched over real HTTP (web-test-runner's server, with
// responses staged by test/support/content-server.mjs). Each failure keeps what the page had and
// reports one problem; an update that arrives while elements are shown re-renders them in place,
// focus and all.
import { expect, fixture, html } from '@open-wc/testing';
import '../src/limber.js';
import type { LimberProvider, ContentUpdateDetail } from '../src/components/provider/provider.js';
import { root, settled, squash } from './support/dom.js';
import { warningsOfEachTest } from './support/warnings.js';
import { TOPIC, packageJson, pathFor, stage, type Staged } from './support/staged-content.js';
import { SOURCE_TOPIC, TRANSLATED_TOPIC } from './support/topics.js';
import { SOURCE, TRANSLATION } from './support/lists.js';

async function hitsOf(path: string): Promise<number> {
  const all = (await (await fetch('/content-test/hits')).json()) as Record<string, number>;
  return all[path] ?? 0;
}

async function sha256(text: string): Promise<string> {
  const digest = new Uint8Array(await crypto.subtle.digest('SHA-256', new TextEncoder().encode(text)));
  return `sha256-${btoa(String.fromCharCode(...digest))}`;
}

/** A provider around a bridge card; resolves once the provider's packages have arrived or failed. */
async function page(attributes: { src: string; integrity?: string; timeout?: number; cache?: string; locale?: string }) {
  const updates: ContentUpdateDetail[] = [];
  const provider = await fixture<LimberProvider>(html`<limber-provider
    src=${attributes.src}
    integrity=${attributes.integrity ?? ''}
    .timeout=${attributes.timeout}
    cache=${attributes.cache ?? 'default'}
    locale=${attributes.locale ?? 'en'}
    @limber-content-update=${(e: CustomEvent<ContentUpdateDetail>) => updates.push(e.detail)}
    ><limber-exercise-card exercise="bridge"></limber-exercise-card
  ></limber-provider>`);
  const card = provider.querySelector('limber-exercise-card') as Element;
  await settled(provider);
  const name = (): string => squash(root(card).querySelector('[part~="name"]')?.textContent);
  const arrived = async (): Promise<void> => {
    await provider.contentArrival;
    await settled(provider);
  };
  return { provider, card, name, updates, arrived };
}

describe('<limber-provider src>', () => {
  const warnings = warningsOfEachTest();

  it('shows the built-in content at once, then the package when it arrives, and says so in an event', async () => {
    const path = pathFor();
    await stage(path, { body: packageJson(), delay: 150 });
    const { name, updates, arrived } = await page({ src: path });
    expect(name(), 'before it arrives').to.equal('Bridge');
    await arrived();
    expect(name()).to.equal('Glute bridge (updated)');
    expect(updates).to.deep.equal([{ url: path, topicId: TOPIC, locale: 'en', version: '1.1.0', summary: 'The bridge is renamed.' }]);
    expect(warnings.messages).to.deep.equal([]);
  });

  it('an update that arrives while a reader is on the card re-renders it in place: focus stays on the same button', async () => {
    const path = pathFor();
    await stage(path, { body: packageJson('Bridge, renamed while you read'), delay: 400 });
    const { card, name, arrived } = await page({ src: path });
    // The bridge has no guided mode (its source gives no dose): the button is its drawing's play button.
    const start = root(card).querySelector<HTMLButtonElement>('[part~="play"]') as HTMLButtonElement;
    start.focus();
    expect(root(card).activeElement).to.equal(start);
    await arrived();
    expect(name()).to.equal('Bridge, renamed while you read');
    expect(root(card).activeElement, 'the same button keeps focus').to.equal(start);
    expect(start.isConnected).to.equal(true);
  });

  it('takes packages for several locales; each page shows its own', async () => {
    const [source, translation] = [pathFor(SOURCE), pathFor(TRANSLATION)];
    await stage(source, { body: packageJson('Bridge EN update') });
    await stage(translation, { body: packageJson(`${TRANSLATION}: bridge (updated)`, TRANSLATED_TOPIC) });
    const { name, arrived, updates } = await page({ src: `${source} ${translation}`, locale: TRANSLATION });
    await arrived();
    expect(name()).to.equal(`${TRANSLATION}: bridge (updated)`);
    expect(updates.map((u) => u.locale).sort()).to.deep.equal([SOURCE, TRANSLATION].sort());
  });

  const failures: [string, (path: string) => Staged, string, { timeout?: number }?][] = [
    ['a 404', () => ({ status: 404 }), 'the server answered 404'],
    ['a 500', () => ({ status: 500, body: 'oops' }), 'the server answered 500'],
    ['a dropped connection (offline)', () => ({ drop: true }), 'it could not be fetched (Failed to fetch)'],
    ['a slow server', () => ({ body: packageJson(), delay: 1500 }), 'it did not arrive in time', { timeout: 200 }],
    ['malformed JSON', () => ({ body: '{"version": "1.0.0", "topic": ' }), 'it is not JSON'],
    [
      'a package that breaks the schema',
      () => ({ body: JSON.stringify({ ...JSON.parse(packageJson()), topic: { ...SOURCE_TOPIC, title: 42 } }) }),
      'it is not a valid content package (topic.title: expected text, got a number)',
    ],
    ['a package over 1 MiB', () => ({ body: `${packageJson()}${' '.repeat(1_100_000)}` }), 'over the 1048576-byte limit'],
  ];
  for (const [what, response, reason, options] of failures) {
    it(`on ${what} the page keeps its content and reports one problem`, async () => {
      const path = pathFor();
      await stage(path, response(path));
      const found: string[] = [];
      document.addEventListener('limber-problem-found', (e) => found.push(e.detail.message));
      const { name, arrived, updates } = await page({ src: path, timeout: options?.timeout });
      await arrived();
      expect(name()).to.equal('Bridge');
      expect(updates).to.deep.equal([]);
      expect(warnings.messages).to.have.length(1);
      expect(warnings.messages[0]).to.contain(`<limber-provider>: src "${path}": `);
      expect(warnings.messages[0]).to.contain(reason);
      expect(warnings.messages[0]).to.match(/; keeping the content it had$/);
    });
  }

  it('a package whose bytes do not match its integrity value is refused; a matching one is shown', async () => {
    const [good, bad] = [pathFor(), pathFor()];
    const body = packageJson('Pinned bridge');
    await stage(good, { body });
    await stage(bad, { body: packageJson('Tampered bridge') });
    const pinned = await page({ src: bad, integrity: await sha256(body) });
    await pinned.arrived();
    expect(pinned.name()).to.equal('Bridge');
    expect(warnings.messages[0]).to.match(/src ".*": its sha256 digest is .*, not the integrity value given; keeping the content it had$/);
    const matching = await page({ src: good, integrity: await sha256(body) });
    await matching.arrived();
    expect(matching.name()).to.equal('Pinned bridge');
  });

  it('a package of another locale or topic than its URL names is refused', async () => {
    const [wrongLocale, wrongTopic] = [pathFor(SOURCE), pathFor(SOURCE, 'other-topic')];
    await stage(wrongLocale, { body: packageJson('Bridge, translated', TRANSLATED_TOPIC) });
    await stage(wrongTopic, { body: packageJson() });
    const { name, arrived } = await page({ src: `${wrongLocale} ${wrongTopic}` });
    await arrived();
    expect(name()).to.equal('Bridge');
    expect(warnings.messages.sort()).to.deep.equal([
      `<limber-provider>: src "${wrongLocale}": it is in locale "${TRANSLATION}", not "${SOURCE}" as its URL says; keeping the content it had`,
      `<limber-provider>: src "${wrongTopic}": it holds topic "${TOPIC}", not "other-topic" as its URL says; keeping the content it had`,
    ]);
  });

  it('refuses URLs the URL policy refuses or that do not name a topic and locale, and integrity values that do not pair with them', async () => {
    await (await page({ src: 'javascript:alert(1)//x/en.json /content-test/package.json' })).arrived();
    const { arrived } = await page({ src: `${pathFor()} ${pathFor()}`, integrity: 'sha256-AAAA' });
    await arrived();
    expect(warnings.messages).to.deep.equal([
      '<limber-provider>: src "javascript:alert(1)//x/en.json": URL scheme "javascript:" is not allowed in "javascript:alert(1)//x/en.json"; keeping the content it had',
      '<limber-provider>: src "/content-test/package.json": its path must end in /<topic-id>/<locale>.json; keeping the content it had',
      '<limber-provider>: integrity has 1 value(s) for 2 src URL(s): give one per URL, in order; nothing fetched',
    ]);
  });

  it('keeps the last package that arrived when a later refresh fails', async () => {
    const path = pathFor();
    await stage(path, { body: packageJson('Bridge from the first fetch') });
    const { provider, name, arrived } = await page({ src: path });
    await arrived();
    await stage(path, { status: 503 });
    await provider.refresh();
    await settled(provider);
    expect(await hitsOf(path), 'the refresh asked the server').to.equal(1);
    expect(name()).to.equal('Bridge from the first fetch');
    expect(warnings.messages).to.deep.equal([`<limber-provider>: src "${path}": the server answered 503; keeping the content it had`]);
  });

  it('uses the HTTP cache by default; cache="no-cache" asks the server again and takes its 304', async () => {
    const path = pathFor();
    await stage(path, { body: packageJson('Cached bridge'), etag: '"v1"', headers: { 'cache-control': 'max-age=3600' } });
    const first = await page({ src: path });
    await first.arrived();
    const second = await page({ src: path });
    await second.arrived();
    expect(second.name()).to.equal('Cached bridge');
    expect(await hitsOf(path), 'the second page read it from the HTTP cache').to.equal(1);
    const revalidated = await page({ src: path, cache: 'no-cache' });
    await revalidated.arrived();
    expect(revalidated.name()).to.equal('Cached bridge');
    expect(await hitsOf(path), 'no-cache asked the server (which answered 304)').to.equal(2);
    expect(warnings.messages).to.deep.equal([]);
  });
});
