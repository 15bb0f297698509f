/**
 * The references an item is shown with, in display order: those it names, then any its text cites
 * only inline (a stop rule's source, a sign's), each once. An element's own numbered source list.
 */
import type { CareAdvice, Exercise } from '../model/index.js';
import { signText } from './care-signs.js';
import { citationsIn } from './rich-text.js';

/** An exercise's: the movement's references, the dose's, then those its text cites. */
export function exerciseSourceIds(exercise: Exercise): string[] {
  const texts = [exercise.summary ?? '', exercise.startingPosition, ...exercise.steps, ...exercise.stopIf, exercise.dosage.note ?? ''];
  return [...new Set([...exercise.references, ...(exercise.dosage.references ?? []), ...citationsIn(texts)])];
}

/** A care advice's: its references, then those its signs and action cite. */
export function careSourceIds(advice: CareAdvice): string[] {
  return [...new Set([...advice.references, ...citationsIn([...advice.signs.map(signText), advice.action])])];
}
