import { LitElement, html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { consumeSettings, type LimberSettings } from './settings.js';
import type { Messages } from '../i18n/messages.js';
import { loadMessages } from '../i18n/registry.js';
import { loadBuiltInCatalog } from '../content/built-in.js';
import type { Reference } from '../model/index.js';
import { followLocalCite, type RichText } from '../render/rich-text.js';
import { sharedStyles } from '../render/styles/shared.styles.js';
import type { ContentRoot } from '../render/section.js';
import type { ContentLookup } from './content-lookup.js';
import { LoadController } from './load-controller.js';
import { LocaleController } from './locale-controller.js';
import { ProblemController } from './problem-controller.js';
import { ReviewController, type Reviewed } from './review-controller.js';
import { scopedRenderRoot } from './scoped-registry.js';
import { TopicController } from './topic-controller.js';
import { validated, type PickValidator } from './validated.js';

export type { LimberProblemDetail } from '../render/problem.js';

/**
 * The base of every Limber element: the provider's settings (or the defaults) and controllers for
 * problems, loads and hydration, locale and words, content and its topic, and review dates.
 * Subclasses implement `renderContent()` and never throw on content: a problem becomes a notice
 * (development) or nothing (production). Elements with a heading extend `LimberHeadedElement`.
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
  protected readonly loading = new LoadController(this, this.problemsOf);
  protected readonly words = new LocaleController(this, this.provided, this.loading);
  protected readonly topics = new TopicController(this, this.words, this.loading, this.problemsOf);
  protected readonly review = new ReviewController(this, this.problemsOf);
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
    return [loadMessages(this.locale), loadBuiltInCatalog(this.locale)];
  }
  protected override getUpdateComplete(): Promise<boolean> {
    return this.loading.settled(() => super.getUpdateComplete());
  }
  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    this.words.refresh();
    this.topics.refresh();
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
    return this.topics.lookup;
  }
  protected text<T>(words: T): T | TemplateResult {
    return this.topics.text(words);
  }
  /** Host `data` checked by the validator, fetched on first use: undefined while it loads or when invalid (reported). */
  protected validated<T>(data: unknown, pick: PickValidator<T>): T | undefined {
    return validated(data, pick, this.loading, () => this.problems);
  }
  /** Rich text, its citations numbered by `sources` (the element's own list) or else by the topic (see `TopicController.rich`). */
  protected rich(source: string, sources?: readonly Reference[]): RichText {
    return this.topics.rich(source, sources);
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
