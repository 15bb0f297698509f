/**
 * The geometry of a figure's drawing, without any DOM: the body as tapered shapes with round joints
 * (balls joined by tangent lines) in three dimensions, seen through the figure's camera and drawn
 * back to front; the support; and each step frame's arrow along the path of the part that moves.
 * Pure, so Node tests measure what a reader sees.
 */
import type { ExerciseFigure, Pose } from '../../../model/index.js';
import { projector, type Projected } from '../../../model/camera.js';
import { CHAIR_BACK, SEAT, blend, solve, type ArmPoints, type LegPoints, type Point, type Skeleton } from '../../../model/kinematics.js';

/** A ball of the body: its centre and radius, in units of height. */
export type Ball = readonly [centre: Point, radius: number];
/** A tapered segment between two balls (or one ball alone). */
export type Capsule = readonly [Ball] | readonly [Ball, Ball];

/** The body's parts, drawn as whole shapes: a far limb is one shape behind, a near limb one in front. */
export const PARTS = ['farArm', 'farLeg', 'trunk', 'head', 'nearLeg', 'nearArm'] as const;
export type PartName = (typeof PARTS)[number];
export interface BodyPart {
  readonly name: PartName;
  readonly capsules: readonly Capsule[];
}

/** Half-thicknesses, in units of height: one set of proportions for every figure. */
export const SHAPE = {
  pelvis: 0.066,
  waist: 0.056,
  chest: 0.066,
  hips: 0.06,
  shoulders: 0.048,
  neck: 0.03,
  head: 0.062,
  nose: 0.016,
  hip: 0.05,
  knee: 0.037,
  ankle: 0.025,
  toe: 0.017,
  shoulder: 0.033,
  elbow: 0.026,
  wrist: 0.021,
  hand: 0.028,
} as const;

const along = (a: Point, b: Point, t: number): Point => [a[0] + (b[0] - a[0]) * t, a[1] + (b[1] - a[1]) * t, a[2] + (b[2] - a[2]) * t];

const legShape = (l: LegPoints): Capsule[] => [
  [
    [l.hip, SHAPE.hip],
    [l.knee, SHAPE.knee],
  ],
  [
    [l.knee, SHAPE.knee],
    [l.ankle, SHAPE.ankle],
  ],
  [
    [l.ankle, SHAPE.ankle],
    [l.toe, SHAPE.toe],
  ],
];
const armShape = (a: ArmPoints): Capsule[] => [
  [
    [a.shoulder, SHAPE.shoulder],
    [a.elbow, SHAPE.elbow],
  ],
  [
    [a.elbow, SHAPE.elbow],
    [a.wrist, SHAPE.wrist],
  ],
  [[along(a.elbow, a.wrist, 1.18), SHAPE.hand]],
];

/** The body of a solved pose as balls and tapered segments, part by part, in three dimensions. */
export function bodyShape(b: Skeleton): BodyPart[] {
  const neckTop = along(b.chest, b.head, 0.7);
  // An arched low back lifts off the support: the waist's underside rises by the whole arch, its
  // front by less, so the hollow shows under the back rather than as a bulge on the front.
  const straight = along(b.pelvis, b.chest, 0.35);
  const arch = Math.hypot(b.lowBack[0] - straight[0], b.lowBack[1] - straight[1], b.lowBack[2] - straight[2]);
  const waist: Ball = [along(straight, b.lowBack, 0.7), SHAPE.waist - arch * 0.3];
  const nose: Point = [b.head[0] + b.face[0] * SHAPE.head, b.head[1] + b.face[1] * SHAPE.head, b.head[2]];
  return [
    { name: 'farArm', capsules: armShape(b.farArm) },
    { name: 'farLeg', capsules: legShape(b.farLeg) },
    {
      name: 'trunk',
      capsules: [
        [[b.pelvis, SHAPE.pelvis], waist],
        [waist, [b.chest, SHAPE.chest]],
        [
          [b.nearLeg.hip, SHAPE.hips],
          [b.farLeg.hip, SHAPE.hips],
        ],
        [
          [b.nearArm.shoulder, SHAPE.shoulders],
          [b.farArm.shoulder, SHAPE.shoulders],
        ],
        [
          [b.chest, SHAPE.neck],
          [neckTop, SHAPE.neck],
        ],
      ],
    },
    {
      name: 'head',
      capsules: [[[b.head, SHAPE.head]], [[nose, SHAPE.nose]]],
    },
    { name: 'nearLeg', capsules: legShape(b.nearLeg) },
    { name: 'nearArm', capsules: armShape(b.nearArm) },
  ];
}

const n = (value: number): string => value.toFixed(3);

