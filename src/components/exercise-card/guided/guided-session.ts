/**
 * `<limber-guided-session>`, the card's internal element for one guided session: it owns the
 * controller (clock, live region, speech, wake lock, sound), renders the panel and adopts its own
 * styles. It is the card's, not the page's: it renders inside the card's shadow root (its parts
 * are the card's parts, and the card's tests and styles reach it as before), and tells the card
 * what happened with its own events, which neither bubble nor leave the card:
 *
 * - `guided-complete` (detail `GuidedResult`): the reader went through the whole exercise;
 * - `guided-worse`: the reader pressed "This makes it worse";
 * - `guided-close`: Stop, or Close at the end.
 *
 * The card turns them into its public events. Defined, in the registry the card renders with,
 * when the guided chunk arrives (see `guided-launcher.ts`).
 */
import { LitElement, nothing, type TemplateResult } from 'lit';
import { property } from 'lit/decorators.js';
import type { Exercise } from '../../../model/index.js';
import { GuidedController, type GuidedResult } from './controller.js';
import { renderGuided, type PanelParts } from './panel.js';
import { guidedStyles } from './guided.styles.js';
import type { GuidedPace } from '../paces.js';

/** What the card draws the panel with (its rich text, heading level and figure frames), all but Close. */
export type SessionParts = Omit<PanelParts, 'close'>;

/** The events the session tells its card, by type. */
export interface GuidedSessionEvents {
  'guided-complete': CustomEvent<GuidedResult>;
  'guided-worse': CustomEvent<undefined>;
  'guided-close': CustomEvent<undefined>;
}

export class LimberGuidedSession extends LitElement {
  /** The exercise to go through. */
  @property({ attribute: false })
  exercise?: Exercise;

  /** The card's locale, for the guided words and speech. */
  @property()
  locale = 'en';

  /** The pace it opens with; the reader can change it. */
  @property()
  pace: GuidedPace = 'hands-free';

  /** How the card draws the panel. */
  @property({ attribute: false })
  parts?: SessionParts;

  private controller?: GuidedController;

  /** Whether the session has ended (complete, stopped, or stopped for symptoms). */
  get over(): boolean {
    return this.controller?.session.over ?? true;
  }

  /**
   * Renders into the card's shadow root, as one tree with the card (what it renders is the
   * card's, for readers, styles and parts alike), with the card's registry for anything nested.
   */
  protected override createRenderRoot(): HTMLElement {
    const root = this.getRootNode();
    if (root instanceof ShadowRoot) {
      const sheet = guidedStyles.styleSheet;
      if (sheet && !root.adoptedStyleSheets.includes(sheet)) root.adoptedStyleSheets = [...root.adoptedStyleSheets, sheet];
      const scope = (root.host as Partial<LitElement>).renderOptions?.creationScope;
      if (scope) this.renderOptions.creationScope = scope;
    }
    return this;
  }

  protected override willUpdate(): void {
    if (this.controller || !this.exercise) return;
    this.controller = new GuidedController(this, this.exercise, this.locale, this.pace, {
      completed: (result) => this.tell('guided-complete', result),
      worse: () => this.tell('guided-worse', undefined),
    });
  }

  protected override render(): TemplateResult | typeof nothing {
    const { controller, parts } = this;
    if (!controller || !parts) return nothing;
    return renderGuided(controller, this.locale, { ...parts, close: () => this.tell('guided-close', undefined) });
  }

  private tell<K extends keyof GuidedSessionEvents>(type: K, detail: GuidedSessionEvents[K]['detail']): void {
    this.dispatchEvent(new CustomEvent(type, { detail }));
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'limber-guided-session': LimberGuidedSession;
  }
}
