import type { ArmPose, ExerciseFigure, LegPose, Pose } from '../../src/model/index.js';

/**
 * The drawings' poses, shared by every language (each language writes its own `alt`). Angles are
 * in degrees (see `Pose`); `npm run figures` draws them to PNG and `test/node/figures.test.ts`
 * checks each against what its exercise's steps say. The near leg is the person's right, the one
 * each drawing moves; every card says to do the same with the other leg. All are seen from the side:
 * each movement bends or lifts a leg in the plane the side view shows whole.
 */
type Figure = Omit<ExerciseFigure, 'alt'>;

/** Sitting upright on a chair, thighs level, shins upright, hands resting on the thighs. */
const onThighs: ArmPose = { shoulder: 15, abduction: 4, elbow: 45 };
const sitting: Pose = { trunk: 90, nearLeg: { hip: 90, knee: 90 }, nearArm: onThighs };

/** Lying on the back, arms relaxed by the sides; the other knee bent with its foot flat, to support the low back. */
const bySides: ArmPose = { shoulder: -6, abduction: 14, elbow: 0 };
const kneeBent: LegPose = { hip: 45, knee: 97 };
const lying = (nearLeg: LegPose): Pose => ({ trunk: 0, lumbar: 10, nearLeg, farLeg: kneeBent, nearArm: bySides });

/** Sitting on the floor with both legs straight out in front, hands on the floor beside the hips. */
const propped: ArmPose = { shoulder: -22, abduction: 14, elbow: 15 };
const longSitting = (nearLeg: LegPose): Pose => ({ trunk: 90, nearLeg, farLeg: { hip: 90, knee: 0 }, nearArm: propped });

export const figures = {
  'seated-knee-straighten': {
    support: 'chair',
    frames: [
      { pose: sitting },
      { step: 1, pose: { ...sitting, nearLeg: { hip: 90, knee: 0 }, farLeg: sitting.nearLeg } },
      { step: 2, pose: sitting },
    ],
  },
  'knee-press': {
    support: 'mat',
    frames: [
      // The ankle rests on a rolled towel, so the knee is a little bent and off the floor.
      { pose: lying({ hip: 14, knee: 28 }) },
      { step: 1, pose: lying({ hip: 0, knee: 0 }) },
      { step: 2, pose: lying({ hip: 14, knee: 28 }) },
    ],
  },
  'heel-slide': {
    support: 'floor',
    frames: [
      { pose: longSitting({ hip: 90, knee: 0 }) },
      { step: 1, pose: longSitting({ hip: 130, knee: 80 }) },
      { step: 2, pose: longSitting({ hip: 90, knee: 0 }) },
    ],
  },
  'straight-leg-raise': {
    support: 'mat',
    frames: [
      { pose: lying({ hip: 0, knee: 0 }) },
      { step: 1, pose: lying({ hip: 20, knee: 0 }) },
      { step: 2, pose: lying({ hip: 0, knee: 0 }) },
    ],
  },
  'knee-straighten-over-towel': {
    support: 'mat',
    frames: [
      // A rolled towel under the knee bends it a little; the heel rests on the floor.
      { pose: lying({ hip: 22, knee: 44 }) },
      { step: 1, pose: lying({ hip: 22, knee: 0 }) },
      { step: 2, pose: lying({ hip: 22, knee: 44 }) },
    ],
  },
} as const satisfies Record<string, Figure>;
