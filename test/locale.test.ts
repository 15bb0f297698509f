import { expect, fixture, html } from '@open-wc/testing';
import '../src/components/provider/define.js';
import '../src/components/tip/define.js';
import '../src/components/article/define.js';
import { root, settled, squash } from './support/dom.js';
import { SOURCE_TOPIC as en, TRANSLATED_TOPIC as translated } from './support/topics.js';
import { SOURCE, TOPIC, TRANSLATION } from './support/lists.js';
import { WORDS } from './support/words.js';

// A host catalog with both texts of the tip shows which locale an element chose.
const catalog = { topics: [en, translated] };
const TRANSLATED_TITLE = translated.tips[0]!.title;
const tipTitle = (el: Element): string => squash(root(el).querySelector('#heading')?.textContent).replace(/^\w+: /, '');

describe('locale resolution', () => {
  let htmlLang: string | null;
  beforeEach(() => {
    htmlLang = document.documentElement.getAttribute('lang');
  });
  afterEach(() => {
    if (htmlLang === null) document.documentElement.removeAttribute('lang');
    else document.documentElement.setAttribute('lang', htmlLang);
  });

  it('with no provider locale and no lang anywhere, uses English', async () => {
    document.documentElement.removeAttribute('lang');
    const wrapper = await fixture(
      html`<limber-provider .catalog=${catalog}><limber-tip tip="pre-treat-with-heat"></limber-tip></limber-provider>`,
    );
    const tip = wrapper.querySelector('limber-tip') as Element;
    await settled(wrapper);
    expect(tipTitle(tip)).to.equal(en.tips[0]?.title);
  });

  it('follows <html lang>, and re-renders when it changes', async () => {
    document.documentElement.setAttribute('lang', TRANSLATION);
    const wrapper = await fixture(
      html`<limber-provider .catalog=${catalog}><limber-tip tip="pre-treat-with-heat"></limber-tip></limber-provider>`,
    );
    const tip = wrapper.querySelector('limber-tip') as Element & { updateComplete: Promise<unknown> };
    await settled(wrapper);
    expect(tipTitle(tip)).to.equal(TRANSLATED_TITLE);
    document.documentElement.setAttribute('lang', `${SOURCE}-US`);
    await new Promise((resolve) => setTimeout(resolve, 0));
    await tip.updateComplete;
    expect(tipTitle(tip)).to.equal(en.tips[0]?.title);
  });

  it('takes the closest lang: on the element, or an ancestor across a shadow root', async () => {
    document.documentElement.setAttribute('lang', SOURCE);
    const own = await fixture(
      html`<limber-provider .catalog=${catalog}><limber-tip lang=${TRANSLATION} tip="pre-treat-with-heat"></limber-tip></limber-provider>`,
    );
    await settled(own);
    expect(tipTitle(own.querySelector('limber-tip') as Element)).to.equal(TRANSLATED_TITLE);

    const host = await fixture(html`<div lang=${TRANSLATION}><div></div></div>`);
    const shadow = (host.firstElementChild as Element).attachShadow({ mode: 'open' });
    const provider = document.createElement('limber-provider') as HTMLElement & { catalog: unknown };
    provider.catalog = catalog;
    provider.innerHTML = '<limber-tip tip="pre-treat-with-heat"></limber-tip>';
    shadow.append(provider);
    await settled(shadow);
    expect(tipTitle(provider.querySelector('limber-tip') as Element)).to.equal(TRANSLATED_TITLE);
  });

  it("re-renders when the provider's locale changes", async () => {
    document.documentElement.setAttribute('lang', SOURCE);
    const wrapper = (await fixture(
      html`<limber-provider .catalog=${catalog}><limber-tip tip="pre-treat-with-heat"></limber-tip></limber-provider>`,
    )) as HTMLElement & { locale?: string };
    await settled(wrapper);
    const tip = wrapper.querySelector('limber-tip') as Element;
    expect(tipTitle(tip)).to.equal(en.tips[0]?.title);
    wrapper.locale = TRANSLATION;
    await settled(wrapper);
    expect(tipTitle(tip)).to.equal(TRANSLATED_TITLE);
    expect(squash(root(tip).querySelector('[part="label"]')?.textContent)).to.equal(WORDS[TRANSLATION].tipKinds.tip);
  });

  it('re-renders a nested element when <html lang> changes (the article, then its sections)', async () => {
    document.documentElement.setAttribute('lang', SOURCE);
    const article = await fixture(html`<limber-article topic=${TOPIC}></limber-article>`);
    await settled(article);
    const causes = () => root(root(article).querySelector('limber-causes') as Element);
    expect(squash(causes().querySelector('#heading')?.textContent)).to.equal(en.causes.heading);
    document.documentElement.setAttribute('lang', TRANSLATION);
    await new Promise((resolve) => setTimeout(resolve, 0));
    await settled(article);
    expect(squash(causes().querySelector('#heading')?.textContent)).to.equal(translated.causes.heading);
    expect(causes().firstElementChild?.getAttribute('lang')).to.equal(TRANSLATION);
  });

  it("the provider's locale wins over lang", async () => {
    document.documentElement.setAttribute('lang', TRANSLATION);
    const wrapper = await fixture(
      html`<limber-provider locale=${SOURCE} .catalog=${catalog}><limber-tip lang=${TRANSLATION} tip="pre-treat-with-heat"></limber-tip></limber-provider>`,
    );
    await settled(wrapper);
    expect(tipTitle(wrapper.querySelector('limber-tip') as Element)).to.equal(en.tips[0]?.title);
  });
});