/** The outline of a tapered segment (or a ball), anticlockwise like every other, so a part's outlines fill as one. */
export function capsulePath([[x1, y1], r1]: readonly [Projected, number], end?: readonly [Projected, number]): string {
  const circle = (x: number, y: number, r: number) =>
    `M${n(x + r)} ${n(y)}A${n(r)} ${n(r)} 0 1 0 ${n(x - r)} ${n(y)}A${n(r)} ${n(r)} 0 1 0 ${n(x + r)} ${n(y)}`;
  if (!end) return circle(x1, y1, r1);
  const [[x2, y2], r2] = end;
  const d = Math.hypot(x2 - x1, y2 - y1);
  if (d <= Math.abs(r1 - r2) + 1e-6) return r1 > r2 ? circle(x1, y1, r1) : circle(x2, y2, r2);
  const theta = Math.atan2(y2 - y1, x2 - x1);
  const alpha = Math.acos((r1 - r2) / d);
  const at = (x: number, y: number, r: number, angle: number) => `${n(x + r * Math.cos(angle))} ${n(y + r * Math.sin(angle))}`;
  const wide = alpha > Math.PI / 2 ? 1 : 0;
  return (
    `M${at(x1, y1, r1, theta + alpha)}L${at(x2, y2, r2, theta + alpha)}` +
    `A${n(r2)} ${n(r2)} 0 ${wide} 0 ${at(x2, y2, r2, theta - alpha)}L${at(x1, y1, r1, theta - alpha)}` +
    `A${n(r1)} ${n(r1)} 0 ${1 - wide} 0 ${at(x1, y1, r1, theta + alpha)}Z`
  );
}

/** A part as it is drawn: its outline, how near the viewer it is, and whether it is a far limb. */
export interface DrawnPart {
  readonly name: PartName;
  readonly d: string;
  readonly depth: number;
  readonly far: boolean;
  /** Its balls on the drawing: centre and radius. */
  readonly balls: readonly (readonly [Projected, number])[];
}

/** The body of `pose` on the drawing, back to front. */
export function drawnBody(figure: ExerciseFigure, pose: Pose): DrawnPart[] {
  const flat = projector(figure.view);
  const parts = bodyShape(solve(pose, figure.support)).map((part): DrawnPart => {
    const projected = part.capsules.map((capsule) => capsule.map(([p, r]) => [flat(p), r] as const));
    const balls = projected.flat();
    return {
      name: part.name,
      d: projected.map(([a, b]) => capsulePath(a as readonly [Projected, number], b)).join(''),
      depth: balls.reduce((sum, [p]) => sum + p[2], 0) / balls.length,
      far: part.name.startsWith('far'),
      balls,
    };
  });
  return parts.sort((a, b) => a.depth - b.depth || PARTS.indexOf(a.name) - PARTS.indexOf(b.name));
}

/** The convex outline of some points (Andrew's monotone chain), for the mat and the chair. */
function hull(points: readonly (readonly [number, number])[]): string {
  const sorted = [...points].sort((a, b) => a[0] - b[0] || a[1] - b[1]);
  const cross = (o: readonly number[], a: readonly number[], b: readonly number[]) =>
    (a[0]! - o[0]!) * (b[1]! - o[1]!) - (a[1]! - o[1]!) * (b[0]! - o[0]!);
  const half = (list: typeof sorted) => {
    const out: (readonly [number, number])[] = [];
    for (const p of list) {
      while (out.length > 1 && cross(out[out.length - 2]!, out[out.length - 1]!, p) <= 0) out.pop();
      out.push(p);
    }
    return out.slice(0, -1);
  };
  const ring = [...half(sorted), ...half([...sorted].reverse())];
  return `${ring.map(([x, y], i) => `${i ? 'L' : 'M'}${n(x)} ${n(y)}`).join('')}Z`;
}

/** A box's eight corners, from its ranges along x, y and z. */
const corners = ([x0, x1]: readonly number[], [y0, y1]: readonly number[], [z0, z1]: readonly number[]): Point[] =>
  [x0!, x1!].flatMap((x) => [y0!, y1!].flatMap((y) => [z0!, z1!].map((z): Point => [x, y, z])));

/** The support under the body: shapes (filled lightly) and lines, seen through the figure's camera. */
export interface DrawnSupport {
  readonly shapes: readonly string[];
  readonly lines: string;
}

/** Every frame's joints, for the mat's length and the drawing's box. */
const framePoints = (figure: ExerciseFigure): Point[] =>
  figure.frames.flatMap((frame) =>
    bodyShape(solve(frame.pose, figure.support)).flatMap((part) => part.capsules.flatMap((capsule) => capsule.map(([p]) => p))),
  );

