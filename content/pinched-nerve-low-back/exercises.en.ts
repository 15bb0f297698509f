import type { Exercise } from '../../src/model/index.js';
import { figures } from './figures.js';

/**
 * Exercises for the pinched-nerve topic. The source article shows its exercises only as videos,
 * so these were added by Limber from public sources, each cited, and each entered in
 * `SOURCES.md` with the passage it rests on. The article's experts have not reviewed them.
 * A dose is given only where its source states one for that same movement, and
 * `dosage.references` names that source; otherwise the card says the source gives no amount.
 * `references` names where the movement comes from; a source cited only for the stop rule is
 * cited there, inline, and not credited with the movement.
 */
export const exercises = [
  {
    id: 'sciatic-nerve-glide',
    name: 'Sciatic nerve slider',
    goal: 'nerve-mobility',
    summary:
      'A *slider* moves the knee and the neck together. The nerve is eased at one end while it is drawn at the other, so it slides instead of being stretched. This card is Limber’s home version of a movement tested on 31 healthy adults. The study measured how far the nerve moved, not whether pain eased.[^ellis-2012-jospt] A second study found the nerve moved as much sitting up straight as sitting slumped.[^ellis-2016-jmmt]',
    startingPosition: 'Sit on a firm chair with both feet on the floor.',
    steps: [
      'Slowly straighten the knee of the sore leg while you tip your head back to look up.',
      'Bend the knee back down while you bring your chin down toward your chest.',
      'Keep the movement slow and small. It should not bring on your leg symptoms.',
    ],
    dosage: {},
    stopIf: ['your leg symptoms get worse[^nhs-inform-back-exercises]', 'you feel new pain[^nhs-inform-back-exercises]'],
    figure: {
      ...figures['sciatic-nerve-glide'],
      alt: 'Drawing of a person sitting upright on a chair with both feet on the floor. Next, the knee of the sore leg straightens while the head tips back to look up. Then the knee bends again while the chin comes down toward the chest.',
    },
    references: ['ellis-2012-jospt', 'ellis-2016-jmmt'],
  },
  {
    id: 'knee-to-chest',
    name: 'Knee to chest',
    goal: 'mobility',
    summary: 'Gently bends the low back as you pull one knee at a time toward your chest.[^csp-back-pain-exercises]',
    startingPosition: 'Lie on your back with your knees bent and your feet on the floor.',
    steps: [
      'Bring one knee up. Gently pull it in toward your chest with your hands, and hold.',
      'Lower that foot back to the floor.',
      'Do the same with the other knee, and hold. Then lower it. That is one repetition.',
    ],
    dosage: {
      reps: 5,
      repsUpTo: true,
      holdSeconds: 5,
      holdSteps: [1, 3],
      references: ['csp-back-pain-exercises'],
    },
    stopIf: ['your symptoms get worse[^nhs-inform-back-exercises]', 'you feel new pain[^nhs-inform-back-exercises]'],
    figure: {
      ...figures['knee-to-chest'],
      alt: 'Drawing of a person lying on their back with the knees bent and the feet on the floor. Next, the hands pull one knee toward the chest while the other foot stays down. Then that foot goes back down, and the other knee comes up.',
    },
    references: ['csp-back-pain-exercises'],
  },
  {
    id: 'piriformis-stretch',
    name: 'Buttock (piriformis) stretch',
    goal: 'flexibility',
    summary:
      'Stretches the *piriformis*, a small muscle deep in the buttock. It lies close to the sciatic nerve. The source is an NHS video about sciatica and *piriformis syndrome*. That is buttock pain that comes when this muscle irritates the nerve.[^nhs-piriformis-video]',
    startingPosition: 'Lie on your back with your knees bent and your feet on the floor.',
    steps: [
      'With your hands, bring the knee of the sore side up toward your chest. Then take it a little across your body, toward the opposite shoulder.',
      'Hold it there gently, then bring the leg back down.',
    ],
    dosage: {},
    stopIf: ['you feel any pain or discomfort[^nhs-piriformis-video]'],
    figure: {
      ...figures['piriformis-stretch'],
      alt: 'Drawing, seen from beside the feet, of a person lying on their back with the knees bent and the arms by the sides. Next, both hands bring the knee of the sore side up toward the chest and a little across the body, toward the opposite shoulder. An arrow shows the way the knee moves.',
    },
    references: ['nhs-piriformis-video'],
  },
  {
    id: 'knee-rolls',
    name: 'Knee rolls',
    goal: 'mobility',
    summary: 'Gets the low back moving again with a slow roll of the knees from side to side.[^nhs-inform-back-exercises]',
    startingPosition: 'Lie on your back with your knees bent and your feet on the floor.',
    steps: [
      'Let both knees roll slowly to the right, and hold.',
      'Bring them back to the middle.',
      'Roll them slowly to the left, and hold. Then come back to the middle. That is one repetition.',
    ],
    dosage: {
      reps: 5,
      holdSeconds: 2,
      frequency: { times: 3, per: 'day' },
      note: 'Add one or two repetitions every few days, as long as it feels comfortable.',
      holdSteps: [1, 3],
      references: ['nhs-inform-back-exercises'],
    },
    stopIf: ['your symptoms get worse[^nhs-inform-back-exercises]', 'you feel new pain[^nhs-inform-back-exercises]'],
    figure: {
      ...figures['knee-rolls'],
      alt: 'Drawing, seen from the feet, of a person lying on their back with the knees bent and together and the arms by the sides. The knees roll to the right, come back to the middle, then roll to the left. Arrows show which way they roll.',
    },
    references: ['nhs-inform-back-exercises'],
  },
  {
    id: 'pelvic-tilt',
    name: 'Pelvic tilt',
    goal: 'mobility',
    summary: 'A small, gentle movement of the low back, done lying down.[^nhs-inform-back-exercises]',
    startingPosition: 'Lie on your back with your knees bent and your feet on the floor.',
    steps: ['Press the small of your back into the floor, and hold.', 'Let your back relax again. That is one repetition.'],
    dosage: {
      reps: 5,
      holdSeconds: 2,
      frequency: { times: 3, per: 'day' },
      note: 'Add one or two repetitions every few days, as long as it feels comfortable.',
      holdSteps: [1],
      references: ['nhs-inform-back-exercises'],
    },
    stopIf: ['your symptoms get worse[^nhs-inform-back-exercises]', 'you feel new pain[^nhs-inform-back-exercises]'],
    figure: {
      ...figures['pelvic-tilt'],
      alt: 'Drawing of a person lying on their back with the knees bent and a small gap under the low back. Next, the low back presses flat into the floor, then relaxes again.',
    },
    references: ['nhs-inform-back-exercises'],
  },
  {
    id: 'bridge',
    name: 'Bridge',
    goal: 'mobility',
    summary: 'Lifts the hips and low back off the floor from a pelvic tilt, then lowers them slowly.[^cuh-back-mobility]',
    startingPosition: 'Lie on your back with your knees bent and your feet on the floor.',
    steps: [
      'Flatten your back into the floor by tilting your pelvis backward.',
      'Slowly lift your hips and low back off the floor, and hold.',
      'Lower yourself slowly back to the floor.',
    ],
    dosage: {},
    stopIf: ['your symptoms get worse[^nhs-inform-back-exercises]', 'you feel new pain[^nhs-inform-back-exercises]'],
    figure: {
      ...figures['bridge'],
      alt: 'Drawing of a person lying on their back with the knees bent. The low back flattens into the floor, then the hips and low back lift off the floor while the shoulders and feet stay down, then lower again.',
    },
    references: ['cuh-back-mobility'],
  },
] as const satisfies readonly Exercise[];
