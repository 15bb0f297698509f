import type { Reference, TopicRecords } from '../../src/model/index.js';
import { arthritisSocietyNsaids, fdaNsaidsPregnancy, medicineRecords } from '../medicine-references.js';

/**
 * References of the knee osteoarthritis topic. There is no source article: Limber wrote every part
 * from these pages, in its own words, and `SOURCES.md` beside this file says which passage of which
 * page each part rests on and when it was read. What each publisher allows, how Limber uses it and
 * how it was read are in `records`, for reviewers (never shipped).
 */
export const references = [
  {
    id: 'sussex-msk-hip-knee-exercises',
    type: 'webpage',
    author: [{ literal: 'Sussex MSK Partnership East' }],
    title: 'Hip and knee exercises',
    URL: 'https://sussexmskpartnershipeast.co.uk/hip-and-knee-exercises',
    accessed: { 'date-parts': [[2026, 12, 7]] },
    provenance: 'added',
  },
  {
    id: 'cuh-knee-exercises',
    type: 'webpage',
    author: [{ literal: 'Cambridge University Hospitals NHS Foundation Trust' }],
    title: 'Knee exercises',
    'container-title': 'Cambridge University Hospitals',
    URL: 'https://www.cuh.nhs.uk/patient-information/knee-exercises/',
    accessed: { 'date-parts': [[2026, 12, 7]] },
    provenance: 'added',
  },
  {
    id: 'first-community-knee-exercises',
    type: 'webpage',
    author: [{ literal: 'First Community Health and Care' }],
    title: 'New knee pain exercises',
    URL: 'https://www.firstcommunityhealthcare.co.uk/new-knee-pain-exercises',
    accessed: { 'date-parts': [[2026, 12, 7]] },
    provenance: 'added',
  },
  {
    id: 'cdc-arthritis-physical-activity',
    type: 'webpage',
    author: [{ literal: 'Centers for Disease Control and Prevention' }],
    title: 'About physical activity and arthritis',
    'container-title': 'CDC',
    URL: 'https://www.cdc.gov/arthritis/prevention/',
    accessed: { 'date-parts': [[2026, 12, 7]] },
    provenance: 'added',
  },
  {
    id: 'chcp-msk-knee-oa',
    type: 'webpage',
    author: [{ literal: 'City Health Care Partnership MSK' }],
    title: 'Osteoarthritis of the knee',
    URL: 'https://www.chcpmsk.org.uk/body-parts/knee/pages/osteoarthritis-of-the-knee',
    accessed: { 'date-parts': [[2026, 12, 7]] },
    provenance: 'added',
  },
  {
    id: 'nca-knee-pain',
    type: 'webpage',
    author: [{ literal: 'Northern Care Alliance NHS Foundation Trust' }],
    title: 'Emergency and urgent care: Managing knee pain',
    'container-title': 'Northern Care Alliance',
    URL: 'https://northerncarealliance.nhs.uk/patient-information/patient-leaflets/emergency-and-urgent-care-managing-knee-pain',
    accessed: { 'date-parts': [[2026, 12, 7]] },
    provenance: 'added',
  },
  {
    id: 'uhmb-knee-pain',
    type: 'webpage',
    author: [{ literal: 'University Hospitals of Morecambe Bay NHS Foundation Trust' }],
    title: 'Knee pain',
    'container-title': 'University Hospitals of Morecambe Bay',
    URL: 'https://www.uhmb.nhs.uk/our-services/services/musculoskeletal-msk-physiotherapy/musculoskeletal-msk-pain/knee-pain',
    accessed: { 'date-parts': [[2026, 12, 7]] },
    provenance: 'added',
  },
  {
    id: 'dynamic-health-oa',
    type: 'webpage',
    author: [{ literal: 'Dynamic Health' }],
    title: 'Osteoarthritis',
    URL: 'https://www.dynamichealth.nhs.uk/help-and-advice/osteoarthritis-oa',
    accessed: { 'date-parts': [[2026, 12, 7]] },
    provenance: 'added',
  },
  {
    id: 'cora-knee-pain',
    type: 'webpage',
    author: [{ literal: 'Cora Health' }],
    title: 'Knee pain',
    URL: 'https://www.corahealth.co.uk/?p=2927',
    accessed: { 'date-parts': [[2026, 12, 7]] },
    provenance: 'added',
  },
  {
    id: 'elht-knee-injury',
    type: 'webpage',
    author: [{ literal: 'East Lancashire Hospitals NHS Trust' }],
    title: 'Traumatic knee injury',
    'container-title': 'East Lancashire Hospitals',
    URL: 'https://elht.nhs.uk/services/integrated-msk-pain-and-rheumatology-service/traumatic-knee-injury',
    accessed: { 'date-parts': [[2026, 12, 7]] },
    provenance: 'added',
  },
  {
    id: 'wpb-physio-dvt',
    type: 'webpage',
    author: [{ literal: 'WPB Physio' }],
    title: 'DVT',
    URL: 'https://www.wpbphysio.co.uk/conditions/dvt/',
    accessed: { 'date-parts': [[2026, 12, 7]] },
    provenance: 'added',
  },
  {
    id: 'kolasinski-2020-acr-af',
    type: 'article-journal',
    author: [
      { family: 'Kolasinski', given: 'S. L.' },
      { family: 'Neogi', given: 'T.' },
      { family: 'Hochberg', given: 'M. C.' },
      { family: 'Oatis', given: 'C.' },
      { family: 'Guyatt', given: 'G.' },
      { family: 'Block', given: 'J.' },
      { family: 'Callahan', given: 'L.' },
      { family: 'Copenhaver', given: 'C.' },
      { family: 'Dodge', given: 'C.' },
      { family: 'Felson', given: 'D.' },
      { family: 'Gellar', given: 'K.' },
      { family: 'Harvey', given: 'W. F.' },
      { family: 'Hawker', given: 'G.' },
      { family: 'Herzig', given: 'E.' },
      { family: 'Kwoh', given: 'C. K.' },
      { family: 'Nelson', given: 'A. E.' },
      { family: 'Samuels', given: 'J.' },
      { family: 'Scanzello', given: 'C.' },
      { family: 'White', given: 'D.' },
      { family: 'Wise', given: 'B.' },
      { family: 'Altman', given: 'R. D.' },
      { family: 'DiRenzo', given: 'D.' },
      { family: 'Fontanarosa', given: 'J.' },
      { family: 'Giradi', given: 'G.' },
      { family: 'Ishimori', given: 'M.' },
      { family: 'Misra', given: 'D.' },
      { family: 'Shah', given: 'A. A.' },
      { family: 'Shmagel', given: 'A. K.' },
      { family: 'Thoma', given: 'L. M.' },
      { family: 'Turgunbaev', given: 'M.' },
      { family: 'Turner', given: 'A. S.' },
      { family: 'Reston', given: 'J.' },
    ],
    issued: { 'date-parts': [[2020]] },
    title:
      '2019 American College of Rheumatology/Arthritis Foundation guideline for the management of osteoarthritis of the hand, hip, and knee',
    'container-title': 'Arthritis Care & Research',
    volume: '72',
    issue: '2',
    page: '149–162',
    DOI: '10.1002/acr.24131',
    provenance: 'added',
  },
  arthritisSocietyNsaids,
  fdaNsaidsPregnancy,
] as const satisfies readonly Reference[];

