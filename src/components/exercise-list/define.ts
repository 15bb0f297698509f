import { defineElement } from '../../element/define.js';
import '../exercise-card/define.js';
import { LimberExerciseList } from './exercise-list.js';

export { LimberExerciseList };

defineElement('limber-exercise-list', LimberExerciseList);

declare global {
  interface HTMLElementTagNameMap {
    'limber-exercise-list': LimberExerciseList;
  }
}
