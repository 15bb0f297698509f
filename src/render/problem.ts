import { html, nothing, type TemplateResult } from 'lit';
import type { LimberMode } from '../model/settings.js';
import { directionOf } from '../locale/language.js';
import type { Messages } from '../i18n/messages.js';

/** The `detail` of `limber-problem-found`. */
export interface LimberProblemDetail {
  /** The element that found the problem, e.g. `limber-exercise-card`. */
  readonly tagName: string;
  /** What is wrong, as also written to the console. */
  readonly message: string;
}

declare global {
  interface HTMLElementEventMap {
    'limber-problem-found': CustomEvent<LimberProblemDetail>;
  }
  // It bubbles out of shadow roots, so a host can listen once on the document.
  interface DocumentEventMap {
    'limber-problem-found': CustomEvent<LimberProblemDetail>;
  }
}

/** Writes the one console warning for a problem, naming the element. */
export function warnProblem(tagName: string, message: string): void {
  console.warn(`<${tagName}>: ${message}`);
}

/**
 * The shared bad-input notice. In development mode: an accessible note listing each problem. In
 * production mode: nothing at all (the console warning is the only trace).
 */
export function renderProblem(
  tagName: string,
  problems: readonly string[],
  mode: LimberMode,
  m: Pick<Messages, 'problem' | 'problemIn'>,
  locale: string,
): TemplateResult | typeof nothing {
  if (problems.length === 0 || mode !== 'development') return nothing;
  // The problems themselves are the console's English words, for developers; the label is the page's.
  return html`<div class="problem" part="problem" role="note" aria-label=${m.problem} lang=${locale} dir=${directionOf(locale)}>
    <p class="problem-title"><span class="alert-icon" aria-hidden="true"></span>
      <strong>${m.problem}</strong> ${m.problemIn} <code>&lt;${tagName}&gt;</code></p>
    <ul lang="en">${problems.map((problem) => html`<li>${problem}</li>`)}</ul>
  </div>`;
}
