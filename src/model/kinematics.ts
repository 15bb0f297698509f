/**
 * Forward kinematics for exercise figures: joint angles in, joint positions out. Pure and
 * deterministic, so the geometry each exercise's steps describe is tested in Node.
 *
 * Units are fractions of body height (1 = the person's height). Axes: x along the ground (towards
 * the feet of someone lying, the way someone sitting faces), y up from the ground, z towards the
 * person's right. Segment lengths follow Winter's anthropometric table (see content SOURCES.md).
 */
import type { ArmHold, ArmPose, ExerciseFigure, FigureSupport, LegPose, Pose } from './figure.js';

/** Segment lengths and half-widths, as fractions of height (Winter 2009, Fig. 4.1). */
export const BODY = {
  trunk: 0.288, // hip joint (0.530) to shoulder joint (0.818)
  neck: 0.1, // shoulder joint to the middle of the head
  head: 0.065, // head radius
  thigh: 0.245,
  shin: 0.246,
  foot: 0.11, // ankle to toes, drawn
  upperArm: 0.186,
  forearm: 0.146,
  hips: 0.095, // half of 0.191
  shoulders: 0.13, // half of 0.259
  /** Half the thickness of the trunk and of a limb: how far a joint centre sits above what it lies on. */
  trunkRadius: 0.06,
  limbRadius: 0.03,
} as const;

/** Height of the ankle joint above the sole (Winter: 0.039). */
export const ANKLE = 0.039;

/** Height of a chair seat: with the thigh level and the shin upright, the feet rest flat on the floor. */
export const SEAT = BODY.shin + ANKLE - BODY.trunkRadius;

/**
 * The chair a standing person holds for balance (support `standing`): its back, across the person's
 * front at `x`, its top at `top`, as wide as a seat (±`halfWidth`); the seat goes on beyond it.
 */
export const CHAIR_BACK = { x: 0.27, top: SEAT + 0.4, halfWidth: 0.17 } as const;

export type Point = readonly [x: number, y: number, z: number];

/** One side's joints. */
export interface LegPoints {
  readonly hip: Point;
  readonly knee: Point;
  readonly ankle: Point;
  readonly toe: Point;
}
export interface ArmPoints {
  readonly shoulder: Point;
  readonly elbow: Point;
  readonly wrist: Point;
}

/** A posed body placed on its support. */
export interface Skeleton {
  readonly pelvis: Point;
  readonly chest: Point;
  /** The middle of the low back, bowed by `lumbar`. */
  readonly lowBack: Point;
  readonly head: Point;
  /** Unit vector the face looks along. */
  readonly face: Point;
  readonly nearLeg: LegPoints;
  readonly farLeg: LegPoints;
  readonly nearArm: ArmPoints;
  readonly farArm: ArmPoints;
  /** Height of the surface the body rests on: 0 for the floor, the seat for a chair. */
  readonly rest: number;
}

const rad = (degrees: number): number => (degrees * Math.PI) / 180;
const add = (a: Point, b: Point, scale = 1): Point => [a[0] + b[0] * scale, a[1] + b[1] * scale, a[2] + b[2] * scale];
/** A unit vector in the x-y plane at `degrees` from +x, counter-clockwise. */
const planar = (degrees: number): Point => [Math.cos(rad(degrees)), Math.sin(rad(degrees)), 0];

/**
 * Rotates `v` about the axis `axis` (a unit vector in the x-y plane) by `degrees`, taking its
 * component along `normal` towards +z: a leg rolling to the person's right.
 */
function roll(v: Point, axis: Point, normal: Point, degrees: number): Point {
  if (!degrees) return v;
  const along = v[0] * axis[0] + v[1] * axis[1];
  const out = v[0] * normal[0] + v[1] * normal[1];
  const c = Math.cos(rad(degrees));
  const s = Math.sin(rad(degrees));
  return [axis[0] * along + normal[0] * out * c, axis[1] * along + normal[1] * out * c, out * s + v[2]];
}

function leg(hip: Point, pose: LegPose, trunk: number, axis: Point, normal: Point): LegPoints {
  const thighAngle = pose.hip - trunk;
  const shinAngle = thighAngle - pose.knee;
  const knee = add(hip, roll(planar(thighAngle), axis, normal, pose.roll ?? 0), BODY.thigh);
  const ankle = add(knee, roll(planar(shinAngle), axis, normal, pose.roll ?? 0), BODY.shin);
  return { hip, knee, ankle, toe: ankle };
}

/** Tips a direction in the x-y plane towards `side` (+1 the person's right, −1 their left) by `degrees`. */
const outward = (v: Point, side: number, degrees: number): Point => {
  const c = Math.cos(rad(degrees));
  return [v[0] * c, v[1] * c, side * Math.sin(rad(degrees))];
};

