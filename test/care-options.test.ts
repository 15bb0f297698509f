// The host's care options on the care cards: the provider's, and the page's own slotted markup.
// What a reader sees (where they come from, under which advice), what a host cannot do (touch the
// emergency level, slip in a link the URL policy refuses), and the event a host counts clicks with.
import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import '../src/components/care-card/define.js';
import '../src/components/article/define.js';
import '../src/components/provider/define.js';
import type { LimberCareCard, CareOptionClickDetail } from '../src/components/care-card/care-card.js';
import type { LimberProvider } from '../src/components/provider/provider.js';
import type { CareOption } from '../src/model/index.js';
import { warningsOfEachTest } from './support/warnings.js';
import { root, shownText, squash } from './support/dom.js';
import { TOPIC, TRANSLATION } from './support/lists.js';
import { WORDS } from './support/words.js';

const NURSE: CareOption = {
  kind: 'nurse-line',
  label: 'Call the 24/7 nurse line: 1-800-555-0100',
  href: 'tel:+1-800-555-0100',
  hours: 'Every day, day and night',
  languages: 'English, Spanish',
  levels: ['non-urgent', 'urgent'],
};
const VISIT: CareOption = { kind: 'telehealth', label: 'Book a video visit', href: 'https://plan.example/visits', levels: ['urgent'] };

/** The three cards inside a provider with these options (and this language), rendered. */
async function cards(careOptions: unknown, lang = 'en'): Promise<Record<'non-urgent' | 'urgent' | 'emergency', LimberCareCard>> {
  const provider = await fixture<LimberProvider>(html`<limber-provider lang=${lang} .careOptions=${careOptions as CareOption[]}>
    <limber-care-card level="non-urgent"></limber-care-card><limber-care-card level="urgent"></limber-care-card
    ><limber-care-card level="emergency"></limber-care-card>
  </limber-provider>`);
  const all = [...provider.querySelectorAll('limber-care-card')] as LimberCareCard[];
  await Promise.all(all.map((card) => card.updateComplete));
  return { 'non-urgent': all[0]!, urgent: all[1]!, emergency: all[2]! };
}

const options = (card: Element): string[] =>
  [...root(card).querySelectorAll('[part~="care-options"] li')].map((li) => squash(li.textContent));

