import { aTimeout, expect, fixture, html } from '@open-wc/testing';
import '../src/components/causes/define.js';
import '../src/components/provider/define.js';
import type { LimberElement } from '../src/element/limber-element.js';
import { warningsOfEachTest } from './support/warnings.js';
import { root, squash } from './support/dom.js';
import { TOPIC } from './support/lists.js';

describe('<limber-causes>', () => {
  const warnings = warningsOfEachTest();

  it('names its section by its heading and lists each cause under its own heading', async () => {
    const el = await fixture<LimberElement>(html`<limber-causes topic=${TOPIC}></limber-causes>`);
    const section = root(el).querySelector('section');
    expect(section?.getAttribute('aria-labelledby')).to.equal('heading');
    expect(root(el).querySelector('h3#heading')?.textContent).to.equal('What causes a pinched nerve in the low back');
    expect([...root(el).querySelectorAll('[part~="causes"] h4')].map((h) => h.textContent)).to.deep.equal([
      'Herniated disc',
      'Spinal stenosis',
    ]);
    expect(root(el).querySelector('em')?.textContent).to.equal('lumbar spondylosis');
  });

  it('keeps the reassurance with its citation to Romeo et al.', async () => {
    const el = await fixture<LimberElement>(html`<limber-causes topic=${TOPIC}></limber-causes>`);
    const reassurance = root(el).querySelector('[part~="reassurance"]');
    expect(squash(reassurance?.textContent)).to.contain('Many people whose scans show them have no symptoms at all');
    const marker = reassurance?.querySelector<HTMLAnchorElement>('a[part~="cite"]');
    expect(marker?.getAttribute('aria-label')).to.equal('Source 1');
    expect(squash(root(el).querySelector(marker?.getAttribute('href') ?? '#none')?.textContent)).to.match(/^Romeo et al\. \(2019\)/);
    expect(squash(root(el).querySelector('[part~="provenance"]')?.textContent)).to.equal('From the Hinge Health article (2023)');
    await expect(el).to.be.accessible();
  });

  it('follows heading-level', async () => {
    const el = await fixture<LimberElement>(html`<limber-causes topic=${TOPIC} heading-level="2"></limber-causes>`);
    expect(root(el).querySelector('#heading')?.tagName).to.equal('H2');
    expect(root(el).querySelector('[part~="causes"] h3')).not.to.equal(null);
  });

  it('warns about a missing topic', async () => {
    await fixture(html`<limber-causes></limber-causes>`);
    await aTimeout(10); // missing configuration is reported one task later
    expect(warnings.messages).to.deep.equal(['<limber-causes>: set the "topic" attribute to a topic id']);
  });
});
