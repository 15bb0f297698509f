import { LitElement, css, html, nothing } from 'lit';
import { property, state } from 'lit/decorators.js';
import type { CareOption } from '../../src/model/care-option.js';
import { renderCareOptionsForm } from './care-options-form.js';
import {
  THEMES,
  attributes,
  careLevelsOf,
  careOptionsMarkup,
  contentSecurityPolicy,
  hrefTemplateProblem,
  prerenderedSnippet,
  scriptSnippet,
  snippetPath,
  type EmbedChoice,
  type PrerenderedIndex,
  type Theme,
} from './snippets.js';

const THEME_NAMES: Record<Theme, string> = {
  auto: "Follow the reader's system",
  light: 'Light',
  dark: 'Dark',
  'high-contrast': 'High contrast',
};
const REVIEW_NAMES: Record<string, string> = { clinical: 'Show only clinically reviewed items (emergency advice always shows)' };

/**
 * The embed builder (Storybook, not part of the package): a CMS editor picks an element, an
 * item, a language, region, theme and heading level, sees it live, and copies either the script
 * and tag or the pre-rendered snippet with the Content-Security-Policy it needs.
 *
 * @summary Pick a Limber embed, preview it, copy paste-ready HTML.
 */
export class EmbedBuilder extends LitElement {
  /** Where dist/prerendered/ is served (its index.json and snippets), ending in `/`. */
  @property({ attribute: 'prerendered-base' }) prerenderedBase = './prerendered/';

  /** Where the copied snippets load limber.js from; the editor can change it. */
  @property({ attribute: 'script-base' }) scriptBase = 'https://your-cdn.example/limber-elements/dist/';

  @state() private index?: PrerenderedIndex;
  @state() private failed?: string;
  @state() private kind = 'exercise-card';
  @state() private item = '';
  @state() private locale = 'en';
  @state() private region = 'us';
  @state() private theme: Theme = 'auto';
  @state() private headingLevel = 3;
  @state() private requireReview = '';
  @state() private careOptions: readonly CareOption[] = [];
  /** For the topic index: the address of a topic's page on the editor's site. */
  @state() private hrefTemplate = '/health/{topic}';
  @state() private prerendered?: { path: string; html: string };
  @state() private announcement = '';

  static override styles = css`
    :host { display: block; font: 1rem/1.5 system-ui, sans-serif; color: CanvasText; }
    form { display: grid; grid-template-columns: repeat(auto-fill, minmax(min(14rem, 100%), 1fr)); gap: 0.75rem 1rem; align-items: end; }
    label { display: grid; gap: 0.25rem; font-weight: 600; min-width: 0; grid-template-columns: minmax(0, 1fr); }
    select, input, textarea { font: inherit; min-height: 2.75rem; padding: 0.25rem 0.5rem; max-width: 100%; }
    textarea { width: 100%; box-sizing: border-box; font-family: ui-monospace, monospace; font-size: 0.875rem; }
    h2 { font-size: 1.25rem; margin: 1.5rem 0 0.5rem; }
    .preview { border: 1px dashed GrayText; padding: 1rem; }
    button { font: inherit; min-height: 2.75rem; padding: 0.25rem 1rem; }
    .csp { font-family: ui-monospace, monospace; font-size: 0.875rem; overflow-wrap: anywhere; }
    [role='status'] { min-height: 1.5em; font-weight: 600; }
    fieldset { grid-column: 1 / -1; display: grid; gap: 0.75rem; }
    .care-option { display: grid; grid-template-columns: repeat(auto-fill, minmax(min(14rem, 100%), 1fr)); gap: 0.5rem 1rem; align-items: end; padding-block: 0.5rem; border-block-start: 1px solid GrayText; }
    .check { display: flex; gap: 0.5rem; align-items: center; font-weight: 400; min-height: 2.75rem; }
    .problem { grid-column: 1 / -1; margin: 0; font-weight: 600; }
  `;

  override connectedCallback(): void {
    super.connectedCallback();
    void this.loadIndex();
  }

  private async loadIndex(): Promise<void> {
    try {
      const response = await fetch(`${this.prerenderedBase}index.json`);
      if (!response.ok) throw new Error(`HTTP ${response.status}`);
      this.index = (await response.json()) as PrerenderedIndex;
      this.item = this.element?.items[0]?.id ?? '';
    } catch (error) {
      this.failed = `The pre-rendered snippets could not be loaded (${String(error)}): run npm run build.`;
    }
  }

