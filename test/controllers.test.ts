/**
 * The element base's controllers, each alone in a throwaway element (as Lit tests its own
 * controllers): what the element renders, and what it reports, with nothing else of Limber around.
 */
import { expect, fixture, html } from '@open-wc/testing';
import { LitElement, nothing, type TemplateResult } from 'lit';
import { LoadController } from '../src/element/load-controller.js';
import { LocaleController } from '../src/element/locale-controller.js';
import { ProblemController } from '../src/element/problem-controller.js';
import { ReviewController } from '../src/element/review-controller.js';
import { ContentLookup } from '../src/element/content-lookup.js';
import { resolveView, type View } from '../src/element/view.js';
import { ContextProvider } from '@lit/context';
import { consumeSettings, defaultSettings, limberContext, type LimberSettings } from '../src/element/settings.js';
import type { Topic } from '../src/model/index.js';
import { en as ENGLISH } from '../src/i18n/messages.js';
import { warningsOfEachTest } from './support/warnings.js';
import { LimberHeadedElement } from '../src/element/headed-element.js';
import { renderHeading } from '../src/render/heading.js';
import { SOURCE_TOPIC, TRANSLATED_TOPIC } from './support/topics.js';
import { SOURCE, TOPIC, TRANSLATION, UNLISTED } from './support/lists.js';
import { WORDS as LISTED_WORDS } from './support/words.js';

let tags = 0;
/** Defines `element` under a fresh tag and returns the tag. */
function define(element: CustomElementConstructor): string {
  const tag = `throwaway-host-${(tags += 1)}`;
  customElements.define(tag, element);
  return tag;
}

/** Each `limber-problem-found` message `host` fires from now on: what a host page sees of a problem. */
function problemsOf(host: HTMLElement): string[] {
  const messages: string[] = [];
  host.addEventListener('limber-problem-found', (event) => messages.push(event.detail.message));
  return messages;
}

/** A wrapper handing `settings` down as a provider would, with `child` inside it. */
async function provided(settings: LimberSettings, child: HTMLElement): Promise<HTMLElement> {
  const wrapper = await fixture<HTMLElement>(html`<div></div>`);
  new ContextProvider(wrapper, { context: limberContext, initialValue: settings });
  wrapper.append(child);
  return wrapper;
}

/** The words of an element's shadow root. */
const shown = (el: Element): string => el.shadowRoot?.textContent?.replace(/\s+/g, ' ').trim() ?? '';

/** A host with loads, a locale and words: it renders its locale and one UI word. */
class WordsHost extends LitElement {
  renders = 0;
  readonly reports = problemsOf(this);
  readonly problems = new ProblemController(this);
  readonly loading = new LoadController(this, () => this.problems);
  readonly words = new LocaleController(this, consumeSettings(this), (key, load, what) => this.loading.load(key, load, what));
  protected override willUpdate(): void {
    this.words.refresh();
  }
  protected override render(): TemplateResult | typeof nothing {
    this.renders += 1;
    return this.words.arrived() ? html`<p>${this.words.locale}: ${this.words.messages.problem}</p>` : nothing;
  }
  protected override getUpdateComplete(): Promise<boolean> {
    return this.loading.settled(() => super.getUpdateComplete());
  }
}
const WORDS = define(WordsHost);

