import { ContextConsumer, createContext } from '@lit/context';
import type { ReactiveControllerHost } from 'lit';
import type { Catalog } from '../content/catalog.js';
import type { CareOption, Topic } from '../model/index.js';
import type { LimberMode, Region, ReviewRequirement } from '../model/settings.js';

/** What `<limber-provider>` hands down to every Limber element inside it. */
export interface LimberSettings {
  /**
   * BCP 47 locale for content and UI words. Unset: each element takes the page's language (the
   * closest `lang` attribute, up to `<html lang>`), else English.
   */
  readonly locale?: string;
  /** The content to look ids up in; unset: the built-in catalog (loaded when first needed). */
  readonly catalog?: Catalog;
  /**
   * The topic the provider's `code` found, for elements inside that name neither `topic` nor
   * `code`; null while its codes load or when no topic answers it (those elements show nothing).
   */
  readonly topic?: string | null;
  /** Topics that arrived from the provider's `src`: they take the place of the same id and locale. */
  readonly updates?: readonly Topic[];
  /** Heading level (1-6) for the top heading of each element inside; unset: each element's default. */
  readonly headingBase?: number;
  /** Where the reader is, for the numbers to call: `us`, `uk`, `ca`, `au` or `nz`, or unset (generic wording). */
  readonly region?: Region;
  /** `clinical`: items without a valid clinical sign-off are replaced by a notice (never the emergency level). */
  readonly requireReview?: ReviewRequirement;
  /** The host's care options that passed `checkCareOptions`, shown on the care cards of their levels. */
  readonly careOptions?: readonly CareOption[];
  readonly mode: LimberMode;
}

/** Settings used by an element that has no provider above it. */
export const defaultSettings: LimberSettings = {
  mode: 'production',
};

export const limberContext = createContext<LimberSettings>(Symbol.for('limber-settings'));

/** What an element holds of the provider's settings: `value`, undefined with no provider above it. */
export type SettingsConsumer = ContextConsumer<typeof limberContext, ReactiveControllerHost & HTMLElement>;

/**
 * Asks the nearest provider for its settings on connection and follows them as they change (the
 * consumer re-renders its host): a controller rather than the `@consume` decorator, whose code
 * would ship too.
 */
export function consumeSettings(host: ReactiveControllerHost & HTMLElement): SettingsConsumer {
  return new ContextConsumer(host, { context: limberContext, subscribe: true });
}
