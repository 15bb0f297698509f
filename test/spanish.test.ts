// Spanish, as readers get it: every element in Spanish under each of the four ways of choosing the
// locale, no English UI word left in a Spanish render, English content marked lang="en", the
// translation said to be one, and axe clean in Spanish in each theme.
import { expect, fixture, html } from '@open-wc/testing';
import type { TemplateResult } from 'lit';
import '../src/limber.js';
import { en } from '../src/i18n/messages.js';
import { root, settled, squash } from './support/dom.js';
import { THEMES, loadThemes } from './support/themes.js';
import { SOURCE_TOPIC } from './support/topics.js';
import { TOPIC } from './support/lists.js';

/** Each element, set up as a CMS page would write it, with Spanish words its render must show. */
const ELEMENTS: readonly { tag: string; make: () => TemplateResult; shows: readonly string[] }[] = [
  {
    tag: 'limber-article',
    make: () => html`<limber-article topic=${TOPIC} cta-href="https://example.com/coverage" region="us"></limber-article>`,
    shows: [
      'Ejercicios para un nervio pinzado en la parte baja de la espalda',
      'Publicación del artículo original',
      '3 de mayo de 2023',
      'Contenido',
    ],
  },
  {
    tag: 'limber-exercise-card',
    make: () => html`<limber-exercise-card exercise="knee-rolls"></limber-exercise-card>`,
    shows: ['Giro de rodillas', 'Objetivo: Movilidad', 'Posición inicial', 'Pasos', '2 segundos', '3 veces al día', 'Fuentes'],
  },
  {
    tag: 'limber-exercise-list',
    make: () => html`<limber-exercise-list topic=${TOPIC} goal="flexibility"></limber-exercise-list>`,
    shows: ['Estiramiento del glúteo (piriforme)'],
  },
  {
    tag: 'limber-causes',
    make: () => html`<limber-causes topic=${TOPIC}></limber-causes>`,
    shows: ['Hernia de disco', 'Estenosis espinal'],
  },
  {
    tag: 'limber-treatment-list',
    make: () => html`<limber-treatment-list topic=${TOPIC}></limber-treatment-list>`,
    shows: ['Frío y calor', 'Nota sobre la evidencia', 'Cita traducida', 'Palabras originales'],
  },
  { tag: 'limber-tip', make: () => html`<limber-tip tip="pre-treat-with-heat"></limber-tip>`, shows: ['Consejo', 'Prepárese con calor'] },
  {
    tag: 'limber-care-card',
    make: () => html`<limber-care-card level="emergency" region="us"></limber-care-card>`,
    shows: ['Emergencia', 'Llame al 911', 'síndrome de la cola de caballo'],
  },
  {
    tag: 'limber-expert-card',
    make: () => html`<limber-expert-card person="cj-morrow"></limber-expert-card>`,
    shows: ['CJ Morrow, PT, DPT', 'Persona experta citada en el artículo · Fisioterapeuta'],
  },
  {
    tag: 'limber-expert-list',
    make: () => html`<limber-expert-list topic=${TOPIC}></limber-expert-list>`,
    shows: ['Estos expertos aparecen'],
  },
  {
    tag: 'limber-disclaimer',
    make: () => html`<limber-disclaimer kind="medicine" dismissible></limber-disclaimer>`,
    shows: ['Sobre los medicamentos:', 'Cerrar', 'Del artículo de Hinge Health (2023)'],
  },
  {
    tag: 'limber-cta',
    make: () => html`<limber-cta topic=${TOPIC} href="https://example.com/coverage"></limber-cta>`,
    shows: ['Cómo puede ayudarle Hinge Health', 'Compruebe su cobertura'],
  },
  { tag: 'limber-citations', make: () => html`<limber-citations topic=${TOPIC}></limber-citations>`, shows: ['Referencias'] },
  { tag: 'limber-cite', make: () => html`<limber-cite ref="nice-ng59"></limber-cite>`, shows: ['Referencia'] },
];

/** The four ways a page chooses Spanish. */
const WAYS: Readonly<Record<string, (body: TemplateResult) => Promise<Element>>> = {
  '<html lang="es">': async (body) => {
    document.documentElement.lang = 'es';
    return fixture(html`<div>${body}</div>`);
  },
  'the provider\u2019s locale': (body) => fixture(html`<limber-provider locale="es">${body}</limber-provider>`),
  'lang on an ancestor': (body) => fixture(html`<div lang="es"><section>${body}</section></div>`),
  'lang on the element': async (body) => {
    const wrapper = await fixture(html`<div>${body}</div>`);
    wrapper.firstElementChild?.setAttribute('lang', 'es');
    return wrapper;
  },
};

