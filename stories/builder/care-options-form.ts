/**
 * The embed builder's care options: what the editor's health plan or employer offers (a nurse
 * line, video visits…), for the non-urgent and urgent care cards. The builder writes them into
 * the snippet as light DOM (`careOptionsMarkup`), so they show without JavaScript.
 */
import { html, nothing, type TemplateResult } from 'lit';
import { CARE_OPTION_KINDS, CARE_OPTION_LEVELS, type CareOption, type CareOptionLevel } from '../../src/model/care-option.js';
import { checkUrl } from '../../src/content/urls.js';

/** A new, empty option: a nurse line for both levels, waiting for its words and link. */
export const blankCareOption = (): CareOption => ({ kind: 'nurse-line', label: '', href: '', levels: [...CARE_OPTION_LEVELS] });

const LEVEL_NAMES: Record<CareOptionLevel, string> = { 'non-urgent': 'Non-urgent card', urgent: 'Urgent card' };

/** Why the option's link will not be used, or nothing. */
function linkProblem(option: CareOption): string | undefined {
  if (option.href.trim() === '') return 'Add a link: tel:+1-800-555-0100 or https://…';
  const checked = checkUrl(option.href, 'care');
  return checked.ok ? undefined : `This option is left out: ${checked.reason}. Use tel: or https:.`;
}

/** The form for the options, each with its kind (named by `kindNames`, Limber's English words), words, link, hours, languages and levels. */
export function renderCareOptionsForm(
  options: readonly CareOption[],
  kindNames: Readonly<Record<string, string>>,
  change: (next: CareOption[]) => void,
): TemplateResult {
  const edit = (index: number, patch: Partial<CareOption>): void =>
    change(options.map((option, i) => (i === index ? { ...option, ...patch } : option)));
  const text = (index: number, label: string, field: 'label' | 'href' | 'hours' | 'languages', hint: string): TemplateResult => html`<label
    >${label}
    <input
      type=${field === 'href' ? 'url' : 'text'}
      placeholder=${hint}
      .value=${options[index]?.[field] ?? ''}
      @change=${(e: Event) => {
        const value = (e.target as HTMLInputElement).value.trim();
        edit(index, field === 'hours' || field === 'languages' ? { [field]: value || undefined } : { [field]: value });
      }}
  /></label>`;
  return html`<fieldset class="care-options">
    <legend>Care options from your health plan or employer (optional)</legend>
    <p>
      They show under the advice of the cards you tick, after a line saying they come from the reader's plan or employer.
      Never on the emergency card.
    </p>
    ${options.map((option, index) => {
      const problem = linkProblem(option);
      return html`<div class="care-option" role="group" aria-label=${`Care option ${index + 1}`}>
        <label
          >Kind
          <select @change=${(e: Event) => edit(index, { kind: (e.target as HTMLSelectElement).value as CareOption['kind'] })}>
            ${CARE_OPTION_KINDS.map((kind) => html`<option value=${kind} ?selected=${kind === option.kind}>${kindNames[kind] ?? kind}</option>`)}
          </select></label
        >
        ${text(index, 'Words readers see', 'label', 'Call the 24/7 nurse line: 1-800-555-0100')}
        ${text(index, 'Link', 'href', 'tel:+1-800-555-0100')} ${text(index, 'Opening hours', 'hours', 'Every day, day and night')}
        ${text(index, 'Languages', 'languages', 'English, Spanish')}
        ${CARE_OPTION_LEVELS.map(
          (level) => html`<label class="check"
            ><input
              type="checkbox"
              .checked=${option.levels.includes(level)}
              @change=${(e: Event) => {
                const on = (e.target as HTMLInputElement).checked;
                edit(index, { levels: CARE_OPTION_LEVELS.filter((l) => (l === level ? on : option.levels.includes(l))) });
              }}
            />
            ${LEVEL_NAMES[level]}</label
          >`,
        )}
        ${problem ? html`<p class="problem">${problem}</p>` : nothing}
        <button type="button" @click=${() => change(options.filter((_, i) => i !== index))}>Remove care option ${index + 1}</button>
      </div>`;
    })}
    <button type="button" @click=${() => change([...options, blankCareOption()])}>Add a care option</button>
  </fieldset>`;
}
