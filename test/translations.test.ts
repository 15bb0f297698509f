// Each translation, as readers get it (every language of src/languages.json but English, with
// words from its own message table and its own text of the topic): every element in it under each
// of the four ways of choosing the locale, no English UI word left in its render, English content
// marked lang="en", the translation said to be one, and axe clean in it in each theme.
import { expect, fixture, html } from '@open-wc/testing';
import type { TemplateResult } from 'lit';
import '../src/limber.js';
import { en, type Messages } from '../src/i18n/messages.js';
import type { Exercise, Reference, Topic } from '../src/model/index.js';
import { root, settled, squash } from './support/dom.js';
import { THEMES, loadThemes } from './support/themes.js';
import { WORDS } from './support/words.js';
import { SOURCE_TOPIC, topicIn } from './support/topics.js';
import { SOURCE, TOPIC, TRANSLATIONS, type Language } from './support/lists.js';

/** The topic's exercise with the fullest dose (hold and frequency): the card the tests show. */
const dosed = (topic: Topic): Exercise =>
  topic.exercises.items.find((e) => e.dosage.holdSeconds !== undefined && e.dosage.frequency !== undefined) ?? topic.exercises.items[0]!;
const [person] = SOURCE_TOPIC.people;
const [tip] = SOURCE_TOPIC.tips;
const year = (topic: Topic): string => topic.dates.published.slice(0, 4);

/** Each element, set up as a CMS page would write it, with words of the language its render must show. */
const ELEMENTS: readonly { tag: string; make: () => TemplateResult; shows: (w: Messages, topic: Topic) => readonly string[] }[] = [
  {
    tag: 'limber-article',
    make: () => html`<limber-article topic=${TOPIC} cta-href="https://example.com/coverage" region="us"></limber-article>`,
    shows: (w, topic) => [topic.title, w.published, w.date(topic.dates.published), w.contents],
  },
  {
    tag: 'limber-exercise-card',
    make: () => html`<limber-exercise-card exercise=${dosed(SOURCE_TOPIC).id}></limber-exercise-card>`,
    shows: (w, topic) => {
      const exercise = dosed(topic);
      const { holdSeconds, frequency } = exercise.dosage;
      return [
        exercise.name,
        `${w.goal}: ${w.goals[exercise.goal]}`,
        w.startingPosition,
        w.steps,
        ...(holdSeconds === undefined ? [] : [w.seconds(holdSeconds)]),
        ...(frequency === undefined ? [] : [w.frequency(frequency)]),
        w.sources,
      ];
    },
  },
  {
    tag: 'limber-exercise-list',
    make: () => html`<limber-exercise-list topic=${TOPIC} goal="flexibility"></limber-exercise-list>`,
    shows: (_, topic) => topic.exercises.items.filter((e) => e.goal === 'flexibility').map((e) => e.name),
  },
  {
    tag: 'limber-causes',
    make: () => html`<limber-causes topic=${TOPIC}></limber-causes>`,
    shows: (_, topic) => topic.causes.causes.map((c) => c.name),
  },
  {
    tag: 'limber-treatment-list',
    make: () => html`<limber-treatment-list topic=${TOPIC}></limber-treatment-list>`,
    shows: (w, topic) => [...topic.treatments.items.map((t) => t.name), w.evidenceNote, w.originalWords],
  },
  {
    tag: 'limber-tip',
    make: () => html`<limber-tip tip=${tip!.id}></limber-tip>`,
    shows: (w, topic) => [w.tipKinds[tip!.kind], topic.tips[0]!.title],
  },
  {
    tag: 'limber-care-card',
    make: () => html`<limber-care-card level="emergency" region="us"></limber-care-card>`,
    shows: (w) => [w.careLevels.emergency, w.emergencyNumber('us')],
  },
  {
    tag: 'limber-expert-card',
    make: () => html`<limber-expert-card person=${person!.id}></limber-expert-card>`,
    shows: (w, topic) => {
      const shown = topic.people[0]!;
      return [`${shown.name}, ${shown.credentials}`, w.roles[shown.roles[0]!], shown.jobTitle];
    },
  },
  {
    tag: 'limber-expert-list',
    make: () => html`<limber-expert-list topic=${TOPIC}></limber-expert-list>`,
    shows: (w, topic) => topic.people.filter((p) => p.roles.includes('expert')).map((p) => p.name),
  },
  {
    tag: 'limber-disclaimer',
    make: () => html`<limber-disclaimer kind="medicine" dismissible></limber-disclaimer>`,
    shows: (w, topic) => [w.disclaimers.medicine, w.dismissDisclaimer, w.fromSource(topic.source!.publisher, year(topic))],
  },
  {
    tag: 'limber-cta',
    make: () => html`<limber-cta topic=${TOPIC} href="https://example.com/coverage"></limber-cta>`,
    shows: (_, topic) => [topic.callToAction!.heading, topic.callToAction!.label],
  },
  { tag: 'limber-citations', make: () => html`<limber-citations topic=${TOPIC}></limber-citations>`, shows: (w) => [w.references] },
  {
    tag: 'limber-cite',
    make: () => html`<limber-cite ref=${SOURCE_TOPIC.references.at(-1)!.id}></limber-cite>`,
    shows: (w) => [w.reference(1).replace(/\s*\d+$/, '')],
  },
];