describe('care options from the host', () => {
  const warnings = warningsOfEachTest();

  it('shows each option under the advice of its levels, saying it comes from the plan or employer, not the sources', async () => {
    const card = await cards([NURSE, VISIT]);
    expect(squash(root(card.urgent).querySelector('[part~="care-options-from"]')?.textContent)).to.equal(
      'Your health plan or employer also offers this care. It does not come from the sources on this page.',
    );
    expect(options(card.urgent)).to.deep.equal([
      'Call the 24/7 nurse line: 1-800-555-0100 Nurse line. Every day, day and night. Languages: English, Spanish.',
      'Book a video visit Video or phone visit.',
    ]);
    expect(options(card['non-urgent'])).to.deep.equal([
      'Call the 24/7 nurse line: 1-800-555-0100 Nurse line. Every day, day and night. Languages: English, Spanish.',
    ]);
    const link = root(card.urgent).querySelector<HTMLAnchorElement>('[part~="care-options"] a');
    expect(link?.getAttribute('href')).to.equal('tel:+1-800-555-0100');
    // Under the source's advice, before the card's own sources.
    const order = [...root(card.urgent).querySelectorAll('[part~="action"], [part~="care-options"], [part~="sources"]')].map((e) =>
      e.getAttribute('part'),
    );
    expect(order).to.deep.equal(['action', 'care-options', 'sources']);
    expect(warnings.messages).to.deep.equal([]);
    await expect(card.urgent).to.be.accessible();
  });

  it(`says where they come from in the page's language (${TRANSLATION})`, async () => {
    const w = WORDS[TRANSLATION];
    const card = await cards([NURSE], TRANSLATION);
    expect(squash(root(card.urgent).querySelector('[part~="care-options-from"]')?.textContent)).to.equal(w.careOptionsFrom);
    // The host's own words stay as the host wrote them; Limber's around them are the page's.
    expect(options(card.urgent)).to.deep.equal([
      `${NURSE.label} ${w.careOptionKinds['nurse-line']}. ${NURSE.hours}. ${w.careOptionLanguages(NURSE.languages!)}.`,
    ]);
  });

  it('never touches the emergency card: it reads the same with and without any options', async () => {
    const without = shownText((await cards(undefined)).emergency);
    const card = await cards([NURSE, VISIT, { ...NURSE, levels: ['emergency'] }, { ...VISIT, levels: ['urgent', 'emergency'] }]);
    expect(shownText(card.emergency)).to.equal(without);
    expect(root(card.emergency).querySelector('[part~="care-options"], slot')).to.equal(null);
    expect(warnings.messages).to.deep.equal([
      '<limber-provider>: careOptions[2].levels: "emergency" is refused: no host may add to, reorder or hide the emergency advice; leaving this option out',
      '<limber-provider>: careOptions[3].levels: "emergency" is refused: no host may add to, reorder or hide the emergency advice; leaving this option out',
    ]);
  });

  it('refuses hostile options, each with one warning, and shows a hostile label as text', async () => {
    const hostile = [
      { ...NURSE, href: 'javascript:alert(1)' },
      { ...NURSE, href: 'data:text/html,<script>alert(1)</script>' },
      { ...NURSE, href: 'http://plan.example/' },
      { ...NURSE, href: 'tel:1-800-CALL-NOW' },
      { ...NURSE, href: 'tel:+1;phone-context=evil' },
      { ...NURSE, kind: 'ambulance' },
      { ...NURSE, label: '' },
      { ...NURSE, label: 'x'.repeat(201) },
      { ...NURSE, levels: [] },
      { ...NURSE, levels: ['soon'] },
      'not an option',
      { ...NURSE, label: '<img src=x onerror="alert(1)">Nurse' },
    ];
    const card = await cards(hostile);
    expect(options(card.urgent)).to.deep.equal([
      '<img src=x onerror="alert(1)">Nurse Nurse line. Every day, day and night. Languages: English, Spanish.',
    ]);
    expect(root(card.urgent).querySelector('img')).to.equal(null);
    expect(warnings.messages.map((m) => m.replace(/^<limber-provider>: /, '').replace(/; leaving this option out$/, ''))).to.deep.equal([
      'careOptions[0].href: URL scheme "javascript:" is not allowed in "javascript:alert(1)"',
      'careOptions[1].href: URL scheme "data:" is not allowed in "data:text/html,<script>alert(1)</script>"',
      'careOptions[2].href: URL scheme "http:" is not allowed in "http://plan.example/"',
      'careOptions[3].href: URL "tel:1-800-CALL-NOW" is not a phone number (digits, a leading "+", and "-", ".", "(", ")")',
      'careOptions[4].href: URL "tel:+1;phone-context=evil" is not a phone number (digits, a leading "+", and "-", ".", "(", ")")',
      'careOptions[5].kind: expected one of nurse-line, telehealth, physical-therapy, clinic, other',
      'careOptions[6].label: expected text',
      'careOptions[7].label: expected at most 200 characters',
      'careOptions[8].levels: expected a list of non-urgent, urgent',
      'careOptions[9].levels: "soon" is not one of non-urgent, urgent',
      'careOptions[10]: expected an object',
    ]);
  });

  it('fires limber-care-option-click with the kind and level only, and a host that cancels it cancels the link', async () => {
    const card = await cards([NURSE, VISIT]);
    const link = [...root(card.urgent).querySelectorAll<HTMLAnchorElement>('[part~="care-options"] a')][1]!;
    const provider = card.urgent.closest('limber-provider')!;
    let click: MouseEvent | undefined;
    provider.addEventListener('click', (event) => (click = event), { once: true });
    provider.addEventListener('limber-care-option-click', (event) => event.preventDefault(), { once: true });
    const heard = oneEvent(provider, 'limber-care-option-click');
    link.click();
    const event = (await heard) as CustomEvent<CareOptionClickDetail>;
    expect(event.detail).to.deep.equal({ kind: 'telehealth', level: 'urgent' });
    expect([event.bubbles, event.composed, event.cancelable]).to.deep.equal([true, true, true]);
    expect(click?.defaultPrevented).to.equal(true);
  });
});

