import { LitElement, html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { ContextConsumer } from '@lit/context';
import { defaultSettings, limberContext, type LimberSettings } from './settings.js';
import { en, type Messages } from '../i18n/messages.js';
import { loadMessages, messagesFor } from '../i18n/registry.js';
import { directionOf, sameLanguage } from '../locale/language.js';
import { loadBuiltInCatalog } from '../content/built-in.js';
import { loadValidators, loadedValidators, type Validators } from '../content/validators.js';
import type { ValidationResult } from '../content/validation/result.js';
import { closestLang, unwatchLang, watchLang } from '../locale/lang.js';
import { ProblemController } from './problem-controller.js';
import { followLocalCite, renderLocalCite, renderRichText, type RichText } from '../render/rich-text.js';
import { scopedRenderRoot } from './scoped-registry.js';
import { firstUpdate, served, serverNodes, type Served } from './served.js';
import { ContentLookup } from './content-lookup.js';
import type { IsoDate, Reference, ReviewDates, Topic } from '../model/index.js';
import { overdueSince, todayIn } from '../content/review.js';
import { insideLimberElement, renderReviewDue, reportOverdue } from '../render/review.js';
import { sharedStyles } from '../render/styles/shared.styles.js';
import { sourceLang } from '../render/provenance.js';
import type { ContentRoot } from '../render/section.js';

export type { LimberProblemDetail } from '../render/problem.js';

/**
 * The base of every Limber element: the provider's settings (or the defaults), a `ContentLookup`
 * for the catalog in force, and a `ProblemController` whose notice is shown above the content.
 * Elements with a heading extend `LimberHeadedElement` instead.
 *
 * Subclasses implement `renderContent()` and report bad input through `this.problems`. They never
 * throw on content: a problem becomes a notice (development) or nothing (production).
 *
 * @fires {CustomEvent<LimberProblemDetail>} limber-problem-found - Once per new problem with this
 * element's input (unknown id, malformed data, refused URL...), so a host can log it. Bubbles and
 * crosses shadow roots.
 */
export abstract class LimberElement extends LitElement {
  static override styles = [sharedStyles];

  /** Settings from the nearest `<limber-provider>`, or the defaults when there is none. */
  protected settings: LimberSettings = defaultSettings;

  constructor() {
    super();
    // Asks the nearest provider for its settings on connection, and follows them as they change
    // (a controller rather than the @consume decorator: the decorator's code stays out of the bundle).
    new ContextConsumer(this, {
      context: limberContext,
      subscribe: true,
      callback: (settings) => {
        this.settings = settings;
        this.requestUpdate();
      },
    });
  }

  /** Made on the first problem: most elements never have one, and keep no controller. */
  private problemController?: ProblemController;

  /** Problems with this element's input: `report`, `reportMissing`, `oneOf`, `fromData`. */
  protected get problems(): ProblemController {
    return (this.problemController ??= new ProblemController(this));
  }

  /** What this element fetched on first use (a language's UI words, built-in content), by key. */
  private loads?: Map<string, { settled: boolean; readonly done: Promise<void> }>;

  /** What a pre-rendered element arrived with, until its first update (see `served.ts`). */
  private served?: Served;

  /** In a scoped registry (a second version of Limber), see `scopedRenderRoot`. */
  protected override createRenderRoot(): HTMLElement | DocumentFragment {
    const nodes = serverNodes(this);
    const root = scopedRenderRoot(this) ?? super.createRenderRoot();
    this.served = served(this, nodes);
    root.addEventListener('click', followLocalCite);
    return root;
  }

  /** A pre-rendered element's first update hydrates, or replaces the server's DOM in one step. */
  protected override update(changed: PropertyValues<this>): void {
    const arrived = this.served;
    this.served = undefined;
    if (arrived)
      firstUpdate(
        this,
        arrived,
        () => super.update(changed),
        (message) => this.problems.report(message),
      );
    else super.update(changed);
  }

  /**
   * The locale in force: the provider's `locale`, else the closest `lang` attribute (the element,
   * an ancestor, across shadow roots, up to `<html lang>`), else English.
   */
  protected get locale(): string {
    return this.localeOfUpdate ?? this.settings.locale ?? closestLang(this) ?? 'en';
  }

  /** The locale, found once per update: rendering reads it many times, and finding it walks the tree. */
  private localeOfUpdate?: string;

  /**
   * UI words for the current locale. A language other than English is fetched on first use;
   * until it arrives the element renders nothing (never English words that then change), and if
   * it cannot be fetched the words are English.
   */
  protected get messages(): Messages {
    const locale = this.locale;
    return messagesFor(locale) ?? (this.wordsArrived(locale), en);
  }

  /** Whether the UI words of `locale` are here or could not be fetched; starts fetching them. */
  private wordsArrived(locale: string): boolean {
    return messagesFor(locale) !== undefined || this.load(`words:${locale}`, () => loadMessages(locale), `the "${locale}" UI words`);
  }

  /** The topic this update's content was found in (set by `content` look-ups), for `text`. */
  private contentTopic?: Topic;

  /**
   * The language of the content shown when it is not the UI language (an English topic on a
   * Spanish page, where the catalog has no Spanish text); else undefined.
   */
  protected get fallbackLang(): string | undefined {
    const topic = this.contentTopic;
    return topic && !sameLanguage(topic.locale, this.locale) ? topic.locale : undefined;
  }

  /**
   * The language of the references and the source article's title when it is not the UI
   * language: a translated topic cites what was published in the language it came from.
   */
  protected get referenceLang(): string | undefined {
    const lang = this.contentTopic && sourceLang(this.contentTopic);
    return lang && !sameLanguage(lang, this.locale) ? lang : undefined;
  }

  /**
   * Content words as they should be read: in `<span lang>` when they are not in the UI language
   * (see `fallbackLang`), so screen readers switch voice for them while the UI words stay.
   */
  protected text<T>(words: T): T | TemplateResult {
    const lang = this.fallbackLang;
    return lang ? html`<span lang=${lang}>${words}</span>` : words;
  }

  /** `lang` and `dir` for the element's content root: the UI language's. */
  protected get root(): ContentRoot {
    return { lang: this.locale, dir: directionOf(this.locale) };
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    this.contentTopic = undefined;
    this.localeOfUpdate = undefined;
    this.localeOfUpdate = this.locale;
  }

  /**
   * Host `data` checked by the validator, which is fetched on first use: undefined while it loads
   * (the element renders when it arrives) or when the data is invalid (reported).
   */
  protected validated<T>(
    data: unknown,
    pick: (validators: Validators) => (value: unknown, path: string) => ValidationResult<T>,
  ): T | undefined {
    const validators = loadedValidators();
    if (validators) return this.problems.fromData(data, pick(validators));
    this.load('validator', loadValidators, 'the content validator');
    return undefined;
  }

  /**
   * Starts a load (once per element and `key`; the loader shares it across the page) and says
   * whether it has settled. The element renders again when it arrives; a failure is reported.
   */
  protected load(key: string, load: () => Promise<void>, what: string): boolean {
    this.loads ??= new Map();
    const known = this.loads.get(key);
    if (known) return known.settled;
    const entry = {
      settled: false,
      done: load()
        .catch((error: unknown) => this.problems.report(`${what} could not be loaded (${String(error)})`))
        .then(() => {
          entry.settled = true;
          this.requestUpdate();
        }),
    };
    this.loads.set(key, entry);
    return false;
  }

  override connectedCallback(): void {
    super.connectedCallback();
    watchLang(this);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    unwatchLang(this);
  }

  /** The catalog in force and look-ups by id in it (`topic`, `byId`, `sources`). */
  protected get content(): ContentLookup {
    const locale = this.locale;
    return new ContentLookup(
      this.settings.catalog,
      locale,
      () => this.problems,
      () => this.load(`content:${locale}`, () => loadBuiltInCatalog(locale), `the built-in "${locale}" content`),
      (topic) => (this.contentTopic ??= topic),
      this.settings.updates,
    );
  }

  /**
   * A pre-rendered element (its shadow root came as declarative shadow DOM) hydrates on its first
   * update, which must render what the server rendered: it first waits for what `hydrationNeeds`
   * names, the pre-rendered DOM staying on screen meanwhile, instead of rendering less over it.
   */
  protected override async scheduleUpdate(): Promise<void> {
    if (!this.hasUpdated && this.shadowRoot?.firstChild) await Promise.allSettled(this.hydrationNeeds());
    await super.scheduleUpdate();
  }

  /**
   * What the hydrating render needs that is fetched on first use: a language's words and built-in
   * content (Spanish). Subclasses add their own (the card, its drawing).
   */
  protected hydrationNeeds(): Promise<void>[] {
    // Each resolves at once when already here (English, or a language its script registered).
    const locale = this.locale;
    return [loadMessages(locale), loadBuiltInCatalog(locale)];
  }

  /** `updateComplete` also waits for what the element fetched on first use and the render after it. */
  protected override async getUpdateComplete(): Promise<boolean> {
    let done = await super.getUpdateComplete();
    for (let waited = 0; this.loads && waited < this.loads.size;) {
      waited = this.loads.size;
      await Promise.all([...this.loads.values()].map((entry) => entry.done));
      done = await super.getUpdateComplete();
    }
    return done;
  }

  /**
   * Rich text. With `sources` (the element's own list, in display order, as `renderSources`
   * shows it) citation markers are numbered locally and move focus to `#source-N` in this shadow
   * root; without, each marker is a `<limber-cite>` numbered by the topic's references.
   */
  protected rich(source: string, sources?: readonly Reference[]): RichText {
    const ids = sources?.map((reference) => reference.id);
    const report = (message: string): void => this.problems.report(message);
    return this.text(
      renderRichText(source, {
        report,
        renderCite: (ref) =>
          ids === undefined ? html`<limber-cite ref=${ref}></limber-cite>` : renderLocalCite(ref, ids, this.messages.source, report),
      }),
    );
  }

  /** The element's own content; problems reported while rendering it are shown above it. */
  protected abstract renderContent(): unknown;

  /** The topic this update's content was found in, once a look-up has found it. */
  protected get shownTopic(): Topic | undefined {
    return this.contentTopic;
  }

  /**
   * The review dates of what this element shows, and what to call it in a problem report; undefined
   * (the default) when the element never says its content is due for review.
   */
  protected reviewed(): { readonly what: string; readonly dates: ReviewDates } | undefined {
    return undefined;
  }

  /** The date the shown content fell due for review, if it has passed (reported once per page). */
  protected overdue(): IsoDate | undefined {
    const reviewed = this.reviewed();
    const since = reviewed && overdueSince(reviewed.dates, todayIn(new Date()));
    if (reviewed && since) reportOverdue(reviewed.what, since, (message) => this.problems.report(message));
    return since;
  }

  /** "Due for review since …" above the content, unless an outer Limber element says it. */
  protected renderOverdue(): TemplateResult | typeof nothing {
    const since = this.overdue();
    return since && !insideLimberElement(this) ? renderReviewDue(this.messages, since) : nothing;
  }

  protected override render(): unknown {
    const locale = this.locale;
    if (!this.wordsArrived(locale)) return nothing;
    const content = this.renderContent();
    const overdue = this.renderOverdue();
    const notice = this.problemController?.notice(this.settings.mode, this.messages, locale) ?? nothing;
    // Most elements have neither: their content is the whole render, with no wrapper for Lit to keep.
    return notice === nothing && overdue === nothing ? content : html`${notice}${overdue}${content}`;
  }
}
