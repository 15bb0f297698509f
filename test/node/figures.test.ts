import { expect } from 'chai';
import type { Exercise, ExerciseFigure, Pose } from '../../src/model/index.js';
import { validateExercise } from '../../src/content/validate.js';
import {
  ANKLE,
  BODY,
  CHAIR_BACK,
  REACH,
  SEAT,
  angleAt,
  blend,
  heldPoint,
  solve,
  type Point,
  type Skeleton,
} from '../../src/model/kinematics.js';
import { CAMERAS, projector, type Projected } from '../../src/model/camera.js';
import {
  ARROW_MIN,
  VISIBLE_MOVE,
  arrowOf,
  bodyShape,
  figureBox,
  flatLength,
  movement,
} from '../../src/components/exercise-card/figure/scene.js';
import { TOPICS, topicIn } from '../support/topics.js';
import { SOURCE, TOPIC_IDS, TRANSLATIONS } from '../support/lists.js';

/** Every built-in exercise, in the source language, of every topic. */
const EXERCISES: readonly Exercise[] = TOPICS.flatMap((topic) => topic.exercises.items);

/** Each frame of an exercise's figure, solved, with the step it shows. */
function framesOf(id: string): { step?: number; body: Skeleton; pose: Pose }[] {
  const exercise = EXERCISES.find((e) => e.id === id);
  if (!exercise?.figure) throw new Error(`${id} has no figure`);
  const figure: ExerciseFigure = exercise.figure;
  return figure.frames.map((frame) => ({ step: frame.step, pose: frame.pose, body: solve(frame.pose, figure.support) }));
}
const frameFor = (id: string, step?: number) => {
  const frame = framesOf(id).find((f) => f.step === step);
  if (!frame) throw new Error(`${id} has no frame for step ${step}`);
  return frame.body;
};

/** The angle between trunk and thigh: 180 lying straight, 90 at a right angle. */
const hipAngle = (b: Skeleton, side: 'nearLeg' | 'farLeg' = 'nearLeg') => angleAt(b.chest, b.pelvis, b[side].knee);
const kneeAngle = (b: Skeleton, side: 'nearLeg' | 'farLeg' = 'nearLeg') => angleAt(b[side].hip, b[side].knee, b[side].ankle);
/** Degrees of the trunk from the horizontal (0 = lying flat). */
const trunkTilt = (b: Skeleton) => (Math.atan2(b.chest[1] - b.pelvis[1], Math.abs(b.chest[0] - b.pelvis[0])) * 180) / Math.PI;
/** On the floor: a joint centre no higher above it than its own half-thickness (and a little). */
const onFloor = (y: number, radius: number = BODY.trunkRadius) => y <= radius + 0.02;
const footOnFloor = (b: Skeleton, side: 'nearLeg' | 'farLeg' = 'nearLeg') => b[side].ankle[1] <= ANKLE + 0.02;
/** How far the face looks up (+) or down (−) from level, for someone sitting upright. */
const gaze = (b: Skeleton) => (Math.atan2(b.face[1], b.face[0]) * 180) / Math.PI;

