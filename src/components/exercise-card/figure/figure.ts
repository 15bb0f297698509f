/**
 * Draws exercise figures as SVG, and plays the movement between their keyframes. A chunk of its
 * own, fetched when a card first shows a figure: a page without figures never loads it. Colours
 * are SVG presentation attributes on `currentColor` (the card sets it from its tokens; forced
 * colours and print force it), and only attributes change while playing: no inline style attribute, so the
 * strict CSP holds, and the chunk brings no stylesheet.
 */
import { render, svg, type ReactiveController, type ReactiveControllerHost, type SVGTemplateResult } from 'lit';
import type { ExerciseFigure, Pose } from '../../../model/index.js';
import { BODY, SEAT, blend, solve, type ArmPoints, type LegPoints, type Point, type Skeleton } from '../../../model/kinematics.js';

type Flat = readonly [number, number];

/** How far above the floor the `above` view looks from: 65°, so both the body's width and the knees' height show. */
const ELEVATION = (65 * Math.PI) / 180;

/** Where a point lands on the drawing (SVG y grows downwards); `above` tips the side view towards the viewer. */
const projector =
  (view: ExerciseFigure['view']) =>
  (p: Point): Flat =>
    view === 'above' ? [p[0], -(p[1] * Math.cos(ELEVATION) - p[2] * Math.sin(ELEVATION))] : [p[0], -p[1]];

const line = (points: readonly Flat[]): string => points.map(([x, y], i) => `${i ? 'L' : 'M'}${x.toFixed(3)} ${y.toFixed(3)}`).join('');

/** The box every frame of a figure is drawn in, so that all of them share one scale. Width:height 4:3. */
interface Box {
  readonly viewBox: string;
  /** Left and right edges: the floor and the mat span exactly these, so nothing pokes out of the drawing. */
  readonly x0: number;
  readonly x1: number;
}
const boxes = new WeakMap<ExerciseFigure, Box>();
function boxOf(figure: ExerciseFigure): Box {
  const known = boxes.get(figure);
  if (known) return known;
  const flat = projector(figure.view);
  const points = figure.frames.flatMap((frame) => allPoints(solve(frame.pose, figure.support))).map(flat);
  const xs = points.map((p) => p[0]);
  const ys = points.map((p) => p[1]);
  const pad = 0.12;
  let [x0, x1, y0, y1] = [Math.min(...xs) - pad, Math.max(...xs) + pad, Math.min(...ys) - pad, Math.max(...ys) + pad];
  if (figure.view !== 'above') y1 = Math.max(y1, 0.06);
  const [width, height] = [x1 - x0, y1 - y0];
  // Grow the short side about the middle to 4:3.
  if (width / height > 4 / 3) {
    const grow = (width * 3) / 4 - height;
    [y0, y1] = figure.view === 'above' ? [y0 - grow / 2, y1 + grow / 2] : [y0 - grow, y1];
  } else {
    const grow = (height * 4) / 3 - width;
    [x0, x1] = [x0 - grow / 2, x1 + grow / 2];
  }
  const box = { viewBox: [x0, y0, x1 - x0, y1 - y0].map((n) => n.toFixed(3)).join(' '), x0, x1 };
  boxes.set(figure, box);
  return box;
}

function allPoints(b: Skeleton): Point[] {
  const leg = (l: LegPoints) => [l.hip, l.knee, l.ankle, l.toe];
  const arm = (a: ArmPoints) => [a.shoulder, a.elbow, a.wrist];
  return [b.pelvis, b.chest, b.head, ...leg(b.nearLeg), ...leg(b.farLeg), ...arm(b.nearArm), ...arm(b.farArm)];
}

function support(figure: ExerciseFigure, { x0, x1 }: Box): SVGTemplateResult {
  const [left, right] = [x0.toFixed(3), x1.toFixed(3)];
  if (figure.view === 'above') {
    const corners: Point[] = [
      [x0, 0, -0.25],
      [x1, 0, -0.25],
      [x1, 0, 0.25],
      [x0, 0, 0.25],
    ];
    const mat = line(corners.map(projector('above')));
    return svg`<path d=${`${mat}Z`} fill="currentColor" fill-opacity="0.12" stroke-width="0.01" opacity="0.6"></path>`;
  }
  const floor = svg`<path d=${`M${left} 0.006H${right}`} stroke-width="0.012" opacity="0.6"></path>`;
  if (figure.support === 'mat') {
    const width = (x1 - x0).toFixed(3);
    return svg`<rect x=${left} y="-0.012" width=${width} height="0.018" fill="currentColor" fill-opacity="0.25" stroke="none"></rect>${floor}`;
  }
  if (figure.support === 'floor') return floor;
  // A chair: seat under the pelvis, back behind it, legs down to the floor.
  const seat = -SEAT;
  const chair = `M-0.16 ${seat}H0.14M-0.16 ${seat}V${seat - 0.42}M-0.14 ${seat}V0M0.12 ${seat}V0`;
  return svg`<path d=${chair} stroke-width="0.02" opacity="0.6"></path>${floor}`;
}