/** The four ways a page chooses a language. */
const waysFor = (lang: Language): Readonly<Record<string, (body: TemplateResult) => Promise<Element>>> => ({
  [`<html lang="${lang}">`]: async (body) => {
    document.documentElement.lang = lang;
    return fixture(html`<div>${body}</div>`);
  },
  'the provider\u2019s locale': (body) => fixture(html`<limber-provider locale=${lang}>${body}</limber-provider>`),
  'lang on an ancestor': (body) => fixture(html`<div lang=${lang}><section>${body}</section></div>`),
  'lang on the element': async (body) => {
    const wrapper = await fixture(html`<div>${body}</div>`);
    wrapper.firstElementChild?.setAttribute('lang', lang);
    return wrapper;
  },
});

/** A table's UI words, each as it writes them (functions called with the topic's facts). */
function uiWords(w: Messages): string[] {
  const words: string[] = [];
  const add = (value: unknown): void => {
    if (typeof value === 'string') words.push(value.trim());
    else if (Array.isArray(value)) value.forEach(add);
    else if (value && typeof value === 'object') Object.values(value).forEach(add);
  };
  const { date, source, times, setsCount, seconds, frequency, reference, emergencyNumber, urgentHelp, fromSource, addedFrom, ...rest } = w;
  const { publisher } = SOURCE_TOPIC.source!;
  const published = SOURCE_TOPIC.dates.published;
  add(rest);
  add([date(published), source(1), times(3), setsCount(2), seconds(2), seconds({ min: 20, max: 30 }), reference(2)]);
  add([frequency({ times: 3, per: 'day' }), emergencyNumber(undefined), urgentHelp(undefined), urgentHelp('uk')]);
  add([
    fromSource(publisher, published.slice(0, 4)),
    addedFrom('Limber', ['NHS inform']),
    w.expertsNote(publisher, published.slice(0, 4), 'Limber'),
  ]);
  add(w.aboutTopic({ curator: 'Limber', publisher, published: date(published) }));
  add(w.translated(SOURCE, false));
  return words;
}

/**
 * English UI words of three letters or more (not "911", nor "in", which web addresses hold), but
 * those `w` writes the same way.
 */
function englishUiWords(w: Messages = en): string[] {
  const own = uiWords(w).join('\n');
  return uiWords(en).filter((word) => /[a-z]{3}/i.test(word) && (w === en || !wholeWords(word).test(own)));
}

/** Matches `words` as whole words (not inside a longer word). */
function wholeWords(words: string): RegExp {
  return new RegExp(`(^|[^\\p{L}])${words.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}($|[^\\p{L}])`, 'u');
}

const INLINE = new Set(['a', 'abbr', 'b', 'cite', 'code', 'em', 'i', 'span', 'strong', 'sup', 'time', 'limber-cite']);

/**
 * What a reader meets in an element: its text in reading order through every shadow root, with
 * accessible labels. With `lang`, only what is in that language: subtrees marked as another
 * language (English references, original quotes) are left out.
 */
function heard(el: Element, lang?: string): string {
  const parts: string[] = [];
  const visit = (node: Node): void => {
    if (node.nodeType === Node.TEXT_NODE) {
      parts.push(node.textContent ?? '');
      return;
    }
    if (!(node instanceof Element || node instanceof ShadowRoot)) return;
    if (node instanceof Element) {
      if (node.localName === 'style') return;
      const own = node.getAttribute('lang');
      if (lang && own && !own.startsWith(lang)) return;
      const label = node.getAttribute('aria-label');
      if (label) parts.push(` ${label} `);
    }
    const block = node instanceof Element && !INLINE.has(node.localName);
    if (block) parts.push(' ');
    const children = node instanceof Element && node.shadowRoot ? [...node.shadowRoot.childNodes] : [...node.childNodes];
    for (const child of children) visit(child);
    if (block) parts.push(' ');
  };
  visit(el);
  return squash(parts.join(''));
}