describe('exercise figures: the geometry each exercise’s steps describe', () => {
  it('every built-in exercise has a figure in every language, with the same poses', () => {
    const poses = (items: readonly Exercise[]) => items.map((e) => e.figure?.frames);
    for (const id of TOPIC_IDS) {
      const source = topicIn(SOURCE, id);
      for (const topic of [source, ...TRANSLATIONS.map((lang) => topicIn(lang, id))]) {
        for (const exercise of topic.exercises.items) {
          expect(exercise.figure, `${topic.locale} ${exercise.id}`).to.exist;
          expect(exercise.figure?.frames.length).to.be.at.least(2);
        }
        expect(poses(topic.exercises.items), `${id} in ${topic.locale}`).to.deep.equal(poses(source.exercises.items));
      }
    }
  });

  it('lying exercises start flat on the back: trunk within 10° of level, shoulders and pelvis on the floor, feet flat', () => {
    for (const id of ['knee-to-chest', 'piriformis-stretch', 'knee-rolls', 'pelvic-tilt', 'bridge']) {
      const start = frameFor(id);
      expect(Math.abs(trunkTilt(start)), id).to.be.at.most(10);
      expect(onFloor(start.chest[1]) && onFloor(start.pelvis[1]), id).to.equal(true);
      expect(footOnFloor(start) && footOnFloor(start, 'farLeg'), id).to.equal(true);
      expect(kneeAngle(start), `${id}: knees bent`).to.be.within(60, 120);
    }
  });

  it('sciatic nerve slider: seated with hips and knees at about a right angle; the knee straightens as the head tips back, bends as the chin comes down', () => {
    const [start, straight, bent] = [
      frameFor('sciatic-nerve-glide'),
      frameFor('sciatic-nerve-glide', 1),
      frameFor('sciatic-nerve-glide', 2),
    ];
    expect(start.pelvis[1] - BODY.trunkRadius).to.be.closeTo(SEAT, 0.001);
    expect(trunkTilt(start)).to.be.within(80, 100);
    expect(hipAngle(start)).to.be.within(80, 100);
    expect(kneeAngle(start)).to.be.within(80, 100);
    expect(footOnFloor(start)).to.equal(true);
    expect(kneeAngle(straight)).to.be.at.least(160);
    expect(gaze(straight), 'looking up').to.be.above(15);
    expect(kneeAngle(bent)).to.be.within(80, 100);
    expect(gaze(bent), 'chin down').to.be.below(-15);
    // A slider: the other leg stays as it was.
    expect(kneeAngle(straight, 'farLeg')).to.be.within(80, 100);
  });

  it('knee to chest: one knee drawn up to the chest (hip bent past 110°) by the hands while the other foot stays down, then the other', () => {
    const [first, between, second] = [frameFor('knee-to-chest', 1), frameFor('knee-to-chest', 2), frameFor('knee-to-chest', 3)];
    for (const [hug, up, down] of [
      [first, 'nearLeg', 'farLeg'],
      [second, 'farLeg', 'nearLeg'],
    ] as const) {
      expect(180 - hipAngle(hug, up), up).to.be.at.least(110);
      expect(footOnFloor(hug, down), `${down} stays down`).to.equal(true);
      expect(onFloor(hug.chest[1]) && onFloor(hug.pelvis[1])).to.equal(true);
      const reach = Math.hypot(hug.nearArm.wrist[0] - hug[up].knee[0], hug.nearArm.wrist[1] - hug[up].knee[1]);
      expect(reach, 'hand to the raised knee').to.be.below(0.1);
    }
    expect(footOnFloor(between) && footOnFloor(between, 'farLeg'), 'both feet down between').to.equal(true);
  });

  it('piriformis stretch: the sore-side knee comes towards the chest and across the body; the other foot stays down', () => {
    const start = frameFor('piriformis-stretch');
    const stretch = frameFor('piriformis-stretch', 1);
    expect(180 - hipAngle(stretch)).to.be.above(180 - hipAngle(start));
    // Across the body: the knee passes the middle line towards the opposite (left, −z) side.
    expect(stretch.nearLeg.knee[2]).to.be.below(0);
    expect(start.nearLeg.knee[2]).to.be.above(0);
    expect(footOnFloor(stretch, 'farLeg')).to.equal(true);
  });

  it('knee rolls: both knees roll right, back to the middle, then left, with the feet and back still down', () => {
    const [start, right, middle, left] = [
      frameFor('knee-rolls'),
      frameFor('knee-rolls', 1),
      frameFor('knee-rolls', 2),
      frameFor('knee-rolls', 3),
    ];
    for (const side of ['nearLeg', 'farLeg'] as const) {
      expect(right[side].knee[2], `${side} right`).to.be.above(start[side].knee[2] + 0.05);
      expect(left[side].knee[2], `${side} left`).to.be.below(start[side].knee[2] - 0.05);
      expect(middle[side].knee[2]).to.be.closeTo(start[side].knee[2], 1e-9);
    }
    for (const b of [right, left]) {
      expect(onFloor(b.chest[1]) && onFloor(b.pelvis[1])).to.equal(true);
      expect(footOnFloor(b) && footOnFloor(b, 'farLeg')).to.equal(true);
    }
  });

  it('pelvic tilt: knees bent about 80–100° at the hip line; the small of the back presses flat, then relaxes', () => {
    const [start, pressed, relaxed] = [frameFor('pelvic-tilt'), frameFor('pelvic-tilt', 1), frameFor('pelvic-tilt', 2)];
    const gap = (b: Skeleton) => b.lowBack[1] - b.pelvis[1];
    expect(gap(start), 'a hollow under the low back').to.be.above(0.02);
    expect(gap(pressed), 'flat').to.be.closeTo(0, 0.005);
    expect(gap(relaxed)).to.be.closeTo(gap(start), 1e-9);
    expect(kneeAngle(pressed)).to.be.within(75, 100);
  });

  it('bridge: the back flattens, then the hips lift while the shoulders and the feet stay on the floor', () => {
    const [start, flat, lifted, down] = [frameFor('bridge'), frameFor('bridge', 1), frameFor('bridge', 2), frameFor('bridge', 3)];
    expect(flat.lowBack[1] - flat.pelvis[1]).to.be.closeTo(0, 0.005);
    expect(lifted.pelvis[1] - start.pelvis[1], 'hips off the floor').to.be.above(0.08);
    expect(onFloor(lifted.chest[1]), 'shoulders down').to.equal(true);
    expect(footOnFloor(lifted) && footOnFloor(lifted, 'farLeg'), 'feet down').to.equal(true);
    expect(onFloor(down.pelvis[1])).to.equal(true);
  });

  it('sitting knee straighten: seated at right angles, one knee straightens until the leg points forward at hip height, then the foot comes down', () => {
    const [start, straight, down] = [0, 1, 2].map((step) => frameFor('seated-knee-straighten', step || undefined));
    for (const body of [start, straight, down] as Skeleton[]) {
      expect(trunkTilt(body), 'sitting upright').to.be.within(80, 90);
      expect(hipAngle(body)).to.be.within(80, 100);
      expect(footOnFloor(body, 'farLeg'), 'the other foot stays down').to.equal(true);
    }
    expect(kneeAngle(start as Skeleton), 'knee bent').to.be.within(80, 100);
    expect(kneeAngle(straight as Skeleton), 'leg straight').to.be.above(170);
    expect(Math.abs((straight as Skeleton).nearLeg.ankle[1] - (straight as Skeleton).nearLeg.hip[1]), 'foot at hip height').to.be.below(
      0.03,
    );
    expect(footOnFloor(down as Skeleton)).to.equal(true);
  });

  it('knee press, straight leg raise and knee straighten over a towel: lying flat, the other knee bent with its foot down', () => {
    for (const id of ['knee-press', 'straight-leg-raise', 'knee-straighten-over-towel']) {
      for (const { body } of framesOf(id)) {
        expect(Math.abs(trunkTilt(body)), id).to.be.at.most(10);
        expect(onFloor(body.chest[1]) && onFloor(body.pelvis[1]), `${id}: back on the floor`).to.equal(true);
        expect(kneeAngle(body, 'farLeg'), `${id}: other knee bent`).to.be.within(60, 120);
        expect(footOnFloor(body, 'farLeg'), `${id}: other foot down`).to.equal(true);
      }
    }
  });

  it('knee press: the knee, a little bent over the towel under the ankle, pushes down flat', () => {
    const [start, pressed] = [frameFor('knee-press'), frameFor('knee-press', 1)];
    expect(kneeAngle(start)).to.be.within(145, 165);
    expect(start.nearLeg.knee[1] - pressed.nearLeg.knee[1], 'the knee goes down').to.be.above(0.04);
    expect(kneeAngle(pressed), 'flat').to.be.above(175);
    expect(pressed.nearLeg.knee[1], 'down level with the hip').to.be.at.most(pressed.nearLeg.hip[1] + 0.005);
  });

  it('heel slide: sitting on the floor with both legs out, one knee bends up with the foot sliding on the floor, then straightens', () => {
    const [start, bent, straight] = [frameFor('heel-slide'), frameFor('heel-slide', 1), frameFor('heel-slide', 2)];
    for (const body of [start, bent, straight]) {
      expect(trunkTilt(body), 'sitting upright').to.be.within(80, 90);
      expect(onFloor(body.pelvis[1]), 'on the floor').to.equal(true);
      // A straight leg lies with its joints level with the hip (the drawing's legs rest on their centre line).
      for (const leg of [body.nearLeg, body.farLeg]) expect(leg.ankle[1], 'both feet on the floor').to.be.at.most(body.pelvis[1] + 0.005);
    }
    expect(kneeAngle(start)).to.be.above(175);
    expect(kneeAngle(bent), 'the knee bends').to.be.below(110);
    expect(bent.nearLeg.ankle[0], 'the foot slid towards the body').to.be.below(start.nearLeg.ankle[0] - 0.08);
    expect(kneeAngle(straight)).to.be.above(175);
  });

  it('straight leg raise: the straight leg lifts a little, staying straight, and lowers', () => {
    const [start, raised, down] = [frameFor('straight-leg-raise'), frameFor('straight-leg-raise', 1), frameFor('straight-leg-raise', 2)];
    for (const body of [start, raised, down]) expect(kneeAngle(body), 'straight').to.be.above(175);
    expect(raised.nearLeg.ankle[1] - start.nearLeg.ankle[1], 'the foot lifts').to.be.within(0.08, 0.25);
    expect(raised.nearLeg.ankle[1], 'no higher than the other knee').to.be.below(raised.farLeg.knee[1] + 0.05);
    expect(down.nearLeg.ankle[1]).to.be.closeTo(start.nearLeg.ankle[1], 0.001);
  });

  it('knee straighten over a towel: the thigh stays on the towel while the heel lifts until the leg is straight', () => {
    const [start, straight] = [frameFor('knee-straighten-over-towel'), frameFor('knee-straighten-over-towel', 1)];
    expect(kneeAngle(start), 'bent a little over the towel').to.be.within(125, 150);
    expect(start.nearLeg.ankle[1], 'heel down, level with the hip').to.be.at.most(start.nearLeg.hip[1] + 0.005);
    expect(straight.nearLeg.knee).to.deep.equal(start.nearLeg.knee);
    expect(kneeAngle(straight)).to.be.above(175);
    expect(straight.nearLeg.ankle[1] - start.nearLeg.ankle[1], 'the heel lifts').to.be.above(0.1);
  });
});

