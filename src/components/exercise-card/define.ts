import { defineElement } from '../../element/define.js';
// A standalone card shows the emergency care card behind its emergency line.
import '../care-card/define.js';
import { LimberExerciseCard } from './exercise-card.js';

export { LimberExerciseCard };

defineElement('limber-exercise-card', LimberExerciseCard);

declare global {
  interface HTMLElementTagNameMap {
    'limber-exercise-card': LimberExerciseCard;
  }
}