/** How far a chair reaches from its back to the front of its seat. */
const CHAIR_DEPTH = 0.33;

/** The floor under every frame: a thin box a little longer than the body (and the chair a standing person holds), as wide as a mat. */
const groundCorners = (figure: ExerciseFigure): Point[] => {
  const xs = [...framePoints(figure).map((p) => p[0]), ...(figure.support === 'standing' ? [CHAIR_BACK.x + CHAIR_DEPTH] : [])];
  return corners([Math.min(...xs) - 0.08, Math.max(...xs) + 0.08], [-0.016, 0], [-0.3, 0.3]);
};

/**
 * A chair facing +x with its back at `x`: the seat and the back as filled shapes, the legs as lines.
 * The one a seated person sits on and the one a standing person holds (`CHAIR_BACK`) are the same chair.
 */
function chairAt(x: number, flat: (p: Point) => Projected): { shapes: string[]; lines: string } {
  const { top, halfWidth } = CHAIR_BACK;
  const seat = corners([x + 0.03, x + CHAIR_DEPTH], [SEAT - 0.03, SEAT], [-halfWidth - 0.02, halfWidth + 0.02]).map(flat);
  const back = corners([x, x + 0.03], [SEAT, top], [-halfWidth, halfWidth]).map(flat);
  const lines = ([x + 0.04, x + CHAIR_DEPTH - 0.01] as const)
    .flatMap((at) => ([-halfWidth, halfWidth] as const).map((z) => polyline([flat([at, SEAT - 0.03, z]), flat([at, 0, z])])))
    .join('');
  return { shapes: [seat, back].map((box) => hull(box.map(([a, b]) => [a, b]))), lines };
}

export function drawnSupport(figure: ExerciseFigure): DrawnSupport {
  const flat = projector(figure.view);
  const floor = groundCorners(figure).map(flat);
  const top = floor.filter((_, i) => i % 4 >= 2);
  const outline = hull(top.map(([x, y]) => [x, y]));
  const ground = hull(floor.map(([x, y]) => [x, y]));
  if (figure.support === 'standing') {
    // The chair turned round, its back towards the person, who holds it.
    const chair = chairAt(CHAIR_BACK.x, flat);
    return { shapes: [ground, ...chair.shapes], lines: chair.lines };
  }
  if (figure.support !== 'chair') return { shapes: [ground], lines: figure.support === 'mat' ? outline : '' };
  const chair = chairAt(-0.2, flat);
  return { shapes: [outline, ...chair.shapes], lines: chair.lines };
}

/** The drawing's box, shared by all of a figure's frames so they have one scale: x, y, width, height (4:3). */
export function figureBox(figure: ExerciseFigure): readonly [number, number, number, number] {
  const flat = projector(figure.view);
  const balls = figure.frames.flatMap((frame) => drawnBody(figure, frame.pose).flatMap((part) => part.balls));
  const ground = groundCorners(figure).map((p) => [flat(p), 0] as const);
  const arrows = figure.frames.flatMap((_, index) => arrowOf(figure, index)?.shaft.map((p) => [p, 0.035] as const) ?? []);
  const all = [...balls, ...ground, ...arrows];
  const pad = 0.04;
  let [x0, x1] = [Math.min(...all.map(([p, r]) => p[0] - r)) - pad, Math.max(...all.map(([p, r]) => p[0] + r)) + pad];
  let y0 = Math.min(...all.map(([p, r]) => p[1] - r)) - pad;
  const y1 = Math.max(...all.map(([p, r]) => p[1] + r)) + pad;
  const [width, height] = [x1 - x0, y1 - y0];
  // Grow the short side to 4:3: the height upwards (the floor stays at the bottom), the width about the middle.
  if (width / height > 4 / 3) y0 -= (width * 3) / 4 - height;
  else [x0, x1] = [x0 - ((height * 4) / 3 - width) / 2, x1 + ((height * 4) / 3 - width) / 2];
  return [x0, y0, x1 - x0, y1 - y0];
}

/** The points a step can move, by name: whichever moves furthest on the drawing carries the arrow. */
const MOVERS = {
  nearKnee: (b: Skeleton) => b.nearLeg.knee,
  farKnee: (b: Skeleton) => b.farLeg.knee,
  nearAnkle: (b: Skeleton) => b.nearLeg.ankle,
  farAnkle: (b: Skeleton) => b.farLeg.ankle,
  head: (b: Skeleton) => b.head,
  lowBack: (b: Skeleton) => b.lowBack,
  pelvis: (b: Skeleton) => b.pelvis,
} as const;
/** How thick the body is at each mover: the arrow stops this far (and a gap) short of it. */
const MOVER_RADIUS: Record<keyof typeof MOVERS, number> = {
  nearKnee: SHAPE.knee,
  farKnee: SHAPE.knee,
  nearAnkle: SHAPE.ankle,
  farAnkle: SHAPE.ankle,
  head: SHAPE.head,
  lowBack: SHAPE.waist,
  pelvis: SHAPE.pelvis,
};