  private get element(): PrerenderedIndex['elements'][number] | undefined {
    return this.index?.elements.find((e) => e.kind === this.kind);
  }

  /** The current choice, or undefined until the index is here. */
  get choice(): EmbedChoice | undefined {
    const element = this.element;
    if (!element) return undefined;
    const { item, locale, region, theme, headingLevel, requireReview, scriptBase } = this;
    const words = this.index?.careOptionWords?.[locale];
    const care = words && this.careOptions.length > 0 ? { options: this.careOptions, words } : undefined;
    const template = element.template ? { hrefTemplate: this.hrefTemplate } : {};
    return { element, item, locale, region, theme, headingLevel, requireReview, scriptBase, ...(care ? { care } : {}), ...template };
  }

  /** The snippet last asked for, so each is fetched once. */
  private requested?: string;

  protected override updated(): void {
    const choice = this.choice;
    if (!choice) return;
    this.updatePreview(choice);
    const path = snippetPath(choice);
    if (this.requested !== path) {
      this.requested = path;
      void this.fetchPrerendered(path);
    }
  }

  private async fetchPrerendered(path: string): Promise<void> {
    const response = await fetch(`${this.prerenderedBase}${path}`);
    const text = response.ok ? await response.text() : '';
    if (this.choice && snippetPath(this.choice) === path) this.prerendered = { path, html: text };
  }

  /** The care options' markup the preview holds. */
  private previewMarkup = '';

  /** The live element, made with the DOM (its tag name is chosen at run time; no HTML strings). */
  private updatePreview(choice: EmbedChoice): void {
    const host = this.renderRoot.querySelector('.preview');
    if (!host) return;
    const name = `limber-${choice.element.kind}`;
    let live = host.firstElementChild;
    if (live?.localName !== name) {
      live = document.createElement(name);
      host.replaceChildren(live);
    }
    const wanted = new Map(attributes(choice));
    for (const { name: attribute } of [...live.attributes]) if (!wanted.has(attribute)) live.removeAttribute(attribute);
    for (const [attribute, value] of wanted) if (live.getAttribute(attribute) !== value) live.setAttribute(attribute, value);
    // The care options as the snippet has them: its markup, parsed (never run) and moved in.
    const markup = careOptionsMarkup(choice);
    if (this.previewMarkup !== markup || live.childElementCount === 0) {
      live.replaceChildren(...new DOMParser().parseFromString(markup, 'text/html').body.children);
      this.previewMarkup = markup;
    }
    if (choice.theme === 'auto') host.removeAttribute('data-limber-theme');
    else host.setAttribute('data-limber-theme', choice.theme);
  }

  private async copy(what: string, text: string): Promise<void> {
    try {
      await navigator.clipboard.writeText(text);
      this.announcement = `Copied ${what}.`;
    } catch {
      const box = this.renderRoot.querySelector<HTMLTextAreaElement>(`textarea[data-copy="${what}"]`);
      box?.select();
      this.announcement = `Could not copy ${what} here: it is selected; press Ctrl+C (⌘C on a Mac).`;
    }
  }

  private select(label: string, value: string, options: [string, string][], pick: (value: string) => void): unknown {
    return html`<label>${label}
      <select @change=${(e: Event) => pick((e.target as HTMLSelectElement).value)}>
        ${options.map(([id, name]) => html`<option value=${id} ?selected=${id === value}>${name}</option>`)}
      </select></label>`;
  }

