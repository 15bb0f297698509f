import { html, nothing, type TemplateResult } from 'lit';
import type { Topic } from '../../model/index.js';
import type { Region, ReviewRequirement } from '../../model/settings.js';
import type { Messages } from '../../i18n/messages.js';
import type { RichText } from '../../render/rich-text.js';
import { renderBeforeYouStart, renderCareCards, renderWhenToGetHelp } from '../../render/care-first.js';
import { subLevel } from '../../render/heading.js';

/** What a card that stands alone shows before its steps. */
export interface CareFirst {
  readonly topic: Topic | undefined;
  readonly level: number;
  readonly region: Region | undefined;
  readonly requireReview: ReviewRequirement | undefined;
  /** The card's rich text, whose citation markers point at the card's own sources. */
  readonly rich: (text: string) => RichText;
  /**
   * Whether the urgent and non-urgent cards are in the `<details>` yet. A page of many cards keeps
   * none until a reader opens one; the server, and a card hydrating what the server rendered,
   * always have them, so readers without JavaScript see them too.
   */
  readonly withMore: boolean;
  /** Called when a reader opens the `<details>`, so the cards can be put in. */
  readonly opened: () => void;
}

/**
 * Red flags first on a card that stands alone: one line with the region's number, then "When to
 * get help": the topic's emergency care card open, the urgent and non-urgent cards one press away
 * ("When to see a doctor"); then "Before you start" (the topic's safety lines), so no reader
 * reaches the steps without them. Nothing when the topic has no emergency advice (host `data` has no topic to take
 * it from).
 */
export function renderCareFirst(m: Messages, at: CareFirst): TemplateResult | typeof nothing {
  const { topic, level, region, requireReview, rich, withMore, opened } = at;
  if (!topic?.careAdvice.some((advice) => advice.level === 'emergency')) return nothing;
  const cards = { topic, level: subLevel(level), region, requireReview };
  const more = topic.careAdvice.some((advice) => advice.level !== 'emergency');
  return html`<div class="emergency" part="emergency">
      <p class="emergency-line"><span class="alert-icon" aria-hidden="true"></span><strong>${m.emergencyLine(region)}</strong></p>
      ${renderWhenToGetHelp(
        m,
        level,
        html`${renderCareCards(['emergency'], cards)}
        ${
          more
            ? html`<details class="more-care" part="more-care" @toggle=${(event: Event) => (event.target as HTMLDetailsElement).open && opened()}>
                <summary>${m.whenToSeeDoctor}</summary>
                ${withMore ? html`<div class="care-cards">${renderCareCards(['urgent', 'non-urgent'], cards)}</div>` : nothing}
              </details>`
            : nothing
        }`,
      )}
    </div>
    ${renderBeforeYouStart(m, topic.exercises.safety, rich, level)}`;
}