describe('LocaleController, alone', () => {
  it('takes the closest lang across shadow roots, and renders nothing until that language’s words arrive', async () => {
    const outer = await fixture<HTMLElement>(html`<div lang=${TRANSLATION}></div>`);
    const host = document.createElement(WORDS) as WordsHost;
    outer.attachShadow({ mode: 'open' }).append(host);
    await host.updateComplete;
    expect(host.renders).to.be.greaterThan(1, 'a first render waited for the translation’s words');
    expect(shown(host)).to.equal(`${TRANSLATION}: ${LISTED_WORDS[TRANSLATION].problem}`);
  });

  it('follows a lang change anywhere above it', async () => {
    const outer = await fixture<HTMLElement>(html`<div lang=${SOURCE}></div>`);
    const host = document.createElement(WORDS) as WordsHost;
    outer.append(host);
    await host.updateComplete;
    expect(shown(host)).to.equal(`${SOURCE}: ${ENGLISH.problem}`);
    outer.setAttribute('lang', `${TRANSLATION}-US`);
    await new Promise((resolve) => setTimeout(resolve));
    await host.updateComplete;
    expect(shown(host)).to.equal(`${TRANSLATION}-US: ${LISTED_WORDS[TRANSLATION].problem}`);
  });

  it('puts the provider’s locale before any lang, and gives dir with lang', async () => {
    const host = document.createElement(WORDS) as WordsHost;
    host.setAttribute('lang', TRANSLATION);
    await provided({ ...defaultSettings, locale: 'ar-XB' }, host);
    await host.updateComplete;
    expect(host.words.root).to.deep.equal({ lang: 'ar-XB', dir: 'rtl' });
    expect(shown(host)).to.match(/^ar-XB: ⟦/);
  });

  it('falls back to English words, once, when a language has none', async () => {
    const host = await fixture<WordsHost>(`<${WORDS} lang="${UNLISTED}"></${WORDS}>`);
    await host.updateComplete;
    expect(shown(host)).to.equal(`${UNLISTED}: ${ENGLISH.problem}`);
    expect(host.reports).to.deep.equal([]);
  });
});

/** A host whose render starts the loads it is told to, and shows what has arrived. */
class LoadHost extends LitElement {
  readonly reports = problemsOf(this);
  readonly problems = new ProblemController(this);
  loads: [string, () => Promise<void>][] = [];
  arrived: string[] = [];
  needs: () => Promise<void>[] = () => [];
  readonly loading = new LoadController(this, () => this.problems);
  protected override createRenderRoot(): HTMLElement | DocumentFragment {
    return this.loading.renderRoot(() => super.createRenderRoot());
  }
  protected override update(changed: Map<PropertyKey, unknown>): void {
    this.loading.update(() => super.update(changed));
  }
  protected override async scheduleUpdate(): Promise<void> {
    await this.loading.beforeFirstUpdate(() => this.needs());
    await super.scheduleUpdate();
  }
  protected override getUpdateComplete(): Promise<boolean> {
    return this.loading.settled(() => super.getUpdateComplete());
  }
  protected override render(): TemplateResult {
    const done = this.loads.filter(([key, load]) => this.loading.load(key, load, `the ${key}`)).map(([key]) => key);
    return html`<p>client${done.map((key) => ` ${key}`)}</p>`;
  }
}
const LOADS = define(LoadHost);
const after = (ms: number): Promise<void> => new Promise((resolve) => setTimeout(resolve, ms));

describe('LoadController, alone', () => {
  const warnings = warningsOfEachTest();

  it('loads each key once, renders again when it arrives, and updateComplete waits for it', async () => {
    let calls = 0;
    const host = document.createElement(LOADS) as LoadHost;
    host.loads = [['drawing', () => ((calls += 1), after(30))]];
    document.body.append(host);
    await host.updateComplete;
    expect(shown(host)).to.equal('client drawing');
    host.requestUpdate();
    await host.updateComplete;
    expect(calls).to.equal(1);
    host.remove();
  });

  it('reports a load that fails, naming what it was, and still finishes', async () => {
    const host = document.createElement(LOADS) as LoadHost;
    host.loads = [['validator', () => Promise.reject(new Error('offline'))]];
    document.body.append(host);
    await host.updateComplete;
    expect(host.reports).to.deep.equal(['the validator could not be loaded (Error: offline)']);
    expect(warnings.messages).to.deep.equal([`<${LOADS}>: the validator could not be loaded (Error: offline)`]);
    expect(shown(host)).to.equal('client validator');
    host.remove();
  });

  it('keeps a pre-rendered shadow root on screen until what the first render needs arrives, then replaces it in one step', async () => {
    // What the server sent: a shadow root with its own words, there before the element upgrades.
    const late = `${LOADS}-served`;
    const upgrade = document.createElement(late);
    const served = document.createElement('p');
    served.textContent = 'server';
    upgrade.attachShadow({ mode: 'open' }).append(served);
    document.body.append(upgrade);
    let release = (): void => undefined;
    const need = new Promise<void>((resolve) => (release = resolve));
    customElements.define(
      late,
      class extends LoadHost {
        override needs = (): Promise<void>[] => [need];
      },
    );
    await after(20);
    expect(shown(upgrade)).to.equal('server');
    release();
    await (upgrade as LoadHost).updateComplete;
    expect(shown(upgrade)).to.equal('client');
    expect(upgrade.shadowRoot?.querySelectorAll('p').length).to.equal(1);
    upgrade.remove();
  });
});

