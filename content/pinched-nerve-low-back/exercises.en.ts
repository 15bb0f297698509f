import type { Exercise } from '../../src/content/model.js';

/**
 * Exercises for the pinched-nerve topic. The source article shows its exercises only as videos,
 * so these are written by Limber from public sources, each cited; no reviewer is named for them.
 * A dose no source gives is left empty, and the card says "as your clinician advises".
 */
export const exercises = [
  {
    id: 'sciatic-nerve-glide',
    name: 'Lying sciatic nerve glide',
    goal: 'nerve-mobility',
    summary:
      'Moves the sciatic nerve gently through its range, so it gets used to movement again without being stretched hard.[^nhs-sciatica-exercises]',
    startingPosition:
      'Lie on your back. Bend the hip of the sore leg to about a right angle and hold the back of that thigh, just above the knee, with both hands.',
    steps: [
      'Slowly straighten the knee and point your toes back towards you, only until you feel light tension along the back of the leg.',
      'Bend the knee again and relax the foot.',
      'Keep the movement smooth and small; do not push past light tension.',
    ],
    dosage: {
      reps: 5,
      frequency: { times: 3, per: 'day' },
      note: 'Begin with 5 and add one or two every few days while it stays comfortable.[^nhs-inform-back-exercises]',
    },
    stopIf: [
      'the pain, tingling or numbness in your leg gets stronger or spreads',
      'you feel new pain anywhere',
    ],
    references: ['nhs-sciatica-exercises', 'nhs-inform-back-exercises'],
  },
  {
    id: 'seated-nerve-slider',
    name: 'Seated nerve slider',
    goal: 'nerve-mobility',
    summary:
      'Also called nerve flossing: the knee and neck move together so the nerve slides rather than stretches. In healthy adults this kind of exercise moved the sciatic nerve further than the others tested.[^ellis-2012-jospt]',
    startingPosition: 'Sit upright on a firm chair with both feet flat on the floor.',
    steps: [
      'Straighten the knee of the sore leg while tipping your head back to look up.',
      'Bend the knee back down while bringing your chin towards your chest.',
      'Move slowly and evenly, a few seconds each way.',
    ],
    dosage: {
      note: 'If symptoms appear, make the movement smaller rather than pushing through.',
    },
    stopIf: [
      'symptoms in your leg build up instead of settling',
      'you feel dizzy when moving your head',
    ],
    references: ['ellis-2012-jospt', 'nhs-sciatica-exercises'],
  },
  {
    id: 'knee-to-chest',
    name: 'Knee to chest stretch',
    goal: 'flexibility',
    summary: 'Eases stiffness in the low back and buttock.[^cuh-back-mobility]',
    startingPosition:
      'Lie on your back with a small cushion under your head, knees bent and feet flat, about hip-width apart.',
    steps: [
      'Draw one knee up towards your chest and hold it there with both hands.',
      'Hold, breathing normally, then lower the leg slowly.',
      'Swap legs. When this is easy, you can bring both knees up together.',
    ],
    dosage: {
      reps: 3,
      holdSeconds: { min: 20, max: 30 },
      note: 'Alternate legs, and go only as far as is comfortable.[^nhs-sciatica-exercises]',
    },
    stopIf: ['the stretch turns into pain', 'pain spreads further down your leg'],
    references: ['nhs-sciatica-exercises', 'cuh-back-mobility'],
  },
  {
    id: 'piriformis-stretch',
    name: 'Buttock (piriformis) stretch',
    goal: 'flexibility',
    summary: 'Stretches the piriformis muscle deep in the buttock, which lies close to the sciatic nerve.[^nhs-piriformis-video]',
    startingPosition: 'Lie on your back with your knees bent and feet flat on the floor.',
    steps: [
      'Bring the knee of the sore side up and draw it gently across your body towards the opposite shoulder.',
      'Hold, then let the leg return to the start.',
    ],
    dosage: { reps: 3, holdSeconds: 10 },
    stopIf: ['you feel pain rather than a stretch'],
    references: ['nhs-piriformis-video'],
  },
  {
    id: 'knee-rolls',
    name: 'Knee rolls',
    goal: 'flexibility',
    summary: 'Loosens the low back with a gentle rotation.[^nhs-inform-back-exercises]',
    startingPosition: 'Lie on your back with your knees bent and your feet on the floor.',
    steps: [
      'Let both knees roll slowly to the right and hold.',
      'Bring them back to the middle.',
      'Roll them slowly to the left and hold, then come back to the middle. That is one repetition.',
    ],
    dosage: {
      reps: 5,
      holdSeconds: 2,
      frequency: { times: 3, per: 'day' },
      note: 'Add one or two repetitions every few days while it stays comfortable.',
    },
    stopIf: ['your symptoms get worse', 'you feel new pain'],
    references: ['nhs-inform-back-exercises'],
  },
  {
    id: 'pelvic-tilt',
    name: 'Pelvic tilt',
    goal: 'strength',
    summary: 'Wakes up the deep stomach muscles that support the low back.[^nhs-inform-back-exercises]',
    startingPosition: 'Lie on your back with your knees bent and your feet on the floor.',
    steps: ['Press the small of your back into the floor and hold.', 'Let your back relax again. That is one repetition.'],
    dosage: {
      reps: 5,
      holdSeconds: 2,
      frequency: { times: 3, per: 'day' },
      note: 'Add one or two repetitions every few days while it stays comfortable.',
    },
    stopIf: ['your symptoms get worse', 'you feel new pain'],
    references: ['nhs-inform-back-exercises'],
  },
  {
    id: 'bridge',
    name: 'Bridge',
    goal: 'strength',
    summary: 'Builds strength in the buttocks and the muscles along the spine.[^cuh-back-mobility]',
    startingPosition: 'Lie on your back with your knees bent and your feet flat, hip-width apart.',
    steps: [
      'Tighten your buttocks and lift your hips off the floor.',
      'Hold briefly, keeping your breathing steady.',
      'Lower your hips slowly back to the floor.',
    ],
    dosage: {},
    stopIf: ['your back or leg pain increases', 'you feel new pain'],
    references: ['cuh-back-mobility'],
  },
] as const satisfies readonly Exercise[];
