import { LitElement, css, html, type PropertyValues, type TemplateResult } from 'lit';
import { property } from 'lit/decorators.js';
import { provide } from '@lit/context';
import { PENDING_CATALOG, type Catalog } from '../content/catalog.js';
import type { Topic } from '../content/model.js';
import { formatProblem } from '../content/validation/result.js';
import { loadValidators, loadedValidators } from '../content/validators.js';
import { isHeadingLevel } from '../base/heading.js';
import { ProblemController } from '../base/problem-controller.js';
import { LIMBER_MODES, REGIONS, defaultSettings, limberContext, type LimberMode, type LimberSettings, type Region } from './context.js';

/**
 * Hands locale, catalog, heading base and mode down to every Limber element inside it, through
 * `@lit/context`. Elements work without one (English, built-in content, level 3, production).
 *
 * Use one around a page region to change those settings for everything inside; it renders its
 * children as they are and adds no box of its own.
 *
 * @summary Locale, content catalog, heading base, region and mode for every Limber element inside it.
 * @tagname limber-provider
 *
 * @slot - The content that receives the settings.
 *
 * @fires {CustomEvent<LimberProblemDetail>} limber-problem-found - Once per new problem with the
 * provider's settings (unknown mode or region, heading base outside 1-6, an invalid catalog topic).
 */
export class LimberProvider extends LitElement {
  static override styles = css`
    :host {
      display: contents;
    }
  `;

  /**
   * BCP 47 locale for content and UI words, e.g. `en` or `en-GB`. Unset: each element takes the
   * page's language (the closest `lang` attribute, up to `<html lang>`), else English.
   */
  @property({ reflect: true })
  locale?: string;

  /** Heading level (1-6) for the top heading of each element inside; unset: each element's own default. */
  @property({ attribute: 'heading-base', type: Number, reflect: true })
  headingBase?: number;

  /** `us` (911) or `uk` (999, NHS 111): the numbers care advice tells readers to call. Unset: "your local emergency number". */
  @property({ reflect: true })
  region?: Region;

  /** `development` shows problem notices in the page; `production` (default) shows none. */
  @property({ reflect: true })
  mode: LimberMode = defaultSettings.mode;

  /**
   * Content to use instead of the built-in catalog. Each topic is validated; an invalid topic is
   * left out with a warning. To add to the built-in content, pass
   * `{ topics: [...defaultCatalog.topics, ...yours] }`.
   */
  @property({ attribute: false })
  catalog?: Catalog;

  /** Problems with the provider's settings: warned once each, and announced as `limber-problem-found`. */
  private readonly problems = new ProblemController(this);

  @provide({ context: limberContext })
  protected settings: LimberSettings = defaultSettings;

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
    const catalog = changed.has('catalog') || this.settings.catalog === PENDING_CATALOG ? this.checkedCatalog() : this.settings.catalog;
    this.settings = { locale: this.locale?.trim() || undefined, catalog, headingBase, region, mode };
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

  /** `updateComplete` also waits for the validator and the update that follows it. */
  protected override async getUpdateComplete(): Promise<boolean> {
    const done = await super.getUpdateComplete();
    if (!this.validatorArrival) return done;
    await this.validatorArrival;
    return super.getUpdateComplete();
  }

  protected override render(): TemplateResult {
    return html`<slot></slot>`;
  }
}