/** A host that shows review dates for what `reviewed` says. */
class ReviewHost extends LitElement {
  readonly reports = problemsOf(this);
  readonly problems = new ProblemController(this);
  what = 'topic "t" (en)';
  nextReview = '2020-01-01';
  readonly review = new ReviewController(this, () => this.problems);
  protected override render(): unknown {
    return this.review.render({ what: this.what, dates: { nextReview: this.nextReview } }, ENGLISH);
  }
}
const REVIEW = define(ReviewHost);

describe('ReviewController, alone', () => {
  const warnings = warningsOfEachTest();

  it('says when what it shows fell due for review, and reports it once per page', async () => {
    const first = await fixture<ReviewHost>(`<${REVIEW}></${REVIEW}>`);
    const second = await fixture<ReviewHost>(`<${REVIEW}></${REVIEW}>`);
    expect(shown(first)).to.equal('Due for review since January 1, 2020. Some of it may be out of date.');
    expect(shown(second)).to.equal(shown(first));
    expect([...first.reports, ...second.reports]).to.deep.equal(['topic "t" (en) has been due for review since 2020-01-01']);
    expect(warnings.messages).to.deep.equal([`<${REVIEW}>: topic "t" (en) has been due for review since 2020-01-01`]);
  });

  it('says nothing before the date, or inside another Limber element (the outer one says it)', async () => {
    const early = await fixture<ReviewHost>(`<${REVIEW}></${REVIEW}>`);
    early.nextReview = '2999-01-01';
    early.requestUpdate();
    await early.updateComplete;
    expect(shown(early)).to.equal('');
    const outer = await fixture<HTMLElement>(html`<limber-outer-stand-in></limber-outer-stand-in>`);
    const inner = document.createElement(REVIEW) as ReviewHost;
    inner.what = 'another';
    outer.attachShadow({ mode: 'open' }).append(inner);
    await inner.updateComplete;
    expect(shown(inner)).to.equal('');
    expect(inner.reports).to.deep.equal(['another has been due for review since 2020-01-01']);
    expect(warnings.messages).to.deep.equal([`<${REVIEW}>: another has been due for review since 2020-01-01`]);
  });
});

/** A host whose content comes from a catalog, marked by its view with the language of the topic its look-up found. */
class ViewHost extends LitElement {
  showFound = true;
  readonly problems = new ProblemController(this);
  readonly loading = new LoadController(this, () => this.problems);
  readonly words = new LocaleController(this, consumeSettings(this), (key, load, what) => this.loading.load(key, load, what));
  view?: View;
  private name?: string;
  /** The views each update made. */
  readonly views: View[] = [];
  protected override willUpdate(): void {
    this.words.refresh();
    const { settings, locale, messages, root } = this.words;
    const content = new ContentLookup(
      settings.catalog,
      locale,
      () => this.problems,
      () => undefined,
      settings.updates,
    );
    const found = content.byId('bridge', { attribute: 'exercise', noun: 'exercise' }, (topic, id) =>
      topic.exercises.items.find((e) => e.id === id),
    );
    this.name = found?.value.name;
    this.view = resolveView({ settings, locale, messages, root, content }, this.showFound ? found?.topic : undefined, (m) =>
      this.problems.report(m),
    );
    this.views.push(this.view);
  }
  protected override render(): unknown {
    return html`<p>${this.view?.text(this.name)}</p>`;
  }
}
const VIEW_HOST = define(ViewHost);
/** The name of the exercise the view host looks up, in one text of the topic. */
const bridgeIn = (topic: Topic): string => topic.exercises.items.find((e) => e.id === 'bridge')!.name;
const CATALOG: LimberSettings = { ...defaultSettings, catalog: { topics: [SOURCE_TOPIC, TRANSLATED_TOPIC] } };