/** Drawings already made, per figure and keyframe: 200 cards of six exercises draw each frame once. */
const drawn = new WeakMap<ExerciseFigure, WeakMap<Pose, SVGTemplateResult>>();

/** One pose as SVG (a keyframe's drawing is made once and reused; in-between poses are not kept). */
export function drawPose(figure: ExerciseFigure, pose: Pose): SVGTemplateResult {
  let byPose = drawn.get(figure);
  if (!byPose) drawn.set(figure, (byPose = new WeakMap()));
  const known = byPose.get(pose);
  if (known) return known;
  const drawing = draw(figure, pose);
  if (figure.frames.some((frame) => frame.pose === pose)) byPose.set(pose, drawing);
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
  const drawing = drawPose(figure, pose);
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

/** Support, far limbs (behind, lighter), trunk, head, near limbs. */
function draw(figure: ExerciseFigure, pose: Pose): SVGTemplateResult {
  const b = solve(pose, figure.support);
  const flat = projector(figure.view);
  const leg = (l: LegPoints) => line([l.hip, l.knee, l.ankle, l.toe].map(flat));
  const arm = (a: ArmPoints) => line([a.shoulder, a.elbow, a.wrist].map(flat));
  const [pelvis, lowBack, chest] = [b.pelvis, b.lowBack, b.chest].map(flat) as [Flat, Flat, Flat];
  // A curve through the low back: the control point that makes the curve pass through it.
  const control: Flat = [2 * lowBack[0] - (pelvis[0] + chest[0]) / 2, 2 * lowBack[1] - (pelvis[1] + chest[1]) / 2];
  const head = flat(b.head);
  // A nose, so the drawing shows where the face looks.
  const nose = (reach: number): Point => [b.head[0] + b.face[0] * reach, b.head[1] + b.face[1] * reach, b.head[2]];
  const above = figure.view === 'above';
  // The far limbs are behind the body: drawn first, and paler.
  const far = above ? '0.55' : '0.4';
  // From above, the trunk has width: a filled shape from the shoulders to the hips.
  const torso = line([b.nearArm.shoulder, b.farArm.shoulder, b.farLeg.hip, b.nearLeg.hip].map(flat));
  const trunk = `M${pelvis.join(' ')}Q${control.map((n) => n.toFixed(3)).join(' ')} ${chest.join(' ')}`;
  const box = boxOf(figure);
  const [hx, hy] = head.map((n) => n.toFixed(3));
  const r = BODY.head;
  // Few bindings, as few paths as the styles allow: far limbs; trunk; head; nose; neck and near limbs.
  const farLimbs = arm(b.farArm) + leg(b.farLeg);
  const nearLimbs = line([b.chest, b.head].map(flat)) + leg(b.nearLeg) + arm(b.nearArm);
  const headPath = `M${hx} ${hy}m-${r} 0a${r} ${r} 0 1 0 ${2 * r} 0a${r} ${r} 0 1 0 -${2 * r} 0`;
  return svg`<svg viewBox=${box.viewBox} aria-hidden="true" focusable="false" fill="none" stroke="currentColor"
    stroke-width="0.05" stroke-linecap="round" stroke-linejoin="round">
    ${support(figure, box)}
    <path d=${farLimbs} opacity=${far}></path>
    <path d=${above ? `${torso}Z` : trunk} fill=${above ? 'currentColor' : 'none'} stroke-width=${above ? '0.04' : '0.08'}></path>
    <path d=${headPath} fill="currentColor" stroke="none"></path>
    <path d=${line([nose(0.05), nose(0.09)].map(flat))} stroke-width="0.03"></path>
    <path d=${nearLimbs}></path>
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
