/**
 * JSX typing for Limber's bare tags in React 19 (`<limber-tip tip="…" />`), for apps that use the
 * custom elements directly instead of the wrappers. React 19 sets known properties (`data`) as
 * properties and listens to custom events with `on` + the exact event name
 * (`onlimber-cta-click`). Imported for its types by `limber-elements/react`.
 *
 * Written by the build from the Custom Elements Manifest (scripts/lib/react-wrappers.mjs): not committed.
 */
import type { DOMAttributes, HTMLAttributes, RefAttributes } from 'react';
import type {} from '../components/provider/define.js';
import type {} from '../components/article/define.js';
import type {} from '../components/exercise-card/define.js';
import type {} from '../components/exercise-list/define.js';
import type {} from '../components/causes/define.js';
import type {} from '../components/treatment-list/define.js';
import type {} from '../components/tip/define.js';
import type {} from '../components/care-card/define.js';
import type {} from '../components/expert-card/define.js';
import type {} from '../components/expert-list/define.js';
import type {} from '../components/disclaimer/define.js';
import type {} from '../components/cta/define.js';
import type {} from '../components/citations/define.js';
import type {} from '../components/cite/define.js';

type Base<E extends HTMLElement> = HTMLAttributes<E> & DOMAttributes<E> & RefAttributes<E>;

