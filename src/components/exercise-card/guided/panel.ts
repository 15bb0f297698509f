/**
 * The guided panel: the current step with its figure frame, the counts, the time left, the
 * controls (Next, Back, Pause, Stop, and "This makes it worse", always one tap away), the pace and
 * the cues; at the end, and between sets, what to stop for; after "This makes it worse", the
 * exercise's stop-if advice and the non-urgent care advice.
 */
import { html, nothing, type TemplateResult } from 'lit';
import type { RichText } from '../../../render/rich-text.js';
import { languageName, primaryLanguage } from '../../../locale/language.js';
import type { GuidedController } from './controller.js';
import { PACE_NAMES, type PaceName } from './session.js';

export interface PanelParts {
  readonly level: number;
  readonly heading: (level: number, text: string) => TemplateResult;
  readonly step: (index: number) => RichText;
  readonly startingPosition: () => RichText;
  readonly figure: (step: number) => TemplateResult | typeof nothing;
  /** The exercise's own "stop and get advice if" list. */
  readonly stopIf: () => TemplateResult;
  /** The non-urgent care advice (with the host's care options), where the exercise has a topic. */
  readonly care: () => TemplateResult | typeof nothing;
  readonly close: () => void;
}

const button = (label: string, click: () => void, extra: { disabled?: boolean; cls?: string } = {}): TemplateResult =>
  html`<button type="button" class=${extra.cls ?? ''} ?disabled=${extra.disabled ?? false} @click=${click}>${label}</button>`;

/** What to stop for, with the button that says so: after each set and at the end. */
function checkIn(guided: GuidedController, parts: PanelParts): TemplateResult {
  return html`<div class="guided-check">
    <p>${guided.words.checkIn}</p>
    ${parts.stopIf()} ${button(guided.words.worse, () => guided.worse(), { cls: 'worse' })}
  </div>`;
}

/** The time left, in words, of a phase that moves on by itself (none for a hands-free step: its pace is not a dose). */
function timer(guided: GuidedController): TemplateResult | typeof nothing {
  const { session, words: w } = guided;
  const left = session.remaining();
  if (left === undefined || session.phase === 'move') return nothing;
  const seconds = Math.ceil(left / 1000);
  const label =
    session.phase === 'hold'
      ? `${w.holdFor(Math.round((session.plan.holdMs ?? 0) / 1000))}:`
      : session.phase === 'rest'
        ? `${w.restFor(Math.round((session.plan.restMs ?? 0) / 1000))}:`
        : '';
  return html`<p class="guided-timer" part="timer">${label} <strong>${label ? w.left(seconds) : w.startsIn(seconds)}</strong></p>`;
}

/** The pace and the optional cues: sound, vibration, reading aloud (where the device can). */
function options(guided: GuidedController, locale: string): TemplateResult {
  const w = guided.words;
  const names: Record<PaceName, string> = { 'hands-free': w.paceHandsFree, slow: w.paceSlow, press: w.pacePress };
  const speaker = guided.speaker;
  const check = (label: string, checked: boolean, change: (on: boolean) => void, disabled = false): TemplateResult =>
    html`<label
      ><input
        type="checkbox"
        .checked=${checked}
        ?disabled=${disabled}
        @change=${(e: Event) => change((e.target as HTMLInputElement).checked)}
      />
      ${label}</label
    >`;
  return html`<div class="guided-options">
    <label class="guided-pace"
      >${w.pace}
      <select @change=${(e: Event) => guided.setPace((e.target as HTMLSelectElement).value as PaceName)}>
        ${PACE_NAMES.map((pace) => html`<option value=${pace} ?selected=${pace === guided.pace}>${names[pace]}</option>`)}
      </select></label
    >
    <fieldset class="guided-cues">
      <legend>${w.cues}</legend>
      ${check(w.sound, guided.sound, (on) => (guided.sound = on))} ${check(w.vibrate, guided.vibrate, (on) => (guided.vibrate = on))}
      ${check(w.speak, speaker.on && speaker.available && !speaker.failed, (on) => guided.setSpeech(on), !speaker.available || speaker.failed)}
      ${
        speaker.failed
          ? html`<p class="guided-note">${w.speechFailed}</p>`
          : speaker.available
            ? nothing
            : html`<p class="guided-note">${w.noVoice(languageName(primaryLanguage(locale), locale))}</p>`
      }
    </fieldset>
  </div>`;
}