const UNREAD = {
  licence: 'copyright',
  detail:
    'All rights reserved; the publisher’s terms were not read here. Limber restates facts in its own words and copies none of the text.',
  use: ['facts-restated'],
} as const;

/**
 * For reviewers, never shipped: what each source's publisher allows and how Limber uses it
 * (`terms`), and how it was read (`note`). The content check fails when a reference has no terms.
 */
export const records = {
  source: {
    terms: {
      licence: 'copyright',
      detail: 'No source article: Limber writes this topic in its own words from the sources it cites.',
      use: ['facts-restated'],
    },
  },
  references: {
    ...medicineRecords,
    'sussex-msk-hip-knee-exercises': {
      note: 'An NHS musculoskeletal service in East Sussex. Its page gives the steps and doses as text beside videos; the text of its fifth exercise (step-ups) breaks off in the stored copy, so that one is not used.',
      terms: UNREAD,
    },
    'cuh-knee-exercises': { terms: UNREAD },
    'first-community-knee-exercises': {
      note: 'An NHS community health provider in Surrey; its leaflet is dated August 2025. Read for its stop rule only.',
      terms: UNREAD,
    },
    'cdc-arthritis-physical-activity': {
      terms: {
        licence: 'public-domain',
        detail:
          'A work of the U.S. federal government, in the public domain in the United States (17 U.S.C. § 105). CDC asks that reused material name CDC as its source and not suggest that CDC endorses the user: Limber cites it on each fact and says nothing of endorsement.',
        use: ['facts-restated'],
      },
    },
    'chcp-msk-knee-oa': {
      note: 'The MSK service of City Health Care Partnership, an NHS provider in Hull.',
      terms: UNREAD,
    },
    'nca-knee-pain': {
      note: 'An NHS emergency department leaflet for people told they have a flare-up of knee osteoarthritis.',
      terms: UNREAD,
    },
    'uhmb-knee-pain': { terms: UNREAD },
    'dynamic-health-oa': {
      note: 'The NHS musculoskeletal physiotherapy service of Cheshire and Merseyside (dynamichealth.nhs.uk).',
      terms: UNREAD,
    },
    'cora-knee-pain': {
      note: 'A UK health provider’s page; the stored copy gives the page by its number (?p=2927). Read for its four “when to seek help” lines.',
      terms: UNREAD,
    },
    'elht-knee-injury': { terms: UNREAD },
    'wpb-physio-dvt': {
      note: 'A physiotherapy practice’s page. It is the only page read here, on its own publisher’s site, that names a painful, swollen calf and says what to do; nhs.uk’s own DVT page was not in the stored pages.',
      terms: UNREAD,
    },
    'kolasinski-2020-acr-af': {
      note: 'Read as the NIH author manuscript on PubMed Central (PMC11488261), not on the publisher’s page (Wiley). Its 32 authors as the manuscript lists them.',
      terms: {
        licence: 'copyright',
        detail:
          'Copyright American College of Rheumatology; the author manuscript is on PubMed Central under the NIH public access policy. Limber restates the strength of seven recommendations in its own words.',
        use: ['facts-restated'],
      },
    },
  },
} as const satisfies TopicRecords;
