import { expect, fixture, html } from '@open-wc/testing';
import '../src/context/define.js';
import '../src/components/tip/define.js';
import { pinchedNerveLowBackEn as en } from '../content/pinched-nerve-low-back/en.js';
import type { Topic } from '../src/content/model.js';
import { root, settled, squash } from './support/dom.js';

// Until Spanish ships, a host catalog with a Spanish text of the tip shows which locale an element chose.
const es: Topic = { ...en, locale: 'es', tips: en.tips.map((tip) => ({ ...tip, title: 'Trate primero con calor' })) };
const catalog = { topics: [en, es] };
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
    document.documentElement.setAttribute('lang', 'es');
    const wrapper = await fixture(
      html`<limber-provider .catalog=${catalog}><limber-tip tip="pre-treat-with-heat"></limber-tip></limber-provider>`,
    );
    const tip = wrapper.querySelector('limber-tip') as Element & { updateComplete: Promise<unknown> };
    await settled(wrapper);
    expect(tipTitle(tip)).to.equal('Trate primero con calor');
    document.documentElement.setAttribute('lang', 'en-US');
    await new Promise((resolve) => setTimeout(resolve, 0));
    await tip.updateComplete;
    expect(tipTitle(tip)).to.equal(en.tips[0]?.title);
  });

  it('takes the closest lang: on the element, or an ancestor across a shadow root', async () => {
    document.documentElement.setAttribute('lang', 'en');
    const own = await fixture(
      html`<limber-provider .catalog=${catalog}><limber-tip lang="es" tip="pre-treat-with-heat"></limber-tip></limber-provider>`,
    );
    await settled(own);
    expect(tipTitle(own.querySelector('limber-tip') as Element)).to.equal('Trate primero con calor');

    const host = await fixture(html`<div lang="es"><div></div></div>`);
    const shadow = (host.firstElementChild as Element).attachShadow({ mode: 'open' });
    const provider = document.createElement('limber-provider') as HTMLElement & { catalog: unknown };
    provider.catalog = catalog;
    provider.innerHTML = '<limber-tip tip="pre-treat-with-heat"></limber-tip>';
    shadow.append(provider);
    await settled(shadow);
    expect(tipTitle(provider.querySelector('limber-tip') as Element)).to.equal('Trate primero con calor');
  });

  it("the provider's locale wins over lang", async () => {
    document.documentElement.setAttribute('lang', 'es');
    const wrapper = await fixture(
      html`<limber-provider locale="en" .catalog=${catalog}><limber-tip lang="es" tip="pre-treat-with-heat"></limber-tip></limber-provider>`,
    );
    await settled(wrapper);
    expect(tipTitle(wrapper.querySelector('limber-tip') as Element)).to.equal(en.tips[0]?.title);
  });
});
