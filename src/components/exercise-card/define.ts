import { defineElement } from '../../define.js';
import { LimberExerciseCard } from './exercise-card.js';

export { LimberExerciseCard };

defineElement('limber-exercise-card', LimberExerciseCard);

declare global {
  interface HTMLElementTagNameMap {
    'limber-exercise-card': LimberExerciseCard;
  }
}