  protected override render(): unknown {
    if (this.failed) return html`<p role="alert">${this.failed}</p>`;
    const index = this.index;
    const choice = this.choice;
    if (!index || !choice) return html`<p>Loading the list of embeds…</p>`;
    // A topic index needs the address of a topic's page; until it is one Limber accepts, no snippet.
    const addressProblem = choice.element.template ? hrefTemplateProblem(choice.hrefTemplate) : undefined;
    const script = addressProblem ? '' : scriptSnippet(choice);
    const ready = this.prerendered?.path === snippetPath(choice) && this.prerendered.html;
    const prerendered = ready && !addressProblem ? prerenderedSnippet(choice, ready) : '';
    const origin = location.origin;
    return html`
      <form @submit=${(e: Event) => e.preventDefault()} aria-label="Embed options">
        ${this.select(
          'Element',
          this.kind,
          index.elements.map((e) => [e.kind, `<limber-${e.kind}>`]),
          (kind) => {
            this.kind = kind;
            this.item = this.element?.items[0]?.id ?? '';
          },
        )}
        ${
          choice.element.template
            ? html`<label
                  >Address of a topic’s page ({topic} where its id goes)
                  <input
                    type="text"
                    .value=${this.hrefTemplate}
                    aria-invalid=${addressProblem ? 'true' : 'false'}
                    @input=${(e: Event) => (this.hrefTemplate = (e.target as HTMLInputElement).value)}
                  />
                </label>
                ${addressProblem ? html`<p role="alert">${addressProblem}</p>` : nothing}`
            : this.select(
                'Item',
                this.item,
                choice.element.items.map((i) => [i.id, i.label[this.locale] ?? i.id]),
                (id) => (this.item = id),
              )
        }
        ${this.select(
          'Language',
          this.locale,
          index.locales.map((l) => [l, index.languageNames?.[l] ?? l]),
          (l) => (this.locale = l),
        )}
        ${
          choice.element.regional
            ? this.select(
                'Region (care phone numbers)',
                this.region,
                index.regions.map((r) => [r, index.regionNames?.[r] ?? r]),
                (r) => (this.region = r),
              )
            : nothing
        }
        ${
          choice.element.reviewable
            ? this.select(
                'Clinical review',
                this.requireReview,
                [
                  ['', 'Show everything, each item saying whether a clinician reviewed it'],
                  ...index.reviewRequirements.map((r): [string, string] => [r, REVIEW_NAMES[r] ?? r]),
                ],
                (r) => (this.requireReview = r),
              )
            : nothing
        }
        ${this.select(
          'Theme',
          this.theme,
          THEMES.map((t) => [t, THEME_NAMES[t]]),
          (t) => (this.theme = t as Theme),
        )}
        ${this.select(
          'Heading level',
          String(this.headingLevel),
          index.headingLevels.map((l) => [String(l), `h${l}`]),
          (l) => (this.headingLevel = Number(l)),
        )}
        ${careLevelsOf(choice).length > 0 ? renderCareOptionsForm(this.careOptions, index.careOptionWords?.['en']?.kinds ?? {}, (next) => (this.careOptions = next)) : nothing}
        <label>Script URL (where limber.js is served)
          <input type="url" .value=${this.scriptBase} @change=${(e: Event) => (this.scriptBase = (e.target as HTMLInputElement).value)} />
        </label>
      </form>

      <h2>Live preview</h2>
      <div class="preview"></div>

      <h2>Pre-rendered HTML (recommended)</h2>
      <p>Shows the content before any script runs and does not move when the script arrives. Paste it where the content goes.</p>
      <textarea data-copy="the pre-rendered HTML" readonly rows="6" aria-label="Pre-rendered HTML" .value=${prerendered}></textarea>
      <p><button type="button" ?disabled=${!prerendered} @click=${() => this.copy('the pre-rendered HTML', prerendered)}>Copy pre-rendered HTML</button></p>
      <p class="csp" data-csp="prerendered">Content-Security-Policy: ${contentSecurityPolicy(choice, true, origin)}</p>

      <h2>Script and tag</h2>
      <p>Smaller to paste, but pasted in the page body the content appears only when the script has run, moving what follows.</p>
      <textarea data-copy="the script and tag" readonly rows="4" aria-label="Script and tag" .value=${script}></textarea>
      <p><button type="button" ?disabled=${!script} @click=${() => this.copy('the script and tag', script)}>Copy script and tag</button></p>
      <p class="csp" data-csp="script">Content-Security-Policy: ${contentSecurityPolicy(choice, false, origin)}</p>

      <p role="status">${this.announcement}</p>
    `;
  }
}

/**
 * Registers `<embed-builder>`. A call, not a side effect of importing: package.json's
 * `sideEffects` list does not name this file, so a bundler would drop a bare import.
 */
export function defineEmbedBuilder(): void {
  if (!customElements.get('embed-builder')) customElements.define('embed-builder', EmbedBuilder);
}

declare global {
  interface HTMLElementTagNameMap {
    'embed-builder': EmbedBuilder;
  }
}
