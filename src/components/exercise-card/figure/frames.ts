import { html, nothing, type SVGTemplateResult, type TemplateResult } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import type { ExerciseFigure, Pose } from '../../../model/index.js';
import type { Messages } from '../../../i18n/messages.js';
import type * as FigureChunk from './figure.js';

/** The figure chunk: drawing and motion, fetched when a card first shows a figure. */
export type FigureModule = typeof FigureChunk;
let figureModule: FigureModule | undefined;
/** The figure chunk once it has arrived. */
export const loadedFigures = (): FigureModule | undefined => figureModule;
export const loadFigures = async (): Promise<void> => {
  figureModule = await import('./figure.js');
};

/** The index of the frame a step shows: the last keyframe at or before it, else the starting position. */
export function frameForStep(figure: ExerciseFigure, step: number): number {
  let found = 0;
  figure.frames.forEach((frame, index) => {
    if ((frame.step ?? 0) <= step) found = index;
  });
  return found;
}

/**
 * The figure: its keyframes side by side, numbered like the steps, named by the content's `alt`.
 * The frames' boxes are laid out before the drawing arrives, so nothing moves when it does.
 */
export function renderFigure(
  figure: ExerciseFigure,
  m: Messages,
  draw: ((pose: Pose, index: number) => SVGTemplateResult | Element) | undefined,
  motion: { readonly pose?: Pose; readonly playing: boolean; readonly canPlay: boolean; readonly play: () => void },
  lang: string | undefined,
): TemplateResult {
  return html`<figure class="figure" part="figure">
    <div class="frames" role="img" aria-label=${figure.alt} lang=${ifDefined(lang)}>
      ${figure.frames.map(
        (frame, index) => html`<div class="frame">
          <div class="drawing">${draw ? draw(index === 0 && motion.pose ? motion.pose : frame.pose, index) : nothing}</div>
          <span class="frame-label">${frame.step ? m.figureStep(frame.step) : m.figureStart}</span>
        </div>`,
      )}
    </div>
    ${
      motion.canPlay
        ? html`<button
            type="button"
            class="play"
            part="play"
            aria-pressed=${motion.playing ? 'true' : 'false'}
            ?disabled=${!draw}
            @click=${motion.play}
          >
            ${m.playMovement}
          </button>`
        : nothing
    }
  </figure>`;
}
