import type { ExerciseFigure, LegPose, Pose } from '../../src/model/index.js';

/**
 * The drawings' poses, shared by every language (each language writes its own `alt`). Angles are
 * in degrees (see `Pose`); `npm run figures` draws them to PNG and `test/node/figures.test.ts`
 * checks each against what its exercise's steps say. The near side is the person's right, which
 * the drawings take as the sore side.
 */
type Figure = Omit<ExerciseFigure, 'alt'>;

/** Lying on the back, knees bent and feet flat on the floor, arms by the sides. */
const kneesBent: LegPose = { hip: 45, knee: 97 };
const armsDown = { shoulder: 0, elbow: 0 } as const;
const crookLying: Pose = { trunk: 0, lumbar: 12, nearLeg: kneesBent, nearArm: armsDown };
/** One knee pulled in toward the chest, and the arms that hold it there. */
const kneeHugged: LegPose = { hip: 125, knee: 125 };
const hugging = { shoulder: 45, elbow: 20 } as const;
/** Sitting upright on a chair, thighs level, shins upright, hands resting on the thighs. */
const sitting: Pose = { trunk: 90, nearLeg: { hip: 90, knee: 90 }, nearArm: { shoulder: 25, elbow: 55 } };

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
      { step: 1, pose: { trunk: 0, lumbar: 0, nearLeg: kneeHugged, farLeg: kneesBent, nearArm: hugging } },
      { step: 2, pose: crookLying },
      { step: 3, pose: { trunk: 0, lumbar: 0, nearLeg: kneesBent, farLeg: kneeHugged, nearArm: hugging } },
    ],
  },
  'piriformis-stretch': {
    support: 'mat',
    view: 'above',
    frames: [{ pose: crookLying }, { step: 1, pose: { ...crookLying, nearLeg: { hip: 110, knee: 110, roll: -35 }, farLeg: kneesBent } }],
  },
  'knee-rolls': {
    support: 'mat',
    view: 'above',
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
      { step: 2, pose: { trunk: -20, neck: 20, lumbar: 0, nearLeg: { hip: 5, knee: 90 }, nearArm: { shoulder: -20, elbow: 0 } } },
      { step: 3, pose: crookLying },
    ],
  },
} as const satisfies Record<string, Figure>;
