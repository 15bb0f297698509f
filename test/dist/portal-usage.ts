// Compiled (not run) against the built package by `npm run check -- dist`: what a portal engineer
// writes, resolved through package.json "exports" and "types" exactly as their bundler would.
import 'limber-elements/exercise-card.js';
import { validateExercise, type Exercise } from 'limber-elements';

const exercise: Exercise = {
  id: 'portal-stretch',
  name: 'Portal stretch',
  goal: 'flexibility',
  startingPosition: 'Sit tall.',
  steps: ['Reach up.'],
  dosage: { reps: 5 },
  stopIf: ['it hurts'],
  references: ['nhs-111-wales-sciatica'],
};

const card = document.createElement('limber-exercise-card');
card.data = exercise; // typed through HTMLElementTagNameMap
card.compact = true;
card.headingLevel = 2;
card.addEventListener('limber-problem-found', (event) => {
  const { tagName, message }: { tagName: string; message: string } = event.detail;
  console.log(tagName, message);
});
// @ts-expect-error: `data` must be an Exercise, not a string
card.data = 'knee-rolls';
export const checked = validateExercise(exercise).ok;
