/**
 * React wrappers for every Limber element (`limber-elements/react`), made with `@lit/react`:
 * typed props (attributes and properties such as `data`), and typed event callbacks
 * (`onLimberCtaClick`, `onLimberDisclaimerDismiss`, `onLimberProblemFound`). Importing this module
 * registers the elements. For the bare tags in JSX, see `./jsx.ts`.
 *
 * Written by the build from the Custom Elements Manifest (scripts/lib/react-wrappers.mjs): not committed.
 */
import * as React from 'react';
import { createComponent, type EventName, type ReactWebComponent } from '@lit/react';
import { LimberProvider as LimberProviderElement } from '../components/provider/define.js';
import { LimberArticle as LimberArticleElement } from '../components/article/define.js';
import { LimberExerciseCard as LimberExerciseCardElement } from '../components/exercise-card/define.js';
import { LimberExerciseList as LimberExerciseListElement } from '../components/exercise-list/define.js';
import { LimberCauses as LimberCausesElement } from '../components/causes/define.js';
import { LimberTreatmentList as LimberTreatmentListElement } from '../components/treatment-list/define.js';
import { LimberTip as LimberTipElement } from '../components/tip/define.js';
import { LimberCareCard as LimberCareCardElement } from '../components/care-card/define.js';
import { LimberExpertCard as LimberExpertCardElement } from '../components/expert-card/define.js';
import { LimberExpertList as LimberExpertListElement } from '../components/expert-list/define.js';
import { LimberDisclaimer as LimberDisclaimerElement } from '../components/disclaimer/define.js';
import { LimberCta as LimberCtaElement } from '../components/cta/define.js';
import { LimberCitations as LimberCitationsElement } from '../components/citations/define.js';
import { LimberCite as LimberCiteElement } from '../components/cite/define.js';

export type { JSX } from './jsx.js';

const onLimberProblemFound = 'limber-problem-found' as EventName<HTMLElementEventMap['limber-problem-found']>;
const onLimberContentUpdate = 'limber-content-update' as EventName<HTMLElementEventMap['limber-content-update']>;
const onLimberCareOptionClick = 'limber-care-option-click' as EventName<HTMLElementEventMap['limber-care-option-click']>;
const onLimberCtaClick = 'limber-cta-click' as EventName<HTMLElementEventMap['limber-cta-click']>;
const onLimberDisclaimerDismiss = 'limber-disclaimer-dismiss' as EventName<HTMLElementEventMap['limber-disclaimer-dismiss']>;
const onLimberExerciseStart = 'limber-exercise-start' as EventName<HTMLElementEventMap['limber-exercise-start']>;
const onLimberExerciseComplete = 'limber-exercise-complete' as EventName<HTMLElementEventMap['limber-exercise-complete']>;

/** One wrapper: the element's props, plus a typed callback prop for each of its events. */
function wrap<I extends HTMLElement, E extends Record<string, EventName>>(tagName: string, elementClass: new () => I, events: E): ReactWebComponent<I, E> {
  return createComponent({ react: React, tagName, elementClass, events });
}

export const LimberProvider = wrap('limber-provider', LimberProviderElement, { onLimberProblemFound, onLimberContentUpdate });
export const LimberArticle = wrap('limber-article', LimberArticleElement, { onLimberCareOptionClick, onLimberCtaClick, onLimberDisclaimerDismiss, onLimberExerciseStart, onLimberExerciseComplete, onLimberProblemFound });
export const LimberExerciseCard = wrap('limber-exercise-card', LimberExerciseCardElement, { onLimberExerciseStart, onLimberExerciseComplete, onLimberProblemFound });
export const LimberExerciseList = wrap('limber-exercise-list', LimberExerciseListElement, { onLimberExerciseStart, onLimberExerciseComplete, onLimberProblemFound });
export const LimberCauses = wrap('limber-causes', LimberCausesElement, { onLimberProblemFound });
export const LimberTreatmentList = wrap('limber-treatment-list', LimberTreatmentListElement, { onLimberProblemFound });
export const LimberTip = wrap('limber-tip', LimberTipElement, { onLimberProblemFound });
export const LimberCareCard = wrap('limber-care-card', LimberCareCardElement, { onLimberCareOptionClick, onLimberProblemFound });
export const LimberExpertCard = wrap('limber-expert-card', LimberExpertCardElement, { onLimberProblemFound });
export const LimberExpertList = wrap('limber-expert-list', LimberExpertListElement, { onLimberProblemFound });
export const LimberDisclaimer = wrap('limber-disclaimer', LimberDisclaimerElement, { onLimberDisclaimerDismiss, onLimberProblemFound });
export const LimberCta = wrap('limber-cta', LimberCtaElement, { onLimberCtaClick, onLimberProblemFound });
export const LimberCitations = wrap('limber-citations', LimberCitationsElement, { onLimberProblemFound });
export const LimberCite = wrap('limber-cite', LimberCiteElement, { onLimberProblemFound });
