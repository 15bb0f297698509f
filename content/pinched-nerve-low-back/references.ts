import type { Reference, TopicRecords } from '../../src/model/index.js';
import { arthritisSocietyNsaids, fdaNsaidsPregnancy, medicineRecords } from '../medicine-references.js';

/**
 * References for the pinched-nerve topic. The first five are the source article's own list, kept
 * as the article prints them (it gives no URLs for 3 to 5, so none are stored). The rest were
 * added by Limber for content the article does not spell out; `SOURCES.md` beside this file says,
 * for each added item, which passage of which page it rests on and when that was checked. Where it
 * matters, each says what readers are told about how it was read (`readerNote`). What its publisher
 * allows, how Limber uses it and the detail of how it was read are in `records`, for reviewers.
 */
export const references = [
  {
    id: 'davis-2019-sciatica',
    type: 'chapter',
    author: [
      { family: 'Davis', given: 'D.' },
      { family: 'Vasudevan', given: 'Arvind' },
    ],
    issued: { 'date-parts': [[2019, 11, 15]] },
    title: 'Sciatica',
    'container-title': 'StatPearls',
    publisher: 'StatPearls Publishing',
    readerNote: 'not-read',
    provenance: 'source-article',
  },
  {
    id: 'romeo-2019-spine',
    type: 'article-journal',
    author: [
      { family: 'Romeo', given: 'V.' },
      { family: 'Covello', given: 'M.' },
      { family: 'Salvatore', given: 'E.' },
      { family: 'Parente', given: 'C. A.' },
      { family: 'Abbenante', given: 'D.' },
      { family: 'Biselli', given: 'R.' },
      { family: 'Ciriello', given: 'M.' },
      { family: 'Musolino', given: 'P.' },
      { family: 'Salvatore', given: 'M.' },
      { family: 'Cangiano', given: 'A.' },
    ],
    issued: { 'date-parts': [[2019]] },
    title:
      'High prevalence of spinal magnetic resonance imaging findings in asymptomatic young adults (18–22 yrs) candidate to Air Force flight',
    'container-title': 'Spine',
    volume: '44',
    issue: '12',
    page: '872–878',
    DOI: '10.1097/BRS.0000000000002961',
    provenance: 'source-article',
  },
  {
    id: 'physiopedia-sciatic-nerve-injury',
    type: 'webpage',
    title: 'Sciatic nerve injury',
    'container-title': 'Physiopedia',
    readerNote: 'not-read',
    provenance: 'source-article',
  },
  {
    id: 'johns-hopkins-sciatica',
    type: 'webpage',
    title: 'Sciatica',
    'container-title': 'Johns Hopkins Medicine',
    readerNote: 'not-read',
    provenance: 'source-article',
  },
  {
    id: 'hochschuler-2023-spine-health',
    type: 'webpage',
    author: [{ family: 'Hochschuler', given: 'S.' }],
    issued: { 'date-parts': [[2023, 2, 10]] },
    title: 'What you need to know about sciatica',
    'container-title': 'Spine-health',
    readerNote: 'not-read',
    provenance: 'source-article',
  },
  {
    id: 'nhs-111-wales-sciatica',
    type: 'webpage',
    author: [{ literal: 'NHS 111 Wales' }],
    title: 'Sciatica',
    URL: 'https://111.wales.nhs.uk/encyclopaedia/s/article/sciatica/',
    accessed: { 'date-parts': [[2026, 12, 1]] },
    provenance: 'added',
  },
  {
    id: 'nhs-piriformis-video',
    type: 'webpage',
    author: [{ literal: 'NHS' }],
    title: 'Exercises for sciatica: Piriformis syndrome',
    'container-title': 'NHS',
    URL: 'https://www.nhs.uk/video/Pages/sciatica-piriformis-syndrome.aspx',
    accessed: { 'date-parts': [[2026, 12, 1]] },
    readerNote: 'older-address',
    provenance: 'added',
  },
  {
    id: 'nhs-inform-back-exercises',
    type: 'webpage',
    author: [{ literal: 'NHS inform' }],
    title: 'Exercises for back pain',
    URL: 'https://www.nhsinform.scot/illnesses-and-conditions/muscle-bone-and-joints/exercises/exercises-for-back-pain/',
    accessed: { 'date-parts': [[2026, 12, 1]] },
    readerNote: 'earlier-copy',
    provenance: 'added',
  },
  {
    id: 'nhs-inform-sciatica',
    type: 'webpage',
    author: [{ literal: 'NHS inform' }],
    title: 'Sciatica',
    URL: 'https://www.nhsinform.scot/illnesses-and-conditions/muscle-bone-and-joints/conditions/sciatica/',
    accessed: { 'date-parts': [[2026, 12, 1]] },
    readerNote: 'older-address',
    provenance: 'added',
  },
  {
    id: 'cuh-back-mobility',
    type: 'webpage',
    author: [{ literal: 'Cambridge University Hospitals NHS Foundation Trust' }],
    title: 'Back mobility exercises',
    'container-title': 'Cambridge University Hospitals',
    URL: 'https://www.cuh.nhs.uk/patient-information/back-mobility-exercises/',
    accessed: { 'date-parts': [[2026, 12, 1]] },
    provenance: 'added',
  },
  {
    id: 'ellis-2012-jospt',
    type: 'article-journal',
    author: [
      { family: 'Ellis', given: 'R. F.' },
      { family: 'Hing', given: 'W. A.' },
      { family: 'McNair', given: 'P. J.' },
    ],
    issued: { 'date-parts': [[2012]] },
    title:
      'Comparison of longitudinal sciatic nerve movement with different mobilization exercises: An in vivo study utilizing ultrasound imaging',
    'container-title': 'Journal of Orthopaedic & Sports Physical Therapy',
    volume: '42',
    page: '667–675',
    readerNote: 'details-unverified',
    provenance: 'added',
  },
  {
    id: 'ellis-2016-jmmt',
    type: 'article-journal',
    author: [
      { family: 'Ellis', given: 'R.' },
      { family: 'Osborne', given: 'S.' },
      { family: 'Whitfield', given: 'J.' },
      { family: 'Parmar', given: 'P.' },
      { family: 'Hing', given: 'W.' },
    ],
    issued: { 'date-parts': [[2016]] },
    title:
      'The effect of spinal position on sciatic nerve excursion during seated neural mobilisation exercises: An in vivo study using ultrasound imaging',
    'container-title': 'Journal of Manual & Manipulative Therapy',
    page: '98–105',
    DOI: '10.1179/2042618615Y.0000000020',
    provenance: 'added',
  },
  {
    id: 'sheffield-uhs-low-back-pain',
    type: 'webpage',
    author: [{ literal: 'University Health Service, University of Sheffield' }],
    title: 'Low back pain',
    URL: 'https://www.sheffield.ac.uk/health-service/conditions/low-back-pain',
    accessed: { 'date-parts': [[2026, 12, 7]] },
    provenance: 'added',
  },
  {
    id: 'millcroft-back-pain',
    type: 'webpage',
    author: [{ literal: 'Millcroft Medical Centre' }],
    title: 'Back pain',
    URL: 'https://www.millcroftmedicalcentre.nhs.uk/now-ask-us/back-pain/',
    accessed: { 'date-parts': [[2026, 12, 7]] },
    provenance: 'added',
  },
  {
    id: 'nice-ng59',
    type: 'report',
    author: [{ literal: 'National Institute for Health and Care Excellence' }],
    issued: { 'date-parts': [[2020, 12, 11]] },
    title: 'Low back pain and sciatica in over 16s: Assessment and management (NICE guideline NG59)',
    URL: 'https://www.nice.org.uk/guidance/ng59',
    accessed: { 'date-parts': [[2026, 12, 1]] },
    provenance: 'added',
  },
  {
    id: 'mayo-sciatica',
    type: 'webpage',
    author: [{ literal: 'Mayo Clinic Staff' }],
    title: 'Sciatica: Symptoms and causes',
    'container-title': 'Mayo Clinic',
    URL: 'https://www.mayoclinic.org/diseases-conditions/sciatica/symptoms-causes/syc-20377435',
    accessed: { 'date-parts': [[2026, 12, 1]] },
    readerNote: 'licensed-copy',
    provenance: 'added',
  },
  {
    id: 'healthify-sciatica',
    type: 'webpage',
    author: [{ literal: 'Healthify He Puna Waiora' }],
    title: 'Sciatica',
    'container-title': 'Healthify (New Zealand)',
    URL: 'https://healthify.nz/health-a-z/s/sciatica',
    accessed: { 'date-parts': [[2026, 12, 1]] },
    provenance: 'added',
  },
  {
    id: 'northern-trust-low-back-pain',
    type: 'webpage',
    author: [{ literal: 'Northern Health and Social Care Trust' }],
    title: 'Low back pain (LBP)',
    URL: 'https://www.northerntrust.hscni.net/services/physiotherapy-services/physiotherapy-service-outpatient-service/low-back-pain/',
    accessed: { 'date-parts': [[2026, 12, 1]] },
    provenance: 'added',
  },
  {
    id: 'royal-free-cauda-equina',
    type: 'webpage',
    author: [{ literal: 'Royal Free London NHS Foundation Trust' }],
    title: 'Cauda equina syndrome',
    'container-title': 'Royal Free London',
    URL: 'https://royalfree.nhs.uk/patients-and-visitors/patient-information-leaflets/cauda-equina-syndrome',
    accessed: { 'date-parts': [[2026, 12, 1]] },
    provenance: 'added',
  },
  {
    id: 'nhsggc-low-back',
    type: 'webpage',
    author: [{ literal: 'NHS Greater Glasgow and Clyde' }],
    title: 'Self-help and information – Lower back',
    URL: 'https://www.nhsggc.scot/hospitals-services/services-a-to-z/musculoskeletal-msk-physiotherapy/self-help-and-information-lower-back/',
    accessed: { 'date-parts': [[2026, 12, 7]] },
    provenance: 'added',
  },
  {
    id: 'csp-back-pain-exercises',
    type: 'webpage',
    author: [{ literal: 'Chartered Society of Physiotherapy' }],
    title: 'Exercise advice for back pain',
    URL: 'https://www.csp.org.uk/public-patient/rehabilitation-exercises/back-pain',
    accessed: { 'date-parts': [[2026, 12, 1]] },
    provenance: 'added',
  },
  {
    id: 'fda-acetaminophen-liver',
    type: 'webpage',
    author: [{ literal: 'U.S. Food and Drug Administration' }],
    title: 'Careful: Acetaminophen in pain relief medicines can cause liver damage',
    URL: 'https://www.fda.gov/drugs/safe-use-over-counter-pain-relievers-and-fever-reducers/careful-acetaminophen-pain-relief-medicines-can-cause-liver-damage',
    accessed: { 'date-parts': [[2026, 12, 7]] },
    provenance: 'added',
  },
  arthritisSocietyNsaids,
  fdaNsaidsPregnancy,
] as const satisfies readonly Reference[];

