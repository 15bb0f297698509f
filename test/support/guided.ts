/** What the guided-mode tests share: a clock moved by hand, the live region, and pressing its buttons. */
import { waitUntil } from '@open-wc/testing';
import type { LimberExerciseCard } from '../../src/components/exercise-card/exercise-card.js';
import type { Clock } from '../../src/components/exercise-card/guided/guided.js';
import { buttonNamed, part, root, squash, textOf } from './dom.js';

/** A clock the test moves by hand; the guided mode reads it on its next tick (every 250 ms). */
export class FakeClock implements Clock {
  time = 1_000;
  now(): number {
    return this.time;
  }
}

/** What the guided mode's live region says now. */
export const live = (el: Element): string => textOf(el, '.guided [role="status"]');

/** Clicks the card's button with this accessible name; fails naming the buttons there are. */
export async function press(el: LimberExerciseCard, name: string): Promise<void> {
  const button = buttonNamed(el, name);
  if (!button)
    throw new Error(`no button "${name}" (have: ${[...root(el).querySelectorAll('button')].map((b) => squash(b.textContent)).join(', ')})`);
  button.click();
  await el.updateComplete;
}

/** Presses the card's start button and waits until the guided panel is drawn. */
export async function start(el: LimberExerciseCard, name = 'Start guided exercise'): Promise<void> {
  await press(el, name);
  await waitUntil(() => part(el, 'guided'), 'the guided mode opens');
  await el.updateComplete;
}
