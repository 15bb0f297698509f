import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property } from 'lit/decorators.js';
import { ifDefined } from 'lit/directives/if-defined.js';
import { CARE_LEVELS, type Reference, type Topic } from '../../model/index.js';
import { renderBeforeYouStart, renderCareCards } from '../../render/care-first.js';
import { ARTICLE_SECTIONS, type ArticleSection } from './sections.js';
import { loadFingerprint, loadedFingerprint } from '../../content/fingerprints.js';
import type { Region } from '../../model/settings.js';
import { LimberHeadedElement } from '../../element/headed-element.js';
import { renderHeading, subLevel } from '../../render/heading.js';
import { renderQuote } from '../../render/quote.js';
import { focusHeadingElement } from '../../render/motion.js';
import { sectionStyles } from '../../render/styles/section.styles.js';
import { articleStyles } from './article.styles.js';
import { careFirstStyles } from '../../render/styles/care-first.styles.js';
import { contentsOf, renderContents, type ContentsEntry } from './contents.js';
import { curatorOf, provenanceLabel, renderProvenance } from '../../render/provenance.js';
import { citationsIn } from '../../content/rich-text.js';
import { datedRows, renderReviewDue } from '../../render/review.js';
import type * as StructuredData from './structured-data.js';
import { withTopic } from '../../element/topic-attribute.js';
import type { Setting } from '../../element/view.js';

/** Marks the JSON-LD script the article wrote, so re-renders and second loads find it. */
const STRUCTURED_DATA_MARKER = 'data-limber-structured-data';

let structuredData: typeof StructuredData | undefined;
/** The structured-data chunk, fetched after an article first renders. */
const loadStructuredData = (): Promise<void> =>
  import('./structured-data.js').then((module) => {
    structuredData = module;
  });

/**
 * The whole topic, composed from Limber's elements: title, summary, dates and a plain statement of
 * what the page is (adapted from the named article, plus additions from public sources); a
 * contents list; the introduction; then, red flags first, when to get help (the emergency card
 * first, before any exercise); causes; exercises (what the source says of its own, then the
 * exercises Limber added: "Before you start" and Limber's exercise disclaimer, then the cards); other
 * treatments; the tip; the call to action (only when the host gives `cta-href`); the article
 * disclaimer; the experts the source article names (placed after everything Limber added, and
 * saying they did not review it); references. `ARTICLE_SECTIONS` is that order.
 *
 * Every section says where it comes from, once, in words ("From the Hinge Health article
 * (2023)", "Added by Limber from NHS inform and Cambridge University Hospitals"), and so does
 * every item whose origin differs from its section's.
 *
 * `heading-level` sets the title's level (default 2) and every heading inside follows from it
 * without skipping. Contents links move focus and scroll to each section, across shadow roots.
 *
 * @summary The whole topic, red flags first: when to get help before any exercise, with dates, experts and a contents list.
 *
 * @slot care-non-urgent - The page's own care options, passed to the non-urgent care card (see `<limber-care-card>`).
 * @slot care-urgent - The same, for the urgent care card. (Children for `care-emergency` are refused, with a warning.)
 *
 * @fires {CustomEvent<CareOptionClickDetail>} limber-care-option-click - From a care option on a care card inside it (bubbles out; cancelable).
 * @fires {CustomEvent<CtaClickDetail>} limber-cta-click - From the call to action inside it (bubbles out).
 * @fires {CustomEvent<DisclaimerDismissDetail>} limber-disclaimer-dismiss - From a dismissible disclaimer inside it (bubbles out).
 * @fires {CustomEvent<ExerciseStartDetail>} limber-exercise-start - From an exercise card's guided mode inside it (bubbles out; cancelable).
 * @fires {CustomEvent<ExerciseCompleteDetail>} limber-exercise-complete - From an exercise card's guided mode inside it (bubbles out).
 * @tagname limber-article
 *
 * Beside what it renders, the article writes schema.org structured data for search engines: one
 * `<script type="application/ld+json">` child (a `MedicalWebPage` with its exercises as
 * `ExercisePlan`s, holding only what the page shows). Under Trusted Types, list its policy:
 * `trusted-types lit-html limber-json-ld`. `no-structured-data` leaves it out.
 *
 * @csspart article - The `<article>`.
 * @csspart header - Title, summary, dates and source.
 * @csspart title - The title heading.
 * @csspart dates - Published, additions checked, last reviewed (and what that review was) and next review dates.
 * @csspart review-due - "Due for review since …", once the next review date has passed.
 * @csspart about - What the page is: adapted from the named article, plus additions from public sources.
 * @csspart provenance - Where a section of the article's own text comes from.
 * @csspart contents - The contents `<nav>`.
 * @csspart problem - The development-mode problem notice.
 * @csspart translation - Which language the article was translated from, and whether a clinician reviewed the translation.
 * @csspart quote - A quotation with its caption.
 * @csspart original - A translated quotation's original words, in a `<details>` under it.
 *
 * @cssprop [--limber-article-max-width=48em] - Widest the article's text grows.
 * @cssprop [--limber-article-gap=var(--limber-space-l)] - Space between sections.
 */
