import { LitElement, html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { builtInTopicOf, loadItemTopics } from '../content/item-topic.js';
import { consumeSettings, type LimberSettings } from './settings.js';
import type { Messages } from '../i18n/messages.js';
import { loadMessages } from '../i18n/registry.js';
import { builtInCatalog, loadBuiltInCatalog } from '../content/built-in.js';
import type { Reference, Topic } from '../model/index.js';
import { followLocalCite, type RichText } from '../render/rich-text.js';
import { sharedStyles } from '../render/styles/shared.styles.js';
import type { ContentRoot } from '../render/section.js';
import { ContentLookup } from './content-lookup.js';
import { LoadController } from './load-controller.js';
import { LocaleController } from './locale-controller.js';
import { ProblemController } from './problem-controller.js';
import { ReviewController, type Reviewed } from './review-controller.js';
import { scopedRenderRoot } from './scoped-registry.js';
import { validated, type PickValidator } from './validated.js';
import { resolveView, type Setting, type View } from './view.js';

export type { LimberProblemDetail } from '../render/problem.js';

/**
 * The base of every Limber element: the provider's settings (or the defaults), controllers for
 * the jobs with a lifecycle (loads and hydration, the page's `lang`, review dates, problems), and
 * one immutable view per update (`view`): as each update begins the element's look-ups
 * (`select`) say which topic its content came from, and the view is made from that and never
 * changed. Subclasses implement `renderContent()` and never throw on content: a problem becomes a
 * notice (development) or nothing (production). Elements with a heading extend `LimberHeadedElement`.
 *
 * @fires {CustomEvent<LimberProblemDetail>} limber-problem-found - Once per new problem with this
 * element's input (unknown id, malformed data, refused URL...), so a host can log it. Bubbles and
 * crosses shadow roots.
 */
export abstract class LimberElement extends LitElement {
  static override styles = [sharedStyles];

  /** The nearest `<limber-provider>`'s settings, followed as they change (each update re-renders). */
  private readonly provided = consumeSettings(this);
  /** Made on the first problem: most elements never have one, and keep no controller. */
  private problemController?: ProblemController;
  /** The one function every controller reports through (the problem controller made on first use). */
  private readonly problemsOf = (): ProblemController => this.problems;
  /** Fetches built-in topics of a locale once (one function per element, kept by each update's look-up). */
  private readonly loadBuiltIn = (locale: string, topics?: readonly string[]): void =>
    void this.loading.load(
      `content:${locale}:${topics?.join(',') ?? '*'}`,
      () => loadBuiltInCatalog(locale, topics),
      `the built-in "${locale}" content`,
    );
  /** Reports a problem: what each update's view reports rich text's problems with (one function per element). */
  private readonly reportProblem = (message: string): void => this.problems.report(message);
  /** Each controller is given functions that reach the others when called, never the others themselves. */
  protected readonly loading = new LoadController(this, this.problemsOf);
  protected readonly words = new LocaleController(this, this.provided, (key, load, what) => this.loading.load(key, load, what));
  protected readonly review = new ReviewController(this, this.problemsOf);
  /** This update's view; made in `willUpdate`, before anything renders. */
  #view?: View;
  /** Settings from the nearest `<limber-provider>`, or the defaults when there is none. */
  protected get settings(): LimberSettings {
    return this.words.settings;
  }
  /** Problems with this element's input: `report`, `reportMissing`, `oneOf`, `fromData`. */
  protected get problems(): ProblemController {
    return (this.problemController ??= new ProblemController(this));
  }
  /** In a scoped registry (a second version of Limber), see `scopedRenderRoot`; one click listener follows local citations. */
  protected override createRenderRoot(): HTMLElement | DocumentFragment {
    const root = this.loading.renderRoot(() => scopedRenderRoot(this) ?? super.createRenderRoot());
    root.addEventListener('click', followLocalCite);
    return root;
  }

  protected override update(changed: PropertyValues<this>): void {
    this.loading.update(() => super.update(changed));
  }
  protected override async scheduleUpdate(): Promise<void> {
    await this.loading.beforeFirstUpdate(() => this.hydrationNeeds());
    await super.scheduleUpdate();
  }
  /** What a hydrating first render needs that is fetched on first use; subclasses add theirs (the card's drawing). */
  protected hydrationNeeds(): Promise<void>[] {
    const directory = this.needsDirectory() ? loadItemTopics() : Promise.resolve();
    return [loadMessages(this.locale), directory.then(() => loadBuiltInCatalog(this.locale, this.builtInTopics()))];
  }
  /**
   * The built-in topics a pre-rendered element needs before it hydrates: every one, unless it names
   * its topic (see `withTopic`) or is given an item whose topic the directory knows (see `item`).
   */
  protected builtInTopics(): readonly string[] | undefined {
    const item = this.item();
    return (item && builtInTopicOf(...item)) ?? undefined;
  }
  /** The exercise, tip or person this element is given by id alone (`['exercise', id]`), if any. */
  protected item(): readonly [kind: string, id: string | undefined] | undefined {
    return undefined;
  }
  /**
   * The built-in topics a look-up of this element's item is confined to: its own topic; undefined
   * when any may have it; null while the directory is fetched (once; the element renders again when it arrives).
   */
  protected itemTopics(): readonly string[] | undefined | null {
    const item = this.item();
    const topics = item ? builtInTopicOf(...item) : undefined;
    if (topics !== null) return topics;
    if (!this.needsDirectory()) return undefined;
    this.loading.load('item-topics', loadItemTopics, 'the topic directory');
    return null;
  }
  /** Whether finding this element's item needs the directory: not when every built-in topic of its language is here already (`limber-en.js` or `limber-es.js` listed). */
  private needsDirectory(): boolean {
    return this.item() !== undefined && builtInCatalog(this.locale) === undefined;
  }
  protected override getUpdateComplete(): Promise<boolean> {
    return this.loading.settled(() => super.getUpdateComplete());
  }
  /** The view of this update: its setting, then what `select` found in it (see `View`). */
  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    this.words.refresh();
    this.#view = undefined;
    this.checkAttributes();
    const setting = this.setting();
    this.#view = resolveView(setting, this.select(setting), this.reportProblem);
  }

  /** What this update starts from: settings, locale, words and a look-up made for it. */
  private setting(): Setting {
    const { settings, locale } = this.words;
    const content = new ContentLookup(settings.catalog, locale, this.problemsOf, this.loadBuiltIn, settings.updates);
    return { settings, locale, messages: this.words.messages, root: this.words.root, content };
  }

  /** Checks the attributes every element of a kind has, before any look-up reports its own problems. */
  protected checkAttributes(): void {}

  /**
   * The element's look-ups for this update, in `setting.content`: it keeps what it found and
   * returns the topic that came from (undefined: host data, or nothing found), from which the
   * view marks content in another language. The view is not there yet: use `setting`.
   */
  protected select(_setting: Setting): Topic | undefined {
    return undefined;
  }

  /** This update's view (see `View`); made before anything renders, never changed during the update. */
  protected get view(): View {
    if (!this.#view) throw new Error(`<${this.localName}>: the view was read before its update made it (in select? use its setting)`);
    return this.#view;
  }

  /** Shorthands for what every render reads. */
  protected get locale(): string {
    return this.words.locale;
  }
  protected get messages(): Messages {
    return this.words.messages;
  }
  protected get root(): ContentRoot {
    return this.words.root;
  }
  protected get content(): ContentLookup {
    return this.view.content;
  }
  protected text<T>(words: T): T | TemplateResult {
    return this.view.text(words);
  }
  /** Host `data` checked by the validator, fetched on first use: undefined while it loads or when invalid (reported). */
  protected validated<T>(data: unknown, pick: PickValidator<T>): T | undefined {
    return validated(data, pick, this.loading, () => this.problems);
  }
  /** Rich text, its citations numbered by `sources` (the element's own list) or else by the topic (see `View.rich`). */
  protected rich(source: string, sources?: readonly Reference[]): RichText {
    return this.view.rich(source, sources);
  }
  /** The element's own content; problems reported while rendering it are shown above it. */
  protected abstract renderContent(): unknown;

  /** What this element shows, for its review dates; undefined (the default): it never says it is due. */
  protected reviewed(): Reviewed | undefined {
    return undefined;
  }
  protected renderOverdue(): TemplateResult | typeof nothing {
    return this.review.render(this.reviewed(), this.messages);
  }
  protected override render(): unknown {
    if (!this.words.arrived()) return nothing;
    const content = this.renderContent();
    const overdue = this.renderOverdue();
    const notice = this.problemController?.notice(this.settings.mode, this.messages, this.locale) ?? nothing;
    // Most elements have neither: their content is the whole render, with no wrapper for Lit to keep.
    return notice === nothing && overdue === nothing ? content : html`${notice}${overdue}${content}`;
  }
}
