import type { Topic } from '../../src/content/model.js';
import { exercises } from './exercises.en.js';
import { references } from './references.js';

/**
 * "Pinched nerve in the low back", English. Written in Limber's own words from the Hinge Health
 * article (2023-05-03). Only words the article puts in quotation marks appear as quotes, each
 * attributed to CJ Morrow as the article attributes them; the two reviewers reviewed the article
 * and are quoted nowhere. Exercises, care advice and evidence notes were added by Limber from the
 * public sources they cite.
 */
export const pinchedNerveLowBackEn = {
  id: 'pinched-nerve-low-back',
  locale: 'en',
  title: 'Exercises for a pinched nerve in the low back',
  summary:
    'What a pinched nerve in the low back is, what causes it, and how gentle exercises and everyday care can ease it.',
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
  dates: { published: '2023-05-03' },
  source: {
    publisher: 'Hinge Health',
    title: 'Best Exercises to Get Relief from a Pinched Nerve in Your Low Back, According to Physical Therapists',
  },
  people: [
    {
      id: 'cj-morrow',
      name: 'CJ Morrow',
      credentials: 'PT, DPT',
      jobTitle: 'Physical Therapist',
      roles: ['author'],
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
        description:
          'Changes in the spine with age can narrow the spinal canal, leaving less room for the spinal cord and nerve roots.',
      },
    ],
  },
  exercises: {
    heading: 'Exercises for a pinched nerve in the low back',
    intro:
      'Gentle exercise helps an irritated nerve in several ways: a stronger core supports the back, which can help with sciatica, and the hips and low back become more flexible.',
    quotes: [
      {
        text: 'Basically, they help calm down the nerve and work to build support and strength through the area.',
        personId: 'cj-morrow',
      },
    ],
    safety: [
      'Start gently, and only if your pain allows. If you are unsure whether an exercise suits you, ask a doctor or physical therapist first.[^nhs-sciatica-exercises]',
      'Stop an exercise if it makes your symptoms worse or brings new pain.[^nhs-inform-back-exercises]',
      'If you are no better after 2 weeks of exercises, talk to your doctor or a musculoskeletal service.[^nhs-inform-back-exercises]',
    ],
    items: exercises,
  },
  treatments: {
    heading: 'Other treatments for a pinched nerve in the low back',
    intro:
      'A pinched nerve in the low back often settles by itself within a few weeks. These can help you recover sooner.',
    items: [
      {
        id: 'posture-pillows',
        name: 'Support your posture with pillows',
        description:
          'A small pillow behind your back or under your hips tips the pelvis slightly forward and helps the spine line up better when you sit.',
        quotes: [
          { text: 'Sitting in a slumped position can pull on the nerves and cause more sensitivity.', personId: 'cj-morrow' },
        ],
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
          'Do not put a hot-water bottle on skin that feels numb: you may not notice it scalding you.[^nhs-sciatica]',
      },
      {
        id: 'walking',
        name: 'Walking',
        description:
          'Walking will not un-pinch a nerve, but the positions you move through usually take stress off an irritated sciatic nerve. It also brings more blood flow to the nerve, which may help it heal and ease pain.',
        quotes: [{ text: 'As you walk, you gently stretch the nerve through its range of motion.', personId: 'cj-morrow' }],
      },
      {
        id: 'medication',
        name: 'Pain relief medicines',
        description:
          'The source article names ibuprofen (Advil, Motrin), naproxen (Aleve) and acetaminophen (Tylenol) as pain relievers that can help with sciatic nerve pain, and says to check that you can take them safely given your medical history.',
        quotes: [],
        evidenceNote:
          'Later guidance differs on one of these: NICE advises against offering paracetamol (acetaminophen) on its own for low back pain,[^nice-ng59] and the NHS says paracetamol alone is unlikely to help sciatica.[^nhs-sciatica] Ask a pharmacist or doctor which medicine suits you.',
      },
    ],
  },
  tips: [
    {
      id: 'pre-treat-with-heat',
      kind: 'tip',
      title: 'Pre-treat with heat',
      body: 'Warmth before or during exercise, including the exercises above, can relax tense muscles.',
      quotes: [
        { text: 'This can be especially helpful if you’re concerned about the pain while you move.', personId: 'cj-morrow' },
      ],
    },
  ],
  careAdvice: [
    {
      level: 'non-urgent',
      heading: 'See a doctor if',
      signs: [
        'the pain has not improved after a few weeks of looking after yourself at home',
        'the pain is getting worse',
        'the pain stops you doing your usual daily activities',
      ],
      action: 'Make an appointment with your doctor.',
      provenance: 'added',
      references: ['nhs-sciatica', 'mayo-sciatica'],
    },
    {
      level: 'urgent',
      heading: 'Contact a doctor the same day if, since the sciatica started, you have',
      signs: [
        'difficulty passing urine or controlling it',
        'numbness, altered feeling or pins and needles around your genitals or back passage',
      ],
      action: 'Contact your doctor today, or {urgent-help}. If these came on suddenly, treat it as an emergency.',
      provenance: 'added',
      references: ['nhs-inform-sciatica'],
    },
    {
      level: 'emergency',
      heading: 'Get emergency help now if you have',
      signs: [
        'sciatica in both legs',
        'sudden weakness or numbness in both legs, or weakness that is severe or getting worse',
        'numbness or tingling around your genitals, buttocks or inner thighs',
        'sudden difficulty controlling your bladder or bowels',
        'severe pain after a violent injury, such as a traffic accident',
      ],
      action:
        'Call {emergency-number} or go to an emergency department now. These can be signs of cauda equina syndrome, a rare condition that needs treatment in hospital straight away.',
      provenance: 'added',
      references: ['nhs-sciatica', 'mayo-sciatica', 'healthify-sciatica'],
    },
  ],
  disclaimers: [
    {
      kind: 'video',
      text: 'The exercises are for education only and are not medical advice or treatment for any particular condition. Hinge Health is not your healthcare provider and is not responsible for any injury from doing them. Ask your healthcare provider if you have questions about your condition or its treatment.',
      provenance: 'source-article',
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
