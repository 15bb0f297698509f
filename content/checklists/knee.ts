import type { RedFlagChecklist } from './checklist.js';

const HIGHEST =
  'Another page in the set puts the same sign at the emergency department; a sign has one level, the most urgent its sources give.';

/**
 * Red flags of the knee: the warning signs of the named source set below, each in its source's
 * words, mapped to the one care sign that gives its instruction, or excluded with a reason. The
 * content check (`checklist` rule) holds each topic of the family to it. No clinician has reviewed
 * these mappings: each `levelNote` and `excluded` is for a clinician to accept or reject.
 */
export const knee = {
  family: 'knee',
  title: 'Red flags of the knee (knee osteoarthritis and knee pain)',
  topics: ['knee-osteoarthritis'],
  sourceSet:
    'The “when to seek help” lists of four NHS and UK pages read on their publishers’ sites: Cora Health’s knee pain page, East Lancashire Hospitals’ traumatic knee injury page, a physiotherapy practice’s DVT page, and First Community Health and Care’s knee exercise page. Not read on their publishers’ pages, as this workplace has only stored copies: nhs.uk’s own Knee pain, Septic arthritis and DVT pages (read only in copies on other sites, so not used).',
  sources: [
    {
      id: 'cora-knee-pain',
      publisher: 'Cora Health',
      title: 'Knee pain',
      url: 'https://www.corahealth.co.uk/?p=2927',
      read: 'Publisher’s page, 2026-12-07.',
      actions: {
        emergency: 'Attend your local emergency department (A&E).',
        'non-urgent': 'Contact the GP or self-refer to the MSK service.',
      },
    },
    {
      id: 'elht-knee-injury',
      publisher: 'East Lancashire Hospitals NHS Trust',
      title: 'Traumatic knee injury',
      url: 'https://elht.nhs.uk/services/integrated-msk-pain-and-rheumatology-service/traumatic-knee-injury',
      read: 'Publisher’s page, 2026-12-07.',
      actions: { urgent: 'Please go to Accident and Emergency (A+E) or speak to your GP if you have any of the following symptoms' },
    },
    {
      id: 'wpb-physio-dvt',
      publisher: 'WPB Physio',
      title: 'DVT',
      url: 'https://www.wpbphysio.co.uk/conditions/dvt/',
      read: 'Publisher’s page (a physiotherapy practice), 2026-12-07.',
      actions: { emergency: 'please immediately see your GP or attend Accident and Emergency at your nearest hospital' },
    },
    {
      id: 'first-community-knee-exercises',
      publisher: 'First Community Health and Care',
      title: 'New knee pain exercises',
      url: 'https://www.firstcommunityhealthcare.co.uk/new-knee-pain-exercises',
      read: 'Publisher’s page (an NHS community provider’s leaflet, August 2025), 2026-12-07.',
      actions: { 'non-urgent': 'please seek medical advice' },
    },
  ],
  entries: [
    {
      id: 'cora-gives-way',
      source: 'cora-knee-pain',
      words: 'If your knee gives way, causing you to fall over.',
      sourceLevel: 'non-urgent',
      sign: 'gives-way-fall',
      levelNote:
        'East Lancashire Hospitals puts the same sign (“Your knee gives way causing you to fall to the floor”) at A&E or the GP; a sign has one level, the more urgent its sources give.',
    },
    {
      id: 'cora-self-care',
      source: 'cora-knee-pain',
      words: 'If self-care measures are not helping.',
      sourceLevel: 'non-urgent',
      sign: 'not-getting-better',
    },
    {
      id: 'cora-locks',
      source: 'cora-knee-pain',
      words: 'If your knee locks and you are unable to ‘unlock’ it.',
      sourceLevel: 'emergency',
      sign: 'locked-knee',
    },
    {
      id: 'cora-red-temperature',
      source: 'cora-knee-pain',
      words: 'If pain becomes severe or persistent with redness of the skin and you develop a temperature.',
      sourceLevel: 'emergency',
      sign: 'hot-red-knee-fever',
    },
    {
      id: 'elht-gives-way',
      source: 'elht-knee-injury',
      words: 'Your knee gives way causing you to fall to the floor.',
      sourceLevel: 'urgent',
      sign: 'gives-way-fall',
    },
    {
      id: 'elht-blocked',
      source: 'elht-knee-injury',
      words: 'You cannot fully straighten your knee and it feels blocked.',
      sourceLevel: 'urgent',
      sign: 'locked-knee',
      levelNote: HIGHEST,
    },
    {
      id: 'elht-weight',
      source: 'elht-knee-injury',
      words: 'You are unable to put weight through your leg.',
      sourceLevel: 'urgent',
      sign: 'cannot-bear-weight-after-injury',
    },
    {
      id: 'elht-swelling',
      source: 'elht-knee-injury',
      words: 'You developed large amounts of swelling around your knee within 1-2 hours after your injury.',
      sourceLevel: 'urgent',
      sign: 'fast-swelling-after-injury',
    },
    {
      id: 'elht-numbness',
      source: 'elht-knee-injury',
      words: 'Numbness or pins and needles in your leg below your injured knee.',
      sourceLevel: 'urgent',
      sign: 'numb-below-knee-after-injury',
    },
    {
      id: 'wpb-calf',
      source: 'wpb-physio-dvt',
      words:
        'pain, swelling and tenderness in one of your legs (usually your calf) … warm skin in the area of the clot … red skin, particularly at the back of your leg below the knee',
      sourceLevel: 'emergency',
      sign: 'calf-pain-swelling',
    },
    {
      id: 'fchc-worse',
      source: 'first-community-knee-exercises',
      words: 'If your symptoms worsen or don’t start to improve, please seek medical advice.',
      sourceLevel: 'non-urgent',
      sign: 'not-getting-better',
    },
    {
      id: 'fchc-flare',
      source: 'first-community-knee-exercises',
      words: 'Stop or adjust the exercises if you experience a significant flare-up or any unusual symptoms.',
      sourceLevel: 'non-urgent',
      excluded:
        'An instruction for the exercises, not a reason to get help: each exercise card gives it as its stop rule, and a flare-up that does not settle is the sign “not getting better”.',
    },
  ],
  instructions: [
    {
      id: 'injury',
      what: 'knee pain that started after a fall, a twist or another injury',
      home: { care: true },
      mentions: {
        en: [/\b(?:injur(?:y|ies|ed)|falls?|fell|twist(?:ed)?|knock|accident)\b/i],
        es: [/\b(?:lesi[oó]n(?:es)?|ca[ií]das?|torcedura|torci[oó]|golpe|accidente)\b/i],
      },
    },
    {
      id: 'not-better',
      what: 'not getting better',
      home: { care: true },
      mentions: {
        en: [/\bnot getting better\b/i],
        es: [/\bno (?:est[aá] )?mejorando\b/i],
      },
    },
    {
      id: 'numb-skin-cold',
      what: 'heat or ice on skin that cannot feel hot or cold',
      home: { treatment: 'heat-ice' },
      mentions: {
        en: [/\bcannot feel\b/i, /\b(?:heat|ice|hot|cold)\b/i],
        es: [/\bno (?:pueda|puede) sentir\b/i, /\b(?:calor|hielo|caliente|fr[ií]o)\b/i],
      },
    },
  ],
} satisfies RedFlagChecklist;

export default knee;