describe('exercise figures: validation', () => {
  const knee = EXERCISES.find((e) => e.id === 'knee-rolls') as Exercise;
  const withFigure = (figure: unknown) => ({ ...knee, figure });
  const problemsOf = (value: unknown) => {
    const result = validateExercise(value);
    return result.ok ? [] : result.problems.map((p) => `${p.path}: ${p.message}`);
  };

  it('the built-in exercises pass', () => {
    for (const exercise of EXERCISES) expect(problemsOf(exercise), exercise.id).to.deep.equal([]);
  });

  it('names the frame and the joint of an angle outside human range', () => {
    const figure = knee.figure as ExerciseFigure;
    const bad = {
      ...figure,
      frames: [figure.frames[0], { step: 1, pose: { ...figure.frames[0]?.pose, nearLeg: { hip: 45, knee: 170 } } }],
    };
    expect(problemsOf(withFigure(bad))).to.deep.equal(['figure.frames[1].pose.nearLeg.knee: 170° is outside 0–150°']);
  });

  it('rejects a figure with one frame, an unknown support, a step the exercise lacks, a foot through the floor', () => {
    const figure = knee.figure as ExerciseFigure;
    expect(problemsOf(withFigure({ ...figure, frames: [figure.frames[0]] }))).to.deep.equal(['figure.frames: expected at least 2 item(s)']);
    expect(problemsOf(withFigure({ ...figure, support: 'trampoline' }))[0]).to.match(/^figure\.support: expected one of/);
    expect(problemsOf(withFigure({ ...figure, frames: [figure.frames[0], { step: 9, pose: figure.frames[0]?.pose }] }))).to.deep.equal([
      'figure.frames[1].step: step 9 does not exist (3 steps)',
    ]);
    const sitting = { trunk: 90, nearLeg: { hip: 90, knee: 90 }, nearArm: { shoulder: 0, elbow: 0 } };
    const throughFloor = {
      support: 'chair',
      alt: 'x',
      frames: [{ pose: sitting }, { step: 1, pose: { ...sitting, nearLeg: { hip: 60, knee: 90 } } }],
    };
    expect(problemsOf(withFigure(throughFloor))).to.deep.equal(['figure.frames[1]: a foot goes below the floor']);
    expect(problemsOf({ ...knee, dosage: { ...knee.dosage, holdSteps: [4] } })).to.deep.equal([
      'dosage.holdSteps[0]: step 4 does not exist (3 steps)',
    ]);
  });

  it('names a knee through the seat, and each hand that falls short of the knee it holds', () => {
    const sitting = { trunk: 90, nearLeg: { hip: 90, knee: 90 }, nearArm: { shoulder: 15, elbow: 45 } };
    // The thigh 70° below level with the knee bent right back: the knee under the seat, the foot in the air.
    const throughSeat = {
      support: 'chair',
      alt: 'x',
      frames: [{ pose: sitting }, { step: 1, pose: { ...sitting, nearLeg: { hip: 20, knee: 150 } } }],
    };
    expect(problemsOf(withFigure(throughSeat))).to.deep.equal(['figure.frames[1]: a knee goes through the seat']);
    // The same pose on a mat is a body lying down: no seat to go through.
    expect(problemsOf(withFigure({ ...throughSeat, support: 'mat' }))).to.deep.equal([]);
    const hugging = EXERCISES.find((e) => e.id === 'knee-to-chest')?.figure as ExerciseFigure;
    const hug = hugging.frames[1]?.pose as Pose;
    const bySides = { shoulder: -6, abduction: 14, elbow: 0 };
    const shortOf = (pose: Pose) => problemsOf(withFigure({ ...hugging, frames: [hugging.frames[0], { step: 1, pose }] }));
    expect(shortOf(hug), 'the built-in hug reaches').to.deep.equal([]);
    expect(shortOf({ ...hug, nearArm: { ...bySides, holds: 'nearKnee' } })).to.deep.equal([
      'figure.frames[1]: the near hand does not reach the near knee it holds',
    ]);
    expect(shortOf({ ...hug, farArm: { ...bySides, holds: 'farKnee' } })).to.deep.equal([
      'figure.frames[1]: the far hand does not reach the far knee it holds',
    ]);
    // A far arm left out copies the near one, holding the near knee from the far shoulder: too far.
    const { farArm: _farArm, ...nearOnly } = hug;
    expect(shortOf(nearOnly)).to.deep.equal(['figure.frames[1]: the far hand does not reach the near knee it holds']);
  });

  it('stands a person behind a chair: feet on the floor, hands on its back; names a hand short of the back, a back held lying down, a leg through the chair', () => {
    const hands = { shoulder: 41, elbow: 30, holds: 'chairBack' } as const;
    const standing: Pose = { trunk: 90, nearLeg: { hip: 0, knee: 0 }, nearArm: hands };
    // A knee curl: the thigh stays down, the foot comes up behind.
    const curl: Pose = { ...standing, nearLeg: { hip: 0, knee: 90 }, farLeg: { hip: 0, knee: 0 } };
    const figure = { support: 'standing', alt: 'x', frames: [{ pose: standing }, { step: 1, pose: curl }] };
    expect(problemsOf(withFigure(figure))).to.deep.equal([]);
    const body = solve(curl, 'standing');
    expect(body.farLeg.ankle[1], 'the standing foot on the floor').to.be.closeTo(ANKLE, 1e-9);
    expect(body.chest[1] - body.pelvis[1], 'the trunk upright').to.be.closeTo(BODY.trunk, 1e-9);
    expect(body.nearLeg.ankle[0], 'the lifted foot behind').to.be.below(-0.2);
    expect(body.nearArm.wrist[0], 'the hand on the chair in front').to.be.closeTo(CHAIR_BACK.x, REACH);
    const bySides = { shoulder: 0, elbow: 0, holds: 'chairBack' } as const;
    expect(
      problemsOf(withFigure({ ...figure, frames: [{ pose: { ...standing, nearArm: bySides, farArm: hands } }, figure.frames[1]] })),
    ).to.deep.equal(["figure.frames[0]: the near hand does not reach the chair's back it holds"]);
    expect(problemsOf(withFigure({ ...figure, support: 'mat' }))).to.include(
      "figure.frames[0]: a hand holds a chair's back, which only a standing figure has",
    );
    // The near leg lifted straight out in front at hip height: into the chair.
    const kick: Pose = { ...standing, nearLeg: { hip: 90, knee: 0 }, farLeg: { hip: 0, knee: 0 } };
    expect(problemsOf(withFigure({ ...figure, frames: [{ pose: standing }, { step: 1, pose: kick }] }))).to.deep.equal([
      "figure.frames[1]: a leg goes through the chair's back",
    ]);
  });

  it('blends two poses angle by angle (the play control’s in-between frames)', () => {
    const a: Pose = { trunk: 0, nearLeg: { hip: 40, knee: 90 }, nearArm: { shoulder: 0, elbow: 0 } };
    const b: Pose = { trunk: 20, neck: 10, nearLeg: { hip: 80, knee: 10, roll: 30 }, nearArm: { shoulder: 90, elbow: 40 } };
    const half = blend(a, b, 0.5);
    expect(half).to.deep.include({ trunk: 10, neck: 5 });
    expect(half.nearLeg).to.deep.equal({ hip: 60, knee: 50, roll: 15 });
    expect(half.farArm).to.deep.equal({ shoulder: 45, abduction: 0, elbow: 20 });
    expect(blend(a, b, 1).nearLeg).to.deep.equal(b.nearLeg);
  });
});