export interface LimberIntrinsicElements {
  'limber-provider': Base<HTMLElementTagNameMap['limber-provider']> & {
    'locale'?: HTMLElementTagNameMap['limber-provider']['locale'];
    'heading-base'?: number | string;
    'region'?: HTMLElementTagNameMap['limber-provider']['region'];
    'require-review'?: HTMLElementTagNameMap['limber-provider']['requireReview'];
    'mode'?: HTMLElementTagNameMap['limber-provider']['mode'];
    'src'?: HTMLElementTagNameMap['limber-provider']['src'];
    'integrity'?: HTMLElementTagNameMap['limber-provider']['integrity'];
    'timeout'?: number | string;
    'cache'?: HTMLElementTagNameMap['limber-provider']['cache'];
    careOptions?: HTMLElementTagNameMap['limber-provider']['careOptions'];
    catalog?: HTMLElementTagNameMap['limber-provider']['catalog'];
    'onlimber-problem-found'?: (event: HTMLElementEventMap['limber-problem-found']) => void;
    'onlimber-content-update'?: (event: HTMLElementEventMap['limber-content-update']) => void;
  };
  'limber-article': Base<HTMLElementTagNameMap['limber-article']> & {
    'cta-href'?: HTMLElementTagNameMap['limber-article']['ctaHref'];
    'cta-label'?: HTMLElementTagNameMap['limber-article']['ctaLabel'];
    'region'?: HTMLElementTagNameMap['limber-article']['region'];
    'no-structured-data'?: HTMLElementTagNameMap['limber-article']['noStructuredData'];
    'topic': HTMLElementTagNameMap['limber-article']['topic'];
    'heading-level'?: number | string;
    'require-review'?: HTMLElementTagNameMap['limber-article']['requireReview'];
    'onlimber-care-option-click'?: (event: HTMLElementEventMap['limber-care-option-click']) => void;
    'onlimber-cta-click'?: (event: HTMLElementEventMap['limber-cta-click']) => void;
    'onlimber-disclaimer-dismiss'?: (event: HTMLElementEventMap['limber-disclaimer-dismiss']) => void;
    'onlimber-exercise-start'?: (event: HTMLElementEventMap['limber-exercise-start']) => void;
    'onlimber-exercise-complete'?: (event: HTMLElementEventMap['limber-exercise-complete']) => void;
    'onlimber-problem-found'?: (event: HTMLElementEventMap['limber-problem-found']) => void;
  };
  'limber-exercise-card': Base<HTMLElementTagNameMap['limber-exercise-card']> & {
    'exercise'?: HTMLElementTagNameMap['limber-exercise-card']['exercise'];
    'compact'?: HTMLElementTagNameMap['limber-exercise-card']['compact'];
    'remember'?: HTMLElementTagNameMap['limber-exercise-card']['remember'];
    'emergency-above'?: HTMLElementTagNameMap['limber-exercise-card']['emergencyAbove'];
    'region'?: HTMLElementTagNameMap['limber-exercise-card']['region'];
    'heading-level'?: number | string;
    'require-review'?: HTMLElementTagNameMap['limber-exercise-card']['requireReview'];
    data?: HTMLElementTagNameMap['limber-exercise-card']['data'];
    'onlimber-exercise-start'?: (event: HTMLElementEventMap['limber-exercise-start']) => void;
    'onlimber-exercise-complete'?: (event: HTMLElementEventMap['limber-exercise-complete']) => void;
    'onlimber-problem-found'?: (event: HTMLElementEventMap['limber-problem-found']) => void;
  };
  'limber-exercise-list': Base<HTMLElementTagNameMap['limber-exercise-list']> & {
    'goal'?: HTMLElementTagNameMap['limber-exercise-list']['goal'];
    'compact'?: HTMLElementTagNameMap['limber-exercise-list']['compact'];
    'remember'?: HTMLElementTagNameMap['limber-exercise-list']['remember'];
    'emergency-above'?: HTMLElementTagNameMap['limber-exercise-list']['emergencyAbove'];
    'region'?: HTMLElementTagNameMap['limber-exercise-list']['region'];
    'topic': HTMLElementTagNameMap['limber-exercise-list']['topic'];
    'heading-level'?: number | string;
    'require-review'?: HTMLElementTagNameMap['limber-exercise-list']['requireReview'];
    'onlimber-exercise-start'?: (event: HTMLElementEventMap['limber-exercise-start']) => void;
    'onlimber-exercise-complete'?: (event: HTMLElementEventMap['limber-exercise-complete']) => void;
    'onlimber-problem-found'?: (event: HTMLElementEventMap['limber-problem-found']) => void;
  };
  'limber-causes': Base<HTMLElementTagNameMap['limber-causes']> & {
    'topic': HTMLElementTagNameMap['limber-causes']['topic'];
    'heading-level'?: number | string;
    'require-review'?: HTMLElementTagNameMap['limber-causes']['requireReview'];
    'onlimber-problem-found'?: (event: HTMLElementEventMap['limber-problem-found']) => void;
  };
  'limber-treatment-list': Base<HTMLElementTagNameMap['limber-treatment-list']> & {
    'topic': HTMLElementTagNameMap['limber-treatment-list']['topic'];
    'heading-level'?: number | string;
    'require-review'?: HTMLElementTagNameMap['limber-treatment-list']['requireReview'];
    'onlimber-problem-found'?: (event: HTMLElementEventMap['limber-problem-found']) => void;
  };
  'limber-tip': Base<HTMLElementTagNameMap['limber-tip']> & {
    'tip'?: HTMLElementTagNameMap['limber-tip']['tip'];
    'heading-level'?: number | string;
    'require-review'?: HTMLElementTagNameMap['limber-tip']['requireReview'];
    data?: HTMLElementTagNameMap['limber-tip']['data'];
    'onlimber-problem-found'?: (event: HTMLElementEventMap['limber-problem-found']) => void;
  };
  'limber-care-card': Base<HTMLElementTagNameMap['limber-care-card']> & {
    'level'?: HTMLElementTagNameMap['limber-care-card']['level'];
    'region'?: HTMLElementTagNameMap['limber-care-card']['region'];
    'topic'?: HTMLElementTagNameMap['limber-care-card']['topic'];
    'heading-level'?: number | string;
    'require-review'?: HTMLElementTagNameMap['limber-care-card']['requireReview'];
    data?: HTMLElementTagNameMap['limber-care-card']['data'];
    'onlimber-care-option-click'?: (event: HTMLElementEventMap['limber-care-option-click']) => void;
    'onlimber-problem-found'?: (event: HTMLElementEventMap['limber-problem-found']) => void;
  };
  'limber-expert-card': Base<HTMLElementTagNameMap['limber-expert-card']> & {
    'person'?: HTMLElementTagNameMap['limber-expert-card']['person'];
    'heading-level'?: number | string;
    'require-review'?: HTMLElementTagNameMap['limber-expert-card']['requireReview'];
    data?: HTMLElementTagNameMap['limber-expert-card']['data'];
    'onlimber-problem-found'?: (event: HTMLElementEventMap['limber-problem-found']) => void;
  };
  'limber-expert-list': Base<HTMLElementTagNameMap['limber-expert-list']> & {
    'expert-role'?: HTMLElementTagNameMap['limber-expert-list']['expertRole'];
    'topic': HTMLElementTagNameMap['limber-expert-list']['topic'];
    'heading-level'?: number | string;
    'require-review'?: HTMLElementTagNameMap['limber-expert-list']['requireReview'];
    'onlimber-problem-found'?: (event: HTMLElementEventMap['limber-problem-found']) => void;
  };
  'limber-disclaimer': Base<HTMLElementTagNameMap['limber-disclaimer']> & {
    'kind'?: HTMLElementTagNameMap['limber-disclaimer']['kind'];
    'variant'?: HTMLElementTagNameMap['limber-disclaimer']['variant'];
    'dismissible'?: HTMLElementTagNameMap['limber-disclaimer']['dismissible'];
    'topic'?: HTMLElementTagNameMap['limber-disclaimer']['topic'];
    data?: HTMLElementTagNameMap['limber-disclaimer']['data'];
    'onlimber-disclaimer-dismiss'?: (event: HTMLElementEventMap['limber-disclaimer-dismiss']) => void;
    'onlimber-problem-found'?: (event: HTMLElementEventMap['limber-problem-found']) => void;
  };
  'limber-cta': Base<HTMLElementTagNameMap['limber-cta']> & {
    'href': HTMLElementTagNameMap['limber-cta']['href'];
    'label'?: HTMLElementTagNameMap['limber-cta']['label'];
    'topic'?: HTMLElementTagNameMap['limber-cta']['topic'];
    'heading-level'?: number | string;
    'require-review'?: HTMLElementTagNameMap['limber-cta']['requireReview'];
    'onlimber-cta-click'?: (event: HTMLElementEventMap['limber-cta-click']) => void;
    'onlimber-problem-found'?: (event: HTMLElementEventMap['limber-problem-found']) => void;
  };
  'limber-citations': Base<HTMLElementTagNameMap['limber-citations']> & {
    'topic': HTMLElementTagNameMap['limber-citations']['topic'];
    'heading-level'?: number | string;
    'require-review'?: HTMLElementTagNameMap['limber-citations']['requireReview'];
    'onlimber-problem-found'?: (event: HTMLElementEventMap['limber-problem-found']) => void;
  };
  'limber-cite': Base<HTMLElementTagNameMap['limber-cite']> & {
    'ref'?: HTMLElementTagNameMap['limber-cite']['reference'];
    'onlimber-problem-found'?: (event: HTMLElementEventMap['limber-problem-found']) => void;
  };
}

declare module 'react' {
  // eslint-disable-next-line @typescript-eslint/no-namespace -- React's JSX types are a namespace
  namespace JSX {
    // eslint-disable-next-line @typescript-eslint/no-empty-object-type -- declaration merging
    interface IntrinsicElements extends LimberIntrinsicElements {}
  }
}

/** Re-exported so `import type { JSX } from 'limber-elements/react'` names the augmentation. */
export type JSX = LimberIntrinsicElements;
