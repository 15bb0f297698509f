import { expect } from 'chai';
import { GuidedSession, PRESS, planFor, type Cue } from '../../src/components/exercise-card/guided/session.js';

/** A session on a hand-moved clock, with every cue it gives. */
function run(steps: number, dosage: Parameters<typeof planFor>[1]) {
  const clock = { time: 0, now: () => clock.time };
  const cues: Cue[] = [];
  const session = new GuidedSession(planFor(steps, dosage), clock, (cue) => cues.push(cue));
  return { clock, cues, session };
}
const kinds = (cues: Cue[]) => cues.map((cue) => cue.kind);

describe('guided session (the guided mode’s state machine)', () => {
  it('plans only what the dose states: no reps, no counting; holds only at the steps named', () => {
    expect(planFor(3, {})).to.deep.equal({
      steps: 3,
      reps: undefined,
      sets: undefined,
      holdMs: undefined,
      holdSteps: [],
      restMs: undefined,
    });
    expect(planFor(3, { reps: 5, holdSeconds: 2, holdSteps: [1, 3] })).to.deep.include({ reps: 5, holdMs: 2000, holdSteps: [0, 2] });
    expect(planFor(2, { reps: 5, holdSeconds: 2 }).holdMs, 'a hold with no step to hold at is not timed').to.equal(undefined);
    expect(planFor(2, { reps: 5, holdSeconds: { min: 20, max: 30 }, holdSteps: [1] }).holdMs, 'a range times its lower end').to.equal(
      20_000,
    );
    expect(planFor(2, { sets: 3 }).sets, 'sets without reps are not counted').to.equal(undefined);
    expect(planFor(2, { reps: 2, sets: 1, restSeconds: 30 }).restMs, 'no rest after the only set').to.equal(undefined);
    expect(planFor(2, { reps: 2, sets: 2, restSeconds: 30 }).restMs).to.equal(30_000);
  });

  it('a hold ends when its time is up by the clock, however late the tick comes', () => {
    const { clock, cues, session } = run(2, { reps: 1, holdSeconds: 2, holdSteps: [1] });
    expect(session.holdAhead).to.equal(true);
    session.next();
    expect(session.phase).to.equal('hold');
    clock.time = 1999;
    session.tick();
    expect(session.remaining()).to.equal(1);
    clock.time = 90_000;
    session.tick();
    session.tick();
    expect(session.phase).to.equal('move');
    expect(session.step).to.equal(1);
    expect(kinds(cues)).to.deep.equal(['step', 'hold-start', 'hold-end', 'step']);
  });

  it('counts repetitions and sets, rests between sets, and completes', () => {
    const { clock, cues, session } = run(1, { reps: 2, sets: 2, restSeconds: 10 });
    session.next();
    expect([session.rep, session.repsDone]).to.deep.equal([2, 1]);
    session.next();
    expect(session.phase).to.equal('rest');
    clock.time += 10_000;
    session.tick();
    expect([session.set, session.rep, session.step, session.phase]).to.deep.equal([2, 1, 0, 'move']);
    session.next();
    session.next();
    expect(session.phase).to.equal('complete');
    expect(session.repsDone).to.equal(4);
    expect(kinds(cues)).to.deep.equal([
      'step',
      'rep-done',
      'step',
      'rep-done',
      'set-done',
      'rest-start',
      'rest-end',
      'step',
      'rep-done',
      'step',
      'rep-done',
      'complete',
    ]);
  });

  it('pause stops the clock for the hold and for the duration; resume goes on', () => {
    const { clock, session } = run(1, { reps: 1, holdSeconds: 5, holdSteps: [1] });
    session.next();
    clock.time = 2_000;
    session.pause();
    session.next();
    session.back();
    clock.time = 60_000;
    session.tick();
    expect(session.remaining()).to.equal(3_000);
    session.resume();
    clock.time = 62_999;
    session.tick();
    expect(session.phase).to.equal('hold');
    clock.time = 63_000;
    session.tick();
    expect(session.phase).to.equal('complete');
    expect(session.seconds()).to.equal(5);
  });

  it('back: out of a hold, a step back, into the previous repetition, never before the start', () => {
    const { session } = run(2, { reps: 2, holdSeconds: 1, holdSteps: [2] });
    session.back();
    expect([session.step, session.rep]).to.deep.equal([0, 1]);
    session.next();
    session.next();
    expect(session.phase).to.equal('hold');
    session.back();
    expect([session.phase, session.step]).to.deep.equal(['move', 1]);
    session.back();
    expect(session.step).to.equal(0);
  });

  it('without a dose it only walks the steps', () => {
    const { cues, session } = run(3, {});
    expect(session.counting).to.equal(false);
    session.next();
    session.next();
    session.next();
    expect(session.phase).to.equal('complete');
    expect(session.repsDone).to.equal(0);
    expect(kinds(cues)).to.deep.equal(['step', 'step', 'step', 'complete']);
  });
});

/** Runs a session to its end, pressing Next whenever it waits for a press; returns the presses. */
function presses(session: GuidedSession, clock: { time: number }): number {
  let pressed = 0;
  for (let guard = 0; guard < 10_000 && !session.over; guard += 1) {
    const left = session.remaining();
    if (left === undefined) {
      session.next();
      pressed += 1;
    } else {
      clock.time += left;
      session.tick();
    }
  }
  return pressed;
}

