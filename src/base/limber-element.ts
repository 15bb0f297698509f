import { LitElement, html, type PropertyValues, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { consume } from '@lit/context';
import { defaultSettings, limberContext, type LimberSettings } from '../context/context.js';
import { messagesFor, type Messages } from '../i18n/messages.js';
import { DEFAULT_HEADING_LEVEL, headingLevelConverter, isHeadingLevel } from './heading.js';
import { renderProblem, warnProblem, type LimberProblemDetail } from './problem.js';
import { renderLocalCite, renderRichText, type RichText } from './rich-text.js';
import { focusHeadingElement } from './motion.js';
import { scopedRenderRoot } from './scoped-registry.js';
import { waitForBuiltIn } from './built-in-wait.js';
import { MissingConfiguration } from './missing-configuration.js';
import { builtInCatalog } from '../content/built-in.js';
import { findReferences, findTopic, topicsFor, type Catalog } from '../content/catalog.js';
import type { Reference, Topic } from '../content/model.js';
import { formatProblem, type ValidationResult } from '../content/validation/result.js';
import { sharedStyles } from '../styles/shared.styles.js';

export type { LimberProblemDetail } from './problem.js';

/**
 * The thin base of every Limber element: it consumes the provider's settings (or the defaults),
 * resolves the heading level, and collects problems so that each is warned once and shown by the
 * one shared `renderProblem()`.
 *
 * Subclasses implement `renderContent()` and call `report()` for bad input. They never throw on
 * content: a problem becomes a notice (development) or nothing (production).
 *
 * @fires {CustomEvent<LimberProblemDetail>} limber-problem-found - Once per new problem with this
 * element's input (unknown id, malformed data, refused URL...), so a host can log it. Bubbles and
 * crosses shadow roots.
 */
export abstract class LimberElement extends LitElement {
  static override styles = [sharedStyles];

  /**
   * Level (1-6) of the element's top heading. Defaults to the provider's heading base, or 3.
   * Values outside 1-6 are reported and the default is used.
   */
  @property({ attribute: 'heading-level', converter: headingLevelConverter })
  headingLevel?: number;

  /** Settings from the nearest `<limber-provider>`, or the defaults when there is none. */
  @consume({ context: limberContext, subscribe: true })
  @state()
  protected settings: LimberSettings = defaultSettings;

  /** Problems found in the current render; reset before each update. */
  private problems: string[] = [];
  /** Problems already warned about by this element, so each is warned once (made on the first). */
  private warned?: Set<string>;

  /** In a scoped registry (a second version of Limber), see `scopedRenderRoot`. */
  protected override createRenderRoot(): HTMLElement | DocumentFragment {
    return scopedRenderRoot(this) ?? super.createRenderRoot();
  }

  /** UI words for the current locale. */
  protected get messages(): Messages {
    return messagesFor(this.settings.locale);
  }

  /** The level of this element's top heading when neither attribute nor provider sets one. */
  protected get defaultHeadingLevel(): number {
    return DEFAULT_HEADING_LEVEL;
  }

  /** The heading level in force: attribute, else provider base, else the element's default. */
  protected get resolvedHeadingLevel(): number {
    if (this.headingLevel !== undefined && isHeadingLevel(this.headingLevel)) return this.headingLevel;
    const base = this.settings.headingBase;
    return base !== undefined && isHeadingLevel(base) ? base : this.defaultHeadingLevel;
  }

  /**
   * The topic with this id in the current locale, reporting a missing or unknown id. With no id
   * (`required: false`), the catalog's first topic is used.
   */
  protected lookupTopic(id: string | undefined, required = true): Topic | undefined {
    const { locale } = this.settings;
    const unset = id === undefined || id.trim() === '';
    if (unset && required) {
      this.reportMissing('set the "topic" attribute to a topic id');
      return undefined;
    }
    const catalog = this.catalog;
    if (catalog === undefined) return undefined;
    if (unset) {
      const first = catalog.topics[0];
      return first ? findTopic(catalog, first.id, locale) : undefined;
    }
    const topic = findTopic(catalog, id, locale);
    if (!topic) this.report(`no topic with id ${JSON.stringify(id)} in the catalog`);
    return topic;
  }

  /**
   * Finds something by id across the catalog's topics (in the current locale), reporting a
   * missing id ('set the "tip" attribute to a tip id') or an unknown one ('no tip with id …').
   */
  protected lookupById<T>(id: string | undefined, attribute: string, noun: string, find: (topic: Topic) => T | undefined): T | undefined {
    if (id === undefined || id.trim() === '') {
      this.reportMissing(`set the "${attribute}" attribute to ${/^[aeiou]/.test(noun) ? 'an' : 'a'} ${noun} id`);
      return undefined;
    }
    const catalog = this.catalog;
    if (catalog === undefined) return undefined;
    for (const topic of topicsFor(catalog, this.settings.locale)) {
      const found = find(topic);
      if (found !== undefined) return found;
    }
    this.report(`no ${noun} with id ${JSON.stringify(id)} in the catalog`);
    return undefined;
  }

  /**
   * The catalog in force: the provider's, else the built-in content. Undefined only while the
   * built-in content is loading (per-element modules fetch it on first use): look-ups then find
   * nothing and report nothing, and the element renders again when it arrives.
   */
  protected get catalog(): Catalog | undefined {
    const catalog = this.settings.catalog ?? builtInCatalog();
    if (catalog === undefined) this.builtInArrival ??= waitForBuiltIn(() => this.requestUpdate(), (message) => this.report(message));
    return catalog;
  }

  /** Settles when the built-in content this element waited for has arrived (or failed to). */
  private builtInArrival?: Promise<void>;

  /** `updateComplete` also waits for the built-in content and the render that follows it. */
  protected override async getUpdateComplete(): Promise<boolean> {
    const done = await super.getUpdateComplete();
    if (this.builtInArrival === undefined) return done;
    await this.builtInArrival;
    return super.getUpdateComplete();
  }

  /**
   * The references with these ids, in the order given, for an element's own numbered source list
   * (so it is complete on its own page); an id the catalog lacks is reported.
   */
  protected sourcesFor(ids: readonly string[]): readonly Reference[] {
    if (ids.length === 0) return [];
    const catalog = this.catalog;
    if (catalog === undefined) return [];
    const found = findReferences(catalog, ids, this.settings.locale);
    for (const id of ids) if (!found.has(id)) this.report(`reference "${id}" is not in the catalog`);
    return [...found.values()];
  }

  /**
   * Validates host-supplied `data` (reported with paths such as `data.dosage.reps`); returns it
   * typed when valid, else undefined.
   */
  protected fromData<T>(data: unknown, validate: (value: unknown, path: string) => ValidationResult<T>): T | undefined {
    const result = validate(data, 'data');
    if (result.ok) return result.value;
    for (const problem of result.problems) this.report(formatProblem(problem));
    return undefined;
  }

  /**
   * Checks an enumerated attribute. Unset or empty gives undefined silently; a value outside
   * `allowed` is reported ('level "soon" is not one of …', plus `consequence`) and gives undefined.
   */
  protected oneOf<T extends string>(attribute: string, value: string | undefined, allowed: readonly T[], consequence = ''): T | undefined {
    if (value === undefined || value === '') return undefined;
    if ((allowed as readonly string[]).includes(value)) return value as T;
    this.report(`${attribute} ${JSON.stringify(value)} is not one of ${allowed.join(', ')}${consequence ? `; ${consequence}` : ''}`);
    return undefined;
  }

  /**
   * Moves focus to the element's top heading (made focusable for the purpose) and scrolls it into
   * view; used by contents links, which cannot cross shadow roots by fragment.
   */
  focusHeading(): void {
    const heading = this.renderRoot.querySelector<HTMLElement>('#heading');
    if (heading) focusHeadingElement(heading);
  }

  /**
   * Reports missing configuration ("set the … attribute") only if it is still missing once the
   * page has loaded and one more task has passed (see `MissingConfiguration`).
   */
  protected reportMissing(message: string): void {
    this.missing ??= new MissingConfiguration(() => this.requestUpdate());
    if (this.warned?.has(message) || this.missing.isDue(message)) this.report(message);
  }

  /** Made on first need: most elements are configured and never wait. */
  private missing?: MissingConfiguration;

  /** Records a problem: warned once per element, listed in the development notice. */
  protected report(message: string): void {
    if (!this.problems.includes(message)) this.problems.push(message);
    this.warned ??= new Set();
    if (!this.warned.has(message)) {
      this.warned.add(message);
      warnProblem(this.localName, message);
      const detail: LimberProblemDetail = { tagName: this.localName, message };
      this.dispatchEvent(new CustomEvent('limber-problem-found', { detail, bubbles: true, composed: true }));
    }
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    this.problems = [];
    if (this.headingLevel !== undefined && !isHeadingLevel(this.headingLevel)) {
      const raw = this.getAttribute('heading-level') ?? String(this.headingLevel);
      this.report(`heading-level "${raw}" is not a whole number from 1 to 6; using ${this.resolvedHeadingLevel}`);
    }
  }

  /** The element's own content; problems reported while rendering it are shown above it. */
  protected abstract renderContent(): unknown;

  protected override render(): TemplateResult {
    const content = this.renderContent();
    const notice = renderProblem(this.localName, this.problems, this.settings.mode, this.messages.problem);
    return html`${notice}${content}`;
  }

  /**
   * Rich text. With `sources` (the element's own list, in display order, as `renderSources`
   * shows it) citation markers are numbered locally and move focus to `#source-N` in this shadow
   * root; without, each marker is a `<limber-cite>` numbered by the topic's references.
   */
  protected rich(source: string, sources?: readonly Reference[]): RichText {
    const ids = sources?.map((reference) => reference.id);
    return renderRichText(source, {
      report: (message) => this.report(message),
      renderCite: (ref) =>
        ids === undefined
          ? html`<limber-cite ref=${ref}></limber-cite>`
          : renderLocalCite(ref, ids, this.renderRoot, this.messages.source, (message) => this.report(message)),
    });
  }

}
