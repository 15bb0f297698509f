import { html, nothing, type TemplateResult } from 'lit';
import type { LimberMode } from '../context/context.js';

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
  label: string,
): TemplateResult | typeof nothing {
  if (problems.length === 0 || mode !== 'development') return nothing;
  return html`<div class="problem" part="problem" role="note" aria-label=${label}>
    <p class="problem-title"><span class="alert-icon" aria-hidden="true"></span>
      <strong>${label}</strong> in <code>&lt;${tagName}&gt;</code></p>
    <ul>${problems.map((problem) => html`<li>${problem}</li>`)}</ul>
  </div>`;
}