const HANDS_FREE = { stepMs: 6_000, readyMs: 5_000 };
const KNEE_ROLLS = { reps: 5, holdSeconds: 2, holdSteps: [1, 3] } as const;

describe('guided session, hands-free', () => {
  it('knee rolls run from Start to done with no further press: get ready, each step, each hold, every repetition', () => {
    const clock = { time: 0, now: () => clock.time };
    const cues: Cue[] = [];
    const session = new GuidedSession(planFor(3, KNEE_ROLLS), clock, (cue) => cues.push(cue), HANDS_FREE);
    expect([session.phase, session.remaining()]).to.deep.equal(['ready', 5_000]);
    expect(presses(session, clock)).to.equal(0);
    expect([session.phase, session.repsDone]).to.deep.equal(['complete', 5]);
    // 5 s to get ready, then per repetition: 6 s to move and 2 s held, three times, twice held.
    expect(clock.time).to.equal(5_000 + 5 * (3 * 6_000 + 2 * 2_000));
    expect(kinds(cues).slice(0, 7)).to.deep.equal(['ready', 'step', 'hold-start', 'hold-end', 'step', 'step', 'hold-start']);
    expect(kinds(cues).filter((k) => k === 'rep-done')).to.have.length(5);
  });

  it('the same exercise, press when ready, takes 15 presses after Start', () => {
    const clock = { time: 0, now: () => clock.time };
    const session = new GuidedSession(planFor(3, KNEE_ROLLS), clock, () => {}, PRESS);
    expect(presses(session, clock)).to.equal(15);
  });

  it('a throttled tab catches up on one late tick, each phase ending when it would have: counts and times right', () => {
    const clock = { time: 0, now: () => clock.time };
    const cues: Cue[] = [];
    const session = new GuidedSession(planFor(3, KNEE_ROLLS), clock, (cue) => cues.push(cue), HANDS_FREE);
    clock.time = 5_000 + 2 * 22_000 + 7_000; // two repetitions, then 7 s into the third
    session.tick();
    expect([session.rep, session.step, session.phase, session.repsDone]).to.deep.equal([3, 0, 'hold', 2]);
    expect(session.remaining()).to.equal(1_000);
    clock.time = 10 * 60_000;
    session.tick();
    expect([session.phase, session.repsDone, session.seconds()]).to.deep.equal(['complete', 5, 115]);
  });

  it('pause holds every timer, resume goes on; Next skips the wait of a step; back gives a step its time again', () => {
    const clock = { time: 0, now: () => clock.time };
    const session = new GuidedSession(planFor(2, {}), clock, () => {}, HANDS_FREE);
    clock.time = 3_000;
    session.pause();
    clock.time = 100_000;
    session.tick();
    expect([session.phase, session.remaining()]).to.deep.equal(['ready', 2_000]);
    session.resume();
    session.next();
    expect([session.phase, session.step, session.remaining()]).to.deep.equal(['move', 0, 6_000]);
    clock.time += 4_000;
    session.next();
    expect(session.step).to.equal(1);
    clock.time += 5_000;
    session.back();
    expect([session.step, session.remaining()]).to.deep.equal([0, 6_000]);
  });

  it('between sets with no rest stated, it gets ready again rather than invent a rest', () => {
    const clock = { time: 0, now: () => clock.time };
    const cues: Cue[] = [];
    const session = new GuidedSession(planFor(1, { reps: 1, sets: 2 }), clock, (cue) => cues.push(cue), HANDS_FREE);
    expect(presses(session, clock)).to.equal(0);
    expect(kinds(cues)).to.deep.equal(['ready', 'step', 'rep-done', 'set-done', 'ready', 'step', 'rep-done', 'complete']);
  });

  it('switching pace mid-way: press when ready waits; hands-free again moves on', () => {
    const clock = { time: 0, now: () => clock.time };
    const session = new GuidedSession(planFor(2, {}), clock, () => {}, HANDS_FREE);
    session.setPace(PRESS);
    expect([session.phase, session.remaining()]).to.deep.equal(['move', undefined]);
    clock.time = 60_000;
    session.tick();
    expect(session.step).to.equal(0);
    session.setPace(HANDS_FREE);
    clock.time += 6_000;
    session.tick();
    expect(session.step).to.equal(1);
  });

  it('"This makes it worse" stops it there, once, and nothing moves on after', () => {
    const clock = { time: 0, now: () => clock.time };
    const cues: Cue[] = [];
    const session = new GuidedSession(planFor(3, KNEE_ROLLS), clock, (cue) => cues.push(cue), HANDS_FREE);
    clock.time = 12_000;
    session.tick();
    session.stopForSymptoms();
    session.stopForSymptoms();
    clock.time = 600_000;
    session.tick();
    session.next();
    expect([session.phase, session.repsDone, session.seconds()]).to.deep.equal(['stopped', 0, 12]);
    expect(kinds(cues).filter((k) => k === 'stopped')).to.have.length(1);
  });
});