/** A topic host on a page in `lang`, inside a provider whose catalog has the topic in English and Spanish. */
async function topicHost(lang?: string): Promise<ViewHost> {
  const host = document.createElement(VIEW_HOST) as ViewHost;
  if (lang) host.setAttribute('lang', lang);
  await provided(CATALOG, host);
  await host.updateComplete;
  return host;
}

describe('The per-update view, alone', () => {
  it('marks content from a topic in another language with that language', async () => {
    const host = await topicHost(UNLISTED);
    expect(host.shadowRoot?.querySelector('p span')?.getAttribute('lang')).to.equal(SOURCE);
    expect(shown(host)).to.equal(bridgeIn(SOURCE_TOPIC));
  });

  it('leaves content in the UI language unmarked, and names the language its references were published in', async () => {
    const host = await topicHost(TRANSLATION);
    expect(host.shadowRoot?.querySelector('p span')).to.equal(null, shown(host));
    expect(shown(host)).to.equal(bridgeIn(TRANSLATED_TOPIC));
    expect(host.view?.contentLang).to.equal(undefined);
    expect(host.view?.referenceLang).to.equal(SOURCE);
  });

  it('is made from what the look-up found, and nothing changes it: without a topic nothing is marked', async () => {
    const host = await topicHost(UNLISTED);
    expect(Object.isFrozen(host.view)).to.equal(true);
    expect(host.view?.topic?.locale).to.equal(SOURCE);
    host.showFound = false;
    host.requestUpdate();
    await host.updateComplete;
    expect(shown(host)).to.equal(bridgeIn(SOURCE_TOPIC));
    expect(host.shadowRoot?.querySelector('p span')).to.equal(null);
    expect(host.view?.topic).to.equal(undefined);
    const topic: Topic | undefined = host.view?.content.topic(TOPIC);
    expect(topic?.locale).to.equal(SOURCE);
    expect(host.view?.topic, 'a look-up changes nothing').to.equal(undefined);
  });

  it('is new for each update, with its own look-up', async () => {
    const host = await topicHost();
    host.requestUpdate();
    await host.updateComplete;
    const [a, b] = host.views.slice(-2);
    expect(a).not.to.equal(b);
    expect(a?.content).not.to.equal(b?.content);
  });
});

/** A headed element with nothing else: its top heading at the level in force. */
class HeadingHost extends LimberHeadedElement {
  protected override renderContent(): TemplateResult {
    return renderHeading(this.resolvedHeadingLevel, 'A heading');
  }
}
const HEADING = define(HeadingHost);

describe('The heading level, alone', () => {
  const warnings = warningsOfEachTest();
  const levelOf = (el: Element): string | undefined => el.shadowRoot?.querySelector('h1, h2, h3, h4, h5, h6')?.localName;

  it('takes the attribute, else the provider’s heading base, else 3', async () => {
    const own = document.createElement(HEADING);
    own.setAttribute('heading-level', '2');
    await provided({ ...defaultSettings, headingBase: 4 }, own);
    await (own as HeadingHost).updateComplete;
    expect(levelOf(own)).to.equal('h2');
    const based = document.createElement(HEADING) as HeadingHost;
    await provided({ ...defaultSettings, headingBase: 4 }, based);
    await based.updateComplete;
    expect(levelOf(based)).to.equal('h4');
    const alone = await fixture<HeadingHost>(`<${HEADING}></${HEADING}>`);
    expect(levelOf(alone)).to.equal('h3');
  });

  it('reports a level outside 1–6 once, naming the element, and uses the default', async () => {
    const el = await fixture<HeadingHost>(`<${HEADING} heading-level="9"></${HEADING}>`);
    const reports = problemsOf(el);
    el.requestUpdate();
    await el.updateComplete;
    expect(levelOf(el)).to.equal('h3');
    expect(warnings.messages).to.deep.equal([`<${HEADING}>: heading-level "9" is not a whole number from 1 to 6; using 3`]);
    expect(reports, 'warned once, before this listener').to.deep.equal([]);
  });
});
