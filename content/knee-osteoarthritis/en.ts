import type { Topic } from '../../src/model/index.js';
import { reviewRecord } from '../reviewers.js';
import { changes } from './changes.js';
import { exercises } from './exercises.en.js';
import { references } from './references.js';
import { signOffs } from './sign-offs.js';

/**
 * "Knee osteoarthritis", English. No source article: Limber wrote every part in its own words
 * from the public pages it cites (NHS services, CDC, a US guideline for doctors), and `SOURCES.md`
 * holds the passage each part rests on. No experts, no quotes and no call to action, so the
 * article shows none. No clinician has reviewed it: `review` (from `sign-offs.ts`) holds no
 * sign-off. `npm run check -- content` enforces these rules.
 */
export const kneeOsteoarthritisEn = {
  id: 'knee-osteoarthritis',
  locale: 'en',
  condition: { name: 'osteoarthritis of the knee', alternateName: 'knee arthritis' },
  title: 'Exercises for knee osteoarthritis',
  summary: 'What knee osteoarthritis is, what makes it more likely, and how exercise and care at home can help.',
  intro: [
    '*Osteoarthritis* is the most common kind of arthritis, and the knee is the joint it affects most.[^dynamic-health-oa] It can make the knee painful, stiff and swollen. The knee may creak, feel warm, or feel as if it will give way.[^chcp-msk-knee-oa]',
    'Stiffness is often worst after you have been still, such as first thing in the morning. It usually eases within 30 minutes. Symptoms come and go. A spell when they get worse is called a *flare-up*. It can last from about 6 to 12 weeks.[^chcp-msk-knee-oa]',
    'There is a lot you can do yourself. Exercise, keeping active and a healthy weight all help.[^dynamic-health-oa] This page shows how, and when to get help.',
  ],
  introQuotes: [],
  dates: {
    published: '2026-12-07',
    released: '2026-12-07',
    updated: changes[0].date,
    sourcesChecked: '2026-12-07',
    lastReviewed: '2026-12-07',
    reviewScope: 'sources-checked',
    nextReview: '2027-06-07',
  },
  people: [],
  causes: {
    heading: 'What causes knee osteoarthritis',
    intro:
      'The ends of the bones in a joint are covered in *cartilage*. This is a smooth, slippery layer that lets the bones move easily. Osteoarthritis affects this layer. The joint then moves less easily, and that brings pain and stiffness.[^nca-knee-pain]',
    reassurance:
      'It is not just wear and tear from getting older.[^chcp-msk-knee-oa] Pain does not mean you are harming your knee. Keeping active, and slowly getting back to what you usually do, helps you recover.[^uhmb-knee-pain]',
    causes: [
      {
        id: 'weight',
        name: 'Being overweight',
        description: 'Extra weight puts more strain on the knee.[^chcp-msk-knee-oa]',
      },
      {
        id: 'past-injury',
        name: 'An old injury or operation',
        description: 'It is more likely in a knee that was hurt before, or had an operation.[^chcp-msk-knee-oa]',
      },
      {
        id: 'age-and-sex',
        name: 'Age, and being a woman',
        description: 'It is more likely after the age of 50, and in women.[^chcp-msk-knee-oa]',
      },
      {
        id: 'family',
        name: 'Family history',
        description: 'It can run in families.[^chcp-msk-knee-oa]',
      },
      {
        id: 'other-conditions',
        name: 'Smoking and other joint problems',
        description: 'Smoking makes it more likely. So does having had gout or rheumatoid arthritis in the joint.[^chcp-msk-knee-oa]',
      },
    ],
  },
  exercises: {
    heading: 'Exercises for knee osteoarthritis',
    intro:
      'Exercise is one of the best ways to ease knee osteoarthritis. A US guideline for doctors strongly recommends it.[^kolasinski-2020-acr-af]',
    quotes: [],
    addedIntro:
      'These five exercises come from two NHS physical therapy services. Each card names its source and gives the amount its source gives, and no more.',
    safety: [
      'If your knee hurts after a fall, a twist or another injury, first read *When to get help*.[^elht-knee-injury]',
      'Some discomfort while you exercise is fine, as long as it gets better. Do not push through sharp or strong pain.[^first-community-knee-exercises]',
      'Start slowly and build up over time. Keep going when your knee feels better: this can stop the pain coming back.[^sussex-msk-hip-knee-exercises]',
      'If you are not getting better, see a doctor. *When to get help* says when.[^cora-knee-pain]',
    ],
    items: exercises,
  },
  treatments: {
    heading: 'Other ways to help knee osteoarthritis',
    intro:
      'Exercise is not the only thing that helps. Each item below says how strongly a US guideline for doctors recommends it.[^kolasinski-2020-acr-af]',
    items: [
      {
        id: 'stay-active',
        name: 'Keep active',
        description:
          'Being active is safe for people with arthritis. It can ease joint pain and help you move and feel better. Try to get at least 150 minutes a week of activity that makes your heart beat faster. Brisk walking, cycling, swimming and dancing all count. On at least 2 days a week, also make your muscles work harder, as the exercises above do. Short spells of 5 or 10 minutes add up.[^cdc-arthritis-physical-activity]',
        quotes: [],
        recommendation: { strength: 'strong', reference: 'kolasinski-2020-acr-af' },
      },
      {
        id: 'weight',
        name: 'A healthy weight',
        description: 'If you are overweight, losing even a little weight takes some strain off the knee.[^chcp-msk-knee-oa]',
        quotes: [],
        recommendation: { strength: 'strong', reference: 'kolasinski-2020-acr-af' },
      },
      {
        id: 'walking-stick',
        name: 'A walking stick',
        description:
          'A walking stick (a cane) takes some weight off a painful knee. Hold it in the hand on the other side from the painful knee.[^nca-knee-pain]',
        quotes: [],
        recommendation: { strength: 'strong', reference: 'kolasinski-2020-acr-af' },
      },
      {
        id: 'heat-ice',
        name: 'Heat or ice',
        description:
          'A heat pack or an ice pack can ease pain and stiffness. Wrap it in a towel, and never put it straight on your skin. Use it for up to 15 minutes at a time.[^uhmb-knee-pain][^dynamic-health-oa] Check your skin after 5 minutes for an ice burn. Do not use ice on skin that cannot feel hot or cold.[^nca-knee-pain]',
        quotes: [],
        recommendation: { strength: 'conditional', reference: 'kolasinski-2020-acr-af' },
      },
      {
        id: 'anti-inflammatory-gel',
        name: 'Anti-inflammatory gel',
        description:
          'This is a gel or cream with a medicine in it that eases pain and swelling. You rub it on the skin over your knee. It is one of the first medicines to try. Ask a pharmacist if you are not sure you can use it.[^chcp-msk-knee-oa]',
        quotes: [],
        recommendation: { strength: 'strong', reference: 'kolasinski-2020-acr-af' },
      },
      {
        id: 'anti-inflammatory-tablets',
        name: 'Anti-inflammatory tablets',
        description: 'Tablets such as ibuprofen or naproxen can ease pain and swelling.[^arthritis-society-nsaids]',
        quotes: [],
        recommendation: { strength: 'strong', reference: 'kolasinski-2020-acr-af' },
        evidenceNote:
          'Ibuprofen and naproxen may not be safe for you if you take a blood thinner, are pregnant, or have stomach, kidney, liver or heart problems. Ask a pharmacist or doctor first.[^arthritis-society-nsaids][^fda-nsaids-pregnancy]',
      },
    ],
  },
  tips: [
    {
      id: 'pace-yourself',
      kind: 'tip',
      title: 'Pace yourself',
      body: 'Keep active, but pace yourself. On a good day, do not overdo it. On a bad day, keep moving by changing what you do. Soft, well-fitting shoes, such as sneakers, cushion each step.[^dynamic-health-oa]',
      quotes: [],
    },
  ],
  careAdvice: [
    {
      level: 'non-urgent',
      heading: 'See a doctor if',
      signs: [
        {
          text: 'care at home is not helping, or your symptoms get worse[^cora-knee-pain][^first-community-knee-exercises]',
          concept: 'not-getting-better',
        },
      ],
      action: 'See your doctor or a physical therapist soon. If you also have any emergency sign, do not wait: get emergency help now.',
      provenance: 'added',
      references: ['cora-knee-pain', 'first-community-knee-exercises'],
    },
    {
      level: 'urgent',
      heading: 'Speak to a doctor as soon as possible if',
      signs: [
        {
          text: 'you hurt your knee, and now you cannot put weight on that leg[^elht-knee-injury]',
          concept: 'cannot-bear-weight-after-injury',
        },
        { text: 'your knee gives way and you fall[^elht-knee-injury][^cora-knee-pain]', concept: 'gives-way-fall' },
        { text: 'your knee swelled up a lot within 1 or 2 hours of an injury[^elht-knee-injury]', concept: 'fast-swelling-after-injury' },
        {
          text: 'you hurt your knee, and now the leg below it feels numb or has pins and needles[^elht-knee-injury]',
          concept: 'numb-below-knee-after-injury',
        },
      ],
      action: 'Contact your doctor as soon as you can, or {urgent-help}.',
      provenance: 'added',
      references: ['elht-knee-injury', 'cora-knee-pain'],
    },
    {
      level: 'emergency',
      heading: 'Get emergency help now if',
      signs: [
        {
          text: 'your knee is red and the pain is bad or will not go away, and you have a fever (a high temperature). This can be an infection in the joint.[^cora-knee-pain]',
          concept: 'hot-red-knee-fever',
        },
        {
          text: 'your knee is stuck (locked), and you cannot free it or straighten it[^cora-knee-pain][^elht-knee-injury]',
          concept: 'locked-knee',
        },
        {
          text: 'one calf is painful, swollen and tender, or the skin there is warm or red. This can be a blood clot in a deep vein (a DVT).[^wpb-physio-dvt]',
          concept: 'calf-pain-swelling',
        },
      ],
      action: 'Call {emergency-number} or go to {emergency-place} now. Do not wait to see if it gets better.',
      provenance: 'added',
      references: ['cora-knee-pain', 'elht-knee-injury', 'wpb-physio-dvt'],
    },
  ],
  disclaimers: [
    {
      kind: 'exercise',
      text: 'Limber chose these exercises from the public sources named on each one. They are general information, not a plan made for you. Limber cannot see how you move. If you are not sure an exercise suits you, ask a doctor or physical therapist before you start.',
      provenance: 'added',
    },
    {
      kind: 'article',
      text: 'This page is only to teach and inform. It is not medical advice. It is not care from a professional for you or your condition.',
      provenance: 'added',
    },
    {
      kind: 'medicine',
      text: 'Before you use a pain medicine, ask a pharmacist or doctor if it is safe for you.',
      provenance: 'added',
    },
  ],
  references,
  review: reviewRecord(signOffs['en'] ?? []),
} as const satisfies Topic;

export default kneeOsteoarthritisEn;