export class LimberArticle extends withTopic(LimberHeadedElement) {
  static override styles = [...LimberHeadedElement.styles, sectionStyles, careFirstStyles, articleStyles];

  /** Where the call to action leads; without it the call to action is left out. */
  @property({ attribute: 'cta-href', reflect: true })
  ctaHref?: string;

  /** Link text for the call to action instead of the content's. */
  @property({ attribute: 'cta-label', reflect: true })
  ctaLabel?: string;

  /** `us`, `uk`, `ca`, `au` or `nz`, for the numbers in the care advice; else the provider's region. */
  @property({ reflect: true })
  region?: Region;

  /**
   * Leaves out the schema.org JSON-LD (`MedicalWebPage`) the article otherwise writes as a
   * `<script type="application/ld+json">` child, e.g. where the host page writes its own.
   */
  @property({ attribute: 'no-structured-data', type: Boolean, reflect: true })
  noStructuredData = false;

  private source?: Topic;
  private contents: readonly ContentsEntry[] = [];

  protected override updated(changed: PropertyValues<this>): void {
    super.updated(changed);
    const topic = this.source;
    if (!topic || this.noStructuredData) {
      this.querySelector(`:scope > script[${STRUCTURED_DATA_MARKER}]`)?.remove();
      return;
    }
    if (!structuredData) {
      this.loading.load('structured-data', loadStructuredData, 'the structured data');
      return;
    }
    // Sign-offs count only once their fingerprints can be checked.
    if (topic.review?.signOffs.length && !loadedFingerprint()) this.loading.load('fingerprint', loadFingerprint, 'the review fingerprints');
    const data = structuredData.structuredData(topic, this.messages, loadedFingerprint(), this.clinical.requirement());
    const problem = structuredData.writeStructuredData(this, data, STRUCTURED_DATA_MARKER);
    if (problem) this.problems.report(problem);
  }

  protected override get defaultHeadingLevel(): number {
    return 2;
  }

  protected override select({ content, messages }: Setting): Topic | undefined {
    this.source = content.topic(this.topicWanted());
    this.contents = this.source ? contentsOf(this.source, messages, Boolean(this.ctaHref)) : [];
    return this.source;
  }

  /** Moves focus to a section by its id (a contents entry). */
  focusSection(id: string): void {
    const target = this.renderRoot.querySelector<HTMLElement>(`#${CSS.escape(id)}`);
    if (target instanceof LimberHeadedElement) target.focusHeading();
    else {
      const heading = target?.querySelector<HTMLElement>('h1, h2, h3, h4, h5, h6');
      if (heading) focusHeadingElement(heading);
    }
  }

  /** The references behind the exercises Limber added: each exercise's, then the safety rules'. */
  private exerciseSources(topic: Topic): Reference[] {
    const ids = [...topic.exercises.items.flatMap((e) => e.references), ...citationsIn(topic.exercises.safety)];
    return topic.references.filter((reference) => ids.includes(reference.id));
  }

  /** The article says it is due for review in its header, not above it. */
  protected override renderOverdue(): typeof nothing {
    return nothing;
  }

  /** The header's words about the source article, its title between them in its own language. */
  private aboutSource([before, after]: readonly [string, string], title: string): TemplateResult {
    return html`${before}<cite lang=${ifDefined(this.view.referenceLang ?? this.view.contentLang)}>${title}</cite>${after}`;
  }

  private renderHeader(topic: Topic, level: number): TemplateResult {
    const m = this.messages;
    const { published, sourcesChecked } = topic.dates;
    const overdue = this.review.overdue(this.reviewed());
    const about = { curator: curatorOf(topic), published: m.date(published), checked: sourcesChecked && m.date(sourcesChecked) };
    const { source } = topic;
    return html`<header class="header" part="header">
      ${renderHeading(level, this.text(topic.title), { id: 'heading', part: 'title', className: 'title' })}
      <p class="summary">${this.rich(topic.summary)}</p>
      <dl class="dates" part="dates">
        ${datedRows(m, topic, overdue).map(
          ({ term, date, after }) =>
            html`<div><dt>${term}</dt><dd><time datetime=${date}>${m.date(date)}</time>${after ? ` ${after}` : nothing}</dd></div>`,
        )}
      </dl>
      ${overdue ? renderReviewDue(m, overdue) : nothing}
      <p class="source" part="about">${source ? this.aboutSource(m.aboutTopic({ ...about, publisher: source.publisher }), source.title) : m.aboutOwnTopic(about.curator)}</p>
      ${
        topic.translation
          ? html`<p class="translation" part="translation">${m.translated(topic.translation.from, topic.translation.clinicallyReviewed)}</p>`
          : nothing
      }
    </header>`;
  }

