import { expect } from 'chai';
import { GuidedSession, planFor, type Cue } from '../../src/components/exercise-card/guided/session.js';

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
