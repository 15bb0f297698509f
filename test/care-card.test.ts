import { expect, fixture, html } from '@open-wc/testing';
import '../src/components/care-card/define.js';
import '../src/components/provider/define.js';
import type { LimberCareCard } from '../src/components/care-card/care-card.js';
import { warningsOfEachTest } from './support/warnings.js';
import { root, shownText, squash } from './support/dom.js';
import { LANGUAGES } from './support/lists.js';
import { WORDS } from './support/words.js';

describe('<limber-care-card>', () => {
  const warnings = warningsOfEachTest();

  it('says its level in words inside the heading, not by colour alone', async () => {
    const el = await fixture<LimberCareCard>(html`<limber-care-card level="emergency"></limber-care-card>`);
    expect(root(el).querySelector('section')?.getAttribute('aria-labelledby')).to.equal('heading');
    expect(squash(root(el).querySelector('#heading')?.textContent)).to.equal('Emergency: Get emergency help now if');
    expect(root(el).querySelectorAll('[part~="signs"] li')).to.have.length(10);
    await expect(el).to.be.accessible();
  });

  it('says in words that Limber added the advice, and from which sources', async () => {
    const el = await fixture<LimberCareCard>(html`<limber-care-card level="emergency"></limber-care-card>`);
    expect(squash(root(el).querySelector('[part~="provenance"]')?.textContent)).to.equal(
      'Added by Limber from NHS 111 Wales, Northern Health and Social Care Trust, Royal Free London, NHS inform, Mayo Clinic, Healthify (New Zealand) and NHS Greater Glasgow and Clyde',
    );
  });

  it('is complete on its own: every marker points at its own numbered source list', async () => {
    const el = await fixture<LimberCareCard>(html`<limber-care-card level="emergency"></limber-care-card>`);
    const sources = [...root(el).querySelectorAll('[part~="sources"] li')].map((li) => squash(li.textContent));
    expect(sources).to.have.length(7);
    expect(sources[0]).to.match(/^NHS 111 Wales: Sciatica/);
    const markers = [...root(el).querySelectorAll<HTMLAnchorElement>('[part~="signs"] a[part~="cite"]')];
    expect(markers.length).to.be.greaterThan(0);
    for (const marker of markers) {
      const target = root(el).querySelector(marker.getAttribute('href') ?? '#none');
      expect(target, marker.getAttribute('href') ?? '').to.exist;
    }
    expect(root(el).querySelector('limber-cite')).to.equal(null);
    expect(markers[0]?.textContent).to.match(/^\d+$/);
    await expect(el).to.be.accessible();
  });

  it('gives each cauda equina sign one instruction: emergency, never also urgent', async () => {
    const wrapper = await fixture(html`<div><limber-care-card level="urgent"></limber-care-card>
      <limber-care-card level="emergency"></limber-care-card></div>`);
    const [urgent, emergency] = [...wrapper.querySelectorAll('limber-care-card')] as LimberCareCard[];
    await urgent?.updateComplete;
    await emergency?.updateComplete;
    const signs = (el: Element): string[] => [...root(el).querySelectorAll('[part~="signs"] li')].map((li) => squash(li.textContent));
    // The early bladder and bowel signs, in words a reader uses: not only "loss of control".
    expect(signs(emergency as Element)).to.include.members([
      'you have numbness, tingling or pins and needles around your genitals, anus, buttocks or inner thighs. For example, toilet paper feels odd when you wipe.4326',
      'it is hard to start peeing, you cannot pee, you cannot control it, or you leak, and this is new for you234',
      'you cannot feel pee coming out, or you cannot tell if your bladder is full or empty, and this is new for you3',
      'you do not feel the need to poop, you cannot feel it come out, or you cannot control it, and this is new for you23',
      'you have new problems with sex. For example, you feel less in your genitals, or you cannot get an erection.34',
    ]);
    expect(signs(urgent as Element).join(' ')).not.to.match(/pee|poop|genitals|anus|sex/);
    expect(squash(root(urgent as Element).querySelector('#heading')?.textContent)).to.equal(
      'Urgent: Speak to a doctor as soon as possible if',
    );
    expect(squash(root(emergency as Element).querySelector('[part~="action"]')?.textContent)).not.to.match(/suddenly/);
  });

  it('puts a leg or foot that is getting weaker at urgent, and says what it looks like', async () => {
    const el = await fixture<LimberCareCard>(html`<limber-care-card level="urgent"></limber-care-card>`);
    const signs = [...root(el).querySelectorAll('[part~="signs"] li')].map((li) => squash(li.textContent));
    expect(signs[0]).to.equal(
      'a leg or foot is getting weaker. For example, your foot drags or slaps the ground, you trip, or your knee gives way.12',
    );
    expect(signs[1]).to.equal('you are very unsteady on your feet1');
  });

  it('puts the signs of infection or cancer at urgent, each once: fever, night pain, band-like pain, weight loss, past cancer', async () => {
    const el = await fixture<LimberCareCard>(html`<limber-care-card level="urgent"></limber-care-card>`);
    const signs = [...root(el).querySelectorAll('[part~="signs"] li')].map((li) => squash(li.textContent).replace(/\d+$/, ''));
    expect(signs.slice(2, 7)).to.deep.equal([
      'you have a fever (a high temperature)',
      'the pain is worse when you lie down, or it wakes you at night',
      'the pain feels like a tight band around your body',
      'you have lost weight without trying',
      'you have had cancer',
    ]);
  });

  it('gives pain after an injury one instruction: a serious one, or a small one with weak bones, is an emergency; any other a visit', async () => {
    const wrapper = await fixture(html`<div><limber-care-card level="emergency"></limber-care-card>
      <limber-care-card level="non-urgent"></limber-care-card></div>`);
    const [emergency, nonUrgent] = [...wrapper.querySelectorAll('limber-care-card')] as LimberCareCard[];
    await Promise.all([emergency?.updateComplete, nonUrgent?.updateComplete]);
    const signs = (el: Element | undefined): string[] =>
      [...root(el as Element).querySelectorAll('[part~="signs"] li')].map((li) => squash(li.textContent).replace(/\d+$/, ''));
    expect(signs(emergency).filter((sign) => /injury|fall|knock/.test(sign))).to.deep.equal([
      'your pain started after a serious injury, such as a car crash or a fall from a height',
      'your pain started after a small fall or knock. This counts if you are older, have weak bones (osteoporosis) or have taken steroid medicine for a long time.',
    ]);
    expect(signs(nonUrgent).filter((sign) => /injury|fall|knock/.test(sign))).to.deep.equal([
      'your pain started after a fall, a knock or another small injury',
    ]);
  });

  it('makes sudden severe pain an emergency only with new numbness or weakness, and explains sciatica in the sign that names it', async () => {
    const wrapper = await fixture(html`<div><limber-care-card level="emergency"></limber-care-card>
      <limber-care-card level="non-urgent"></limber-care-card></div>`);
    const [emergency, nonUrgent] = [...wrapper.querySelectorAll('limber-care-card')] as LimberCareCard[];
    await Promise.all([emergency?.updateComplete, nonUrgent?.updateComplete]);
    const text = (el: Element | undefined): string => squash(root(el as Element).querySelector('[part~="signs"]')?.textContent);
    expect(text(emergency)).to.contain('and new numbness or weakness in a leg that came on with it');
    expect(text(emergency)).to.contain('you have pain, numbness or tingling going down both legs from your back (sciatica in both legs)');
    expect(text(nonUrgent)).to.contain('the pain is severe or getting worse, but you have none of the urgent or emergency signs');
  });

  it('keeps one rule for not getting better, and says not to wait with an emergency sign', async () => {
    const el = await fixture<LimberCareCard>(html`<limber-care-card level="non-urgent"></limber-care-card>`);
    const signs = [...root(el).querySelectorAll('[part~="signs"] li')].map((li) => squash(li.textContent));
    expect(signs.filter((sign) => /week/.test(sign))).to.deep.equal([
      'the pain has lasted more than a week, or care at home has not eased it13',
    ]);
    expect(squash(root(el).querySelector('[part~="action"]')?.textContent)).to.equal(
      'Make an appointment with your doctor. If you also have any emergency sign, do not wait: get emergency help now.',
    );
  });

  it('says "your local emergency number" with no region', async () => {
    const el = await fixture<LimberCareCard>(html`<limber-care-card level="emergency"></limber-care-card>`);
    expect(squash(root(el).querySelector('[part~="action"]')?.textContent)).to.match(
      /^Call your local emergency number or go to the nearest emergency department now\. Do not wait to see if it gets better\./,
    );
  });

  it('uses 911 for region="us" and 999 / NHS 111 for the provider’s uk region', async () => {
    const us = await fixture<LimberCareCard>(html`<limber-care-card level="emergency" region="us"></limber-care-card>`);
    expect(squash(root(us).querySelector('[part~="action"]')?.textContent)).to.match(/^Call 911 or go to the emergency room now\./);
    const wrapper = await fixture(html`<limber-provider region="uk">
      <limber-care-card level="emergency"></limber-care-card><limber-care-card level="urgent"></limber-care-card></limber-provider>`);
    const [emergency, urgent] = [...wrapper.querySelectorAll('limber-care-card')] as LimberCareCard[];
    await emergency?.updateComplete;
    await urgent?.updateComplete;
    expect(squash(root(emergency as Element).querySelector('[part~="action"]')?.textContent)).to.match(/^Call 999 or go to A&E now\./);
    expect(squash(root(urgent as Element).querySelector('[part~="action"]')?.textContent)).to.match(
      /^Contact your doctor as soon as you can, or call NHS 111\./,
    );
  });

  // Each number as the official pages in SOURCES.md (*Regions*) give it, in every language, in the
  // words of that language's table.
  const REGION_NUMBERS = [
    ['ca', '911', '811'],
    ['au', '000', '1800 022 222'],
    ['nz', '111', '0800 611 116'],
  ] as const;
  for (const lang of LANGUAGES) {
    for (const [region, emergency, urgent] of REGION_NUMBERS) {
      it(`says region="${region}"'s numbers in ${lang}`, async () => {
        const w = WORDS[lang];
        const wrapper = await fixture(html`<div lang=${lang}>
          <limber-care-card level="emergency" region=${region}></limber-care-card><limber-care-card level="urgent" region=${region}></limber-care-card>
        </div>`);
        const cards = [...wrapper.querySelectorAll('limber-care-card')] as LimberCareCard[];
        await Promise.all(cards.map((card) => card.updateComplete));
        const actions = cards.map((card) => squash(root(card).querySelector('[part~="action"]')?.textContent));
        expect(actions[0]).to.contain(emergency).and.contain(w.emergencyNumber(region)).and.contain(w.emergencyPlace(region));
        expect(actions[1]).to.contain(urgent).and.contain(w.urgentHelp(region));
        expect(warnings.messages).to.deep.equal([]);
      });
    }
  }

  it('lets its region attribute override the provider, and reflects level', async () => {
    const wrapper = await fixture(
      html`<limber-provider region="uk"><limber-care-card level="emergency" region="us"></limber-care-card></limber-provider>`,
    );
    const el = wrapper.querySelector('limber-care-card') as LimberCareCard;
    await el.updateComplete;
    expect(squash(root(el).querySelector('[part~="action"]')?.textContent)).to.match(/^Call 911/);
    el.level = 'non-urgent';
    await el.updateComplete;
    expect(el.getAttribute('level')).to.equal('non-urgent');
    expect(squash(root(el).querySelector('#heading')?.textContent)).to.equal('Non-urgent: See a doctor if');
  });

  it('warns about an unknown level or region', async () => {
    const el = await fixture<LimberCareCard>(html`<limber-care-card level="soon" region="fr"></limber-care-card>`);
    expect(root(el).querySelector('section')).to.equal(null);
    expect(shownText(el)).to.equal('');
    expect(warnings.messages).to.deep.equal([
      '<limber-care-card>: region "fr" is not one of us, uk, ca, au, nz; using generic wording',
      '<limber-care-card>: level "soon" is not one of non-urgent, urgent, emergency',
    ]);
  });
});