describe('exercise figures: kinematics', () => {
  const lying = (leg: Pose['nearLeg']): Skeleton => solve({ trunk: 0, nearLeg: leg, nearArm: { shoulder: 0, elbow: 0 } }, 'floor');
  const length = (a: readonly number[], b: readonly number[]) => Math.hypot(a[0]! - b[0]!, a[1]! - b[1]!, a[2]! - b[2]!);
  const close = (actual: readonly number[], expected: readonly number[]) =>
    actual.forEach((value, i) => expect(value, `[${i}] of ${actual.join(', ')}`).to.be.closeTo(expected[i]!, 1e-9));

  it('keeps every segment its length, however the limbs are posed and rolled', () => {
    for (const roll of [-60, 0, 35, 90]) {
      const b = lying({ hip: 70, knee: 50, roll });
      for (const leg of [b.nearLeg, b.farLeg]) {
        expect(length(leg.hip, leg.knee)).to.be.closeTo(BODY.thigh, 1e-9);
        expect(length(leg.knee, leg.ankle)).to.be.closeTo(BODY.shin, 1e-9);
        expect(length(leg.ankle, leg.toe)).to.be.closeTo(BODY.foot, 1e-9);
      }
      expect(length(b.nearArm.shoulder, b.nearArm.elbow)).to.be.closeTo(BODY.upperArm, 1e-9);
      expect(length(b.nearArm.elbow, b.nearArm.wrist)).to.be.closeTo(BODY.forearm, 1e-9);
      expect(length(b.pelvis, b.chest)).to.be.closeTo(BODY.trunk, 1e-9);
    }
  });

  it('rolls a thigh that points at the ceiling over to the person’s right (+z) by the roll angle', () => {
    const up = lying({ hip: 90, knee: 0 });
    const h = up.nearLeg.hip;
    close(up.nearLeg.knee, [h[0], h[1] + BODY.thigh, h[2]]);
    const over = lying({ hip: 90, knee: 0, roll: 90 });
    const o = over.nearLeg.hip;
    close(over.nearLeg.knee, [o[0], o[1], o[2] + BODY.thigh]);
    const half = lying({ hip: 90, knee: 0, roll: -30 });
    const f = half.nearLeg.hip;
    close(half.nearLeg.knee, [f[0], f[1] + BODY.thigh * Math.cos(Math.PI / 6), f[2] - BODY.thigh * Math.sin(Math.PI / 6)]);
  });

  it('rolls a bent thigh about the line from the hip along the trunk: 90° lays it out to the side at the same angle', () => {
    const over = lying({ hip: 45, knee: 0, roll: 90 });
    const h = over.nearLeg.hip;
    close(over.nearLeg.knee, [h[0] + BODY.thigh * Math.SQRT1_2, h[1], h[2] + BODY.thigh * Math.SQRT1_2]);
  });

  it('takes an arm out to the side by its abduction, on each side, keeping its flexion', () => {
    const arms = (abduction: number) =>
      solve({ trunk: 0, nearLeg: { hip: 45, knee: 97 }, nearArm: { shoulder: 0, abduction, elbow: 0 } }, 'floor');
    const out = arms(90);
    close(out.nearArm.elbow, [out.nearArm.shoulder[0], out.nearArm.shoulder[1], out.nearArm.shoulder[2] + BODY.upperArm]);
    close(out.farArm.elbow, [out.farArm.shoulder[0], out.farArm.shoulder[1], out.farArm.shoulder[2] - BODY.upperArm]);
    const some = arms(30);
    const s = some.nearArm.shoulder;
    close(some.nearArm.elbow, [s[0] + BODY.upperArm * Math.cos(Math.PI / 6), s[1], s[2] + BODY.upperArm / 2]);
  });

  it('lifts a lying body until its lowest part rests on the floor, a hand pressed down among them', () => {
    const pressing = solve({ trunk: 0, nearLeg: { hip: 45, knee: 97 }, nearArm: { shoulder: -40, elbow: 0 } }, 'mat');
    expect(pressing.nearArm.wrist[1]).to.be.closeTo(BODY.limbRadius, 1e-9);
    expect(pressing.pelvis[1], 'the body lifted by the arm').to.be.above(BODY.head + 0.05);
  });

  it('puts the head beyond the shoulders (above them sitting, past them lying), turned by the neck, and the low back a third of the way up', () => {
    const seated = solve({ trunk: 90, nearLeg: { hip: 90, knee: 90 }, nearArm: { shoulder: 0, elbow: 0 } }, 'chair');
    close(seated.head, [seated.chest[0], seated.chest[1] + BODY.neck, seated.chest[2]]);
    const flat = solve({ trunk: 0, neck: 30, nearLeg: { hip: 45, knee: 97 }, nearArm: { shoulder: 0, elbow: 0 } }, 'mat');
    expect(flat.head[0], 'lying: the head past the shoulders').to.be.below(flat.chest[0]);
    close(flat.face, [0.5, Math.cos(Math.PI / 6), 0]);
    close(flat.lowBack, [flat.pelvis[0] - BODY.trunk * 0.35, flat.pelvis[1], flat.pelvis[2]]);
    expect(angleAt([0, 0, 1], [0, 0, 0], [0, 1, 1])).to.be.closeTo(45, 1e-9);
  });

  it('places a foot flat on the floor when the ankle rests there, else at a right angle to the shin', () => {
    const flat = lying({ hip: 45, knee: 97 }).nearLeg;
    expect(flat.toe[1]).to.be.closeTo(flat.ankle[1], 1e-9);
    expect(flat.toe[0] - flat.ankle[0]).to.be.closeTo(BODY.foot, 1e-9);
    const raised = lying({ hip: 125, knee: 125 }).nearLeg;
    expect(angleAt(raised.knee, raised.ankle, raised.toe)).to.be.closeTo(90, 1e-6);
    expect(raised.toe[1], 'toes point away from the floor').to.be.above(raised.ankle[1]);
  });

  it('puts the lowest part of a lying body on the floor and a sitting pelvis on the seat', () => {
    const b = lying({ hip: 0, knee: 0 });
    expect(b.pelvis[1]).to.be.closeTo(BODY.head, 1e-9);
    expect(b.rest).to.equal(0);
    const seated = solve({ trunk: 90, nearLeg: { hip: 90, knee: 90 }, nearArm: { shoulder: 0, elbow: 0 } }, 'chair');
    expect(seated.rest).to.equal(SEAT);
    expect(seated.nearLeg.ankle[1]).to.be.closeTo(ANKLE, 1e-9);
    close(seated.face, [1, 0, 0]);
    close(solve({ trunk: 90, neck: 90, nearLeg: { hip: 90, knee: 90 }, nearArm: { shoulder: 0, elbow: 0 } }, 'chair').face, [0, -1, 0]);
  });
});

