/** The schema of an exercise figure: angles within human ranges, a body that rests on its support. */
import { ARM_HOLDS, FIGURE_SUPPORTS, FIGURE_VIEWS, POSE_RANGES } from '../../model/index.js';
import { restingProblems } from '../../model/kinematics.js';
import { arrayOf, checked, object, optional, refine, type Check } from './check.js';
import { oneOf, positiveInteger, text } from './values.js';

/** A number of degrees within `[min, max]`. */
const degrees = ([min, max]: readonly [number, number]): Check<number> =>
  checked<number>(
    (value, path, problems) => {
      if (typeof value !== 'number' || !Number.isFinite(value)) problems.push({ path, message: 'expected a number of degrees' });
      else if (value < min || value > max) problems.push({ path, message: `${value}° is outside ${min}–${max}°` });
    },
    { type: 'number', minimum: min, maximum: max },
  );

const r = POSE_RANGES;
const legPose = object({ hip: degrees(r.hip), knee: degrees(r.knee), roll: optional(degrees(r.roll)) });
const armPose = object({
  shoulder: degrees(r.shoulder),
  abduction: optional(degrees(r.abduction)),
  elbow: degrees(r.elbow),
  holds: optional(oneOf(ARM_HOLDS)),
});
const pose = object({
  trunk: degrees(r.trunk),
  neck: optional(degrees(r.neck)),
  lumbar: optional(degrees(r.lumbar)),
  nearLeg: legPose,
  farLeg: optional(legPose),
  nearArm: armPose,
  farArm: optional(armPose),
});

/** A figure: its shape, then (when the shape holds) that no frame puts a foot through the floor. */
export const figure = refine(
  object({
    support: oneOf(FIGURE_SUPPORTS),
    view: optional(oneOf(FIGURE_VIEWS)),
    frames: arrayOf(object({ step: optional(positiveInteger()), pose }), { min: 2, max: 12 }),
    alt: text({ maxLength: 500 }),
  }),
  (value, path, problems) => {
    for (const problem of restingProblems(value)) {
      problems.push({ path: `${path}.frames[${problem.frame}]`, message: problem.message });
    }
  },
  'The validator also checks that no frame puts a foot through the floor or a knee through the seat, and that each hand reaches what it holds.',
);
