import { css, html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { topicsFor } from '../../content/catalog.js';
import { loadTopicNames, topicNames } from '../../content/topic-name-loader.js';
import { checkUrl } from '../../content/urls.js';
import { LimberHeadedElement } from '../../element/headed-element.js';
import type { Setting } from '../../element/view.js';
import { renderSection } from '../../render/section.js';
import { sectionStyles } from '../../render/styles/section.styles.js';
import { nameEntries, topicEntries, matching, type TopicEntry } from './entries.js';

/**
 * Every topic, A to Z in the reader's language, each with its other names ("Also called
 * sciatica") and a link to the host's page for it, made from `href-template`: `{topic}` becomes
 * the topic's id. A filter box narrows the list as the reader types, matching any of a topic's
 * names (without regard to case or accents); the count below it says how many match, to screen
 * readers too (a polite status), and focus stays in the box.
 *
 * @summary Every topic A to Z with its other names, each linking to the host's page for it, and a filter box.
 * @tagname limber-topic-index
 *
 * @csspart section - The `<section>`.
 * @csspart heading - The section heading.
 * @csspart filter - The filter's label and box.
 * @csspart count - How many topics show (a polite status).
 * @csspart topics - The list of topics.
 * @csspart topic - Each topic's link.
 * @csspart other-names - "Also called …" under a topic.
 * @csspart problem - The development-mode problem notice.
 */
export class LimberTopicIndex extends LimberHeadedElement {
  static override styles = [
    ...LimberHeadedElement.styles,
    sectionStyles,
    css`
      [part~='filter'] {
        display: flex;
        flex-direction: column;
        gap: var(--_space-xs);
        margin-block: var(--_space-s);
      }
      input {
        font: inherit;
        color: inherit;
        background: var(--_color-surface);
        border: 1px solid var(--_color-border);
        border-radius: var(--_radius);
        padding: var(--_space-s);
        min-block-size: 44px;
        max-inline-size: 30em;
        box-sizing: border-box;
      }
      input:focus-visible {
        outline: 3px solid var(--_color-focus);
        outline-offset: 2px;
      }
      [part~='topics'] {
        padding-inline-start: 0;
        list-style: none;
      }
      [part~='topics'] > li {
        margin-block: var(--_space-s);
      }
      [part~='other-names'] {
        display: block;
        color: var(--_color-text-muted);
      }
    `,
  ];

  /**
   * The host's page for a topic, with `{topic}` where its id goes: `/health/{topic}`. The links
   * pass Limber's URL policy (https, mailto or relative); without `{topic}`, or refused, the
   * index lists the topics without links and reports the problem.
   */
  @property({ attribute: 'href-template', reflect: true })
  hrefTemplate?: string;

  /** What the reader has typed in the filter box. */
  @state()
  private query = '';

  private entries: readonly TopicEntry[] = [];
  private template?: string;

  /** The built-in topics are listed from their names alone: none is fetched. */
  protected override builtInTopics(): readonly string[] {
    return [];
  }

  protected override hydrationNeeds(): Promise<void>[] {
    return [...super.hydrationNeeds(), loadTopicNames()];
  }

  protected override select({ content, locale }: Setting): undefined {
    if (!content.provided) {
      const names = topicNames();
      if (!names) this.loading.load('topic-names', loadTopicNames, 'the topic names');
      this.entries = names ? nameEntries(names, locale) : [];
      return undefined;
    }
    const catalog = content.catalog;
    this.entries = catalog ? topicEntries(topicsFor(catalog, locale), locale) : [];
    return undefined;
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    this.template = undefined;
    const template = this.hrefTemplate?.trim();
    if (!template) {
      this.problems.reportMissing('set the "href-template" attribute to the link of a topic\'s page, with {topic} where its id goes');
      return;
    }
    if (!template.includes('{topic}')) {
      this.problems.report(`href-template ${JSON.stringify(template)} has no {topic}; listing the topics without links`);
      return;
    }
    const checked = checkUrl(template.replaceAll('{topic}', 'topic'), 'link');
    if (checked.ok) this.template = template;
    else this.problems.report(`href-template not used: ${checked.reason}`);
  }

  private href(id: string): string | undefined {
    return this.template?.replaceAll('{topic}', encodeURIComponent(id));
  }

  private filter(event: Event): void {
    this.query = (event.target as HTMLInputElement).value;
  }

  protected override renderContent(): TemplateResult | typeof nothing {
    if (this.entries.length === 0) return nothing;
    const m = this.messages.topicIndex;
    const shown = matching(this.entries, this.query, this.locale);
    return renderSection(
      this.root,
      this.resolvedHeadingLevel,
      m.heading,
      html`<p part="filter">
          <label for="filter">${m.filter}</label>
          <input id="filter" type="search" autocomplete="off" spellcheck="false" aria-describedby="count" .value=${this.query} @input=${this.filter} />
        </p>
        <p id="count" part="count" role="status">${m.count(shown.length, this.entries.length)}</p>
        <ul part="topics">
          ${shown.map((entry) => {
            const href = this.href(entry.id);
            return html`<li lang=${entry.lang}>
              ${href === undefined ? html`<span part="topic">${entry.name}</span>` : html`<a part="topic" href=${href}>${entry.name}</a>`}
              ${
                entry.otherNames.length > 0
                  ? html`<span part="other-names" lang=${this.root.lang}>${m.alsoCalled}: <span lang=${entry.lang}>${entry.otherNames.join(', ')}</span></span>`
                  : nothing
              }
            </li>`;
          })}
        </ul>`,
    );
  }
}