/** English UI words as the English table writes them, each at least a word long (not "911"). */
function englishUiWords(): string[] {
  const words: string[] = [];
  const add = (value: unknown): void => {
    if (typeof value === 'string') words.push(value.trim());
    else if (Array.isArray(value)) value.forEach(add);
    else if (value && typeof value === 'object') Object.values(value).forEach(add);
  };
  const { date, source, times, setsCount, seconds, frequency, reference, emergencyNumber, urgentHelp, fromSource, addedFrom, ...rest } = en;
  add(rest);
  add([date('2023-05-03'), source(1), times(3), setsCount(2), seconds(2), seconds({ min: 20, max: 30 }), reference(2)]);
  add([frequency({ times: 3, per: 'day' }), emergencyNumber(undefined), urgentHelp(undefined), urgentHelp('uk')]);
  add([fromSource('Hinge Health', '2023'), addedFrom('Limber', ['NHS inform']), en.expertsNote('Hinge Health', '2023', 'Limber')]);
  add(en.aboutTopic({ curator: 'Limber', publisher: 'Hinge Health', published: 'May 3, 2023' }));
  add(en.translated('en', false));
  // Words Spanish writes the same way.
  return words.filter((word) => /[a-z]{2}/i.test(word) && !['Video', 'in'].includes(word));
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

describe('Spanish', () => {
  let htmlLang: string;
  beforeEach(() => {
    htmlLang = document.documentElement.lang;
  });
  afterEach(() => {
    document.documentElement.lang = htmlLang;
  });

  const english = englishUiWords();

  for (const [way, mount] of Object.entries(WAYS)) {
    describe(`chosen by ${way}`, () => {
      for (const { tag, make, shows } of ELEMENTS) {
        it(`<${tag}> renders in Spanish, with lang="es" on its content root`, async function () {
          this.timeout(10_000);
          const wrapper = await mount(make());
          await settled(wrapper);
          const el = wrapper.querySelector(tag) as Element;
          const text = heard(el);
          for (const words of shows) expect(text, `${tag} shows "${words}"`).to.include(words);
          const roots = [...root(el).children].filter((child) => child.localName !== 'style');
          expect(roots.length, `${tag} rendered`).to.be.greaterThan(0);
          expect(roots.map((child) => child.getAttribute('lang'))).to.deep.equal(roots.map(() => 'es'));
          const spanish = heard(el, 'es');
          const left = english.filter((word) => wholeWords(word).test(spanish));
          expect(left, `English UI words in the Spanish <${tag}>`).to.deep.equal([]);
        });
      }
    });
  }

  it('the English-word check finds English UI words in an English render (it can fail)', async () => {
    const wrapper = await fixture(html`<div lang="en"><limber-exercise-card exercise="knee-rolls"></limber-exercise-card></div>`);
    await settled(wrapper);
    const found = english.filter((word) => wholeWords(word).test(heard(wrapper, 'en')));
    expect(found).to.include.members(['Goal', 'Starting position', 'Steps', '2 seconds', 'Sources']);
  });

  it('says the article is a translation not yet clinically reviewed, and keeps quotes’ original English one click away', async () => {
    const wrapper = await fixture(html`<div lang="es"><limber-article topic=${TOPIC}></limber-article></div>`);
    await settled(wrapper);
    const article = root(wrapper.querySelector('limber-article') as Element);
    expect(squash(article.querySelector('[part="translation"]')?.textContent)).to.equal(
      'Traducido del inglés; traducción pendiente de revisión clínica.',
    );
    const title = article.querySelector('[part="about"] cite');
    expect(title?.getAttribute('lang')).to.equal('en');
    expect(squash(title?.textContent)).to.equal(SOURCE_TOPIC.source.title);
    const quote = article.querySelector('.intro .quote') as Element;
    // Hinge Health's own Spanish edition prints this quote: its words, word for word, and said to be its.
    expect(squash(quote.querySelector('blockquote')?.textContent)).to.equal(
      'Cuando haces cualquier cosa que estire ese nervio, puedes tener más Dolor [sic]',
    );
    expect(squash(quote.querySelector('figcaption')?.textContent)).to.equal(
      'CJ Morrow, PT, DPT, Fisioterapeuta (de la edición en español del artículo original)',
    );
    // A quote the edition's stored copy does not hold stays Limber's translation, marked as one.
    const translated = article.querySelector('#exercises .quote figcaption');
    expect(squash(translated?.textContent)).to.equal('CJ Morrow, PT, DPT, Fisioterapeuta (Cita traducida)');
    const original = quote.querySelector('details blockquote') as Element;
    expect(original.getAttribute('lang')).to.equal('en');
    expect(squash(original.textContent)).to.equal(SOURCE_TOPIC.introQuotes[0]!.text);
    expect(squash(quote.querySelector('summary')?.textContent)).to.equal('Palabras originales');
  });

  it('a regional tag (es-MX) gets Spanish through its parent language', async () => {
    const wrapper = await fixture(html`<div lang="es-MX"><limber-tip tip="pre-treat-with-heat"></limber-tip></div>`);
    await settled(wrapper);
    const tip = root(wrapper.querySelector('limber-tip') as Element);
    expect(heard(tip.firstElementChild as Element)).to.include('Consejo: Prepárese con calor');
    expect(tip.firstElementChild?.getAttribute('lang')).to.equal('es-MX');
  });

  it('references keep their English titles, marked lang="en", in APA 7’s Spanish forms', async () => {
    const wrapper = await fixture(html`<div lang="es"><limber-citations topic=${TOPIC}></limber-citations></div>`);
    await settled(wrapper);
    const entries = [...root(wrapper.querySelector('limber-citations') as Element).querySelectorAll('[part="reference"]')];
    // The English references, and the publisher's Spanish edition, each title marked with its language.
    expect(entries.length).to.equal(SOURCE_TOPIC.references.length + 1);
    const titleLang = (entry: Element | undefined): string | null | undefined =>
      entry?.querySelector('i, span[lang]')?.getAttribute('lang');
    for (const entry of entries.slice(0, -1)) expect(titleLang(entry), squash(entry.textContent)).to.equal('en');
    expect(titleLang(entries.at(-1))).to.equal('es');
    expect(squash(entries.at(-1)?.textContent)).to.match(/^Hinge Health\. \(2023, 3 de mayo\)\. Los mejores ejercicios/);
    expect(squash(entries[0]?.textContent)).to.include('Sciatica');
    // The words around each reference are Spanish: "Recuperado el … de", not "Retrieved … from".
    const text = entries.map((entry) => squash(entry.textContent)).join(' ');
    expect(text).to.contain('Recuperado el 7 de diciembre de 2026 de https://www.fda.gov/');
    expect(text).not.to.contain('Retrieved');
  });

  it('content with no Spanish text falls back to English marked lang="en", while the UI words stay Spanish', async () => {
    document.documentElement.lang = 'es';
    const englishOnly = { topics: [SOURCE_TOPIC] };
    const wrapper = await fixture(html`<limber-provider .catalog=${englishOnly}>
      <limber-tip tip="pre-treat-with-heat"></limber-tip>
      <limber-care-card level="emergency" region="us"></limber-care-card>
    </limber-provider>`);
    await settled(wrapper);
    const tip = root(wrapper.querySelector('limber-tip') as Element);
    expect(tip.firstElementChild?.getAttribute('lang')).to.equal('es');
    expect(squash(tip.querySelector('[part="label"]')?.textContent)).to.equal('Consejo');
    const title = tip.querySelector('#heading [lang="en"]');
    expect(squash(title?.textContent)).to.equal('Pre-treat with heat');
    expect(tip.querySelector('blockquote')?.getAttribute('lang')).to.equal('en');
    const care = root(wrapper.querySelector('limber-care-card') as Element);
    expect(squash(care.querySelector('[part="level-label"]')?.textContent)).to.equal('Emergencia:');
    // The English advice keeps English numbers: "Call 911", not "Call al 911".
    const action = care.querySelector('[part="action"] [lang="en"]');
    expect(squash(action?.textContent)).to.match(/^Call 911 or go to the emergency room now\./);
    const spanish = heard(wrapper, 'es');
    expect(spanish).not.to.include('Pre-treat');
    expect(spanish).not.to.include('Call 911');
  });

  it('counts in Spanish on an exercise card: "5 veces", "2 segundos", "3 veces al día"', async () => {
    const wrapper = await fixture(html`<div lang="es"><limber-exercise-card exercise="pelvic-tilt"></limber-exercise-card></div>`);
    await settled(wrapper);
    const rows = [...root(wrapper.querySelector('limber-exercise-card') as Element).querySelectorAll('.dosage dl > div')].map((row) =>
      heard(row),
    );
    expect(rows).to.deep.equal(['Repeticiones 5 veces', 'Mantener 2 segundos', 'Con qué frecuencia 3 veces al día']);
  });

  for (const theme of THEMES) {
    it(`the Spanish article and standalone elements pass axe in the ${theme} theme`, async function () {
      this.timeout(30_000);
      await loadThemes();
      const wrapper = await fixture(html`<div lang="es" data-limber-theme=${theme}>
        <limber-disclaimer kind="video" variant="banner" dismissible></limber-disclaimer>
        <limber-expert-card person="cj-morrow"></limber-expert-card>
        <limber-article topic=${TOPIC} cta-href="/coverage" region="us"></limber-article>
      </div>`);
      await settled(wrapper);
      expect(heard(wrapper)).to.include('Traducido del inglés');
      await expect(wrapper).to.be.accessible();
    });
  }
});
