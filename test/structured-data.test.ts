// The article's schema.org JSON-LD: one script child per article, the right types and properties
// in both locales, only values a reader can see on the page, and safe with hostile content. The
// strict-CSP (Trusted Types) run is in `npm run check -- embeds`.
import { expect, fixture, html } from '@open-wc/testing';
import '../src/limber.js';
import type { Topic } from '../src/model/index.js';
import type { LimberArticle } from '../src/components/article/article.js';
import { deep, root, settled } from './support/dom.js';
import { warningsOfEachTest } from './support/warnings.js';
import { SOURCE_TOPIC, TRANSLATED_TOPIC } from './support/topics.js';
import { LANGUAGES, TOPIC, TRANSLATION } from './support/lists.js';
import { WORDS } from './support/words.js';

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };
type JsonObject = { [key: string]: Json };

const scripts = (el: Element): HTMLScriptElement[] => [
  ...el.querySelectorAll<HTMLScriptElement>(':scope > script[type="application/ld+json"]'),
];

function jsonLd(el: Element): JsonObject {
  const found = scripts(el);
  expect(found, 'one JSON-LD script').to.have.length(1);
  return JSON.parse(found[0]?.text ?? '') as JsonObject;
}

async function article(attributes: { locale?: string; topic?: Topic } = {}): Promise<LimberArticle> {
  const topic = attributes.topic;
  const wrapper =
    await fixture(html`<limber-provider locale=${attributes.locale ?? 'en'} .catalog=${topic ? { topics: [topic] } : undefined}
    ><limber-article topic=${topic?.id ?? TOPIC}></limber-article
  ></limber-provider>`);
  const el = wrapper.querySelector('limber-article') as LimberArticle;
  await settled(wrapper);
  await el.updateComplete;
  return el;
}

/** What a reader can see: the visible text, the `datetime` of visible dates, the `href` of links. */
function seen(el: Element): { text: string; dates: Set<string>; links: Set<string> } {
  const elements = [...deep(root(el))];
  const text: string[] = [];
  for (const element of elements) {
    if (!element.checkVisibility()) continue;
    for (const node of element.childNodes) if (node.nodeType === Node.TEXT_NODE) text.push(node.textContent ?? '');
  }
  const attr = (selector: string, name: string) =>
    new Set(elements.filter((e) => e.matches(selector) && e.checkVisibility()).map((e) => e.getAttribute(name) ?? ''));
  return { text: text.join(' ').replace(/\s+/g, ' '), dates: attr('time[datetime]', 'datetime'), links: attr('a[href]', 'href') };
}

/** Every [key, value] pair of the JSON-LD, at any depth. */
function* pairs(value: Json, key = ''): Generator<[string, Json]> {
  if (Array.isArray(value)) for (const item of value) yield* pairs(item, key);
  else if (value && typeof value === 'object') for (const [k, v] of Object.entries(value)) yield* pairs(v, k);
  else yield [key, value];
}

