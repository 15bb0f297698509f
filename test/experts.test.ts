import { expect, fixture, html } from '@open-wc/testing';
import '../src/components/expert-card/define.js';
import '../src/components/expert-list/define.js';
import '../src/components/provider/define.js';
import type { LimberElement } from '../src/element/limber-element.js';
import type { LimberExpertList } from '../src/components/expert-list/expert-list.js';
import { warningsOfEachTest } from './support/warnings.js';
import { root, squash } from './support/dom.js';
import { TOPIC } from './support/lists.js';

describe('<limber-expert-card> and <limber-expert-list>', () => {
  const warnings = warningsOfEachTest();

  it('shows name, credentials, role, job title and bio', async () => {
    const el = await fixture<LimberElement>(html`<limber-expert-card person="jonathan-lee"></limber-expert-card>`);
    expect(root(el).querySelector('#heading')?.textContent).to.equal('Jonathan Lee, MD, MBA');
    expect(squash(root(el).querySelector('[part~="role"]')?.textContent)).to.equal(
      'Medical reviewer of the source article · Orthopedic Surgeon',
    );
    expect(squash(root(el).querySelector('[part~="bio"]')?.textContent)).to.contain('Associate Medical Director');
    await expect(el).to.be.accessible();
  });

  it("lists a topic's experts, filtered by expert-role", async () => {
    const el = await fixture<LimberExpertList>(html`<limber-expert-list topic=${TOPIC}></limber-expert-list>`);
    expect([...root(el).querySelectorAll('limber-expert-card')].map((c) => c.getAttribute('person'))).to.deep.equal([
      'cj-morrow',
      'jonathan-lee',
      'dylan-peterson',
    ]);
    el.expertRole = 'clinical-reviewer';
    await el.updateComplete;
    expect(el.getAttribute('expert-role')).to.equal('clinical-reviewer');
    expect([...root(el).querySelectorAll('limber-expert-card')].map((c) => c.getAttribute('person'))).to.deep.equal(['dylan-peterson']);
    expect(el.getAttribute('role')).to.equal(null);
    await expect(el).to.be.accessible();
  });

  it('warns about an unknown person and an unknown role', async () => {
    await fixture(html`<limber-expert-card person="dr-nobody"></limber-expert-card>`);
    await fixture(html`<limber-expert-list topic=${TOPIC} expert-role="surgeon"></limber-expert-list>`);
    expect(warnings.messages).to.deep.equal([
      '<limber-expert-card>: no person with id "dr-nobody" in the catalog',
      '<limber-expert-list>: expert-role "surgeon" is not one of author, expert, medical-reviewer, clinical-reviewer; showing all',
    ]);
  });
});
