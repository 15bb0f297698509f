/**
 * Every red-flag checklist, one per family of conditions; each names the topics it holds
 * (`topics`). The content check fails for a topic with care advice that no checklist names.
 */
import type { RedFlagChecklist } from './checklist.js';
import { knee } from './knee.js';
import { lowBack } from './low-back.js';

export const CHECKLISTS: readonly RedFlagChecklist[] = [lowBack, knee];
