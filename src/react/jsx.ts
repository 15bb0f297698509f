/**
 * JSX typing for Limber's bare tags in React 19 (`<limber-tip tip="…" />`), for apps that use the
 * custom elements directly instead of the wrappers. React 19 sets known properties (`data`) as
 * properties and listens to custom events with `on` + the exact event name
 * (`onlimber-cta-click`). Imported for its types by `limber-elements/react`.
 */
import type { DOMAttributes, HTMLAttributes, RefAttributes } from 'react';
import type { LimberProblemDetail } from '../base/limber-element.js';
import type { Exercise, Person, Tip, CareAdvice, Disclaimer } from '../content/model.js';
import type { CtaClickDetail } from '../components/cta/cta.js';
import type { DisclaimerDismissDetail } from '../components/disclaimer/disclaimer.js';

type Base<E extends HTMLElement> = HTMLAttributes<E> &
  DOMAttributes<E> &
  RefAttributes<E> & {
    'heading-level'?: number | string;
    'onlimber-problem-found'?: (event: CustomEvent<LimberProblemDetail>) => void;
  };

export interface LimberIntrinsicElements {
  'limber-article': Base<HTMLElementTagNameMap['limber-article']> & { topic: string; 'cta-href'?: string; 'cta-label'?: string; region?: 'us' | 'uk' };
  'limber-exercise-card': Base<HTMLElementTagNameMap['limber-exercise-card']> & { exercise?: string; data?: Exercise; compact?: boolean };
  'limber-exercise-list': Base<HTMLElementTagNameMap['limber-exercise-list']> & { topic: string; goal?: string; compact?: boolean };
  'limber-causes': Base<HTMLElementTagNameMap['limber-causes']> & { topic: string };
  'limber-treatment-list': Base<HTMLElementTagNameMap['limber-treatment-list']> & { topic: string };
  'limber-tip': Base<HTMLElementTagNameMap['limber-tip']> & { tip?: string; data?: Tip };
  'limber-care-card': Base<HTMLElementTagNameMap['limber-care-card']> & { level?: 'non-urgent' | 'urgent' | 'emergency'; region?: 'us' | 'uk'; topic?: string; data?: CareAdvice };
  'limber-expert-card': Base<HTMLElementTagNameMap['limber-expert-card']> & { person?: string; data?: Person };
  'limber-expert-list': Base<HTMLElementTagNameMap['limber-expert-list']> & { topic: string; 'expert-role'?: string };
  'limber-disclaimer': Base<HTMLElementTagNameMap['limber-disclaimer']> & {
    kind?: 'article' | 'video' | 'medicine';
    variant?: 'note' | 'banner';
    dismissible?: boolean;
    data?: Disclaimer;
    'onlimber-disclaimer-dismiss'?: (event: CustomEvent<DisclaimerDismissDetail>) => void;
  };
  'limber-cta': Base<HTMLElementTagNameMap['limber-cta']> & {
    href: string;
    label?: string;
    topic?: string;
    'onlimber-cta-click'?: (event: CustomEvent<CtaClickDetail>) => void;
  };
  'limber-citations': Base<HTMLElementTagNameMap['limber-citations']> & { topic: string };
  'limber-cite': Base<HTMLElementTagNameMap['limber-cite']> & { reference?: string };
  'limber-provider': Base<HTMLElementTagNameMap['limber-provider']> & { locale?: string; 'heading-base'?: number | string; region?: 'us' | 'uk'; mode?: 'development' | 'production' };
}

declare module 'react' {
  // eslint-disable-next-line @typescript-eslint/no-namespace
  namespace JSX {
    // eslint-disable-next-line @typescript-eslint/no-empty-object-type
    interface IntrinsicElements extends LimberIntrinsicElements {}
  }
}

/** Re-exported so `import type { JSX } from 'limber-elements/react'` names the augmentation. */
export type JSX = LimberIntrinsicElements;