  protected override renderContent(): TemplateResult | typeof nothing {
    const topic = this.source;
    if (!topic) return nothing;
    const m = this.messages;
    const level = this.resolvedHeadingLevel;
    const section = subLevel(level);
    const item = subLevel(level, 2);
    const report = (message: string): void => this.problems.report(message);
    const quotes = (list: Topic['introQuotes']): unknown =>
      list.map((q) => renderQuote(q, { people: topic.people, report, m, translation: topic.translation, lang: this.view.contentLang }));
    const id = topic.id;
    const fromSource = renderProvenance(provenanceLabel(m, topic, 'source-article'));
    const { exercises } = topic;
    const hasExerciseDisclaimer = topic.disclaimers.some((d) => d.kind === 'exercise');
    const region = this.region ?? this.settings.region;
    const requireReview = this.requireReview;
    const sections: Readonly<Record<ArticleSection, unknown>> = {
      care: html`<section id="care" aria-labelledby="care-heading">
        ${renderHeading(section, m.whenToGetHelp, { id: 'care-heading', className: 'heading' })}
        <div class="care-cards">${renderCareCards(CARE_LEVELS, { topic, level: item, region, requireReview })}</div>
      </section>`,
      causes: html`<limber-causes id="causes" topic=${id} heading-level=${section} require-review=${ifDefined(requireReview)}></limber-causes>`,
      exercises: html`<section id="exercises" aria-labelledby="exercises-heading">
        ${renderHeading(section, this.text(exercises.heading), { id: 'exercises-heading', className: 'heading' })}
        <div class="from-source">${fromSource} <p>${this.rich(exercises.intro)}</p> ${quotes(exercises.quotes)}</div>
        <div class="added">
          ${renderProvenance(provenanceLabel(m, topic, 'added', this.exerciseSources(topic)))}
          ${exercises.addedIntro ? html`<p>${this.rich(exercises.addedIntro)}</p>` : nothing}
          ${renderBeforeYouStart(m, exercises.safety, (rule) => this.rich(rule), item)}
          <limber-disclaimer kind=${hasExerciseDisclaimer ? 'exercise' : 'video'} topic=${id}></limber-disclaimer>
          <limber-exercise-list topic=${id} heading-level=${item} emergency-above region=${ifDefined(region)}
            require-review=${ifDefined(requireReview)}></limber-exercise-list>
        </div>
      </section>`,
      treatments: html`<limber-treatment-list id="treatments" topic=${id} heading-level=${section}
          require-review=${ifDefined(requireReview)}></limber-treatment-list>
        <limber-disclaimer kind="medicine" topic=${id}></limber-disclaimer>`,
      tips: topic.tips.map(
        (tip) =>
          html`<limber-tip id=${`tip-${tip.id}`} tip=${tip.id} heading-level=${section} require-review=${ifDefined(requireReview)}></limber-tip>`,
      ),
      cta: html`${
        this.ctaHref && topic.callToAction
          ? html`<limber-cta id="cta" topic=${id} heading-level=${section} href=${this.ctaHref}
            label=${this.ctaLabel ?? ''}></limber-cta>`
          : nothing
      }
        <limber-disclaimer kind="article" topic=${id}></limber-disclaimer>`,
      experts:
        topic.people.length > 0
          ? html`<section id="experts" aria-labelledby="experts-heading">
              ${renderHeading(section, m.experts, { id: 'experts-heading', className: 'heading' })}
              <limber-expert-list topic=${id} heading-level=${item}></limber-expert-list>
            </section>`
          : nothing,
      references: html`<limber-citations id="references" topic=${id} heading-level=${section}></limber-citations>`,
    };
    return html`<article class="article" part="article" aria-labelledby="heading" lang=${this.root.lang} dir=${this.root.dir}>
      ${this.renderHeader(topic, level)}
      ${renderContents(this.contents, m.contents, (target) => this.focusSection(target), this.view.contentLang)}
      <div class="intro">${fromSource} ${topic.intro.map((p) => html`<p>${this.rich(p)}</p>`)} ${quotes(topic.introQuotes)}</div>
      ${ARTICLE_SECTIONS.map((name) => sections[name])}
    </article>`;
  }
}