/** A copyright page whose terms were not read: facts restated, no text copied. */
const UNREAD = {
  licence: 'copyright',
  detail:
    'All rights reserved; the publisher’s terms were not read here. Limber restates facts in its own words and copies none of the text.',
  use: ['facts-restated'],
} as const;

/** A source article's reference Limber could not find: listed as the article prints it, nothing rests on it. */
const NOT_FOUND = {
  licence: 'copyright',
  detail:
    'The source article’s own reference. Its publisher’s terms were not read: Limber could not find the work, and nothing Limber wrote rests on it.',
  use: ['listed'],
} as const;

/**
 * For reviewers, beside the references and never shipped (nothing the browser bundle imports reads
 * it, so the build leaves it out): what each publisher allows and how Limber uses it (`terms`),
 * the source article's terms, and the detail of how a reference was read (`note`). The content
 * check fails when a reference of the topic, in any language, has no terms here; the review sheet
 * prints them.
 */
export const records = {
  source: {
    terms: {
      licence: 'copyright',
      detail:
        'Copyright Hinge Health; its terms were not read here. Limber restates the article’s facts in its own words and quotes only words the article puts in quotation marks, attributed as the article attributes them (translated in Spanish, with the English beside them).',
      use: ['facts-restated', 'quoted', 'translated'],
    },
  },
  references: {
    ...medicineRecords,
    'davis-2019-sciatica': {
      note: 'The article prints only these two authors and no URL. On 2026-12-01 Limber could not read the chapter on its publisher’s site, so the full author list and a link are unverified and not stored.',
      terms: NOT_FOUND,
    },
    'romeo-2019-spine': {
      terms: {
        licence: 'copyright',
        detail:
          'A journal article (Wolters Kluwer); all rights reserved. The source article lists it; Limber cites it for one plain fact, in its own words.',
        use: ['listed', 'facts-restated'],
      },
    },
    'physiopedia-sciatic-nerve-injury': {
      note: 'The article gives no URL. On 2026-12-01 Limber looked for this page but could not read it on its publisher’s site, so no link is stored.',
      terms: NOT_FOUND,
    },
    'johns-hopkins-sciatica': {
      note: 'The article gives no URL. On 2026-12-01 Limber looked for this page but could not read it on its publisher’s site, so no link is stored.',
      terms: NOT_FOUND,
    },
    'hochschuler-2023-spine-health': {
      note: 'The article gives no URL. On 2026-12-01 Limber looked for this page but could not read it on its publisher’s site, so no link is stored.',
      terms: NOT_FOUND,
    },
    'nhs-111-wales-sciatica': {
      terms: UNREAD,
    },
    'nhs-piriformis-video': {
      note: 'A video with a transcript; this is its old address on nhs.uk.',
      terms: UNREAD,
    },
    'nhs-inform-back-exercises': {
      note: 'Read in a July 2020 copy on NHS inform’s own server (nhsinform-22072020-0700.azurewebsites.net), not at this address.',
      terms: {
        licence: 'copyright',
        detail:
          'Copyright NHS 24. Its terms (read 2026-12-07 on NHS inform’s own server, nhsinform-n1.azurewebsites.net/terms-and-conditions) allow use for personal and non-commercial research, scientific and information purposes only. Limber copies none of the text: it restates facts in its own words. The doses are facts of NHS inform’s own exercises; no public-domain or open-licence page giving them was found.',
        use: ['facts-restated'],
      },
    },
    'nhs-inform-sciatica': {
      note: 'Read at its former address on nhsinform.co.uk; this, its current address, was not in the copies available.',
      terms: {
        licence: 'copyright',
        detail:
          'Copyright NHS 24. Its terms (read 2026-12-07 on NHS inform’s own server, nhsinform-n1.azurewebsites.net/terms-and-conditions) allow use for personal and non-commercial research, scientific and information purposes only. Limber copies none of the text: it restates facts in its own words. Each of its signs Limber uses is also given by another cited page.',
        use: ['facts-restated'],
      },
    },
    'cuh-back-mobility': {
      note: 'A physiotherapy leaflet whose hold times and repeats are left blank for the clinician to fill in.',
      terms: UNREAD,
    },
    'ellis-2012-jospt': {
      note: 'Issue number and DOI unverified: jospt.org, the publisher’s page, was not in the copies available, so neither is stored.',
      terms: {
        licence: 'copyright',
        detail: 'A journal article (JOSPT); all rights reserved. Limber restates its findings in its own words.',
        use: ['facts-restated'],
      },
    },
    'ellis-2016-jmmt': {
      note: 'Read on the publisher’s page (informahealthcare.com, Taylor & Francis), which gives the pages, the DOI and “Published online: 22 Apr 2016” but not the volume, so none is stored.',
      terms: {
        licence: 'copyright',
        detail: 'A journal article (Taylor & Francis); all rights reserved. Limber restates one finding in its own words.',
        use: ['facts-restated'],
      },
    },
    'sheffield-uhs-low-back-pain': {
      note: 'The NHS GP practice of the University of Sheffield.',
      terms: UNREAD,
    },
    'millcroft-back-pain': {
      note: 'An NHS GP practice’s page.',
      terms: UNREAD,
    },
    'nice-ng59': {
      terms: {
        licence: 'copyright',
        detail: 'Copyright NICE; its reuse terms were not read here. Limber restates two recommendations in its own words.',
        use: ['facts-restated'],
      },
    },
    'mayo-sciatica': {
      note: 'Read on mayoclinic.org on 2026-11-25; on 2026-12-01 its “when to see a doctor” text was read again, word for word, in a copy Mayo Clinic licenses to drugs.com, as mayoclinic.org was not in the stored pages.',
      terms: UNREAD,
    },
    'healthify-sciatica': {
      terms: UNREAD,
    },
    'northern-trust-low-back-pain': {
      terms: UNREAD,
    },
    'royal-free-cauda-equina': {
      terms: UNREAD,
    },
    'nhsggc-low-back': {
      note: 'The same text was read on 2026-12-07 at its old address, nhsggc.org.uk/your-health/health-services/msk-physiotherapy/lower-back/, which says it is moving to this site; the 2026-12-07 content audit read it here.',
      terms: UNREAD,
    },
    'csp-back-pain-exercises': {
      note: 'The page says its content is authorised by Versus Arthritis.',
      terms: UNREAD,
    },
    'fda-acetaminophen-liver': {
      terms: {
        licence: 'public-domain',
        detail: 'A work of the U.S. federal government, in the public domain in the United States (17 U.S.C. § 105).',
        use: ['facts-restated'],
      },
    },
    'hinge-health-es': {
      note: 'The publisher’s Spanish edition of the source article. It reads as machine-translated (“Dolor” capitalised): its words are quoted as printed, with [sic].',
      terms: {
        licence: 'copyright',
        detail:
          'Copyright Hinge Health; its terms were not read here. Two of its sentences are quoted word for word, attributed as it attributes them.',
        use: ['quoted'],
      },
    },
  },
} as const satisfies TopicRecords;
