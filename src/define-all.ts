import { LimberArticle } from './components/article/article.js';
import { LimberCareCard } from './components/care-card/care-card.js';
import { LimberCauses } from './components/causes/causes.js';
import { LimberCitations } from './components/citations/citations.js';
import { LimberCite } from './components/cite/cite.js';
import { LimberCta } from './components/cta/cta.js';
import { LimberDisclaimer } from './components/disclaimer/disclaimer.js';
import { LimberExerciseCard } from './components/exercise-card/exercise-card.js';
import { LimberExerciseList } from './components/exercise-list/exercise-list.js';
import { LimberExpertCard } from './components/expert-card/expert-card.js';
import { LimberExpertList } from './components/expert-list/expert-list.js';
import { LimberTip } from './components/tip/tip.js';
import { LimberTreatmentList } from './components/treatment-list/treatment-list.js';
import { LimberProvider } from './context/provider.js';

/** Every Limber tag with its class, for registering them all at once. */
export const LIMBER_ELEMENTS: Readonly<Record<string, CustomElementConstructor>> = {
  'limber-provider': LimberProvider,
  'limber-article': LimberArticle,
  'limber-exercise-card': LimberExerciseCard,
  'limber-exercise-list': LimberExerciseList,
  'limber-causes': LimberCauses,
  'limber-treatment-list': LimberTreatmentList,
  'limber-tip': LimberTip,
  'limber-care-card': LimberCareCard,
  'limber-expert-card': LimberExpertCard,
  'limber-expert-list': LimberExpertList,
  'limber-disclaimer': LimberDisclaimer,
  'limber-cta': LimberCta,
  'limber-citations': LimberCitations,
  'limber-cite': LimberCite,
};

/**
 * Registers every Limber element in `registry`: how a second, different version of Limber shares
 * a page with the first. Give it a scoped registry (`new CustomElementRegistry()`) and put its
 * elements in a shadow root attached with that registry; the usual tag names then mean this
 * version inside that root, and the first version everywhere else.
 */
export function defineAllIn(registry: CustomElementRegistry): void {
  for (const [tag, element] of Object.entries(LIMBER_ELEMENTS)) {
    if (!registry.get(tag)) registry.define(tag, element);
  }
}
