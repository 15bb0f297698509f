import type { ArmPose, ExerciseFigure, LegPose, Pose } from '../../src/model/index.js';

/**
 * The drawings' poses, shared by every language (each language writes its own `alt`). Angles are
 * in degrees (see `Pose`); `npm run figures` draws them to PNG and `test/node/figures.test.ts`
 * checks each against what its exercise's steps say. The near side is the person's right, which
 * the drawings take as the sore side. Each figure's camera (`view`) is the one its movement reads
 * from: the side for bends and lifts, from the feet for rolls and crossings.
 */
type Figure = Omit<ExerciseFigure, 'alt'>;

/** Lying on the back, knees bent and feet flat on the floor, arms relaxed by the sides. */
const kneesBent: LegPose = { hip: 45, knee: 97 };
const bySides: ArmPose = { shoulder: -6, abduction: 14, elbow: 0 };
const crookLying: Pose = { trunk: 0, lumbar: 20, nearLeg: kneesBent, nearArm: bySides };
/** One knee pulled in toward the chest, both hands round the shin just below it. */
const kneeHugged: LegPose = { hip: 120, knee: 120 };
const huggingNear: Pick<Pose, 'nearArm' | 'farArm'> = {
  nearArm: { shoulder: 40, abduction: -4, elbow: 28, holds: 'nearKnee' },
  farArm: { shoulder: 40, abduction: -38, elbow: 28, holds: 'nearKnee' },
};
const huggingFar: Pick<Pose, 'nearArm' | 'farArm'> = {
  nearArm: { shoulder: 40, abduction: -38, elbow: 28, holds: 'farKnee' },
  farArm: { shoulder: 40, abduction: -4, elbow: 28, holds: 'farKnee' },
};
/** Sitting upright on a chair, thighs level, shins upright, hands resting on the thighs. */
const onThighs: ArmPose = { shoulder: 15, abduction: 4, elbow: 45 };
const sitting: Pose = { trunk: 90, nearLeg: { hip: 90, knee: 90 }, nearArm: onThighs };

export const figures = {
  'sciatic-nerve-glide': {
    support: 'chair',
    frames: [
      { pose: sitting },
      { step: 1, pose: { ...sitting, neck: -35, nearLeg: { hip: 90, knee: 10 }, farLeg: sitting.nearLeg } },
      { step: 2, pose: { ...sitting, neck: 35 } },
    ],
  },
  'knee-to-chest': {
    support: 'mat',
    frames: [
      { pose: crookLying },
      { step: 1, pose: { trunk: 0, lumbar: 0, nearLeg: kneeHugged, farLeg: kneesBent, ...huggingNear } },
      { step: 2, pose: crookLying },
      { step: 3, pose: { trunk: 0, lumbar: 0, nearLeg: kneesBent, farLeg: kneeHugged, ...huggingFar } },
    ],
  },
  'piriformis-stretch': {
    support: 'mat',
    view: 'three-quarter',
    frames: [
      { pose: crookLying },
      {
        step: 1,
        pose: {
          ...crookLying,
          nearLeg: { hip: 110, knee: 110, roll: -35 },
          farLeg: kneesBent,
          nearArm: { shoulder: 35, abduction: -34, elbow: 32, holds: 'nearKnee' },
          farArm: { shoulder: 35, abduction: -18, elbow: 32, holds: 'nearKnee' },
        },
      },
    ],
  },
  'knee-rolls': {
    support: 'mat',
    view: 'feet',
    frames: [
      { pose: crookLying },
      { step: 1, pose: { ...crookLying, nearLeg: { ...kneesBent, roll: 45 } } },
      { step: 2, pose: crookLying },
      { step: 3, pose: { ...crookLying, nearLeg: { ...kneesBent, roll: -45 } } },
    ],
  },
  'pelvic-tilt': {
    support: 'mat',
    frames: [{ pose: crookLying }, { step: 1, pose: { ...crookLying, lumbar: 0 } }, { step: 2, pose: crookLying }],
  },
  bridge: {
    support: 'mat',
    frames: [
      { pose: crookLying },
      { step: 1, pose: { ...crookLying, lumbar: 0 } },
      {
        step: 2,
        pose: { trunk: -20, neck: 20, lumbar: 0, nearLeg: { hip: 5, knee: 90 }, nearArm: { shoulder: -26, abduction: 14, elbow: 0 } },
      },
      { step: 3, pose: crookLying },
    ],
  },
} as const satisfies Record<string, Figure>;