describe("the page's own care options, slotted", () => {
  const warnings = warningsOfEachTest();

  it('show under the advice of the card of their level, and their clicks are announced with data-kind', async () => {
    const el = await fixture<LimberCareCard>(html`<limber-care-card level="urgent">
      <p slot="care-urgent">From your plan: <a href="tel:+18005550100" data-kind="nurse-line">Nurse line</a></p>
      <p slot="care-non-urgent">Not for this card</p>
    </limber-care-card>`);
    const slot = root(el).querySelector<HTMLSlotElement>('[part~="care-options"] slot');
    expect(slot?.assignedElements().map((e) => squash(e.textContent))).to.deep.equal(['From your plan: Nurse line']);
    const heard = oneEvent(el, 'limber-care-option-click');
    el.querySelector('a')?.addEventListener('click', (event) => event.preventDefault(), { once: true });
    el.querySelector('a')?.click();
    expect(((await heard) as CustomEvent<CareOptionClickDetail>).detail).to.deep.equal({ kind: 'nurse-line', level: 'urgent' });
    expect(warnings.messages).to.deep.equal([]);
    await expect(el).to.be.accessible();
  });

  it('are not shown when a link among them fails the URL policy, with one warning', async () => {
    const el = await fixture<LimberCareCard>(html`<limber-care-card level="urgent">
      <p slot="care-urgent"><a href="javascript:alert(1)">Nurse line</a></p>
    </limber-care-card>`);
    await el.updateComplete;
    expect(root(el).querySelector<HTMLSlotElement>('[part~="care-options"] slot')?.assignedElements()).to.deep.equal([]);
    expect(el.querySelector('p')?.getBoundingClientRect().height).to.equal(0);
    expect(warnings.messages).to.deep.equal([
      '<limber-care-card>: a care option\'s link is refused: URL scheme "javascript:" is not allowed in "javascript:alert(1)"; not showing the page\'s care options',
    ]);
  });

  it('are refused at the emergency level, with one warning, directly or through the article', async () => {
    const card = await fixture<LimberCareCard>(html`<limber-care-card level="emergency">
      <p slot="care-emergency"><a href="tel:+15550100">Call us instead</a></p>
    </limber-care-card>`);
    expect(shownText(card)).not.to.contain('Call us instead');
    expect(card.querySelector('p')?.getBoundingClientRect().height).to.equal(0);
    const article = await fixture(html`<limber-article topic=${TOPIC}>
      <p slot="care-emergency"><a href="tel:+15550100">Call us instead</a></p>
      <p slot="care-urgent"><a href="tel:+15550100" data-kind="nurse-line">Nurse line</a></p>
    </limber-article>`);
    const inner = [...root(article).querySelectorAll('limber-care-card')] as LimberCareCard[];
    await Promise.all(inner.map((c) => c.updateComplete));
    const slotted = (level: string): string[] => {
      const c = inner.find((i) => i.level === level);
      const slot = c ? root(c).querySelector<HTMLSlotElement>('[part~="care-options"] slot') : null;
      return (slot?.assignedElements({ flatten: true }) ?? []).map((e) => squash(e.textContent));
    };
    expect(slotted('urgent')).to.deep.equal(['Nurse line']);
    expect(slotted('emergency')).to.deep.equal([]);
    expect(article.querySelector('p')?.getBoundingClientRect().height).to.equal(0);
    expect(warnings.messages).to.deep.equal([
      '<limber-care-card>: care options at the emergency level are refused (no host may add to, reorder or hide the emergency advice); not showing them',
      '<limber-care-card>: care options at the emergency level are refused (no host may add to, reorder or hide the emergency advice); not showing them',
    ]);
  });
});
