import type { Topic } from '../../src/model/index.js';
import { exercises } from './exercises.en.js';
import { references } from './references.js';
import { signOffs } from './sign-offs.js';
import { reviewRecord } from '../reviewers.js';
import { changes } from './changes.js';

/**
 * "Pinched nerve in the low back", English. Written in Limber's own words from the Hinge Health
 * article (2023-05-03). Only words the article puts in quotation marks appear as quotes, each
 * attributed to CJ Morrow as the article attributes them (the article lists her among its experts
 * and quotes her; it does not say she wrote it); the two reviewers reviewed the article only and
 * are quoted nowhere. Exercises, care advice, safety rules and evidence notes were added by
 * Limber from the public sources they cite; `SOURCES.md` holds the passage each one rests on.
 * No clinician has reviewed it: `review` (from `sign-offs.ts`) holds no sign-off.
 * `npm run check -- content` enforces these rules.
 */
export const pinchedNerveLowBackEn = {
  id: 'pinched-nerve-low-back',
  locale: 'en',
  condition: { name: 'pinched nerve in the low back', alternateName: 'sciatica' },
  title: 'Exercises for a pinched nerve in the low back',
  summary: 'What a pinched nerve in the low back is, why it happens, and how gentle exercise and care at home can help.',
  intro: [
    'A nerve is *pinched* when the tissue around it presses on it or irritates it. This can cause sharp pain, weakness, numbness or pins and needles anywhere along the nerve. It can happen in the neck, shoulder, upper back or low back. It often comes from swelling near the *nerve root*, the part of a nerve where it leaves the spine. In the low back, it can pinch the *sciatic nerve*, which runs down the back of the leg. The pain, tingling or numbness this causes is called *sciatica*.',
    'Symptoms range from a faint tingle to a strong burning feeling. Most pinched nerves are not serious and get better with time. But even mild symptoms can make it hard to move and to do daily tasks. Care at home can ease the pain and help you get better sooner.',
  ],
  introQuotes: [
    { text: 'When you do anything that stretches that nerve, you can get more pain.', personId: 'cj-morrow' },
    {
      text: 'Things like bending over to pick something up off the floor or putting on your shoes or socks can be tough to do when someone experiences sciatica.',
      personId: 'cj-morrow',
    },
  ],
  // The check on 2026-12-07 read the added facts on their publishers' pages again (SOURCES.md says
  // which could be read only elsewhere); no clinician has reviewed this topic (see content/sign-offs).
  // The next check is due six months on. `updated` is the newest change readers were told of.
  dates: {
    published: '2023-05-03',
    released: '2026-11-26',
    updated: changes[0].date,
    sourcesChecked: '2026-12-07',
    lastReviewed: '2026-12-07',
    reviewScope: 'sources-checked',
    nextReview: '2027-06-07',
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
      bio: 'A physical therapist at Hinge Health. She is a board-certified orthopedic specialist. She is most interested in how the mind and body affect each other.',
    },
    {
      id: 'jonathan-lee',
      name: 'Jonathan Lee',
      credentials: 'MD, MBA',
      jobTitle: 'Orthopedic Surgeon',
      roles: ['medical-reviewer'],
      bio: 'An orthopedic surgeon. That is a doctor who operates on bones and joints. He is board certified: he passed extra exams in his specialty. He is an Associate Medical Director at Hinge Health.',
    },
    {
      id: 'dylan-peterson',
      name: 'Dylan Peterson',
      credentials: 'PT, DPT',
      jobTitle: 'Physical Therapist',
      roles: ['clinical-reviewer'],
      bio: 'A physical therapist at Hinge Health. Builds exercise plans and lessons for its members.',
    },
  ],
  causes: {
    heading: 'What causes a pinched nerve in the low back',
    intro:
      'Several conditions can pinch a nerve in the low back. Most of them come from *lumbar spondylosis*. This means slow, natural changes in the low back over time. They happen in the discs, the soft pads between the bones of the spine. They also happen in the *facet joints*, the small joints that link those bones.',
    reassurance:
      'These changes sound worrying, but they do not have to cause pain. Many people whose scans show them have no symptoms at all.[^romeo-2019-spine] In some people, though, they lead to one of the conditions below.',
    causes: [
      {
        id: 'herniated-disc',
        name: 'Herniated disc',
        description:
          'The bones of the spine are called *vertebrae*. Between them sit discs that work like shock absorbers. Each disc has a soft center inside a tougher outer ring. When the center pushes against the ring, the disc can press on a nerve root. Then symptoms can spread from the low back through the hip and buttock, and down the leg to the foot and toes. This is a common cause of a pinched nerve in the low back.',
      },
      {
        id: 'spinal-stenosis',
        name: 'Spinal stenosis',
        description:
          'With age, changes in the spine can narrow the spinal canal, the space inside the spine. That leaves less room for the spinal cord and the nerve roots.',
      },
    ],
  },
  exercises: {
    heading: 'Exercises for a pinched nerve in the low back',
    intro:
      'The source article shows its exercises in videos by Hinge Health physical therapists. Those videos are not shown here. The article says gentle exercises help an irritated nerve in two ways. They make your core stronger, and a strong core supports your back, which can help with sciatica. They also help your hips and low back move more freely.',
    quotes: [
      {
        text: 'Basically, they help calm down the nerve and work to build support and strength through the area.',
        personId: 'cj-morrow',
      },
    ],
    addedIntro:
      'The exercises below are not the article’s. Limber chose them from NHS pages, a physical therapy group’s page, a hospital leaflet and a study. Each card names its sources. The article’s experts have not seen or checked them.',
    safety: [
      'If your pain started after a fall, a crash or other injury, first read *When to get help*.[^nhsggc-low-back]',
      'If you are pregnant, ask first. Talk to your doctor, midwife or physical therapist.[^northern-trust-low-back-pain]',
      'Stop an exercise if it makes your symptoms worse or causes new pain.[^nhs-inform-back-exercises]',
      'If you are not getting better, see a doctor. *When to get help* says when.[^mayo-sciatica]',
    ],
    items: exercises,
  },
  treatments: {
    heading: 'Other treatments for a pinched nerve in the low back',
    intro:
      'The source article says a pinched nerve in the low back often gets better by itself. These things can help you get better sooner.',
    items: [
      {
        id: 'posture-pillows',
        name: 'Support your posture with pillows',
        description:
          'When you sit, put a small pillow behind your back or under your hips. It tips your pelvis a little forward and helps your spine line up better.',
        quotes: [{ text: 'Sitting in a slumped position can pull on the nerves and cause more sensitivity.', personId: 'cj-morrow' }],
      },
      {
        id: 'short-rest',
        name: 'A little rest, not bed rest',
        description:
          'Short breaks are fine. On days when the pain feels like too much, find an *escape position*. This is a way of lying or sitting that lets your body relax and feel better. Use it to rest while you build your strength back up. If the pain is severe, read *When to get help*.',
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
        description: 'Cold or warmth will not free the nerve. But feeling better can make it easier to move.',
        quotes: [
          { text: 'Both are great.', personId: 'cj-morrow' },
          {
            text: 'They’re not going to help the pinched nerve directly, but they may make you feel better so that you can move more.',
            personId: 'cj-morrow',
          },
        ],
        evidenceNote:
          'Do not use a hot-water bottle on skin that feels numb. You could burn yourself without noticing.[^nhs-111-wales-sciatica]',
      },
      {
        id: 'walking',
        name: 'Walking',
        description:
          'Walking will not free a pinched nerve. But the way your body moves when you walk usually takes stress off an irritated sciatic nerve. Walking can also bring more blood to the nerve. This may help it heal and ease the pain.',
        quotes: [{ text: 'As you walk, you gently stretch the nerve through its range of motion.', personId: 'cj-morrow' }],
      },
      {
        id: 'medication',
        name: 'Pain relief medicines',
        description:
          'The source article names three pain relievers. They are ibuprofen (Advil, Motrin), naproxen (Aleve) and acetaminophen (Tylenol). It says they can help with sciatic nerve pain. It also says to check that they are safe for you, given your health history.',
        quotes: [],
        evidenceNote:
          'Ibuprofen and naproxen may not be safe for you if you take a blood thinner, are pregnant, or have stomach, kidney, liver or heart problems. Ask a pharmacist or doctor first.[^arthritis-society-nsaids][^fda-nsaids-pregnancy] Acetaminophen (Tylenol) can harm your liver if you take more than the label says. It can also harm it if you take two medicines that both contain it, or drink 3 or more alcoholic drinks a day. Many cold and flu medicines contain it. Ask a doctor first if you have liver disease or take warfarin, a blood thinner.[^fda-acetaminophen-liver] UK advice differs. A NICE guideline tells doctors they may offer medicines like ibuprofen for low back pain, but not acetaminophen on its own. (In the UK it is called paracetamol.)[^nice-ng59] NHS 111 Wales says paracetamol is unlikely to help sciatica. It also says it is not clear how much medicines like ibuprofen help.[^nhs-111-wales-sciatica]',
      },
    ],
  },
  tips: [
    {
      id: 'pre-treat-with-heat',
      kind: 'tip',
      title: 'Pre-treat with heat',
      body: 'Warmth before or during exercise can help tight muscles relax. That includes the exercises for a pinched nerve. If your skin feels numb, do not put heat on it: read *Ice and heat* first.',
      quotes: [{ text: 'This can be especially helpful if you’re concerned about the pain while you move.', personId: 'cj-morrow' }],
    },
  ],
  careAdvice: [
    {
      level: 'non-urgent',
      heading: 'See a doctor if',
      signs: [
        {
          text: 'the pain has lasted more than a week, or care at home has not eased it[^mayo-sciatica][^csp-back-pain-exercises]',
          concept: 'not-getting-better',
        },
        {
          text: 'the pain is severe or getting worse, but you have none of the urgent or emergency signs[^mayo-sciatica][^nhs-111-wales-sciatica][^csp-back-pain-exercises]',
          concept: 'pain-severe-or-worse',
        },
        { text: 'the pain stops you from doing your usual activities[^nhs-111-wales-sciatica]', concept: 'pain-stops-activities' },
        {
          text: 'your pain started after a fall, a knock or another small injury[^nhsggc-low-back][^sheffield-uhs-low-back-pain]',
          concept: 'pain-after-other-injury',
        },
      ],
      action: 'Make an appointment with your doctor. If you also have any emergency sign, do not wait: get emergency help now.',
      provenance: 'added',
      references: ['mayo-sciatica', 'nhs-111-wales-sciatica', 'csp-back-pain-exercises', 'nhsggc-low-back', 'sheffield-uhs-low-back-pain'],
    },
    {
      level: 'urgent',
      heading: 'Speak to a doctor as soon as possible if',
      signs: [
        {
          text: 'a leg or foot is getting weaker. For example, your foot drags or slaps the ground, you trip, or your knee gives way.[^northern-trust-low-back-pain][^nhsggc-low-back]',
          concept: 'walking-changed',
        },
        { text: 'you are very unsteady on your feet[^northern-trust-low-back-pain]', concept: 'very-unsteady' },
        { text: 'you have a fever (a high temperature)[^northern-trust-low-back-pain][^sheffield-uhs-low-back-pain]', concept: 'fever' },
        {
          text: 'the pain is worse when you lie down, or it wakes you at night[^northern-trust-low-back-pain][^sheffield-uhs-low-back-pain]',
          concept: 'night-pain',
        },
        { text: 'the pain feels like a tight band around your body[^northern-trust-low-back-pain]', concept: 'band-pain' },
        { text: 'you have lost weight without trying[^sheffield-uhs-low-back-pain]', concept: 'weight-loss' },
        { text: 'you have had cancer[^millcroft-back-pain]', concept: 'history-of-cancer' },
        { text: 'you feel unwell in general[^nhs-inform-sciatica]', concept: 'generally-unwell' },
        {
          text: 'your sciatica started while you were ill with another health problem[^nhs-inform-sciatica]',
          concept: 'started-during-other-illness',
        },
      ],
      action: 'Contact your doctor as soon as you can, or {urgent-help}.',
      provenance: 'added',
      references: [
        'northern-trust-low-back-pain',
        'nhsggc-low-back',
        'sheffield-uhs-low-back-pain',
        'millcroft-back-pain',
        'nhs-inform-sciatica',
      ],
    },
    {
      level: 'emergency',
      heading: 'Get emergency help now if',
      signs: [
        {
          text: 'you have pain, numbness or tingling going down both legs from your back (sciatica in both legs)[^nhs-111-wales-sciatica][^northern-trust-low-back-pain][^healthify-sciatica]',
          concept: 'sciatica-both-legs',
        },
        {
          text: 'you have weakness or numbness in both legs that is bad or getting worse[^nhs-111-wales-sciatica][^northern-trust-low-back-pain][^healthify-sciatica]',
          concept: 'weakness-both-legs',
        },
        {
          text: 'you have numbness, tingling or pins and needles around your genitals, anus, buttocks or inner thighs. For example, toilet paper feels odd when you wipe.[^nhs-inform-sciatica][^royal-free-cauda-equina][^northern-trust-low-back-pain][^healthify-sciatica]',
          concept: 'saddle-sensation',
        },
        {
          text: 'it is hard to start peeing, you cannot pee, you cannot control it, or you leak, and this is new for you[^northern-trust-low-back-pain][^royal-free-cauda-equina][^nhs-inform-sciatica]',
          concept: 'bladder-control',
        },
        {
          text: 'you cannot feel pee coming out, or you cannot tell if your bladder is full or empty, and this is new for you[^royal-free-cauda-equina]',
          concept: 'bladder-feeling',
        },
        {
          text: 'you do not feel the need to poop, you cannot feel it come out, or you cannot control it, and this is new for you[^northern-trust-low-back-pain][^royal-free-cauda-equina]',
          concept: 'bowel-control',
        },
        {
          text: 'you have new problems with sex. For example, you feel less in your genitals, or you cannot get an erection.[^royal-free-cauda-equina][^nhs-inform-sciatica]',
          concept: 'sexual-function',
        },
        {
          text: 'you have sudden, severe pain in your low back or a leg, and new numbness or weakness in a leg that came on with it[^mayo-sciatica]',
          concept: 'sudden-severe-pain-with-new-weakness',
        },
        {
          text: 'your pain started after a serious injury, such as a car crash or a fall from a height[^mayo-sciatica][^northern-trust-low-back-pain]',
          concept: 'pain-after-serious-injury',
        },
        {
          text: 'your pain started after a small fall or knock. This counts if you are older, have weak bones (osteoporosis) or have taken steroid medicine for a long time.[^northern-trust-low-back-pain][^nhsggc-low-back]',
          concept: 'pain-after-minor-injury-weak-bones',
        },
      ],
      action:
        'Call {emergency-number} or go to {emergency-place} now. Do not wait to see if it gets better. Signs in both legs, around the genitals or anus, or with peeing, pooping or sex can mean *cauda equina syndrome*. This is when the nerves at the bottom of the spine are squeezed. It is rare, but it needs treatment right away, often surgery.[^healthify-sciatica][^royal-free-cauda-equina]',
      provenance: 'added',
      references: [
        'nhs-111-wales-sciatica',
        'northern-trust-low-back-pain',
        'royal-free-cauda-equina',
        'nhs-inform-sciatica',
        'mayo-sciatica',
        'healthify-sciatica',
        'nhsggc-low-back',
      ],
    },
  ],
  disclaimers: [
    {
      kind: 'video',
      text: 'The source article’s exercise videos are for education only. They are not medical advice or treatment for any condition. Hinge Health is not your healthcare provider. It is not to blame for any injury from doing them. If you have questions about your condition or its treatment, ask your doctor.',
      provenance: 'source-article',
    },
    {
      kind: 'exercise',
      text: 'Limber added these exercises from the public sources named on each one. They are general information, not a plan made for you. Neither Limber nor the article’s experts can see how you move. If you are not sure an exercise suits you, ask a doctor or physical therapist before you start.',
      provenance: 'added',
    },
    {
      kind: 'article',
      text: 'This article is only to teach and inform. It is not medical advice. It is not care from a professional for you or your condition.',
      provenance: 'source-article',
    },
    {
      kind: 'medicine',
      text: 'Before you take any pain reliever, make sure it is safe for you, given your health history.',
      provenance: 'source-article',
    },
  ],
  callToAction: {
    heading: 'How Hinge Health can help',
    body: [
      'Does joint or muscle pain make it hard to move? Hinge Health has an online exercise program you can follow at home with its app. It has exercises and stretches for your condition. A care team makes the program fit you.',
      'Many employers and health plans offer it. Check whether yours covers it.',
    ],
    label: 'Check your coverage',
  },
  references,
  review: reviewRecord(signOffs['en'] ?? []),
} as const satisfies Topic;

export default pinchedNerveLowBackEn;
