// The Revised Section 508 clauses beyond WCAG, with the EN 301 549 clauses that match them: the
// functional performance criteria (508 chapter 3, EN 4.2) and support documentation and services
// (508 chapter 6, EN chapter 12). A claim resting on WCAG criteria may claim no more than the
// weakest of them; the report's check holds it to that.
import type { Clause, TestCitation } from './types.js';

const t = (file: string, title: string): TestCitation => ({ file: `test/${file}`, title });

const SPOKEN = t('spoken.test.ts', 'what a screen reader says');
const READABILITY = t('node/readability.test.ts', 'readability');

/** Revised Section 508 chapter 3 and EN 301 549 clause 4.2. */
export const FUNCTIONAL: readonly Clause[] = [
  {
    section508: { id: '302.1', name: 'Without Vision' },
    en301549: { id: '4.2.1', name: 'Usage without vision' },
    conformance: 'Partially Supports',
    remarks:
      'Everything is spoken by screen readers in a recorded order, in English and Spanish, and works by keyboard. A host’s own video may lack audio description (1.2.3, 1.2.5).',
    restsOn: ['1.1.1', '1.2.3', '1.2.5', '1.3.1', '2.1.1', '4.1.2'],
    tests: [SPOKEN],
  },
  {
    section508: { id: '302.2', name: 'With Limited Vision' },
    en301549: { id: '4.2.2', name: 'Usage with limited vision' },
    conformance: 'Supports',
    remarks:
      'Text can be enlarged to 200 % and read at 320 px wide; contrast holds in every theme, with a high-contrast theme and forced colours.',
    restsOn: ['1.4.3', '1.4.4', '1.4.10', '1.4.11', '1.4.12', '2.4.7'],
  },
  {
    section508: { id: '302.3', name: 'Without Perception of Color' },
    en301549: { id: '4.2.3', name: 'Usage without perception of colour' },
    conformance: 'Supports',
    remarks: 'Colour never carries meaning alone: care levels and warnings say what they are in words.',
    restsOn: ['1.4.1'],
  },
  {
    section508: { id: '302.4', name: 'Without Hearing' },
    en301549: { id: '4.2.4', name: 'Usage without hearing' },
    conformance: 'Partially Supports',
    remarks:
      'The guided mode’s sounds are cues only: every count and change is also on screen. A host’s own video must have captions, but Limber cannot check them (1.2.2).',
    restsOn: ['1.2.2'],
    tests: [
      t(
        'guided.test.ts',
        'the guided mode of <limber-exercise-card>, press when ready › counts a hold down from the timestamps, says its start and end politely, then moves on',
      ),
    ],
  },
  {
    section508: { id: '302.5', name: 'With Limited Hearing' },
    en301549: { id: '4.2.5', name: 'Usage with limited hearing' },
    conformance: 'Partially Supports',
    remarks: 'As without hearing: sounds repeat what is on screen; a host video’s captions are the host’s to get right (1.2.2).',
    restsOn: ['1.2.2', '1.4.2'],
  },
  {
    section508: { id: '302.6', name: 'Without Speech' },
    en301549: { id: '4.2.6', name: 'Usage with no or limited vocal capability' },
    conformance: 'Not Applicable',
    remarks: 'Nothing needs the reader’s voice.',
    manual: ['speech-input'],
  },
  {
    section508: { id: '302.7', name: 'With Limited Manipulation' },
    en301549: { id: '4.2.7', name: 'Usage with limited manipulation or strength' },
    conformance: 'Supports',
    remarks: 'Every control works by keyboard or one tap, with targets at least 24 px, no gestures, no dragging and no time limits.',
    restsOn: ['2.1.1', '2.2.1', '2.5.1', '2.5.2', '2.5.8'],
  },
  {
    section508: { id: '302.8', name: 'With Limited Reach and Strength' },
    en301549: { id: '4.2.8', name: 'Usage with limited reach' },
    conformance: 'Supports',
    remarks: 'Nothing needs reach or strength beyond what the reader’s device needs; every control works by keyboard or switch access.',
    restsOn: ['2.1.1', '2.5.8'],
  },
  {
    en301549: { id: '4.2.9', name: 'Minimize photosensitive seizure triggers' },
    conformance: 'Supports',
    remarks: 'Nothing flashes.',
    restsOn: ['2.3.1'],
  },
  {
    section508: { id: '302.9', name: 'With Limited Language, Cognitive, and Learning Abilities' },
    en301549: { id: '4.2.10', name: 'Usage with limited cognition, language or learning' },
    conformance: 'Supports',
    remarks:
      'Plain words in short sentences, held to reading-ease goals in English and Spanish; terms are explained; one instruction per symptom; the guided mode paces each exercise step by step.',
    restsOn: ['2.2.1', '2.4.6', '3.1.1', '3.2.3', '3.2.4'],
    tests: [
      READABILITY,
      t('care-card.test.ts', '<limber-care-card> › gives each cauda equina sign one instruction: emergency, never also urgent'),
    ],
  },
  {
    en301549: { id: '4.2.11', name: 'Privacy' },
    conformance: 'Supports',
    remarks:
      'The accessibility features keep the reader’s privacy: reading aloud uses the device’s own voices, and remembered progress stays on the device.',
    tests: [t('guided.test.ts', 'the guided mode of <limber-exercise-card>, press when ready › remembered progress')],
  },
];