export function renderGuided(guided: GuidedController, locale: string, parts: PanelParts): TemplateResult {
  const { session, words: w } = guided;
  const { plan } = session;
  const result = guided.result();
  const status = html`<p class="visually-hidden" role="status" aria-live=${guided.speaker.speaking ? 'off' : 'polite'} aria-atomic="true">
    ${guided.message}
  </p>`;
  const heading = parts.heading(parts.level, w.heading);
  if (session.phase === 'stopped') {
    return html`<section class="guided" part="guided" aria-labelledby="guided-heading">
      ${heading}
      <div class="guided-stopped" tabindex="-1">
        <p><strong>${w.stoppedHeading}</strong></p>
        <p>${w.stopped}</p>
      </div>
      ${parts.stopIf()} ${parts.care()}
      <div class="guided-controls">${button(w.close, parts.close, { cls: 'primary' })}</div>
      ${status}
    </section>`;
  }
  if (session.phase === 'complete') {
    return html`<section class="guided" part="guided" aria-labelledby="guided-heading">
      ${heading}
      <p class="guided-done" tabindex="-1">${w.complete} ${w.summary(result.repetitions, result.sets, result.durationSeconds)}.</p>
      ${checkIn(guided, parts)}
      <div class="guided-controls">${button(w.close, parts.close, { cls: 'primary' })}</div>
      ${status}
    </section>`;
  }
  const last = session.step === plan.steps - 1 && (!session.counting || (session.rep === plan.reps && session.set === (plan.sets ?? 1)));
  const primary = session.holdAhead && !session.handsFree ? w.startHold : last && !session.handsFree ? w.finish : w.next;
  const timed = session.phase === 'hold' || session.phase === 'rest';
  const between = session.set > 1 && (session.phase === 'rest' || session.phase === 'ready');
  return html`<section class="guided" part="guided" aria-labelledby="guided-heading">
    ${heading}
    <div class="guided-now">
      <div class="guided-figure">${parts.figure(session.phase === 'ready' ? 0 : session.step + 1)}</div>
      <div>
        <p class="guided-where">
          <strong>${session.phase === 'ready' ? w.getReady : w.stepOf(session.step + 1, plan.steps)}</strong>
          ${session.counting && session.phase !== 'ready' ? html`<span>${w.repOf(session.rep, plan.reps ?? 0)}</span>` : nothing}
          ${plan.sets !== undefined ? html`<span>${w.setOf(session.set, plan.sets)}</span>` : nothing}
        </p>
        <p class="guided-step">${session.phase === 'ready' ? parts.startingPosition() : parts.step(session.step)}</p>
        ${timer(guided)}
      </div>
    </div>
    ${between ? checkIn(guided, parts) : nothing}
    <div class="guided-controls">
      ${button(primary, () => guided.act('next'), { disabled: session.paused || timed, cls: 'primary' })}
      ${button(w.back, () => guided.act('back'), {
        disabled: session.paused || session.phase === 'ready' || (session.step === 0 && session.rep === 1 && session.phase === 'move'),
      })}
      ${session.paused ? button(w.resume, () => guided.act('resume')) : button(w.pause, () => guided.act('pause'))}
      ${button(w.stop, parts.close)} ${between ? nothing : button(w.worse, () => guided.worse(), { cls: 'worse' })}
    </div>
    ${options(guided, locale)} ${status}
  </section>`;
}