function arm(shoulder: Point, pose: ArmPose, trunk: number, side: number): ArmPoints {
  const upper = pose.shoulder - trunk;
  const abduction = pose.abduction ?? 0;
  const elbow = add(shoulder, outward(planar(upper), side, abduction), BODY.upperArm);
  return { shoulder, elbow, wrist: add(elbow, outward(planar(upper + pose.elbow), side, abduction), BODY.forearm) };
}

/** A foot flat on the floor when the ankle is close to it, otherwise at a right angle to the shin. */
function withFoot(limb: LegPoints): LegPoints {
  const { knee, ankle } = limb;
  const grounded = ankle[1] - ANKLE <= 0.02;
  const direction: Point = grounded
    ? [1, 0, 0]
    : (() => {
        const dx = ankle[0] - knee[0];
        const dy = ankle[1] - knee[1];
        const length = Math.hypot(dx, dy) || 1;
        // Perpendicular to the shin, towards the front of the leg.
        return [-dy / length, dx / length, 0] as Point;
      })();
  return { ...limb, toe: add(ankle, direction, BODY.foot) };
}

const lowest = (points: readonly (readonly [Point, number])[]): number => Math.min(...points.map(([p, r]) => p[1] - r));

/** Every joint of `pose`, placed on `support`. */
export function solve(pose: Pose, support: FigureSupport): Skeleton {
  const trunk = pose.trunk;
  // From the pelvis to the shoulders: head to the left when lying (trunk 0), up when sitting (90).
  const axis = planar(180 - trunk);
  // The front of the body: up when lying on the back, forward (+x) when sitting.
  const normal: Point = [Math.sin(rad(trunk)), Math.cos(rad(trunk)), 0];
  const origin: Point = [0, 0, 0];
  const chest = add(origin, axis, BODY.trunk);
  const headDirection = planar(180 - trunk - (pose.neck ?? 0));
  const head = add(chest, headDirection, BODY.neck);
  const face: Point = [Math.sin(rad(trunk + (pose.neck ?? 0))), Math.cos(rad(trunk + (pose.neck ?? 0))), 0];
  const hipAt = (side: number): Point => [0, 0, side * BODY.hips];
  const shoulderAt = (side: number): Point => [chest[0], chest[1], side * BODY.shoulders];
  const lumbar = ((pose.lumbar ?? 0) / 90) * BODY.trunk;
  const lowBack = add(add(origin, axis, BODY.trunk * 0.35), normal, lumbar);
  let body = {
    pelvis: origin,
    chest,
    lowBack,
    head,
    face,
    nearLeg: leg(hipAt(1), pose.nearLeg, trunk, axis, normal),
    farLeg: leg(hipAt(-1), pose.farLeg ?? pose.nearLeg, trunk, axis, normal),
    nearArm: arm(shoulderAt(1), pose.nearArm, trunk, 1),
    farArm: arm(shoulderAt(-1), pose.farArm ?? pose.nearArm, trunk, -1),
  };
  // Sitting: the pelvis on the seat. Lying: the lowest part of the body on the floor.
  const rest = support === 'chair' ? SEAT : 0;
  const lift =
    support === 'chair'
      ? SEAT + BODY.trunkRadius
      : -lowest([
          [body.pelvis, BODY.trunkRadius],
          [body.chest, BODY.trunkRadius],
          [body.head, BODY.head],
          ...[body.nearLeg, body.farLeg].flatMap((l) => [[l.knee, BODY.limbRadius] as const, [l.ankle, ANKLE] as const]),
          ...[body.nearArm, body.farArm].flatMap((a) => [a.elbow, a.wrist].map((p) => [p, BODY.limbRadius] as const)),
        ]);
  const up = (p: Point): Point => [p[0], p[1] + lift, p[2]];
  const upLeg = (l: LegPoints): LegPoints => withFoot({ hip: up(l.hip), knee: up(l.knee), ankle: up(l.ankle), toe: up(l.toe) });
  const upArm = (a: ArmPoints): ArmPoints => ({ shoulder: up(a.shoulder), elbow: up(a.elbow), wrist: up(a.wrist) });
  body = {
    ...body,
    pelvis: up(body.pelvis),
    chest: up(body.chest),
    lowBack: up(body.lowBack),
    head: up(body.head),
    nearLeg: upLeg(body.nearLeg),
    farLeg: upLeg(body.farLeg),
    nearArm: upArm(body.nearArm),
    farArm: upArm(body.farArm),
  };
  return { ...body, rest };
}

/** Angle in degrees at `b` between `a` and `c`, in 3-D. */
export function angleAt(a: Point, b: Point, c: Point): number {
  const u: Point = [a[0] - b[0], a[1] - b[1], a[2] - b[2]];
  const v: Point = [c[0] - b[0], c[1] - b[1], c[2] - b[2]];
  const dot = u[0] * v[0] + u[1] * v[1] + u[2] * v[2];
  const cos = dot / (Math.hypot(...u) * Math.hypot(...v));
  return (Math.acos(Math.max(-1, Math.min(1, cos))) * 180) / Math.PI;
}

