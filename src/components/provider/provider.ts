import { LitElement, css, html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { ContextProvider } from '@lit/context';
import type { ContentUpdateDetail } from './content-update.js';

export type { ContentUpdateDetail } from './content-update.js';
import { PENDING_CATALOG, type Catalog } from '../../content/catalog.js';
import type { CareOption, CodeResolvedDetail, Topic } from '../../model/index.js';
import { checkCareOptions } from './care-options.js';
import { formatProblem } from '../../content/validation/result.js';
import { loadValidators, loadedValidators } from '../../content/validators.js';
import { isHeadingLevel } from '../../render/heading.js';
import { visuallyHiddenStyles } from '../../render/styles/visually-hidden.styles.js';
import { ProblemController } from '../../element/problem-controller.js';
import { defaultSettings, limberContext } from '../../element/settings.js';
import { topicOfCode } from '../../content/code-loader.js';
import { LIMBER_MODES, REGIONS, REVIEW_REQUIREMENTS, type LimberMode, type Region, type ReviewRequirement } from '../../model/settings.js';

/** The `cache` values `<limber-provider>` accepts. */
const CACHE_MODES = ['default', 'no-cache'] as const;

declare global {
  interface HTMLElementEventMap {
    'limber-code-resolved': CustomEvent<CodeResolvedDetail>;
    'limber-content-update': CustomEvent<ContentUpdateDetail>;
  }
}

/**
 * Hands locale, catalog, heading base, region, the host's care options, review requirement and mode down to every Limber element inside it, through
 * `@lit/context`. Elements work without one (English, built-in content, level 3, production).
 *
 * Use one around a page region to change those settings for everything inside; it renders its
 * children as they are and adds no box of its own.
 *
 * @summary Locale, content catalog, heading base, region, review requirement and mode for every Limber element inside it.
 * @tagname limber-provider
 *
 * @slot - The content that receives the settings.
 *
 * Content packages can come from URLs (`src`, see "Keeping content current" in Storybook): while
 * one is on its way, and whenever one fails, the elements show what they had (the built-in or host
 * content, or the last package that arrived); when it arrives they render it in place.
 *
 * @fires {CustomEvent<LimberProblemDetail>} limber-problem-found - Once per new problem with the
 * provider's settings (unknown mode or region, heading base outside 1-6, a care option left out, an invalid catalog topic,
 * a content package that could not be fetched or was refused).
 * @fires {CustomEvent<CodeResolvedDetail>} limber-code-resolved - When `code` has found its topic: `{ system, code, topic }`, the code as Limber read it. Once per code.
 * @fires {CustomEvent<ContentUpdateDetail>} limber-content-update - When a content package from
 * `src` has arrived and its elements show it: `{ url, topicId, locale, version, summary }`. In the
 * page's language, a polite status also tells screen readers that the content was updated, and what changed.
 */
export class LimberProvider extends LitElement {
  static override styles = [
    css`
      :host {
        display: contents;
      }
    `,
    visuallyHiddenStyles,
  ];

  /**
   * BCP 47 locale for content and UI words, e.g. `en` or `en-GB`. Unset: each element takes the
   * page's language (the closest `lang` attribute, up to `<html lang>`), else English.
   */
  @property({ reflect: true })
  locale?: string;

  /** Heading level (1-6) for the top heading of each element inside; unset: each element's own default. */
  @property({ attribute: 'heading-base', type: Number, reflect: true })
  headingBase?: number;

  /** `us`, `uk`, `ca`, `au` or `nz` (United States, United Kingdom, Canada, Australia, New Zealand): the numbers care advice tells readers to call. Unset or unknown: "your local emergency number". */
  @property({ reflect: true })
  region?: Region;

  /**
   * `clinical`: every Limber element inside shows only items with a valid clinical sign-off, and
   * an accessible notice in place of each other one. The emergency care level is never hidden: it
   * shows with its review status. Unset: everything shows, with its review status.
   */
  @property({ attribute: 'require-review', reflect: true })
  requireReview?: ReviewRequirement;

  /** `development` shows problem notices in the page; `production` (default) shows none. */
  @property({ reflect: true })
  mode: LimberMode = defaultSettings.mode;

  /**
   * The care the host offers its readers (a nurse line, video or phone visits, physical therapy, a
   * clinic): each `{ kind, label, href, hours?, languages?, levels }`, shown on the care cards (and
   * the article's) of its `levels`, `non-urgent` and `urgent` only, under the sources' advice, in
   * words that say it comes from the reader's plan or employer. `href` is `tel:` or `https:`. An
   * option with any other link, the `emergency` level, an unknown kind or bad text is left out with
   * one warning: no host can add to, reorder or hide the emergency advice.
   */
  @property({ attribute: false })
  careOptions?: readonly CareOption[];

  /**
   * Content to use instead of the built-in catalog. Each topic is validated; an invalid topic is
   * left out with a warning. To add to the built-in content, pass
   * `{ topics: [...defaultCatalog.topics, ...yours] }`.
   */
  @property({ attribute: false })
  catalog?: Catalog;

  /**
   * URLs of content packages (`dist/content/<topic>/<locale>.json` or your own copies), separated
   * by spaces. Each URL's path must end in `/<topic-id>/<locale>.json`, and what arrives must be
   * that topic in that locale. Arrived packages take the place of the same topic and locale in
   * the catalog; until then, and on any failure, elements keep what they had. Fetched with the
   * page's HTTP cache (see `cache`); needs `connect-src` for their origin under a CSP.
   */
  @property({ reflect: true })
  src?: string;

  /**
   * Pins each `src` package to a version: one `sha256-…` (or `sha384-`, `sha512-`) value per URL,
   * in the same order, separated by spaces. A package whose bytes do not match is refused.
   */
  @property({ reflect: true })
  integrity?: string;

  /** How long each package may take to arrive, in milliseconds (default 10000). */
  @property({ type: Number, reflect: true })
  timeout?: number;

  /**
   * The HTTP cache mode for `src` fetches: `default` (the server's cache headers decide) or
   * `no-cache` (always ask the server whether the package changed; 304 answers are cheap).
   */
  @property({ reflect: true })
  cache?: 'default' | 'no-cache';

  /** `careOptions` as checked when it last changed. */
  private checkedOptions?: readonly CareOption[];

  /** Packages that arrived from `src`, by URL. */
  private readonly arrived = new Map<string, Topic>();
  /** Cancels the fetches of the previous `src`. */
  private fetching?: AbortController;
  private arrival: Promise<void> = Promise.resolve();

  /**
   * Settles when the packages of the current `src` have arrived or failed (never rejects):
   * `await provider.contentArrival` before reading what the elements show.
   */
  get contentArrival(): Promise<void> {
    return this.arrival;
  }

  /** Fetches the `src` packages again (revalidating per `cache`): for a page that stays open for days. */
  refresh(): Promise<void> {
    this.fetchSources();
    return this.arrival;
  }

  /**
   * A diagnosis code that finds the topic for every element inside that names neither `topic` nor
   * `code` (a whole page for one condition): ICD-10-CM (`icd10cm:M54.16`, the dot optional) or
   * SNOMED CT (`snomed:23056005`), the system in any case. A code no topic answers shows nothing
   * inside, warns once and fires `limber-problem-found`.
   */
  @property({ reflect: true })
  code?: string;

  /** Settles when the code lookup this provider fetched has arrived (or failed to). */
  private codeArrival?: Promise<void>;

  /** The topic `code` finds: undefined with no code; null while the lookup loads or when none answers it (reported). */
  private topicOfCode(): string | null | undefined {
    if (!this.code?.trim()) return undefined;
    const report = (message: string): void => this.problems.report(message);
    return topicOfCode(this, this.code, report, (load) => {
      this.codeArrival ??= load().then(
        () => this.requestUpdate(),
        (error: unknown) => report(`the diagnosis codes could not be loaded (${String(error)})`),
      );
    });
  }

  /** Problems with the provider's settings: warned once each, and announced as `limber-problem-found`. */
  private readonly problems = new ProblemController(this);

  /** The settings in force (`context.value`), handed to every Limber element inside, and again each time they change. */
  private readonly context = new ContextProvider(this, { context: limberContext, initialValue: defaultSettings });

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    const mode = this.problems.oneOf('mode', this.mode, LIMBER_MODES, 'using "production"') ?? 'production';
    let headingBase = this.headingBase;
    if (headingBase !== undefined && !isHeadingLevel(headingBase)) {
      this.problems.report(
        `heading-base "${this.getAttribute('heading-base') ?? headingBase}" is not a whole number from 1 to 6; ignoring it`,
      );
      headingBase = undefined;
    }
    const region = this.problems.oneOf('region', this.region, REGIONS, 'using generic wording');
    const requireReview = this.problems.oneOf('require-review', this.requireReview, REVIEW_REQUIREMENTS, 'requiring nothing');
    const current = this.context.value.catalog;
    const catalog = changed.has('catalog') || current === PENDING_CATALOG ? this.checkedCatalog() : current;
    if (changed.has('careOptions') || !this.checkedOptions) {
      const checked = checkCareOptions(this.careOptions);
      for (const problem of checked.problems) this.problems.report(problem);
      this.checkedOptions = checked.options;
    }
    const careOptions = this.checkedOptions.length > 0 ? this.checkedOptions : undefined;
    if (changed.has('src') || changed.has('integrity') || changed.has('timeout') || changed.has('cache')) this.fetchSources();
    const updates = this.arrived.size > 0 ? [...this.arrived.values()] : undefined;
    this.context.setValue({
      locale: this.locale?.trim() || undefined,
      topic: this.topicOfCode(),
      catalog,
      updates,
      headingBase,
      region,
      requireReview,
      careOptions,
      mode,
    });
  }

  /** Starts fetching the `src` packages (cancelling any still on their way), in the `remote` chunk. */
  private fetchSources(): void {
    this.fetching?.abort();
    if (!this.src?.trim() && this.arrived.size === 0) return;
    const controller = (this.fetching = new AbortController());
    const report = (message: string): void => this.problems.report(message);
    const cache = this.problems.oneOf('cache', this.cache, CACHE_MODES, 'using "default"') ?? 'default';
    this.arrival = import('./remote.js').then(
      (remote) => remote.loadSources(this, cache, this.arrived, report, controller.signal),
      (error: unknown) => report(`src could not be loaded (${String(error)}); keeping the content it had`),
    );
  }

  /** Settles when the validator this provider fetched has arrived (or failed to). */
  private validatorArrival?: Promise<void>;

  /**
   * The host's catalog with invalid topics left out; undefined means the built-in content. While
   * the validator is fetched (on the first catalog), `PENDING_CATALOG`: elements wait, showing
   * nothing rather than the built-in content.
   */
  private checkedCatalog(): Catalog | undefined {
    if (this.catalog === undefined) return undefined;
    const validators = loadedValidators();
    if (!validators) {
      this.validatorArrival ??= loadValidators().then(
        () => this.requestUpdate(),
        (error: unknown) => {
          this.problems.report(`the content validator could not be loaded (${String(error)}); using the built-in content`);
          this.catalog = undefined;
        },
      );
      return PENDING_CATALOG;
    }
    const topics: unknown = (this.catalog as { topics?: unknown } | null)?.topics;
    if (!Array.isArray(topics)) {
      this.problems.report('catalog must be { topics: Topic[] }; using the built-in content');
      return undefined;
    }
    const valid: Topic[] = [];
    topics.forEach((topic: unknown, index) => {
      const result = validators.validateTopic(topic, `catalog.topics[${index}]`);
      if (result.ok) valid.push(result.value);
      else for (const problem of result.problems) this.problems.report(formatProblem(problem));
    });
    return { topics: valid };
  }

  /** `updateComplete` also waits for the validator and the code lookup, and the update that follows. */
  protected override async getUpdateComplete(): Promise<boolean> {
    const done = await super.getUpdateComplete();
    if (!this.validatorArrival && !this.codeArrival) return done;
    await Promise.all([this.validatorArrival, this.codeArrival]);
    return super.getUpdateComplete();
  }

  /**
   * What the polite status says once a `src` package in the elements' language has arrived (set
   * by the remote chunk): that the content was updated, and what changed. Hidden on screen.
   * @internal
   */
  @state()
  notice = '';

  protected override render(): TemplateResult {
    // The status is there from the first render with src, so screen readers hear what goes in it.
    return html`<slot></slot>${this.src?.trim() ? html`<p class="visually-hidden" role="status">${this.notice}</p>` : nothing}`;
  }
}
