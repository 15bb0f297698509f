/**
 * Draws exercise figures as SVG, and plays the movement between their keyframes. A chunk of its
 * own, fetched when a card first shows a figure: a page without figures never loads it. Colours
 * are SVG presentation attributes on `currentColor` (the card sets it from its tokens; forced
 * colours and print force it), except the shapes' edges, which the card's styles colour by their
 * class; only attributes change while playing: no inline style attribute, so the strict CSP holds,
 * and the chunk brings no stylesheet. The geometry is `scene.ts`.
 */
import { nothing, render, svg, type ReactiveController, type ReactiveControllerHost, type SVGTemplateResult } from 'lit';
import type { ExerciseFigure, Pose } from '../../../model/index.js';
import { blend } from '../../../model/kinematics.js';
import { arrowOf, drawnBody, drawnSupport, figureBox, polyline } from './scene.js';

/** The box every frame of a figure is drawn in, so all of them share one scale. */
const boxes = new WeakMap<ExerciseFigure, string>();
function viewBox(figure: ExerciseFigure): string {
  let box = boxes.get(figure);
  if (!box)
    boxes.set(
      figure,
      (box = figureBox(figure)
        .map((value) => value.toFixed(3))
        .join(' ')),
    );
  return box;
}

/** Drawings already made, per figure and keyframe: 200 cards of six exercises draw each frame once. */
const drawn = new WeakMap<ExerciseFigure, Map<number, SVGTemplateResult>>();

/**
 * Frame `index` of a figure as SVG, or `pose` when it is not that frame's (the movement playing:
 * no arrow, not kept). A keyframe's drawing is made once and reused.
 */
export function drawPose(figure: ExerciseFigure, pose: Pose, index: number): SVGTemplateResult {
  const keyframe = figure.frames[index]?.pose === pose;
  if (!keyframe) return draw(figure, pose);
  let byIndex = drawn.get(figure);
  if (!byIndex) drawn.set(figure, (byIndex = new Map()));
  let drawing = byIndex.get(index);
  if (!drawing) byIndex.set(index, (drawing = draw(figure, pose, arrowOf(figure, index))));
  return drawing;
}

/** Each keyframe's drawing as an element, made once per page: the original every card copies. */
const originals = new WeakMap<SVGTemplateResult, Element>();
/** The copies each card shows, by frame: kept while the frame shows the same pose. */
const shown = new WeakMap<object, Map<number, readonly [Pose, Element]>>();

/**
 * Frame `index` of a card's figure: a keyframe is a copy of an element drawn once per page, kept
 * for as long as the frame shows it, so Lit keeps no parts for it (200 cards of six exercises
 * would keep 14 each). An in-between pose (the movement playing), or a render that must match
 * server-rendered HTML (`asTemplate`), is the template itself.
 */
export function drawFrame(
  host: object,
  figure: ExerciseFigure,
  pose: Pose,
  index: number,
  asTemplate: boolean,
): SVGTemplateResult | Element {
  const drawing = drawPose(figure, pose, index);
  if (asTemplate || figure.frames[index]?.pose !== pose) return drawing;
  let frames = shown.get(host);
  if (!frames) shown.set(host, (frames = new Map()));
  const kept = frames.get(index);
  if (kept?.[0] === pose) return kept[1];
  let original = originals.get(drawing);
  if (!original) {
    const box = document.createElement('div');
    render(drawing, box);
    original = box.firstElementChild as Element;
    originals.set(drawing, original);
  }
  const copy = original.cloneNode(true) as Element;
  frames.set(index, [pose, copy]);
  return copy;
}

/**
 * The support, then the body's parts back to front (far limbs paler: 0.7 opacity, the least that
 * keeps them 3:1 against the drawing in every theme, WCAG 1.4.11), then the step's arrow. Each
 * shape has an edge in the drawing's background colour (the class `edge`, coloured by the card's
 * styles), so a limb in front of another stands apart from it.
 */
function draw(figure: ExerciseFigure, pose: Pose, arrow?: ReturnType<typeof arrowOf>): SVGTemplateResult {
  const ground = drawnSupport(figure);
  const body = drawnBody(figure, pose);
  return svg`<svg viewBox=${viewBox(figure)} aria-hidden="true" focusable="false" stroke-linecap="round" stroke-linejoin="round">
    ${ground.shapes.map((d) => svg`<path d=${d} fill="currentColor" fill-opacity="0.16"></path>`)}
    <path d=${ground.lines} fill="none" stroke="currentColor" stroke-width="0.01" opacity="0.5"></path>
    ${body.map(
      (part) =>
        svg`<path class="edge" data-shape=${part.name} d=${part.d} fill="currentColor" stroke-width="0.014" paint-order="stroke" opacity=${part.far ? '0.7' : '1'}></path>`,
    )}
    ${
      arrow
        ? svg`<g class="arrow" data-shape="arrow">
            <path class="edge" d=${polyline(arrow.shaft)} fill="none" stroke-width="0.048"></path>
            <path d=${polyline(arrow.shaft)} fill="none" stroke="currentColor" stroke-width="0.018"></path>
            <path class="edge" d=${arrow.head} fill="currentColor" stroke-width="0.014" paint-order="stroke"></path>
          </g>`
        : nothing
    }
  </svg>`;
}

/** Longest the movement plays: WCAG 2.2.2 lets motion that starts on request run up to 5 seconds. */
export const PLAY_LIMIT_MS = 5000;
const PAUSE_MS = 350;

/**
 * Plays a figure's movement once, keyframe to keyframe, in at most `PLAY_LIMIT_MS`, then stops
 * by itself. The host reads `pose` while `playing` and renders it.
 */
export class FigureMotion implements ReactiveController {
  pose?: Pose;
  private frame = 0;
  constructor(private readonly host: ReactiveControllerHost) {
    host.addController(this);
  }

  get playing(): boolean {
    return this.frame !== 0;
  }

  play(figure: ExerciseFigure): void {
    this.stop();
    const poses = figure.frames.map((f) => f.pose);
    const legs = poses.length - 1;
    const moveMs = Math.min(1000, (PLAY_LIMIT_MS - PAUSE_MS * poses.length) / legs);
    const started = performance.now();
    const step = (now: number): void => {
      const elapsed = Math.max(0, now - started);
      const leg = Math.floor(elapsed / (moveMs + PAUSE_MS));
      if (leg >= legs) {
        this.stop();
        return;
      }
      const within = Math.min(1, Math.max(0, (elapsed - leg * (moveMs + PAUSE_MS) - PAUSE_MS) / moveMs));
      const eased = within * within * (3 - 2 * within);
      this.pose = blend(poses[leg] as Pose, poses[leg + 1] as Pose, eased);
      this.frame = requestAnimationFrame(step);
      this.host.requestUpdate();
    };
    this.pose = poses[0];
    this.frame = requestAnimationFrame(step);
    this.host.requestUpdate();
  }

  stop(): void {
    if (this.frame) cancelAnimationFrame(this.frame);
    this.frame = 0;
    this.pose = undefined;
    this.host.requestUpdate();
  }

  hostDisconnected(): void {
    this.stop();
  }
}
