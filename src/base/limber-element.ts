import { LitElement, html, type TemplateResult } from 'lit';
import { state } from 'lit/decorators.js';
import { consume } from '@lit/context';
import { defaultSettings, limberContext, type LimberSettings } from '../context/context.js';
import { messagesFor, type Messages } from '../i18n/messages.js';
import { closestLang, unwatchLang, watchLang } from '../i18n/lang.js';
import { ProblemController } from './problem-controller.js';
import { renderLocalCite, renderRichText, type RichText } from './rich-text.js';
import { scopedRenderRoot } from './scoped-registry.js';
import { ContentLookup } from './content-lookup.js';
import { waitForBuiltIn } from './built-in-wait.js';
import type { Reference } from '../content/model.js';
import { sharedStyles } from '../styles/shared.styles.js';

export type { LimberProblemDetail } from './problem.js';

/**
 * The base of every Limber element: the provider's settings (or the defaults), a `ContentLookup`
 * for the catalog in force, and a `ProblemController` whose notice is shown above the content.
 * Elements with a heading extend `LimberHeadedElement` instead.
 *
 * Subclasses implement `renderContent()` and report bad input through `this.problems`. They never
 * throw on content: a problem becomes a notice (development) or nothing (production).
 *
 * @fires {CustomEvent<LimberProblemDetail>} limber-problem-found - Once per new problem with this
 * element's input (unknown id, malformed data, refused URL...), so a host can log it. Bubbles and
 * crosses shadow roots.
 */
export abstract class LimberElement extends LitElement {
  static override styles = [sharedStyles];

  /** Settings from the nearest `<limber-provider>`, or the defaults when there is none. */
  @consume({ context: limberContext, subscribe: true })
  @state()
  protected settings: LimberSettings = defaultSettings;

  /** Made on the first problem: most elements never have one, and keep no controller. */
  private problemController?: ProblemController;

  /** Problems with this element's input: `report`, `reportMissing`, `oneOf`, `fromData`. */
  protected get problems(): ProblemController {
    return (this.problemController ??= new ProblemController(this));
  }

  /** Settles when the built-in content this element waited for has arrived (or failed to). */
  private builtInArrival?: Promise<void>;

  /** In a scoped registry (a second version of Limber), see `scopedRenderRoot`. */
  protected override createRenderRoot(): HTMLElement | DocumentFragment {
    return scopedRenderRoot(this) ?? super.createRenderRoot();
  }

  /**
   * The locale in force: the provider's `locale`, else the closest `lang` attribute (the element,
   * an ancestor, across shadow roots, up to `<html lang>`), else English.
   */
  protected get locale(): string {
    return this.settings.locale ?? closestLang(this) ?? 'en';
  }

  /** UI words for the current locale. */
  protected get messages(): Messages {
    return messagesFor(this.locale);
  }

  override connectedCallback(): void {
    super.connectedCallback();
    watchLang(this);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    unwatchLang(this);
  }

  /** The catalog in force and look-ups by id in it (`topic`, `byId`, `sources`). */
  protected get content(): ContentLookup {
    return new ContentLookup(
      this.settings.catalog,
      this.locale,
      () => this.problems,
      () => {
        this.builtInArrival ??= waitForBuiltIn(
          () => this.requestUpdate(),
          (message) => this.problems.report(message),
        );
      },
    );
  }

  /** `updateComplete` also waits for the built-in content and the render that follows it. */
  protected override async getUpdateComplete(): Promise<boolean> {
    const done = await super.getUpdateComplete();
    if (this.builtInArrival === undefined) return done;
    await this.builtInArrival;
    return super.getUpdateComplete();
  }

  /**
   * Rich text. With `sources` (the element's own list, in display order, as `renderSources`
   * shows it) citation markers are numbered locally and move focus to `#source-N` in this shadow
   * root; without, each marker is a `<limber-cite>` numbered by the topic's references.
   */
  protected rich(source: string, sources?: readonly Reference[]): RichText {
    const ids = sources?.map((reference) => reference.id);
    const report = (message: string): void => this.problems.report(message);
    return renderRichText(source, {
      report,
      renderCite: (ref) =>
        ids === undefined
          ? html`<limber-cite ref=${ref}></limber-cite>`
          : renderLocalCite(ref, ids, this.renderRoot, this.messages.source, report),
    });
  }

  /** The element's own content; problems reported while rendering it are shown above it. */
  protected abstract renderContent(): unknown;

  protected override render(): TemplateResult {
    const content = this.renderContent();
    return html`${this.problemController?.notice(this.settings.mode, this.messages.problem)}${content}`;
  }
}
