/**
 * React wrappers for every Limber element (`limber-elements/react`), made with `@lit/react`:
 * typed props (attributes and properties such as `data`), and typed event callbacks
 * (`onLimberCtaClick`, `onLimberDisclaimerDismiss`, `onLimberProblemFound`). Importing this module
 * registers the elements. For the bare tags in JSX, see `./jsx.ts`.
 */
import * as React from 'react';
import { createComponent, type EventName } from '@lit/react';
import type { LimberProblemDetail } from '../base/limber-element.js';
import type { CtaClickDetail } from '../components/cta/cta.js';
import type { DisclaimerDismissDetail } from '../components/disclaimer/disclaimer.js';
import { LimberArticle } from '../components/article/define.js';
import { LimberCareCard } from '../components/care-card/define.js';
import { LimberCauses } from '../components/causes/define.js';
import { LimberCitations } from '../components/citations/define.js';
import { LimberCite } from '../components/cite/define.js';
import { LimberCta } from '../components/cta/define.js';
import { LimberDisclaimer } from '../components/disclaimer/define.js';
import { LimberExerciseCard } from '../components/exercise-card/define.js';
import { LimberExerciseList } from '../components/exercise-list/define.js';
import { LimberExpertCard } from '../components/expert-card/define.js';
import { LimberExpertList } from '../components/expert-list/define.js';
import { LimberTip } from '../components/tip/define.js';
import { LimberTreatmentList } from '../components/treatment-list/define.js';
import { LimberProvider as LimberProviderElement } from '../context/define.js';

export type { JSX } from './jsx.js';

const problem = { onLimberProblemFound: 'limber-problem-found' as EventName<CustomEvent<LimberProblemDetail>> };

export const LimberExerciseCardReact = createComponent({ react: React, tagName: 'limber-exercise-card', elementClass: LimberExerciseCard, events: problem });
export const LimberExerciseListReact = createComponent({ react: React, tagName: 'limber-exercise-list', elementClass: LimberExerciseList, events: problem });
export const LimberCausesReact = createComponent({ react: React, tagName: 'limber-causes', elementClass: LimberCauses, events: problem });
export const LimberTreatmentListReact = createComponent({ react: React, tagName: 'limber-treatment-list', elementClass: LimberTreatmentList, events: problem });
export const LimberTipReact = createComponent({ react: React, tagName: 'limber-tip', elementClass: LimberTip, events: problem });
export const LimberCareCardReact = createComponent({ react: React, tagName: 'limber-care-card', elementClass: LimberCareCard, events: problem });
export const LimberExpertCardReact = createComponent({ react: React, tagName: 'limber-expert-card', elementClass: LimberExpertCard, events: problem });
export const LimberExpertListReact = createComponent({ react: React, tagName: 'limber-expert-list', elementClass: LimberExpertList, events: problem });
export const LimberCitationsReact = createComponent({ react: React, tagName: 'limber-citations', elementClass: LimberCitations, events: problem });
export const LimberCiteReact = createComponent({ react: React, tagName: 'limber-cite', elementClass: LimberCite, events: problem });
export const LimberProviderReact = createComponent({ react: React, tagName: 'limber-provider', elementClass: LimberProviderElement });
export const LimberCtaReact = createComponent({
  react: React,
  tagName: 'limber-cta',
  elementClass: LimberCta,
  events: { ...problem, onLimberCtaClick: 'limber-cta-click' as EventName<CustomEvent<CtaClickDetail>> },
});
// The article contains a call to action and disclaimers; their events bubble out of it.
export const LimberArticleReact = createComponent({
  react: React,
  tagName: 'limber-article',
  elementClass: LimberArticle,
  events: {
    ...problem,
    onLimberCtaClick: 'limber-cta-click' as EventName<CustomEvent<CtaClickDetail>>,
    onLimberDisclaimerDismiss: 'limber-disclaimer-dismiss' as EventName<CustomEvent<DisclaimerDismissDetail>>,
  },
});
export const LimberDisclaimerReact = createComponent({
  react: React,
  tagName: 'limber-disclaimer',
  elementClass: LimberDisclaimer,
  events: { ...problem, onLimberDisclaimerDismiss: 'limber-disclaimer-dismiss' as EventName<CustomEvent<DisclaimerDismissDetail>> },
});

export {
  LimberArticleReact as LimberArticle,
  LimberExerciseCardReact as LimberExerciseCard,
  LimberExerciseListReact as LimberExerciseList,
  LimberCausesReact as LimberCauses,
  LimberTreatmentListReact as LimberTreatmentList,
  LimberTipReact as LimberTip,
  LimberCareCardReact as LimberCareCard,
  LimberExpertCardReact as LimberExpertCard,
  LimberExpertListReact as LimberExpertList,
  LimberCitationsReact as LimberCitations,
  LimberCiteReact as LimberCite,
  LimberProviderReact as LimberProvider,
  LimberCtaReact as LimberCta,
  LimberDisclaimerReact as LimberDisclaimer,
};
