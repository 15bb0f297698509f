// Found by code: `code="<system>:<code>"` on an element, or on the provider for a whole page,
// finds the topic that answers it, exactly as `topic` would; a code no topic answers shows
// nothing, warns once naming the element and the code, and fires one limber-problem-found.
import { expect, fixture, html } from '@open-wc/testing';
import '../src/components/article/define.js';
import '../src/components/exercise-list/define.js';
import '../src/components/causes/define.js';
import '../src/components/treatment-list/define.js';
import '../src/components/care-card/define.js';
import '../src/components/citations/define.js';
import '../src/components/provider/define.js';
import { CODED_TOPICS } from '../src/content/topic-codes.js';
import type { CodeResolvedDetail } from '../src/model/index.js';
import type { LimberElement } from '../src/element/limber-element.js';
import { warningsOfEachTest } from './support/warnings.js';
import { root, shownText, squash } from './support/dom.js';
import { TOPICS } from './support/topics.js';

/** The elements that take `code` (the provider is tested on its own), each with what else it needs. */
const TAKE_CODE: Record<string, Record<string, string>> = {
  'limber-article': {},
  'limber-exercise-list': {},
  'limber-causes': {},
  'limber-treatment-list': {},
  'limber-care-card': { level: 'urgent' },
  'limber-citations': {},
};

/** A finished element `tag` with these attributes, in a fresh container; what it fires is recorded. */
async function shown(tag: string, attributes: Record<string, string>) {
  const container = await fixture<HTMLDivElement>(html`<div></div>`);
  const resolved: CodeResolvedDetail[] = [];
  const problems: string[] = [];
  container.addEventListener('limber-code-resolved', (event) => resolved.push(event.detail));
  container.addEventListener('limber-problem-found', (event) => problems.push(event.detail.message));
  const el = document.createElement(tag) as LimberElement;
  for (const [name, value] of Object.entries(attributes)) el.setAttribute(name, value);
  container.append(el);
  await el.updateComplete;
  return { el, resolved, problems, text: squash(shownText(el)) };
}

/** The ICD-10-CM code one level below `code` (`M54.3` → `M54.31`, `M17` → `M17.1`). */
const below = (code: string): string => (code.includes('.') ? `${code}1` : `${code}.1`);

