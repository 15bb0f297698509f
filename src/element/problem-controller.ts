import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { LimberMode } from '../model/settings.js';
import { formatProblem, type ValidationResult } from '../content/validation/result.js';
import { MissingConfiguration } from './missing-configuration.js';
import type { Messages } from '../i18n/messages.js';
import { renderProblem, warnProblem, type LimberProblemDetail } from '../render/problem.js';

const NONE: readonly string[] = [];

/** Unset: never given, removed (a removed attribute leaves null behind) or empty. */
function isUnset(value: string | null | undefined): value is null | undefined | '' {
  return value === undefined || value === null || value === '';
}

/**
 * Collects the problems an element finds with its input in one update: each is warned once in
 * the console (naming the element), announced once as `limber-problem-found`, and listed in the
 * development-mode notice that `notice()` renders. The list empties after each update, so a
 * problem the host has fixed disappears on the next render.
 */
export class ProblemController implements ReactiveController {
  /** Problems found since the last update finished, in the order found (made on the first). */
  private found?: string[];
  /** Problems already warned about by this element, so each is warned once (made on the first). */
  private warned?: Set<string>;
  /** Made on first need: most elements are configured and never wait. */
  private missing?: MissingConfiguration;

  constructor(private readonly host: ReactiveControllerHost & HTMLElement) {
    host.addController(this);
  }

  hostUpdated(): void {
    this.found = undefined;
  }

  /** Records a problem: warned and announced once per element, listed in the notice. */
  report(message: string): void {
    this.found ??= [];
    if (!this.found.includes(message)) this.found.push(message);
    this.warned ??= new Set();
    if (this.warned.has(message)) return;
    this.warned.add(message);
    const tagName = this.host.localName;
    warnProblem(tagName, message);
    const detail: LimberProblemDetail = { tagName, message };
    this.host.dispatchEvent(new CustomEvent('limber-problem-found', { detail, bubbles: true, composed: true }));
  }

  /**
   * Reports missing configuration ("set the … attribute") only if it is still missing once the
   * page has loaded and one more task has passed (see `MissingConfiguration`).
   */
  reportMissing(message: string): void {
    this.missing ??= new MissingConfiguration(() => this.host.requestUpdate());
    if (this.warned?.has(message) || this.missing.isDue(message)) this.report(message);
  }

  /**
   * Checks an enumerated attribute. Unset or empty gives undefined silently; a value outside
   * `allowed` is reported ('level "soon" is not one of …', plus `consequence`) and gives undefined.
   */
  oneOf<T extends string>(attribute: string, value: string | null | undefined, allowed: readonly T[], consequence = ''): T | undefined {
    if (isUnset(value)) return undefined;
    if ((allowed as readonly string[]).includes(value)) return value as T;
    this.report(`${attribute} ${JSON.stringify(value)} is not one of ${allowed.join(', ')}${consequence ? `; ${consequence}` : ''}`);
    return undefined;
  }

  /**
   * An enumerated attribute that otherwise inherits (the provider's `region`, say): unset or empty
   * gives `inherited`; a value is checked as by `oneOf`, so a wrong one is reported and gives
   * undefined, not `inherited`.
   */
  oneOfOr<T extends string>(
    attribute: string,
    value: string | null | undefined,
    allowed: readonly T[],
    inherited: T | undefined,
    consequence = '',
  ): T | undefined {
    return isUnset(value) ? inherited : this.oneOf(attribute, value, allowed, consequence);
  }

  /**
   * Validates host-supplied `data` (reported with paths such as `data.dosage.reps`); returns it
   * typed when valid, else undefined.
   */
  fromData<T>(data: unknown, validate: (value: unknown, path: string) => ValidationResult<T>): T | undefined {
    const result = validate(data, 'data');
    if (result.ok) return result.value;
    for (const problem of result.problems) this.report(formatProblem(problem));
    return undefined;
  }

  /** The notice listing this update's problems (development mode), or nothing. */
  notice(mode: LimberMode, m: Pick<Messages, 'problem' | 'problemIn'>, locale: string): ReturnType<typeof renderProblem> {
    return renderProblem(this.host.localName, this.found ?? NONE, mode, m, locale);
  }
}
