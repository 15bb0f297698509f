import { defineElement } from '../../element/define.js';
// Before the first exercise: the care cards, then the exercise disclaimer.
import '../care-card/define.js';
import '../disclaimer/define.js';
import '../exercise-card/define.js';
import { LimberExerciseList } from './exercise-list.js';

export { LimberExerciseList };

defineElement('limber-exercise-list', LimberExerciseList);

declare global {
  interface HTMLElementTagNameMap {
    'limber-exercise-list': LimberExerciseList;
  }
}