describe('exercise figures: what the drawing shows', () => {
  const withFigures = EXERCISES.flatMap((e) => (e.figure ? [{ id: e.id, figure: e.figure }] : []));
  const distance3 = (a: Point, b: Point) => Math.hypot(a[0] - b[0], a[1] - b[1], a[2] - b[2]);
  /** The length of a 3-D path. */
  const length3 = (path: readonly Point[]) => path.slice(1).reduce((sum, p, i) => sum + distance3(p, path[i] as Point), 0);
  /** Distance from `p` to the segment from `a` to `b`. */
  const toSegment = (p: Point, a: Point, b: Point) => {
    const ab = [b[0] - a[0], b[1] - a[1], b[2] - a[2]] as const;
    const t = Math.max(
      0,
      Math.min(1, ((p[0] - a[0]) * ab[0] + (p[1] - a[1]) * ab[1] + (p[2] - a[2]) * ab[2]) / (ab[0] ** 2 + ab[1] ** 2 + ab[2] ** 2)),
    );
    return distance3(p, [a[0] + ab[0] * t, a[1] + ab[1] * t, a[2] + ab[2] * t]);
  };

  it('every pose has both arms, each hand beside the body, on the thighs, or on the knee it holds', () => {
    for (const { id, figure } of withFigures) {
      figure.frames.forEach((frame, index) => {
        const body = solve(frame.pose, figure.support);
        const parts = bodyShape(body).map((part) => part.name);
        expect(parts, `${id} frame ${index}`).to.include.members(['nearArm', 'farArm']);
        for (const side of ['nearArm', 'farArm'] as const) {
          const arm = side === 'nearArm' ? frame.pose.nearArm : (frame.pose.farArm ?? frame.pose.nearArm);
          const wrist = body[side].wrist;
          const where = `${id} frame ${index} ${side}`;
          if (arm.holds) {
            const held = heldPoint(body, arm.holds, side === 'nearArm' ? 1 : -1);
            expect(distance3(wrist, held), `${where}: the hand on what it holds`).to.be.at.most(REACH);
          } else if (figure.support === 'chair') {
            const leg = side === 'nearArm' ? body.nearLeg : body.farLeg;
            expect(toSegment(wrist, leg.hip, leg.knee), `${where}: the hand rests on the thigh`).to.be.at.most(0.09);
          } else {
            // Lying: the arm lies along the floor beside the body, the hand level with the hips.
            expect(wrist[1], `${where}: on the floor`).to.be.at.most(BODY.limbRadius + 0.03);
            expect(Math.abs(wrist[0] - body.pelvis[0]), `${where}: beside the hips`).to.be.at.most(0.12);
            expect(Math.abs(wrist[2]), `${where}: out from the body`).to.be.above(BODY.hips + 0.05);
          }
        }
      });
    }
  });

  it('in every step frame the part that moves moves visibly on the drawing and carries an arrow that long', () => {
    for (const { id, figure } of withFigures) {
      const flat = projector(figure.view);
      const width = figureBox(figure)[2];
      figure.frames.forEach((frame, index) => {
        const moved = movement(figure, index);
        const arrow = arrowOf(figure, index);
        if (!frame.step) {
          expect(moved ?? arrow, `${id}: the starting position has no arrow`).to.equal(undefined);
          return;
        }
        const where = `${id} step ${frame.step}`;
        expect(moved, where).to.not.equal(undefined);
        const path = moved?.path ?? [];
        const travel = flatLength(path.map(flat));
        expect(travel, `${where}: ${moved?.part} moves`).to.be.at.least(VISIBLE_MOVE);
        expect(travel / width, `${where}: against the drawing's width`).to.be.at.least(0.04);
        expect(flatLength(arrow?.shaft ?? []), `${where}: the arrow's shaft`).to.be.at.least(ARROW_MIN * 0.75);
        // The arrow points the way the part went.
        const [start, end] = [flat(path[0] as Point), flat(path[path.length - 1] as Point)];
        const shaft = arrow?.shaft ?? [];
        const [from, to] = [shaft[0] as Projected, shaft[shaft.length - 1] as Projected];
        const dot = (to[0] - from[0]) * (end[0] - start[0]) + (to[1] - from[1]) * (end[1] - start[1]);
        expect(dot, `${where}: the arrow points the way ${moved?.part} moves`).to.be.above(0);
      });
    }
  });

  it('each camera shows the moving part’s path at a visible length: at least 60 % of it, and never from above', () => {
    for (const { id, figure } of withFigures) {
      expect(CAMERAS[figure.view ?? 'side'].elevation, id).to.be.at.most(35);
      const flat = projector(figure.view);
      figure.frames.forEach((frame, index) => {
        const moved = movement(figure, index);
        if (!moved) return;
        const real = length3(moved.path);
        const seen = flatLength(moved.path.map(flat));
        expect(seen / real, `${id} step ${frame.step}: ${moved.part} seen from ${figure.view ?? 'side'}`).to.be.at.least(0.6);
      });
    }
  });

  it('rolls and crossings are seen from the feet or three-quarter, not from the side', () => {
    const view = (id: string) => withFigures.find((e) => e.id === id)?.figure.view;
    expect(view('knee-rolls')).to.equal('feet');
    expect(view('piriformis-stretch')).to.equal('three-quarter');
    // The side view hides a roll: the knees' path would be mostly towards the viewer.
    const rolls = withFigures.find((e) => e.id === 'knee-rolls')?.figure as ExerciseFigure;
    const path = movement(rolls, 1)?.path ?? [];
    const real = length3(path);
    expect(flatLength(path.map(projector('side'))) / real).to.be.below(0.6);
  });

  it('no two parts of the body pass through each other, except a hand on what it holds', () => {
    /** Shortest distance between two 3-D segments (sampled finely enough for a drawing). */
    const gap = ([a0, a1]: readonly [Point, Point], [b0, b1]: readonly [Point, Point]) => {
      let best = Infinity;
      for (let i = 0; i <= 20; i += 1) {
        for (let j = 0; j <= 20; j += 1) {
          const p: Point = [a0[0] + (a1[0] - a0[0]) * (i / 20), a0[1] + (a1[1] - a0[1]) * (i / 20), a0[2] + (a1[2] - a0[2]) * (i / 20)];
          const q: Point = [b0[0] + (b1[0] - b0[0]) * (j / 20), b0[1] + (b1[1] - b0[1]) * (j / 20), b0[2] + (b1[2] - b0[2]) * (j / 20)];
          best = Math.min(best, distance3(p, q));
        }
      }
      return best;
    };
    for (const { id, figure } of withFigures) {
      figure.frames.forEach((frame, index) => {
        const parts = bodyShape(solve(frame.pose, figure.support));
        const held = new Set(
          [frame.pose.nearArm, frame.pose.farArm ?? frame.pose.nearArm].map((arm) => arm.holds).filter((hold) => hold !== undefined),
        );
        for (const [i, a] of parts.entries()) {
          for (const b of parts.slice(i + 1)) {
            const pair = [a.name, b.name].sort().join('+');
            if (pair === 'head+trunk') continue; // joined by the neck
            // A hand on a knee touches that leg, and the two hands touch each other there.
            const holding = (arm: string, leg: string) =>
              pair.includes(arm) && pair.includes(leg) && held.has(leg === 'nearLeg' ? 'nearKnee' : 'farKnee');
            if (['nearLeg', 'farLeg'].some((leg) => holding('Arm', leg)) || (held.size && pair === 'farArm+nearArm')) continue;
            for (const [ia, ca] of a.capsules.entries()) {
              for (const [ib, cb] of b.capsules.entries()) {
                // A limb's first segment meets the trunk at its joint (shoulder or hip).
                if ((a.name === 'trunk' && ib === 0) || (b.name === 'trunk' && ia === 0)) continue;
                const [sa, sb] = [
                  ca.length === 2 ? [ca[0][0], ca[1][0]] : [ca[0][0], ca[0][0]],
                  cb.length === 2 ? [cb[0][0], cb[1][0]] : [cb[0][0], cb[0][0]],
                ];
                const room = Math.max(...ca.map(([, r]) => r)) * 0.5 + Math.max(...cb.map(([, r]) => r)) * 0.5;
                expect(gap(sa as [Point, Point], sb as [Point, Point]), `${id} frame ${index}: ${a.name} and ${b.name}`).to.be.above(room);
              }
            }
          }
        }
      });
    }
  });
});