/** Revised Section 508 chapter 6 and EN 301 549 chapter 12. */
export const SUPPORT: readonly Clause[] = [
  {
    section508: { id: '602.2', name: 'Accessibility and Compatibility Features' },
    en301549: { id: '12.1.1', name: 'Accessibility and compatibility features' },
    conformance: 'Supports',
    remarks: 'README, the guide and this report describe the accessibility features, and what a host must do for them.',
    manual: ['docs-features'],
  },
  {
    section508: { id: '602.3', name: 'Electronic Support Documentation' },
    en301549: { id: '12.1.2', name: 'Accessible documentation' },
    conformance: 'Partially Supports',
    remarks:
      'The documents are Markdown and Storybook pages with real headings, lists and tables. The Storybook docs pages are not checked by axe yet (the stories are).',
    manual: ['docs-format'],
  },
  {
    section508: { id: '602.4', name: 'Alternate Formats for Non-Electronic Support Documentation' },
    conformance: 'Not Applicable',
    remarks: 'There is no documentation on paper.',
    manual: ['docs-format'],
  },
  {
    section508: { id: '603.2', name: 'Information on Accessibility and Compatibility Features' },
    en301549: { id: '12.2.2', name: 'Information on accessibility and compatibility features' },
    conformance: 'Not Applicable',
    remarks: 'Limber offers no support service; the documents above say what the features are.',
    manual: ['support'],
  },
  {
    section508: { id: '603.3', name: 'Accommodation of Communication Needs' },
    en301549: { id: '12.2.3', name: 'Effective communication' },
    conformance: 'Not Applicable',
    remarks: 'Limber offers no support service; questions go to the public issue tracker, in writing.',
    manual: ['support'],
  },
];

/** The parts of the two standards that do not apply to web content, and why. */
export const NOT_APPLICABLE_CHAPTERS: readonly { readonly chapter: string; readonly why: string }[] = [
  {
    chapter: 'Section 508 chapter 4 (Hardware); EN 301 549 chapter 8',
    why: 'Limber is software that runs in a web page; it has no hardware.',
  },
  {
    chapter: 'Section 508 chapter 5 (Software); EN 301 549 chapter 11',
    why: 'Limber is web content, which Section 508 (E205.4) and EN 301 549 (chapter 9) hold to WCAG: see the WCAG tables. It is not an authoring tool or a platform.',
  },
  {
    chapter: 'EN 301 549 chapters 5, 6 and 7',
    why: 'Closed functionality, biometrics, two-way voice and video capabilities: Limber has none of them.',
  },
  {
    chapter: 'EN 301 549 chapter 10 (Non-web documents)',
    why: 'Limber ships no documents besides web content; its printed handout is the web page printed.',
  },
];