/** The part that moves into frame `index` from the frame before, and its path (3-D, 17 points), if the frame is a step's. */
export function movement(figure: ExerciseFigure, index: number): { part: keyof typeof MOVERS; path: Point[] } | undefined {
  const [before, after] = [figure.frames[index - 1], figure.frames[index]];
  if (!before || !after?.step) return undefined;
  const flat = projector(figure.view);
  const poses = Array.from({ length: 17 }, (_, i) => solve(blend(before.pose, after.pose, i / 16), figure.support));
  let best: { part: keyof typeof MOVERS; path: Point[]; length: number } | undefined;
  for (const part of Object.keys(MOVERS) as (keyof typeof MOVERS)[]) {
    const path = poses.map(MOVERS[part]);
    const length = flatLength(path.map(flat));
    if (!best || length > best.length + 1e-6) best = { part, path, length };
  }
  return best && { part: best.part, path: best.path };
}

/** The length of a path on the drawing. */
export const flatLength = (path: readonly Projected[]): number =>
  path.slice(1).reduce((sum, p, i) => sum + Math.hypot(p[0] - path[i]![0], p[1] - path[i]![1]), 0);

/** The least a step's moving part travels on the drawing, in units of height: less would not show at card size. */
export const VISIBLE_MOVE = 0.05;

/** The shortest arrow drawn: shorter moves get a straight arrow of this length, so the direction still shows. */
export const ARROW_MIN = 0.11;
const GAP = 0.02;
/** How much of an arrow its head takes. */
const HEAD = 0.04;

/** A step frame's arrow on the drawing: the shaft along the moving part's path, ending short of the part, and its head. */
export function arrowOf(figure: ExerciseFigure, index: number): { shaft: readonly Projected[]; head: string } | undefined {
  const moved = movement(figure, index);
  if (!moved) return undefined;
  const flat = projector(figure.view);
  const stop = MOVER_RADIUS[moved.part] + GAP;
  const path = moved.path.map(flat);
  const [start, middle, end] = [path[0]!, path[8]!, path[path.length - 1]!];
  // A curved path runs beside the part's track, on the outside of the curve, and ends beside the part.
  const [bx, by] = [middle[0] - (start[0] + end[0]) / 2, middle[1] - (start[1] + end[1]) / 2];
  const bulge = Math.hypot(bx, by);
  let points: Projected[];
  if (bulge > 0.005 && flatLength(path) >= ARROW_MIN) {
    points = path.map(([x, y, depth]) => [x + (bx / bulge) * stop, y + (by / bulge) * stop, depth]);
  } else {
    // A short or straight move: a straight arrow towards the part, from the side it leaves (or, if
    // that is the floor, leading it on the side it goes to).
    const length = Math.hypot(end[0] - start[0], end[1] - start[1]) || 1;
    const [ux, uy] = [(end[0] - start[0]) / length, (end[1] - start[1]) / length];
    const reach = Math.max(ARROW_MIN + HEAD, length);
    const behind = moved.path[moved.path.length - 1]![1] - stop - reach > 0 || uy >= 0;
    const [ax, ay] = behind ? [end[0] - ux * (stop + reach), end[1] - uy * (stop + reach)] : [end[0] + ux * stop, end[1] + uy * stop];
    points = [
      [ax, ay, end[2]],
      [ax + ux * reach, ay + uy * reach, end[2]],
    ];
  }
  const tip = points[points.length - 1]!;
  const from = points[points.length - 2]!;
  const angle = Math.atan2(tip[1] - from[1], tip[0] - from[0]);
  const [length, width] = [HEAD / 0.8, 0.032];
  const back = (side: number) =>
    `${n(tip[0] - length * Math.cos(angle) + side * width * Math.sin(angle))} ${n(tip[1] - length * Math.sin(angle) - side * width * Math.cos(angle))}`;
  // The shaft stops where the head begins.
  const base: Projected = [tip[0] - length * 0.8 * Math.cos(angle), tip[1] - length * 0.8 * Math.sin(angle), tip[2]];
  return { shaft: [...points.slice(0, -1), base], head: `M${n(tip[0])} ${n(tip[1])}L${back(1)}L${back(-1)}Z` };
}

/** A polyline through points, as SVG path data. */
export const polyline = (points: readonly Projected[]): string => points.map(([x, y], i) => `${i ? 'L' : 'M'}${n(x)} ${n(y)}`).join('');
