import type { Exercise } from '../../src/model/index.js';
import { figures } from './figures.js';

/**
 * Exercises for knee osteoarthritis, from NHS physical therapy pages, each cited and entered in
 * `SOURCES.md` with the passage it rests on. A dose is given only where its source states one for
 * that same movement (`dosage.references`); where the source counts ("hold for a slow count of
 * five"), the card gives the count as seconds and says so. Every card's stop rule comes from one
 * NHS community service's knee exercise page, cited on each line.
 */
const stopIf = [
  'you feel sharp or strong pain[^first-community-knee-exercises]',
  'your knee gets a lot worse, or something feels odd[^first-community-knee-exercises]',
] as const;

export const exercises = [
  {
    id: 'seated-knee-straighten',
    name: 'Sitting knee straighten',
    goal: 'strength',
    summary: 'Makes the muscles at the front of the thigh stronger. You can do it each time you sit down.[^sussex-msk-hip-knee-exercises]',
    startingPosition: 'Sit up straight on a chair with both feet on the floor.',
    steps: ['Straighten one leg out in front of you, and hold.', 'Slowly lower your foot back to the floor.'],
    dosage: {
      reps: 10,
      holdSeconds: 10,
      holdSteps: [1],
      note: 'Do 10 with each leg. Hold for a slow count of 10. When it gets easy, lift the straight leg a little higher before you hold.',
      references: ['sussex-msk-hip-knee-exercises'],
    },
    stopIf,
    figure: {
      ...figures['seated-knee-straighten'],
      alt: 'Drawing of a person sitting upright on a chair with both feet on the floor and the hands on the thighs. Next, one knee straightens so the leg points straight out in front. Then the foot goes back down to the floor.',
    },
    references: ['sussex-msk-hip-knee-exercises'],
  },
  {
    id: 'knee-press',
    name: 'Knee press',
    goal: 'mobility',
    summary: 'Helps stop your knee from staying bent.[^sussex-msk-hip-knee-exercises]',
    startingPosition:
      'Lie on your back. Put a rolled-up towel or a pillow under the ankle of one leg, and keep that leg straight. Bend the other knee.',
    steps: ['With the muscles of your straight leg, push the back of your knee down toward the floor, and hold.', 'Relax.'],
    dosage: {
      reps: 5,
      holdSeconds: 5,
      frequency: { times: 1, per: 'day' },
      holdSteps: [1],
      note: 'Do at least 5 with each leg, at least once a day. Hold for a slow count of 5.',
      references: ['sussex-msk-hip-knee-exercises'],
    },
    stopIf,
    figure: {
      ...figures['knee-press'],
      alt: 'Drawing of a person lying on their back with one knee bent and the foot flat. The other leg is almost straight, its ankle resting on a rolled towel, so the knee is a little off the floor. Next, that knee pushes down flat to the floor. Then it relaxes.',
    },
    references: ['sussex-msk-hip-knee-exercises'],
  },
  {
    id: 'heel-slide',
    name: 'Heel slide',
    goal: 'flexibility',
    summary: 'Bends and straightens the knee as far as is comfortable.[^sussex-msk-hip-knee-exercises]',
    startingPosition:
      'Sit on the floor with both legs straight out in front of you. If you cannot get down to the floor, sit on a sofa and slide your foot on a board or a tray.',
    steps: [
      'Slowly bend one knee up toward your chest. Slide your foot along the floor until you feel a gentle stretch, and hold.',
      'Straighten the leg as far as you can, and hold.',
    ],
    dosage: {
      reps: 10,
      holdSeconds: 5,
      holdSteps: [1, 2],
      note: 'Do 10 with each leg.',
      references: ['sussex-msk-hip-knee-exercises'],
    },
    stopIf,
    figure: {
      ...figures['heel-slide'],
      alt: 'Drawing of a person sitting on the floor with both legs straight out in front and the hands on the floor beside the hips. Next, one knee bends up toward the chest while the foot slides along the floor. Then the leg straightens out again.',
    },
    references: ['sussex-msk-hip-knee-exercises'],
  },
  {
    id: 'straight-leg-raise',
    name: 'Straight leg raise',
    goal: 'strength',
    summary: 'Makes the thigh muscles stronger without bending the knee.[^sussex-msk-hip-knee-exercises]',
    startingPosition: 'Lie on your back on a bed or the floor. Bend one knee and keep the other leg straight.',
    steps: ['Keep the straight leg straight, and lift that foot just off the bed or floor. Hold.', 'Slowly lower it.'],
    dosage: {
      sets: 4,
      holdSeconds: 5,
      restSeconds: 60,
      holdSteps: [1],
      note: 'Hold for a slow count of 5. Do as many as you can, then rest for a minute. Do this 4 times in all.',
      references: ['sussex-msk-hip-knee-exercises'],
    },
    stopIf,
    figure: {
      ...figures['straight-leg-raise'],
      alt: 'Drawing of a person lying on their back with one knee bent and its foot flat, and the other leg straight on the floor. Next, the straight leg lifts a little off the floor and stays straight. Then it goes back down.',
    },
    references: ['sussex-msk-hip-knee-exercises'],
  },
  {
    id: 'knee-straighten-over-towel',
    name: 'Knee straighten over a towel',
    goal: 'strength',
    summary: 'Works the thigh muscle that straightens the knee fully.[^cuh-knee-exercises]',
    startingPosition:
      'Lie on your back. Put a rolled-up towel under one knee so it bends a little. Bend your other knee to support your low back.',
    steps: ['Lift your heel to straighten that leg, and hold.', 'Lower the heel and relax.'],
    dosage: {
      holdSeconds: 5,
      holdSteps: [1],
      note: 'Hold for a count of 5. The source does not say how many times.',
      references: ['cuh-knee-exercises'],
    },
    stopIf,
    figure: {
      ...figures['knee-straighten-over-towel'],
      alt: 'Drawing of a person lying on their back with one knee bent and its foot flat. The other knee rests bent a little over a rolled towel, with the heel on the floor. Next, the heel lifts until that leg is straight. Then it goes back down.',
    },
    references: ['cuh-knee-exercises'],
  },
] as const satisfies readonly Exercise[];
