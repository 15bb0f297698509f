import { expect, fixture, html } from '@open-wc/testing';
import '../src/components/tip/define.js';
import '../src/components/expert-card/define.js';
import '../src/components/care-card/define.js';
import '../src/components/disclaimer/define.js';
import type { CareAdvice, Disclaimer, Tip } from '../src/model/index.js';
import { warningsOfEachTest } from './support/warnings.js';
import { root, shownText, squash } from './support/dom.js';
import { hostEmergencyAdvice, hostExpert, hostTip } from './fixtures/host-content.js';

const expert = hostExpert;

describe('host-supplied data on the section elements', () => {
  const warnings = warningsOfEachTest();

  it('renders a host expert with a photo and its alt text', async () => {
    const el = await fixture(html`<limber-expert-card .data=${expert}></limber-expert-card>`);
    const img = root(el).querySelector('img[part~="photo"]');
    expect(img?.getAttribute('src')).to.equal('/assets/expert-photo.svg');
    expect(img?.getAttribute('alt')).to.equal('Illustrated head-and-shoulders placeholder');
    expect(root(el).querySelector('#heading')?.textContent).to.equal('Sam Rivera, PT');
    expect(warnings.messages).to.deep.equal([]);
  });

  it('refuses a javascript: photo URL with its path, and renders no card', async () => {
    const bad = { ...expert, photo: { src: 'javascript:alert(1)', alt: 'x' } };
    const el = await fixture(html`<limber-expert-card .data=${bad}></limber-expert-card>`);
    expect(root(el).querySelector('img, article')).to.equal(null);
    expect(shownText(el)).to.equal('');
    expect(warnings.messages).to.deep.equal([
      '<limber-expert-card>: data.photo.src: URL scheme "javascript:" is not allowed in "javascript:alert(1)"',
    ]);
  });

  it('renders a host tip, and leaves out a quote whose person is unknown', async () => {
    const tip: Tip = { ...hostTip, quotes: [{ text: 'Move often.', personId: 'nobody' }] };
    const el = await fixture(html`<limber-tip .data=${tip}></limber-tip>`);
    expect(squash(root(el).querySelector('#heading')?.textContent)).to.equal('Note: Take breaks');
    expect(root(el).querySelector('blockquote')).to.equal(null);
    expect(shownText(el)).to.contain(hostTip.body);
    expect(warnings.messages).to.deep.equal(['<limber-tip>: quote attributed to unknown person "nobody" was not shown']);
  });

  it('lists every problem of malformed tip, care-advice and disclaimer data', async () => {
    await fixture(html`<limber-tip .data=${{ id: 'x', kind: 'shout', title: '', body: 'b', quotes: [] } as unknown as Tip}></limber-tip>`);
    await fixture(
      html`<limber-care-card .data=${{ level: 'emergency', heading: 'h', signs: [], action: 'a', provenance: 'added', references: [] } as unknown as CareAdvice}></limber-care-card>`,
    );
    await fixture(
      html`<limber-disclaimer .data=${{ kind: 'article', text: 42, provenance: 'added' } as unknown as Disclaimer}></limber-disclaimer>`,
    );
    expect(warnings.messages).to.deep.equal([
      '<limber-tip>: data.kind: expected one of "tip", "note", "warning"',
      '<limber-tip>: data.title: expected text, got an empty string',
      '<limber-care-card>: data.signs: expected at least 1 item(s)',
      '<limber-disclaimer>: data.text: expected text, got a number',
    ]);
  });

  it('renders host care advice with the region filled in', async () => {
    const advice = hostEmergencyAdvice;
    const el = await fixture(html`<limber-care-card .data=${advice} region="uk"></limber-care-card>`);
    expect(root(el).querySelector('[part~="action"]')?.textContent?.trim()).to.equal('Call 999.');
    await expect(el).to.be.accessible();
  });
});
