/**
 * What the body rests on. `floor` and `mat` are drawn as the ground; `chair` as a seat at knee
 * height; `standing`, the feet on the floor behind a chair whose back the hands can hold for balance.
 */
export const FIGURE_SUPPORTS = ['floor', 'mat', 'chair', 'standing'] as const;
export type FigureSupport = (typeof FIGURE_SUPPORTS)[number];

/**
 * Where the camera stands (see `CAMERAS` in `camera.ts`): `side`, the person's right side towards
 * the viewer, head to the left when lying; `three-quarter`, from beside the feet on the right side,
 * so a knee that crosses the body shows both how high and how far across it goes; `feet`, from
 * beyond the feet, so knees rolling to one side read as a roll. No view looks straight down.
 */
export const FIGURE_VIEWS = ['side', 'three-quarter', 'feet'] as const;
export type FigureView = (typeof FIGURE_VIEWS)[number];

/** What a hand can hold, checked by the validator: the wrist must reach it. `chairBack`: the top of the chair's back, standing. */
export const ARM_HOLDS = ['nearKnee', 'farKnee', 'chairBack'] as const;
export type ArmHold = (typeof ARM_HOLDS)[number];

/**
 * The human ranges, in degrees, that the validator holds every angle of a pose to. They are wide
 * on purpose (a drawing, not a goniometer), and catch typing mistakes such as a knee at 190°.
 */
export const POSE_RANGES = {
  trunk: [-30, 100],
  neck: [-60, 60],
  lumbar: [-10, 30],
  hip: [-20, 140],
  knee: [0, 150],
  roll: [-90, 90],
  shoulder: [-60, 180],
  abduction: [-45, 120],
  elbow: [0, 150],
} as const;

/** A leg: hip flexion (0 = in line with the trunk, 90 = thigh at a right angle to it), knee flexion (0 = straight), and roll across the body (+ towards the person's right). */
export interface LegPose {
  readonly hip: number;
  readonly knee: number;
  readonly roll?: number;
}

/**
 * An arm: shoulder flexion (0 = along the side, 90 = straight out in front, 180 = overhead),
 * abduction (+ out to the side, − across the body), elbow flexion (0 = straight), and what the
 * hand holds, if anything.
 */
export interface ArmPose {
  readonly shoulder: number;
  readonly abduction?: number;
  readonly elbow: number;
  readonly holds?: ArmHold;
}

/** A body position, as joint angles in degrees. The near limbs are the person's right (the sore side in the built-in figures); the far ones default to the near ones. */
export interface Pose {
  /** The trunk from the horizontal: 0 = lying on the back, 90 = sitting upright; negative = hips higher than the shoulders (a bridge). */
  readonly trunk: number;
  /** Head on the trunk: + chin towards the chest, − looking up. */
  readonly neck?: number;
  /** The arch of the low back: + the small of the back curves away from the support, 0 = flat. */
  readonly lumbar?: number;
  readonly nearLeg: LegPose;
  readonly farLeg?: LegPose;
  readonly nearArm: ArmPose;
  readonly farArm?: ArmPose;
}

/** One keyframe: a pose, and the step it shows (1-based; none = the starting position). */
export interface PoseFrame {
  readonly step?: number;
  readonly pose: Pose;
}

/**
 * A drawing of an exercise: a body posed by joint angles in keyframes (at least the start and the
 * end position), on its support, with a text alternative written in the content's language.
 */
export interface ExerciseFigure {
  readonly support: FigureSupport;
  readonly view?: FigureView;
  readonly frames: readonly PoseFrame[];
  /** What the figure shows, for people who cannot see it: the accessible name of the drawing. */
  readonly alt: string;
}
