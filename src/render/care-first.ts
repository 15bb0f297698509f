/**
 * What comes before any exercise wherever exercises are shown (the article, the exercise list and
 * its printed handout, a card that stands alone): the topic's care cards, most urgent first, and
 * "Before you start", the topic's safety lines.
 */
import { html, nothing, type TemplateResult } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { CARE_LEVELS, careSlot, type CareLevel, type Topic } from '../model/index.js';
import type { Region, ReviewRequirement } from '../model/settings.js';
import type { Messages } from '../i18n/messages.js';
import type { RichText } from './rich-text.js';
import { renderHeading } from './heading.js';

/** Where care cards go: their topic, heading level, region, review requirement and (in a list) language. */
export interface CareCardsAt {
  readonly topic: Topic;
  readonly level: number;
  readonly region: Region | undefined;
  readonly requireReview: ReviewRequirement | undefined;
  readonly lang?: string;
}

/**
 * The topic's care cards at `levels`, most urgent first, each with the part `care` (the emergency
 * card `emergency` too). Each passes on the page's own care options for its level (its slot), as
 * the article always has: the non-urgent and urgent cards show them, the emergency card refuses
 * them with a warning.
 */
export function renderCareCards(levels: readonly CareLevel[], at: CareCardsAt): TemplateResult[] {
  const urgency = (level: CareLevel): number => CARE_LEVELS.indexOf(level);
  return at.topic.careAdvice
    .filter((advice) => levels.includes(advice.level))
    .sort((a, b) => urgency(b.level) - urgency(a.level))
    .map(
      ({ level }) => html`<limber-care-card part=${level === 'emergency' ? 'care emergency' : 'care'} level=${level} topic=${at.topic.id}
        heading-level=${at.level} region=${ifDefined(at.region)} require-review=${ifDefined(at.requireReview)} lang=${ifDefined(at.lang)}
        ><slot name=${careSlot(level)} slot=${careSlot(level)}></slot
      ></limber-care-card>`,
    );
}

/**
 * "When to get help" with what goes under it (care cards a level below): the name the safety lines
 * point to ("first read *When to get help*"), so the pointer leads somewhere wherever they show.
 */
export function renderWhenToGetHelp(m: Messages, level: number, content: unknown): TemplateResult {
  return html`<section class="care-first" part="when-to-get-help">${renderHeading(level, m.whenToGetHelp)} ${content}</section>`;
}

/** "Before you start": the topic's safety lines (injury, pregnancy, when to stop), before the first exercise. */
export function renderBeforeYouStart(
  m: Messages,
  lines: readonly string[],
  rich: (text: string) => RichText,
  level: number,
  footer: unknown = nothing,
): TemplateResult | typeof nothing {
  if (lines.length === 0) return nothing;
  return html`<section class="before-you-start" part="before-you-start">
    ${renderHeading(level, m.beforeYouStart)}
    <ul>${lines.map((line) => html`<li>${rich(line)}</li>`)}</ul>
    ${footer}
  </section>`;
}
