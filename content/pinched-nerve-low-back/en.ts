import type { Topic } from '../../src/content/model.js';
import { exercises } from './exercises.en.js';
import { references } from './references.js';

/**
 * "Pinched nerve in the low back", English. Written in Limber's own words from the Hinge Health
 * article (2023-05-03). Only words the article puts in quotation marks appear as quotes, each
 * attributed to CJ Morrow as the article attributes them (the article lists her among its experts
 * and quotes her; it does not say she wrote it); the two reviewers reviewed the article only and
 * are quoted nowhere. Exercises, care advice, safety rules and evidence notes were added by
 * Limber from the public sources they cite; `SOURCES.md` holds the passage each one rests on.
 * `npm run check:content` enforces these rules.
 */
export const pinchedNerveLowBackEn = {
  id: 'pinched-nerve-low-back',
  locale: 'en',
  condition: { name: 'pinched nerve in the low back', alternateName: 'sciatica' },
  title: 'Exercises for a pinched nerve in the low back',
  summary: 'What a pinched nerve in the low back is, what causes it, and how gentle exercises and everyday care can ease it.',
  intro: [
    'A nerve is *pinched* when the tissues around it press on it or irritate it. That can bring sharp pain, weakness, numbness or a pins-and-needles feeling anywhere along the nerve. It can happen in the neck, shoulder, upper back or low back, and often comes from inflammation near the nerve root where it leaves the spine.',
    'Symptoms range from a faint tingle to intense burning. Most pinched nerves are not serious and settle with time, but even mild symptoms can make moving and daily tasks hard. Care at home can ease the pain and help you recover sooner.',
  ],
  introQuotes: [
    { text: 'When you do anything that stretches that nerve, you can get more pain.', personId: 'cj-morrow' },
    {
      text: 'Things like bending over to pick something up off the floor or putting on your shoes or socks can be tough to do when someone experiences sciatica.',
      personId: 'cj-morrow',
    },
  ],
  // The review on 2026-11-25 checked every added fact against its publisher's page; no clinician has
  // reviewed this topic. The next review is due six months on.
  dates: {
    published: '2023-05-03',
    sourcesChecked: '2026-11-25',
    lastReviewed: '2026-11-25',
    reviewScope: 'sources-checked',
    nextReview: '2027-05-25',
  },
  source: {
    publisher: 'Hinge Health',
    title: 'Best Exercises to Get Relief from a Pinched Nerve in Your Low Back, According to Physical Therapists',
    quoted: ['cj-morrow'],
  },
  people: [
    {
      id: 'cj-morrow',
      name: 'CJ Morrow',
      credentials: 'PT, DPT',
      jobTitle: 'Physical Therapist',
      roles: ['expert'],
      bio: 'A physical therapist at Hinge Health and board-certified orthopedic specialist, with a particular interest in where mental and physical health meet.',
    },
    {
      id: 'jonathan-lee',
      name: 'Jonathan Lee',
      credentials: 'MD, MBA',
      jobTitle: 'Orthopedic Surgeon',
      roles: ['medical-reviewer'],
      bio: 'A board-certified orthopedic surgeon and an Associate Medical Director at Hinge Health.',
    },
    {
      id: 'dylan-peterson',
      name: 'Dylan Peterson',
      credentials: 'PT, DPT',
      jobTitle: 'Physical Therapist',
      roles: ['clinical-reviewer'],
      bio: 'A physical therapist at Hinge Health who builds clinical exercise therapy programs and member education.',
    },
  ],
  causes: {
    heading: 'What causes a pinched nerve in the low back',
    intro:
      'Several conditions can pinch a nerve in the low back. Underneath most of them is *lumbar spondylosis*: the slow, natural changes to the spinal discs and facet joints that come with time.',
    reassurance:
      'That wear and tear sounds alarming, but it does not have to hurt: many people whose scans show these changes have no symptoms at all.[^romeo-2019-spine] In some people, though, the changes lead to one of the conditions below.',
    causes: [
      {
        id: 'herniated-disc',
        name: 'Herniated disc',
        description:
          'The discs between the vertebrae act as cushions. When the soft centre of a disc pushes out against its outer ring, it can press on a nerve root, and symptoms can travel from the low back through the hip and buttock and down the leg to the foot and toes. This is a common cause of a pinched nerve in the low back.',
      },
      {
        id: 'spinal-stenosis',
        name: 'Spinal stenosis',
        description: 'Changes in the spine with age can narrow the spinal canal, leaving less room for the spinal cord and nerve roots.',
      },
    ],
  },
  exercises: {
    heading: 'Exercises for a pinched nerve in the low back',
    intro:
      'The source article shows its exercises as videos by Hinge Health physical therapists, which are not reproduced here. It says those gentle exercises help an irritated nerve: they strengthen the core, and a strong core supports the back, which can help with sciatica; and they make the hips and low back more flexible.',
    quotes: [
      {
        text: 'Basically, they help calm down the nerve and work to build support and strength through the area.',
        personId: 'cj-morrow',
      },
    ],
    addedIntro:
      'The exercises below are not the article’s. Limber chose them from NHS and hospital exercise pages and a study of nerve sliders, each named on its card. The article’s experts have not seen or reviewed them.',
    safety: [
      'Stop an exercise if it makes your symptoms worse or brings new pain.[^nhs-inform-back-exercises]',
      'If you are no better after 2 weeks of exercises, talk to your doctor or a musculoskeletal service.[^nhs-inform-back-exercises]',
    ],
    items: exercises,
  },
  treatments: {
    heading: 'Other treatments for a pinched nerve in the low back',
    intro: 'A pinched nerve in the low back often settles by itself within a few weeks. These can help you recover sooner.',
    items: [
      {
        id: 'posture-pillows',
        name: 'Support your posture with pillows',
        description:
          'A small pillow behind your back or under your hips tips the pelvis slightly forward and helps the spine line up better when you sit.',
        quotes: [{ text: 'Sitting in a slumped position can pull on the nerves and cause more sensitivity.', personId: 'cj-morrow' }],
      },
      {
        id: 'short-rest',
        name: 'A little rest, not bed rest',
        description:
          'Short breaks are fine. On days when the pain is overwhelming, find an *escape position*: a way of lying or sitting that lets your body relax and feel better, while you build strength and flexibility back up.',
        quotes: [
          {
            text: 'Movement is medicine, but there are times when you need to give your body a short five to 10 minute rest — and that’s an okay thing to do.',
            personId: 'cj-morrow',
          },
          {
            text: 'Use your escape position as a way of providing rest while you’re building your body back up to be stronger and more flexible.',
            personId: 'cj-morrow',
          },
        ],
      },
      {
        id: 'ice-heat',
        name: 'Ice and heat',
        description: 'Cold or warmth will not free the nerve, but feeling better can make it easier to move.',
        quotes: [
          { text: 'Both are great.', personId: 'cj-morrow' },
          {
            text: 'They’re not going to help the pinched nerve directly, but they may make you feel better so that you can move more.',
            personId: 'cj-morrow',
          },
        ],
        evidenceNote:
          'Do not use a hot-water bottle on skin that feels numb: you could scald yourself without noticing.[^nhs-111-wales-sciatica]',
      },
      {
        id: 'walking',
        name: 'Walking',
        description:
          'Walking will not un-pinch a nerve, but the positions you move through usually take stress off an irritated sciatic nerve. Walking can also increase blood flow to the nerve, which may help it heal and ease pain.',
        quotes: [{ text: 'As you walk, you gently stretch the nerve through its range of motion.', personId: 'cj-morrow' }],
      },
      {
        id: 'medication',
        name: 'Pain relief medicines',
        description:
          'The source article names ibuprofen (Advil, Motrin), naproxen (Aleve) and acetaminophen (Tylenol) as pain relievers that can help with sciatic nerve pain, and says to check that you can take them safely given your medical history.',
        quotes: [],
        evidenceNote:
          'UK guidance differs on one of these. NICE’s guideline on low back pain and sciatica (2016, updated 2020, so already in place when the article was written) advises against offering paracetamol (acetaminophen) on its own for low back pain,[^nice-ng59] and NHS 111 Wales says paracetamol is unlikely to help sciatica.[^nhs-111-wales-sciatica] Ask a pharmacist or doctor which medicine suits you.',
      },
    ],
  },
  tips: [
    {
      id: 'pre-treat-with-heat',
      kind: 'tip',
      title: 'Pre-treat with heat',
      body: 'Warmth before or during exercise, including the exercises above, can help relax muscles that may be tense.',
      quotes: [{ text: 'This can be especially helpful if you’re concerned about the pain while you move.', personId: 'cj-morrow' }],
    },
  ],
  careAdvice: [
    {
      level: 'non-urgent',
      heading: 'See a doctor if',
      signs: [
        {
          text: 'looking after yourself at home has not eased the pain after a few weeks[^nhs-111-wales-sciatica][^mayo-sciatica]',
          concept: 'self-care-not-helping',
        },
        { text: 'the pain has lasted longer than a week[^mayo-sciatica]', concept: 'pain-over-a-week' },
        { text: 'the pain is severe or getting worse[^nhs-111-wales-sciatica][^mayo-sciatica]', concept: 'pain-severe-or-worse' },
        { text: 'the pain stops you doing your usual activities[^nhs-111-wales-sciatica]', concept: 'pain-stops-activities' },
      ],
      action: 'Make an appointment with your doctor.',
      provenance: 'added',
      references: ['nhs-111-wales-sciatica', 'mayo-sciatica'],
    },
    {
      level: 'urgent',
      heading: 'Speak to a doctor as soon as possible if',
      signs: [
        { text: 'you feel generally unwell[^nhs-inform-sciatica]', concept: 'generally-unwell' },
        {
          text: 'your sciatica started while you were ill with another health problem[^nhs-inform-sciatica]',
          concept: 'started-during-other-illness',
        },
      ],
      action: 'Contact your doctor as soon as you can, or {urgent-help}.',
      provenance: 'added',
      references: ['nhs-inform-sciatica'],
    },
    {
      level: 'emergency',
      heading: 'Get emergency help now if you have',
      signs: [
        { text: 'sciatica in both legs[^nhs-111-wales-sciatica][^healthify-sciatica]', concept: 'sciatica-both-legs' },
        {
          text: 'weakness or numbness in both legs that is severe or getting worse[^nhs-111-wales-sciatica][^healthify-sciatica]',
          concept: 'weakness-both-legs',
        },
        {
          text: 'numbness around or under your genitals, or around your back passage[^nhs-111-wales-sciatica][^healthify-sciatica]',
          concept: 'saddle-numbness',
        },
        {
          text: 'trouble controlling your bladder or bowels[^mayo-sciatica][^healthify-sciatica]',
          concept: 'bladder-bowel-control',
        },
        {
          text: 'sudden, severe pain in your low back or a leg together with numbness or muscle weakness in a leg[^mayo-sciatica]',
          concept: 'sudden-severe-pain-with-leg-weakness',
        },
        { text: 'pain after a violent injury, such as a traffic accident[^mayo-sciatica]', concept: 'pain-after-injury' },
      ],
      action:
        'Call {emergency-number} or go to an emergency department now. Signs in both legs, numbness around the genitals or back passage, and bladder or bowel trouble can mean cauda equina syndrome, a rare condition that needs emergency treatment.[^healthify-sciatica]',
      provenance: 'added',
      references: ['nhs-111-wales-sciatica', 'mayo-sciatica', 'healthify-sciatica'],
    },
  ],
  disclaimers: [
    {
      kind: 'video',
      text: 'The source article’s exercise videos are for education only and are not medical advice or treatment for any particular condition. Hinge Health is not your healthcare provider and is not responsible for any injury from doing them. Ask your healthcare provider if you have questions about your condition or its treatment.',
      provenance: 'source-article',
    },
    {
      kind: 'exercise',
      text: 'Limber added these exercises from the public sources named on each one. They are general information, not a plan made for you, and neither Limber nor the article’s experts can see how you move. If you are unsure whether an exercise suits you, ask a doctor or physical therapist before you start.',
      provenance: 'added',
    },
    {
      kind: 'article',
      text: 'This article is for education and information only. It is not medical advice or a professional service for you or your condition.',
      provenance: 'source-article',
    },
    {
      kind: 'medicine',
      text: 'Before taking any pain reliever, make sure it is safe for you given your medical history; a pharmacist or doctor can help.',
      provenance: 'source-article',
    },
  ],
  callToAction: {
    heading: 'How Hinge Health can help',
    body: [
      'If joint or muscle pain makes it hard to move, Hinge Health offers an online exercise therapy program you can follow at home through its app, with therapeutic exercises and stretches for your condition and a personal care team that tailors the program to you.',
      'It is available through many employers and benefit plans: check whether yours covers it.',
    ],
    label: 'Check your coverage',
  },
  references,
} as const satisfies Topic;

export default pinchedNerveLowBackEn;
