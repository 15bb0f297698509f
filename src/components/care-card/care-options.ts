/**
 * A host's care options on a care card: those of the provider's `careOptions` for the card's
 * level, rendered by the card, and the page's own, slotted (`slot="care-urgent"`), which show
 * without JavaScript wherever the card was pre-rendered. Never on the emergency card: it has no
 * such slot, and the provider's check refuses the level.
 */
import { html, isServer, nothing, type TemplateResult } from 'lit';
import { CARE_OPTION_KINDS, careSlot, type CareOption, type CareOptionKind, type CareOptionLevel } from '../../model/care-option.js';
import type { Messages } from '../../i18n/messages.js';
import { checkUrl } from '../../content/urls.js';
import { sentences } from '../../i18n/sentences.js';

/** `detail` of `limber-care-option-click`: which kind of option at which level. No personal data. */
export interface CareOptionClickDetail {
  readonly kind: CareOptionKind;
  readonly level: CareOptionLevel;
}

declare global {
  interface HTMLElementEventMap {
    'limber-care-option-click': CustomEvent<CareOptionClickDetail>;
  }
}

/** The first link (with an `href`) on an event's path. */
function linkOf(event: Event): Element | undefined {
  return event
    .composedPath()
    .find((node): node is Element => node instanceof Element && node.localName === 'a' && node.hasAttribute('href'));
}

/**
 * Fires `limber-care-option-click` (bubbles, composed, cancelable) for a click on an option's link;
 * a host that cancels it (to open its own booking flow) cancels the link's navigation too.
 */
export function announceOptionClick(host: HTMLElement, level: CareOptionLevel, event: Event): void {
  const link = linkOf(event);
  if (!link) return;
  const named = link.getAttribute('data-kind');
  const kind = CARE_OPTION_KINDS.find((k) => k === named) ?? 'other';
  const detail: CareOptionClickDetail = { kind, level };
  const event2 = new CustomEvent('limber-care-option-click', { bubbles: true, composed: true, cancelable: true, detail });
  if (!host.dispatchEvent(event2)) event.preventDefault();
}

/**
 * Whether the page gave care options for the emergency level: children for `care-emergency`,
 * directly or through an outer element's slot (the article passes its children on).
 */
export function emergencyOptionsGiven(card: HTMLElement): boolean {
  return (
    !isServer &&
    [...card.querySelectorAll(`:scope > [slot="${careSlot('emergency')}"]`)].some(
      (child) => !(child instanceof HTMLSlotElement) || child.assignedElements({ flatten: true }).length > 0,
    )
  );
}

/** Why the first link among the page's slotted options fails the URL policy, if one does. */
export function refusedSlotted(slot: HTMLSlotElement | null | undefined): string | undefined {
  for (const element of slot?.assignedElements({ flatten: true }) ?? []) {
    const links = element.matches('a[href]') ? [element] : [...element.querySelectorAll('a[href]')];
    for (const link of links) {
      const result = checkUrl(link.getAttribute('href'), 'care');
      if (!result.ok) return result.reason;
    }
  }
  return undefined;
}

/**
 * Under the advice: the provider's options for this level (a line saying they come from the
 * reader's plan or employer, then the list), then the slot for the page's own, unless one of
 * those was refused (`open` false).
 */
export function renderCareOptions(
  level: CareOptionLevel,
  options: readonly CareOption[],
  messages: Messages,
  open: boolean,
  onClick: (event: Event) => void,
  onSlotChange: () => void,
): TemplateResult {
  return html`<div class="options" part="care-options" @click=${onClick}>
    ${
      options.length === 0
        ? nothing
        : html`<p class="options-from" part="care-options-from">${messages.careOptionsFrom}</p>
          <ul class="options-list">
            ${options.map(
              (option) => html`<li>
                <a href=${option.href} data-kind=${option.kind}>${option.label}</a>
                <span class="option-details">${sentences([
                  messages.careOptionKinds[option.kind],
                  option.hours,
                  option.languages === undefined ? undefined : messages.careOptionLanguages(option.languages),
                ])}</span>
              </li>`,
            )}
          </ul>`
    }
    <slot name=${open ? careSlot(level) : 'care-refused'} @slotchange=${onSlotChange}></slot>
  </div>`;
}