/** A reference's title language as the citations mark it: its own, or the source's. */
const languageOf = (reference: Reference): string => reference.language ?? SOURCE;
/** The first listed reference APA gives a retrieval date: a page with no date of its own. */
const retrievable = SOURCE_TOPIC.references.find((r) => r.URL && r.accessed && !r.issued);

describe('Each translation', () => {
  let htmlLang: string;
  beforeEach(() => {
    htmlLang = document.documentElement.lang;
  });
  afterEach(() => {
    document.documentElement.lang = htmlLang;
  });

  const english = englishUiWords();

  it('the English-word check finds English UI words in an English render (it can fail)', async () => {
    const wrapper = await fixture(
      html`<div lang=${SOURCE}><limber-exercise-card exercise=${dosed(SOURCE_TOPIC).id}></limber-exercise-card></div>`,
    );
    await settled(wrapper);
    const found = english.filter((word) => wholeWords(word).test(heard(wrapper, SOURCE)));
    expect(found).to.include.members([
      en.goal,
      en.startingPosition,
      en.steps,
      en.seconds(dosed(SOURCE_TOPIC).dosage.holdSeconds ?? 1),
      en.sources,
    ]);
  });

  for (const lang of TRANSLATIONS) {
    const w = WORDS[lang];
    const topic = topicIn(lang);
    const englishIn = englishUiWords(w);
    describe(lang, () => {
      for (const [way, mount] of Object.entries(waysFor(lang))) {
        describe(`chosen by ${way}`, () => {
          for (const { tag, make, shows } of ELEMENTS) {
            it(`<${tag}> renders in it, with its lang on its content root`, async function () {
              this.timeout(10_000);
              const wrapper = await mount(make());
              await settled(wrapper);
              const el = wrapper.querySelector(tag) as Element;
              const text = heard(el);
              for (const words of shows(w, topic)) expect(text, `${tag} shows "${words}"`).to.include(squash(words));
              const roots = [...root(el).children].filter((child) => child.localName !== 'style');
              expect(roots.length, `${tag} rendered`).to.be.greaterThan(0);
              expect(roots.map((child) => child.getAttribute('lang'))).to.deep.equal(roots.map(() => lang));
              const translated = heard(el, lang);
              const left = englishIn.filter((word) => wholeWords(word).test(translated));
              expect(left, `English UI words in the <${tag}> in ${lang}`).to.deep.equal([]);
            });
          }
        });
      }

      it('says the article is a translation not yet clinically reviewed, and keeps quotes’ original words one click away', async () => {
        const wrapper = await fixture(html`<div lang=${lang}><limber-article topic=${TOPIC}></limber-article></div>`);
        await settled(wrapper);
        const article = root(wrapper.querySelector('limber-article') as Element);
        expect(squash(article.querySelector('[part="translation"]')?.textContent)).to.equal(w.translated(SOURCE, false));
        const title = article.querySelector('[part="about"] cite');
        expect(title?.getAttribute('lang')).to.equal(SOURCE);
        expect(squash(title?.textContent)).to.equal(SOURCE_TOPIC.source?.title);
        const quoted = topic.introQuotes[0]!;
        const speaker = topic.people.find((p) => p.id === quoted.personId)!;
        const quote = article.querySelector('.intro .quote') as Element;
        // A quote from the publisher's own edition is its words, word for word, and said to be its;
        // any other is Limber's translation, marked as one.
        expect(squash(quote.querySelector('blockquote')?.textContent)).to.equal(squash(quoted.text));
        expect(squash(quote.querySelector('figcaption')?.textContent)).to.equal(
          `${speaker.name}, ${speaker.credentials}, ${speaker.jobTitle} (${quoted.edition ? w.editionQuote : w.translatedQuote})`,
        );
        const original = quote.querySelector('details blockquote') as Element;
        expect(original.getAttribute('lang')).to.equal(SOURCE);
        expect(squash(original.textContent)).to.equal(SOURCE_TOPIC.introQuotes[0]!.text);
        expect(squash(quote.querySelector('summary')?.textContent)).to.equal(w.originalWords);
      });

      it('a regional tag gets the language through its parent language', async () => {
        const regional = `${lang}-US`;
        const wrapper = await fixture(html`<div lang=${regional}><limber-tip tip=${tip!.id}></limber-tip></div>`);
        await settled(wrapper);
        const shown = root(wrapper.querySelector('limber-tip') as Element);
        expect(heard(shown.firstElementChild as Element)).to.include(`${w.tipKinds[tip!.kind]}: ${topic.tips[0]!.title}`);
        expect(shown.firstElementChild?.getAttribute('lang')).to.equal(regional);
      });

      it('references keep their titles marked with their own language, in APA 7’s forms of the language', async () => {
        const wrapper = await fixture(html`<div lang=${lang}><limber-citations topic=${TOPIC}></limber-citations></div>`);
        await settled(wrapper);
        const entries = [...root(wrapper.querySelector('limber-citations') as Element).querySelectorAll('[part="reference"]')];
        expect(entries.length).to.equal(topic.references.length);
        const titleLang = (entry: Element | undefined): string | null | undefined =>
          entry?.querySelector('i, span[lang]')?.getAttribute('lang');
        expect(entries.map(titleLang)).to.deep.equal(topic.references.map(languageOf));
        expect(entries.map(titleLang)).to.include(SOURCE);
        // The words around each reference are the language's: its "Retrieved … from", not English's.
        const text = entries.map((entry) => squash(entry.textContent)).join(' ');
        const [y, m, d] = retrievable!.accessed!['date-parts'][0];
        expect(text).to.contain(squash(`${w.apa.retrieved(y, m, d)}${retrievable!.URL}`));
        expect(text).not.to.contain(en.apa.retrieved(y, m, d).split(' ')[0]!);
      });

      it('content with no text in the language falls back to the source marked with its lang, while the UI words stay translated', async () => {
        document.documentElement.lang = lang;
        const sourceOnly = { topics: [SOURCE_TOPIC] };
        const wrapper = await fixture(html`<limber-provider .catalog=${sourceOnly}>
          <limber-tip tip=${tip!.id}></limber-tip>
          <limber-care-card level="emergency" region="us"></limber-care-card>
        </limber-provider>`);
        await settled(wrapper);
        const shownTip = root(wrapper.querySelector('limber-tip') as Element);
        expect(shownTip.firstElementChild?.getAttribute('lang')).to.equal(lang);
        expect(squash(shownTip.querySelector('[part="label"]')?.textContent)).to.equal(w.tipKinds[tip!.kind]);
        const title = shownTip.querySelector(`#heading [lang="${SOURCE}"]`);
        expect(squash(title?.textContent)).to.equal(tip!.title);
        expect(shownTip.querySelector('blockquote')?.getAttribute('lang')).to.equal(SOURCE);
        const care = root(wrapper.querySelector('limber-care-card') as Element);
        expect(squash(care.querySelector('[part="level-label"]')?.textContent)).to.equal(`${w.careLevels.emergency}:`);
        // The source's advice keeps the source's numbers: "Call 911", not the translation's grammar.
        const action = care.querySelector(`[part="action"] [lang="${SOURCE}"]`);
        const call = `Call ${en.emergencyNumber('us')}`;
        expect(squash(action?.textContent)).to.match(new RegExp(`^${call}`));
        const translated = heard(wrapper, lang);
        expect(translated).not.to.include(tip!.title);
        expect(translated).not.to.include(call);
      });

      it('counts in the language on an exercise card', async () => {
        const exercise = dosed(topic);
        const wrapper = await fixture(html`<div lang=${lang}><limber-exercise-card exercise=${exercise.id}></limber-exercise-card></div>`);
        await settled(wrapper);
        const rows = [...root(wrapper.querySelector('limber-exercise-card') as Element).querySelectorAll('.dosage dl > div')].map((row) =>
          heard(row),
        );
        const { reps, holdSeconds, frequency } = exercise.dosage;
        expect(rows).to.deep.equal([
          ...(reps === undefined ? [] : [`${w.reps} ${w.times(reps)}`]),
          ...(holdSeconds === undefined ? [] : [`${w.hold} ${w.seconds(holdSeconds)}`]),
          ...(frequency === undefined ? [] : [`${w.howOften} ${w.frequency(frequency)}`]),
        ]);
      });

      for (const theme of THEMES) {
        it(`the article and standalone elements pass axe in the ${theme} theme`, async function () {
          this.timeout(30_000);
          await loadThemes();
          const wrapper = await fixture(html`<div lang=${lang} data-limber-theme=${theme}>
            <limber-disclaimer kind="video" variant="banner" dismissible></limber-disclaimer>
            <limber-expert-card person=${person!.id}></limber-expert-card>
            <limber-article topic=${TOPIC} cta-href="/coverage" region="us"></limber-article>
          </div>`);
          await settled(wrapper);
          expect(heard(wrapper)).to.include(w.translated(SOURCE, false).split(/[.;]/)[0]!);
          await expect(wrapper).to.be.accessible();
        });
      }
    });
  }
});
