import { html, type TemplateResult } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import type { Topic } from '../../model/index.js';
import type { Messages } from '../../i18n/messages.js';
import { ARTICLE_SECTIONS, type ArticleSection } from './sections.js';

/** One entry of the article's contents list: the id of a section and its title. */
export interface ContentsEntry {
  readonly id: string;
  readonly title: string;
}

/** The article's sections in `ARTICLE_SECTIONS` order; the call to action only when it is shown, the experts only when the topic names any. */
export function contentsOf(topic: Topic, m: Messages, withCta: boolean): ContentsEntry[] {
  const entries: Readonly<Record<ArticleSection, readonly ContentsEntry[]>> = {
    care: [{ id: 'care', title: m.whenToGetHelp }],
    causes: [{ id: 'causes', title: topic.causes.heading }],
    exercises: [{ id: 'exercises', title: topic.exercises.heading }],
    treatments: [{ id: 'treatments', title: topic.treatments.heading }],
    tips: topic.tips.map((tip) => ({ id: `tip-${tip.id}`, title: `${m.tipKinds[tip.kind]}: ${tip.title}` })),
    cta: withCta && topic.callToAction ? [{ id: 'cta', title: topic.callToAction.heading }] : [],
    experts: topic.people.length > 0 ? [{ id: 'experts', title: m.experts }] : [],
    references: [{ id: 'references', title: m.references }],
  };
  return ARTICLE_SECTIONS.flatMap((section) => entries[section]);
}

/**
 * The contents `<nav>`. Fragment links cannot reach into shadow roots, so each click is handled:
 * focus moves to the section's heading and it scrolls into view. The `href` stays for "copy link".
 */
export function renderContents(entries: readonly ContentsEntry[], label: string, go: (id: string) => void, lang?: string): TemplateResult {
  return html`<nav class="contents" part="contents" aria-label=${label}>
    <p class="contents-title" aria-hidden="true">${label}</p>
    <ol>
      ${entries.map(
        (entry) =>
          html`<li><a href=${`#${entry.id}`} @click=${(event: Event) => {
            event.preventDefault();
            go(entry.id);
          }} lang=${ifDefined(lang)}>${entry.title}</a></li>`,
      )}
    </ol>
  </nav>`;
}