/** Linear blend of two poses (for the play control): every angle moves at once. */
export function blend(a: Pose, b: Pose, t: number): Pose {
  const mix = (x: number | undefined, y: number | undefined): number => (x ?? 0) + ((y ?? 0) - (x ?? 0)) * t;
  const legMix = (x: LegPose, y: LegPose): LegPose => ({ hip: mix(x.hip, y.hip), knee: mix(x.knee, y.knee), roll: mix(x.roll, y.roll) });
  const armMix = (x: ArmPose, y: ArmPose): ArmPose => ({
    shoulder: mix(x.shoulder, y.shoulder),
    abduction: mix(x.abduction, y.abduction),
    elbow: mix(x.elbow, y.elbow),
  });
  return {
    trunk: mix(a.trunk, b.trunk),
    neck: mix(a.neck, b.neck),
    lumbar: mix(a.lumbar, b.lumbar),
    nearLeg: legMix(a.nearLeg, b.nearLeg),
    farLeg: legMix(a.farLeg ?? a.nearLeg, b.farLeg ?? b.nearLeg),
    nearArm: armMix(a.nearArm, b.nearArm),
    farArm: armMix(a.farArm ?? a.nearArm, b.farArm ?? b.nearArm),
  };
}

/** How far a wrist may be from what its hand holds: a hand's length. */
export const REACH = 0.09;

const distance = (a: Point, b: Point): number => Math.hypot(a[0] - b[0], a[1] - b[1], a[2] - b[2]);

/**
 * The point a hand holding `hold` must reach: a knee, or the top of the chair's back in front of the
 * shoulder on the hand's side (`side`: +1 the near arm, −1 the far one).
 */
export const heldPoint = (body: Skeleton, hold: ArmHold, side: 1 | -1): Point =>
  hold === 'chairBack' ? [CHAIR_BACK.x, CHAIR_BACK.top, side * BODY.shoulders] : hold === 'nearKnee' ? body.nearLeg.knee : body.farLeg.knee;

/** How a problem names what a hand holds. */
const HELD_NAMES: Record<ArmHold, string> = { nearKnee: 'near knee', farKnee: 'far knee', chairBack: "chair's back" };

/**
 * What is wrong with how a figure's frames rest on the support: a foot through the floor, a knee
 * through the seat, or a hand that does not reach what it holds. (A lying body is lifted until its
 * lowest part, hands included, rests on the floor, and a seated arm is too short to reach it.)
 */
export function restingProblems(figure: ExerciseFigure): { frame: number; message: string }[] {
  const problems: { frame: number; message: string }[] = [];
  figure.frames.forEach((frame, index) => {
    const body = solve(frame.pose, figure.support);
    const feet = [body.nearLeg, body.farLeg].flatMap((l) => [l.ankle, l.toe]);
    const below = feet.some((p) => p[1] < -0.02) || [body.nearLeg, body.farLeg].some((l) => l.ankle[1] < ANKLE - 0.02);
    if (below) problems.push({ frame: index, message: 'a foot goes below the floor' });
    if (figure.support === 'chair' && [body.nearLeg, body.farLeg].some((l) => l.knee[1] < SEAT - 0.02 && Math.abs(l.knee[0]) < 0.14)) {
      problems.push({ frame: index, message: 'a knee goes through the seat' });
    }
    // Standing behind the chair: no knee, foot or hip goes into its back.
    const chairSide = CHAIR_BACK.x - BODY.limbRadius;
    const legPoints = [body.nearLeg, body.farLeg].flatMap((l) => [l.hip, l.knee, l.ankle, l.toe]);
    if (figure.support === 'standing' && legPoints.some((p) => p[0] > chairSide && p[1] < CHAIR_BACK.top)) {
      problems.push({ frame: index, message: "a leg goes through the chair's back" });
    }
    for (const side of ['nearArm', 'farArm'] as const) {
      const hold = (side === 'nearArm' ? frame.pose.nearArm : (frame.pose.farArm ?? frame.pose.nearArm)).holds;
      if (hold && distance(body[side].wrist, heldPoint(body, hold, side === 'nearArm' ? 1 : -1)) > REACH) {
        problems.push({
          frame: index,
          message: `the ${side === 'nearArm' ? 'near' : 'far'} hand does not reach the ${HELD_NAMES[hold]} it holds`,
        });
      }
      if (hold === 'chairBack' && figure.support !== 'standing') {
        problems.push({ frame: index, message: `a hand holds a chair's back, which only a standing figure has` });
      }
    }
  });
  return problems;
}