describe('<limber-article> structured data', () => {
  const warnings = warningsOfEachTest();

  it('writes one MedicalWebPage: name, the condition, language, dates, the source article, references and exercises', async () => {
    const el = await article();
    const data = jsonLd(el);
    expect(data['@context']).to.equal('https://schema.org');
    expect(data['@type']).to.equal('MedicalWebPage');
    expect(data['name']).to.equal('Exercises for a pinched nerve in the low back');
    const { code, ...condition } = data['about'] as JsonObject;
    expect(condition).to.deep.equal({ '@type': 'MedicalCondition', name: 'pinched nerve in the low back', alternateName: 'sciatica' });
    // The condition's diagnosis codes, as the topic's codes file lists them: sciatica and lumbar radiculopathy, never low back pain alone.
    const codes = (code as JsonObject[]).map((c) => `${String(c['codingSystem'])} ${String(c['codeValue'])}`);
    expect(codes).to.include.members(['ICD-10-CM M54.16', 'ICD-10-CM M54.3', 'SNOMED CT 23056005']);
    expect(codes.filter((c) => c.startsWith('ICD-10-CM M54.5'))).to.deep.equal([]);
    expect((code as JsonObject[]).every((c) => c['@type'] === 'MedicalCode')).to.equal(true);
    expect(data['inLanguage']).to.equal('en');
    // Published: when Limber first published this page; the source article's own date is its.
    expect(data['datePublished']).to.equal('2026-11-26');
    // Modified: when the content last changed for readers, the "Updated" date the header shows.
    expect(data['dateModified']).to.equal('2026-12-07');
    expect(data['isBasedOn']).to.deep.include({
      '@type': 'Article',
      datePublished: '2023-05-03',
      publisher: { '@type': 'Organization', name: 'Hinge Health' },
    });
    // A check of the sources is not a clinical review: no lastReviewed, no reviewedBy.
    expect(data).not.to.have.property('lastReviewed');
    expect(data).not.to.have.property('reviewedBy');
    const citations = data['citation'] as JsonObject[];
    expect(citations.map((c) => c['name'])).to.deep.equal(SOURCE_TOPIC.references.map((r) => r.title));
    expect(citations.every((c) => c['@type'] === 'CreativeWork')).to.equal(true);
    const plans = data['hasPart'] as JsonObject[];
    expect(plans.map((p) => p['name'])).to.deep.equal(SOURCE_TOPIC.exercises.items.map((e) => e.name));
    expect(plans.every((p) => p['@type'] === 'ExercisePlan')).to.equal(true);
    expect(warnings.messages).to.deep.equal([]);
  });

  it('gives each exercise only the dose its card states', async () => {
    const el = await article();
    const plans = jsonLd(el)['hasPart'] as JsonObject[];
    for (const [index, exercise] of SOURCE_TOPIC.exercises.items.entries()) {
      const plan = plans[index] as JsonObject;
      const { reps, frequency, restSeconds } = exercise.dosage as { reps?: number; frequency?: unknown; restSeconds?: number };
      expect('repetitions' in plan, `${exercise.id} repetitions`).to.equal(reps !== undefined);
      expect('activityFrequency' in plan, `${exercise.id} frequency`).to.equal(frequency !== undefined);
      expect('restPeriods' in plan, `${exercise.id} rest`).to.equal(restSeconds !== undefined);
      if (reps !== undefined) expect(plan['repetitions']).to.equal(reps);
    }
    const knees = plans.find((p) => p['name'] === 'Knee rolls');
    expect(knees?.['activityFrequency']).to.equal('3 times a day');
  });

  it(`in a translation (${TRANSLATION}): its words, its inLanguage, the dose in the words its reader sees`, async () => {
    const el = await article({ locale: TRANSLATION });
    const data = jsonLd(el);
    expect(data['inLanguage']).to.equal(TRANSLATION);
    expect(data['name']).to.equal(TRANSLATED_TOPIC.title);
    expect((data['about'] as JsonObject)['alternateName']).to.equal(TRANSLATED_TOPIC.condition?.alternateName);
    const often = TRANSLATED_TOPIC.exercises.items.find((e) => e.dosage.frequency)!;
    const planned = (data['hasPart'] as JsonObject[]).find((p) => p['name'] === often.name);
    expect(planned?.['activityFrequency']).to.equal(WORDS[TRANSLATION].frequency(often.dosage.frequency!));
  });

  for (const locale of LANGUAGES) {
    it(`never holds a value a reader cannot see on the page (${locale})`, async () => {
      const el = await article({ locale });
      const { text, dates, links } = seen(el);
      const unseen: string[] = [];
      for (const [key, value] of pairs(jsonLd(el))) {
        if (key === '@context' || key === '@type') continue;
        // The condition's diagnosis codes identify what the page is about, for machines (a host
        // finds the page by one); like @type, they tell readers nothing, so readers need not see them.
        if (key === 'codeValue' || key === 'codingSystem') continue;
        if (key === 'inLanguage') expect(value).to.equal(root(el).querySelector('article')?.lang);
        else if (key === 'datePublished' || key === 'dateModified' || key === 'lastReviewed') {
          if (!dates.has(String(value))) unseen.push(`${key}: ${value}`);
        } else if (key === 'url') {
          if (!links.has(String(value))) unseen.push(`${key}: ${value}`);
        } else if (!text.toLowerCase().includes(String(value).toLowerCase())) unseen.push(`${key}: ${value}`);
      }
      expect(unseen).to.deep.equal([]);
    });
  }

  it('is written once: not again on re-render, on being moved, or beside a second article', async () => {
    const el = await article();
    el.setAttribute('cta-href', 'https://example.org/coverage');
    await el.updateComplete;
    expect(scripts(el)).to.have.length(1);
    const parent = el.parentElement as Element;
    el.remove();
    parent.append(el);
    await settled(parent);
    expect(scripts(el)).to.have.length(1);
    const second = document.createElement('limber-article');
    second.setAttribute('topic', TOPIC);
    parent.append(second);
    await settled(parent);
    expect(scripts(second)).to.have.length(1);
    expect(document.querySelectorAll('script[type="application/ld+json"]')).to.have.length(2);
  });

  it('no-structured-data leaves it out, and taking the attribute away writes it again', async () => {
    const el = await article();
    el.setAttribute('no-structured-data', '');
    await el.updateComplete;
    expect(scripts(el)).to.have.length(0);
    el.removeAttribute('no-structured-data');
    await el.updateComplete;
    await settled(el);
    expect(scripts(el)).to.have.length(1);
  });

  it('hostile content cannot close its script: "<" is escaped and the value is intact', async () => {
    const title = 'Back pain </script><script>window.pwned = true</script>';
    const el = await article({ topic: { ...SOURCE_TOPIC, id: 'hostile-title', title } });
    const [script] = scripts(el);
    expect(script?.text).not.to.contain('<');
    expect(jsonLd(el)['name']).to.equal(title);
    expect((window as { pwned?: boolean }).pwned).to.equal(undefined);
    expect(el.querySelectorAll('script')).to.have.length(1);
  });
});