describe('found by code', () => {
  const warnings = warningsOfEachTest();

  it('every code a topic lists finds that topic: the causes it shows are the ones topic="…" shows', async () => {
    for (const { id, codes } of CODED_TOPICS) {
      const byTopic = await shown('limber-causes', { topic: id });
      for (const { system, code } of codes) {
        const byCode = await shown('limber-causes', { code: `${system}:${code}` });
        expect(byCode.text, `${system}:${code}`).to.equal(byTopic.text);
        expect(byCode.resolved, `${system}:${code}`).to.deep.equal([{ system, code, topic: id }]);
      }
    }
    expect(warnings.messages).to.deep.equal([]);
  });

  it('on each element that takes it, a code shows what the topic shows, and the article its title', async () => {
    const { id, codes } = CODED_TOPICS[0]!;
    const [first] = codes;
    const title = TOPICS.find((topic) => topic.id === id)!.title;
    for (const [tag, needs] of Object.entries(TAKE_CODE)) {
      const byTopic = await shown(tag, { ...needs, topic: id });
      const byCode = await shown(tag, { ...needs, code: `${first!.system}:${first!.code}` });
      expect(byCode.text, tag).to.equal(byTopic.text);
      expect(byCode.text.length, tag).to.be.greaterThan(0);
      if (tag === 'limber-article') expect(root(byCode.el).querySelector('#heading')?.textContent).to.equal(title);
    }
    expect(warnings.messages).to.deep.equal([]);
  });

  it('reads the system in any case and the ICD-10-CM code with or without its dot', async () => {
    const { id, codes } = CODED_TOPICS[0]!;
    const icd = codes.find((c) => c.system === 'icd10cm' && c.code.includes('.'))!;
    for (const written of [`ICD10CM:${icd.code.replace('.', '')}`, ` icd10cm : ${icd.code.toLowerCase()} `]) {
      const { resolved } = await shown('limber-causes', { code: written });
      expect(resolved, written).to.deep.equal([{ system: 'icd10cm', code: icd.code, topic: id }]);
    }
  });

  it('a code below one a topic answers with its descendants finds that topic; below one without, nothing', async () => {
    for (const { id, codes } of CODED_TOPICS) {
      for (const { code } of codes.filter((c) => c.system === 'icd10cm')) {
        const child = `icd10cm:${below(code)}`;
        const answered = CODED_TOPICS.some((t) => t.codes.some((c) => c.system === 'icd10cm' && c.code === below(code)));
        if (answered) continue;
        const { resolved, problems } = await shown('limber-causes', { code: child });
        const listed = codes.find((c) => c.code === code)!;
        if (listed.descendants) expect(resolved, child).to.deep.equal([{ system: 'icd10cm', code: below(code), topic: id }]);
        else expect(problems, child).to.deep.equal([`no topic answers code "${child}"; showing nothing`]);
      }
    }
  });

  it('low back pain without sciatica (M54.5x) is answered by no topic: nothing shows, one warning, one problem event', async () => {
    for (const [tag, needs] of Object.entries(TAKE_CODE)) {
      warnings.messages.length = 0;
      const { el, problems, resolved } = await shown(tag, { ...needs, code: 'icd10cm:M54.50' });
      expect(squash(shownText(el)), tag).to.equal('');
      expect(resolved).to.deep.equal([]);
      expect(problems, tag).to.deep.equal(['no topic answers code "icd10cm:M54.50"; showing nothing']);
      expect(warnings.messages, tag).to.deep.equal([`<${tag}>: no topic answers code "icd10cm:M54.50"; showing nothing`]);
      el.requestUpdate();
      await el.updateComplete;
      expect(warnings.messages.length, `${tag}: warned once`).to.equal(1);
    }
  });

  it('a code Limber cannot read (a wrong check digit, an unknown system) is named in the warning', async () => {
    for (const written of ['snomed:23056006', 'icd9:724.3', 'icd10cm:sciatica']) {
      warnings.messages.length = 0;
      const { problems } = await shown('limber-causes', { code: written });
      expect(problems).to.deep.equal([
        `code ${JSON.stringify(written)} is not a code Limber reads (for example "icd10cm:M54.16" or "snomed:23056005"); showing nothing`,
      ]);
      expect(warnings.messages).to.have.length(1);
    }
  });

  it('topic, when set too, wins over code', async () => {
    const { id } = CODED_TOPICS[0]!;
    const { text, resolved } = await shown('limber-causes', { topic: id, code: 'icd10cm:M54.50' });
    expect(text.length).to.be.greaterThan(0);
    expect(resolved).to.deep.equal([]);
    expect(warnings.messages).to.deep.equal([]);
  });

  it("a provider's code finds the topic for every element inside that names none, and fires limber-code-resolved once", async () => {
    const { id, codes } = CODED_TOPICS[0]!;
    const code = codes[0]!;
    const resolved: CodeResolvedDetail[] = [];
    const page = await fixture<HTMLElement>(html`
      <limber-provider code=${`${code.system}:${code.code}`} @limber-code-resolved=${(e: CustomEvent<CodeResolvedDetail>) => resolved.push(e.detail)}>
        <limber-article></limber-article>
        <limber-causes></limber-causes>
      </limber-provider>
    `);
    const [article, causes] = [...page.querySelectorAll<LimberElement>('limber-article, limber-causes')];
    await Promise.all([article!.updateComplete, causes!.updateComplete]);
    expect(root(article!).querySelector('#heading')?.textContent).to.equal(TOPICS.find((t) => t.id === id)!.title);
    expect(squash(shownText(causes!))).to.equal((await shown('limber-causes', { topic: id })).text);
    expect(resolved).to.deep.equal([{ system: code.system, code: code.code, topic: id }]);
    expect(warnings.messages).to.deep.equal([]);
    await expect(causes).to.be.accessible();
  });

  it("a provider's unknown code shows nothing inside and warns once, naming the provider and the code", async () => {
    const page = await fixture<HTMLElement>(html`
      <limber-provider code="snomed:22298006"><limber-causes></limber-causes><limber-care-card></limber-care-card></limber-provider>
    `);
    for (const el of page.querySelectorAll<LimberElement>('limber-causes, limber-care-card')) {
      await el.updateComplete;
      expect(squash(shownText(el)), el.localName).to.equal('');
    }
    expect(warnings.messages).to.deep.equal(['<limber-provider>: no topic answers code "snomed:22298006"; showing nothing']);
  });
});
