// WCAG 2.2 levels A and AA: the conformance Limber claims for each success criterion, in plain
// words, and the tests or dated manual checks that back it. ACCESSIBILITY.md is generated from this
// list and the test run (`npm run report:accessibility`); `npm run check -- accessibility` fails
// when a cited test is missing or failing, or a criterion has no evidence.
import type { Criterion, TestCitation } from './types.js';
import { LANGUAGES, TRANSLATIONS } from '../support/lists.js';

const t = (file: string, title: string): TestCitation => ({ file: `test/${file}`, title });
/** A test run once in each listed language (its title starts with the language). */
const inBoth = (file: string, suite: string, title: string): TestCitation[] =>
  LANGUAGES.map((lang) => t(file, `${suite} › ${lang}: ${title}`));
/** A test of test/translations.test.ts, in each translation. */
const inEachTranslation = (title: string): TestCitation[] =>
  TRANSLATIONS.map((lang) => t('translations.test.ts', `Each translation › ${lang} › ${title}`));
const KEYBOARD_SUITE = 'WCAG 2.2 2.1.1 keyboard: every path by keyboard alone';

const AXE_EVERY_THEME = t('themes.test.ts', 'themes');
const AXE_TRANSLATIONS = t('translations.test.ts', 'Each translation');
const AXE_ARTICLE = t('article.test.ts', '<limber-article> › passes axe as a whole');
const SPOKEN = t('spoken.test.ts', 'what a screen reader says');
const KEYBOARD = t('keyboard.test.ts', KEYBOARD_SUITE);
const REFLOW = t('reflow.test.ts', 'WCAG 2.2 1.4.10 reflow and 1.4.4 text at 200 %');
const HOST_VIDEO = t(
  'exercise-card.test.ts',
  '<limber-exercise-card> › attributes and properties › renders host-supplied data, video with captions and poster included',
);
const HELP_FIRST = [
  t('article.test.ts', '<limber-article> › puts when to get help first, emergency card first, before the causes and any exercise'),
  t(
    'exercise-list.test.ts',
    '<limber-exercise-list> › shows every care level, emergency first, then the safety lines and the exercise disclaimer, before its first exercise; its cards then leave out their own',
  ),
  t(
    'exercise-card.test.ts',
    '<limber-exercise-card> › red flags first › opens with the emergency number and the emergency card, the rest of the care advice one press away, and the safety lines, before the steps',
  ),
];
const FOCUS = t('focus-visible.test.ts', 'WCAG 2.2 2.4.7 focus visible and 2.4.11 focus not obscured, under a sticky header');
const MOTION = t('motion.test.ts', 'WCAG 2.2 2.2.2 and 2.3.3: nothing moves unless asked, and what moves can be stopped');

/** Every WCAG 2.2 success criterion at levels A and AA, in the standard's order. */
export const WCAG: readonly Criterion[] = [
  {
    id: '1.1.1',
    name: 'Non-text Content',
    level: 'A',
    conformance: 'Supports',
    remarks:
      'Each exercise figure is one image whose name describes every position it shows. Expert photos carry the alt text the data must give. Decorative marks are hidden from screen readers.',
    tests: [
      t('figure.test.ts', 'exercise figures on <limber-exercise-card>'),
      t('host-data.test.ts', 'host-supplied data on the section elements › renders a host expert with a photo and its alt text'),
      SPOKEN,
    ],
  },
  {
    id: '1.2.1',
    name: 'Audio-only and Video-only (Prerecorded)',
    level: 'A',
    conformance: 'Partially Supports',
    remarks:
      'Limber’s own content has no audio or video. A host may add a video to an exercise card; the card always shows the written steps and the figure’s description beside it, but Limber cannot check that a silent video shows only what the steps say.',
    tests: [HOST_VIDEO],
    manual: ['media'],
  },
  {
    id: '1.2.2',
    name: 'Captions (Prerecorded)',
    level: 'A',
    conformance: 'Partially Supports',
    remarks:
      'A host video without a captions track is refused and not shown. Limber cannot check that the captions are complete and correct.',
    tests: [
      HOST_VIDEO,
      t('exercise-card.test.ts', '<limber-exercise-card> › when the input is bad › lists every problem of malformed data with its path'),
    ],
    manual: ['media'],
  },
  {
    id: '1.2.3',
    name: 'Audio Description or Media Alternative (Prerecorded)',
    level: 'A',
    conformance: 'Partially Supports',
    remarks:
      'The written steps and the figure’s description are a text alternative for the movement a host video shows. Limber cannot check that a host video adds nothing the text leaves out.',
    tests: [HOST_VIDEO],
    manual: ['media'],
  },
  {
    id: '1.3.1',
    name: 'Info and Relationships',
    level: 'A',
    conformance: 'Supports',
    remarks:
      'Sections, headings, lists, quotations, notes and figures are marked up as such, with heading levels a host can set and that never skip. axe runs on every element in every theme and in Spanish.',
    tests: [
      t('article.test.ts', '<limber-article> › never skips a heading level (heading-level=default)'),
      AXE_EVERY_THEME,
      AXE_TRANSLATIONS,
      SPOKEN,
    ],
  },
  {
    id: '1.3.2',
    name: 'Meaningful Sequence',
    level: 'A',
    conformance: 'Supports',
    remarks:
      'The reading order is the order on screen: when to get help comes first, then the exercises. Right-to-left languages mirror the layout, not the order.',
    tests: [
      ...HELP_FIRST,
      t(
        'pseudo.test.ts',
        'pseudo-locales › ar-XB: each element lays out right to left — start borders, list markers and icons on the right',
      ),
      SPOKEN,
    ],
  },
  {
    id: '1.3.3',
    name: 'Sensory Characteristics',
    level: 'A',
    conformance: 'Supports',
    remarks:
      'No instruction depends on shape, colour, size, place on screen or sound. “Left” and “right” name sides of the body, never parts of the screen.',
    manual: ['sensory-words'],
  },
  {
    id: '1.4.1',
    name: 'Use of Color',
    level: 'A',
    conformance: 'Supports',
    remarks:
      'Care levels and the stop-if list say what they are in words; links in text are underlined; forced colours keep every border and marker.',
    tests: [
      t('care-card.test.ts', '<limber-care-card> › says its level in words inside the heading, not by colour alone'),
      t(
        'exercise-card.test.ts',
        '<limber-exercise-card> › with a catalog id and no other set-up › marks the stop-if list for screen readers and not by colour alone',
      ),
      t('media.test.ts', 'the emergency care card in forced colours and print › keeps a heavy border and a label that says "Emergency"'),
      AXE_EVERY_THEME,
    ],
  },
  {
    id: '1.4.2',
    name: 'Audio Control',
    level: 'A',
    conformance: 'Supports',
    remarks:
      'Nothing plays sound by itself. The guided mode’s sounds and reading aloud start only when the reader starts it, can be switched off, and stop with Pause or Stop.',
    tests: [
      MOTION,
      t(
        'guided-hands-free.test.ts',
        'the guided mode, hands-free › reads aloud in the card’s language when asked, with the live region quiet; if speech fails it says so and the counts go on',
      ),
    ],
  },
  {
    id: '2.1.1',
    name: 'Keyboard',
    level: 'A',
    conformance: 'Supports',
    remarks:
      'Every control and path (sources, contents, emergency signs, figure play, the whole guided mode, dismissing a disclaimer) works with the keyboard alone. The tab order is recorded.',
    tests: [KEYBOARD],
  },
  {
    id: '2.1.2',
    name: 'No Keyboard Trap',
    level: 'A',
    conformance: 'Supports',
    remarks: 'Tab and Shift+Tab pass into and out of every element, the guided mode included.',
    tests: [KEYBOARD],
  },
  {
    id: '2.1.4',
    name: 'Character Key Shortcuts',
    level: 'A',
    conformance: 'Not Applicable',
    remarks: 'Limber has no keyboard shortcuts.',
    manual: ['shortcuts'],
  },
  {
    id: '2.2.1',
    name: 'Timing Adjustable',
    level: 'A',
    conformance: 'Supports',
    remarks:
      'Nothing has a time limit. The guided mode’s counts pace an exercise; the reader can pause them, go back, or choose “I press when ready”, where nothing moves on until they press.',
    tests: [
      t(
        'guided.test.ts',
        'the guided mode of <limber-exercise-card>, press when ready › pause keeps the time left; resume goes on from there; back returns a step',
      ),
      t('guided-hands-free.test.ts', 'the guided mode, hands-free › the reader can switch to "I press when ready" and back, mid-way'),
    ],
  },
  {
    id: '2.2.2',
    name: 'Pause, Stop, Hide',
    level: 'A',
    conformance: 'Supports',
    remarks:
      'Nothing moves when a page opens. A figure plays only when asked, stops within 5 seconds, and its button stops it. The guided timer starts only when asked and has Pause and Stop.',
    tests: [
      MOTION,
      t(
        'figure.test.ts',
        'exercise figures on <limber-exercise-card> › plays the movement once on request, then stops by itself within 5 seconds',
      ),
      t('figure.test.ts', 'exercise figures on <limber-exercise-card> › the play control stops the movement when pressed again'),
    ],
  },
  {
    id: '2.3.1',
    name: 'Three Flashes or Below Threshold',
    level: 'A',
    conformance: 'Supports',
    remarks: 'Nothing flashes: a playing figure moves its shapes and never changes their colour or brightness.',
    tests: [MOTION],
  },
  {
    id: '2.4.1',
    name: 'Bypass Blocks',
    level: 'A',
    conformance: 'Supports',
    remarks:
      'The article opens with a contents list whose links move focus to each section, and every section starts with a heading. Skipping the host page’s own blocks is the host’s part.',
    tests: [t('article.test.ts', '<limber-article> › moves focus to a section when its contents link is used, across shadow roots')],
  },
  {
    id: '2.4.2',
    name: 'Page Titled',
    level: 'A',
    conformance: 'Not Applicable',
    remarks: 'Limber’s elements are parts of a host’s page; the page’s title is the host’s. No element sets or changes it.',
    manual: ['page-title'],
  },
  {
    id: '2.4.3',
    name: 'Focus Order',
    level: 'A',
    conformance: 'Supports',
    remarks:
      'Focus follows the reading order. When Limber moves focus (to a source, a section, the guided mode and back), it goes to what was asked for, and the way back returns it.',
    tests: [
      KEYBOARD,
      t(
        'citations.test.ts',
        '<limber-citations> and <limber-cite> › moves focus across shadow roots to the reference, which offers a way back',
      ),
    ],
  },
  {
    id: '2.4.4',
    name: 'Link Purpose (In Context)',
    level: 'A',
    conformance: 'Supports',
    remarks:
      'Each link says where it goes: source markers are named “Source 1” or “Reference 1”, and source links carry the title of the page they open.',
    tests: [
      t('citations.test.ts', '<limber-citations> and <limber-cite> › renders a marker named "Reference N" as a superscript link'),
      SPOKEN,
      AXE_EVERY_THEME,
    ],
  },
  {
    id: '2.5.1',
    name: 'Pointer Gestures',
    level: 'A',
    conformance: 'Supports',
    remarks: 'Every control works with a single tap or click; nothing needs a path or two fingers.',
    manual: ['pointer'],
  },
  {
    id: '2.5.2',
    name: 'Pointer Cancellation',
    level: 'A',
    conformance: 'Supports',
    remarks: 'Controls act when the pointer is released (click), never on press, so sliding off cancels.',
    manual: ['pointer'],
  },
  {
    id: '2.5.3',
    name: 'Label in Name',
    level: 'A',
    conformance: 'Supports',
    remarks: 'The accessible name of every control starts with, or is, the words it shows.',
    tests: inBoth(
      'keyboard.test.ts',
      KEYBOARD_SUITE,
      '2.5.3 and 3.2.4: every control’s name holds its visible words, and a control has one name everywhere',
    ),
  },
  {
    id: '2.5.4',
    name: 'Motion Actuation',
    level: 'A',
    conformance: 'Not Applicable',
    remarks:
      'Nothing responds to shaking or tilting the device. (The guided mode can vibrate the device; that is a cue it gives, not input.)',
    manual: ['pointer'],
  },
  {
    id: '3.1.1',
    name: 'Language of Page',
    level: 'A',
    conformance: 'Supports',
    remarks:
      'Each element follows the language of the page (or the one its host sets) and marks its own content root with the language it is written in.',
    tests: [
      ...TRANSLATIONS.map((lang) => t('translations.test.ts', `Each translation › ${lang} › chosen by <html lang="${lang}">`)),
      t('locale.test.ts', 'locale resolution'),
    ],
  },
  {
    id: '3.2.1',
    name: 'On Focus',
    level: 'A',
    conformance: 'Supports',
    remarks: 'Focusing a control changes nothing else: no navigation, nothing opens.',
    tests: [KEYBOARD],
  },
  {
    id: '3.2.2',
    name: 'On Input',
    level: 'A',
    conformance: 'Supports',
    remarks: 'The guided mode’s pace and cue settings change only how it paces and cues; focus and the page stay where they are.',
    tests: [
      t('guided-hands-free.test.ts', 'the guided mode, hands-free › the reader can switch to "I press when ready" and back, mid-way'),
      KEYBOARD,
    ],
  },
  {
    id: '3.2.6',
    name: 'Consistent Help',
    level: 'A',
    new22: true,
    conformance: 'Supports',
    remarks:
      'Where to get help (the emergency and care advice) comes in the same place everywhere: first in the article and the exercise list, and at the top of every card.',
    tests: HELP_FIRST,
  },
  {
    id: '3.3.1',
    name: 'Error Identification',
    level: 'A',
    conformance: 'Not Applicable',
    remarks: 'Readers type nothing. The guided mode’s settings (one list and three check boxes) cannot be in error.',
    manual: ['form-fields'],
  },
  {
    id: '3.3.2',
    name: 'Labels or Instructions',
    level: 'A',
    conformance: 'Supports',
    remarks: 'The guided mode’s pace list and cue check boxes have visible labels, and the check boxes a group name.',
    tests: inBoth('keyboard.test.ts', KEYBOARD_SUITE, 'the guided mode, start to finish, and its settings, by keyboard'),
  },
  {
    id: '3.3.7',
    name: 'Redundant Entry',
    level: 'A',
    new22: true,
    conformance: 'Not Applicable',
    remarks: 'Nothing asks a reader for information.',
    manual: ['form-fields'],
  },
  {
    id: '4.1.2',
    name: 'Name, Role, Value',
    level: 'A',
    conformance: 'Supports',
    remarks:
      'Every control has a role, a name and its state (for example the figure’s Play button says whether it is pressed, the emergency signs whether they are open). axe checks every element in every theme.',
    tests: [SPOKEN, AXE_EVERY_THEME, AXE_TRANSLATIONS, AXE_ARTICLE],
  },
  {
    id: '1.2.4',
    name: 'Captions (Live)',
    level: 'AA',
    conformance: 'Not Applicable',
    remarks: 'Limber shows no live audio or video.',
    manual: ['media'],
  },
  {
    id: '1.2.5',
    name: 'Audio Description (Prerecorded)',
    level: 'AA',
    conformance: 'Partially Supports',
    remarks:
      'Limber’s own content has no video. A host video is shown beside the written steps, which say what the movement is, but Limber cannot check that the video has audio description where it needs one.',
    tests: [HOST_VIDEO],
    manual: ['media'],
  },
  {
    id: '1.3.4',
    name: 'Orientation',
    level: 'AA',
    conformance: 'Supports',
    remarks: 'Nothing locks the screen’s orientation; every element lays out at 320 px wide and at 200 % text.',
    tests: [REFLOW],
    manual: ['orientation'],
  },
  {
    id: '1.3.5',
    name: 'Identify Input Purpose',
    level: 'AA',
    conformance: 'Not Applicable',
    remarks: 'No field asks for information about the reader.',
    manual: ['form-fields'],
  },
  {
    id: '1.4.3',
    name: 'Contrast (Minimum)',
    level: 'AA',
    conformance: 'Supports',
    remarks:
      'Every text and background pair of every theme is at least 4.5:1 (3:1 for large text); axe checks every element in every theme.',
    tests: [AXE_EVERY_THEME, AXE_TRANSLATIONS],
  },
  {
    id: '1.4.4',
    name: 'Resize Text',
    level: 'AA',
    conformance: 'Supports',
    remarks: 'With text at 200 %, nothing is cut off and nothing scrolls sideways, in English, Spanish and a pseudo-language 40 % longer.',
    tests: [REFLOW],
  },
  {
    id: '1.4.5',
    name: 'Images of Text',
    level: 'AA',
    conformance: 'Supports',
    remarks: 'All text is text. The figures are drawings with no words in them.',
    manual: ['images-of-text'],
  },
  {
    id: '1.4.10',
    name: 'Reflow',
    level: 'AA',
    conformance: 'Supports',
    remarks:
      'At 320 px wide nothing scrolls sideways or runs past the edge, in English, Spanish and the long pseudo-language, long words and addresses included.',
    tests: [
      REFLOW,
      t('wcag.test.ts', 'WCAG 2.2 AA beyond axe defaults › 1.4.10 reflow: at 320 px wide, long words and URLs cause no horizontal scroll'),
    ],
  },
  {
    id: '1.4.11',
    name: 'Non-text Contrast',
    level: 'AA',
    conformance: 'Supports',
    remarks:
      'Focus rings, control borders, the care levels’ markers, and the figures’ body and arrows are at least 3:1 against what is next to them, in every theme.',
    tests: [
      t('non-text-contrast.test.ts', 'WCAG 2.2 1.4.11 non-text contrast: focus rings, control borders, care markers'),
      t('figure-contrast.test.ts', 'exercise figures: non-text contrast (WCAG 2.2 1.4.11)'),
    ],
  },
  {
    id: '1.4.12',
    name: 'Text Spacing',
    level: 'AA',
    conformance: 'Supports',
    remarks:
      'With the criterion’s line, paragraph, letter and word spacing inside every element, no text is clipped, hidden or overlapping, in English and Spanish and every theme.',
    tests: [
      t('text-spacing.test.ts', 'WCAG 2.2 1.4.12 text spacing, every element'),
      t(
        'wcag.test.ts',
        'WCAG 2.2 AA beyond axe defaults › 1.4.12 text spacing, injected into the document and every shadow root, clips nothing',
      ),
    ],
  },
  {
    id: '1.4.13',
    name: 'Content on Hover or Focus',
    level: 'AA',
    conformance: 'Not Applicable',
    remarks: 'Nothing appears on hover or focus; hover and focus only change a control’s colour or outline.',
    manual: ['hover'],
  },
  {
    id: '2.4.5',
    name: 'Multiple Ways',
    level: 'AA',
    conformance: 'Not Applicable',
    remarks: 'Limber’s elements are parts of one host page, not a set of pages.',
    manual: ['pages'],
  },
  {
    id: '2.4.6',
    name: 'Headings and Labels',
    level: 'AA',
    conformance: 'Supports',
    remarks: 'Every section and card starts with a heading that says what it is, at a level the host can set.',
    tests: [
      t('focus-heading.test.ts', 'focusHeading() on every headed element'),
      t('exercise-card.test.ts', '<limber-exercise-card> › heading level'),
      SPOKEN,
    ],
  },
  {
    id: '2.4.7',
    name: 'Focus Visible',
    level: 'AA',
    conformance: 'Supports',
    remarks: 'Every focusable part shows a ring at least 2 px thick when focused by keyboard, in every theme and in forced colours.',
    tests: [
      FOCUS,
      t('wcag.test.ts', 'WCAG 2.2 AA beyond axe defaults › forced colours: focus rings, step markers and care-card borders stay visible'),
    ],
  },
  {
    id: '2.4.11',
    name: 'Focus Not Obscured (Minimum)',
    level: 'AA',
    new22: true,
    conformance: 'Supports',
    remarks:
      'Under a host’s sticky header, no focused part is hidden, by Tab, Shift+Tab or when Limber moves focus. This needs the host to give its page a scroll-padding as tall as its header, as the guide says.',
    tests: [FOCUS],
  },
  {
    id: '2.5.7',
    name: 'Dragging Movements',
    level: 'AA',
    new22: true,
    conformance: 'Not Applicable',
    remarks: 'Nothing is dragged.',
    manual: ['pointer'],
  },
  {
    id: '2.5.8',
    name: 'Target Size (Minimum)',
    level: 'AA',
    new22: true,
    conformance: 'Supports',
    remarks:
      'Every button and control is at least 24 × 24 px or far enough from the next one, the guided mode’s included; links inside sentences are exempt.',
    tests: [
      t('target-size.test.ts', 'WCAG 2.2 2.5.8 target size, every element'),
      t('wcag.test.ts', 'WCAG 2.2 AA beyond axe defaults › 2.5.8 target size: every standalone control is at least 24 × 24 px'),
    ],
  },
  {
    id: '3.1.2',
    name: 'Language of Parts',
    level: 'AA',
    conformance: 'Supports',
    remarks:
      'Text in another language than the page (an English source title on a Spanish page, English content with no translation yet) is marked with its language.',
    tests: [
      ...inEachTranslation('references keep their titles marked with their own language, in APA 7’s forms of the language'),
      ...inEachTranslation(
        'content with no text in the language falls back to the source marked with its lang, while the UI words stay translated',
      ),
      t('controllers.test.ts', 'The per-update view, alone › marks content from a topic in another language with that language'),
    ],
  },
  {
    id: '3.2.3',
    name: 'Consistent Navigation',
    level: 'AA',
    conformance: 'Supports',
    remarks: 'Every card has its parts and controls in the same order, wherever it is shown.',
    tests: [SPOKEN],
  },
  {
    id: '3.2.4',
    name: 'Consistent Identification',
    level: 'AA',
    conformance: 'Supports',
    remarks: 'A control that does the same thing has the same name on every card and element.',
    tests: inBoth(
      'keyboard.test.ts',
      KEYBOARD_SUITE,
      '2.5.3 and 3.2.4: every control’s name holds its visible words, and a control has one name everywhere',
    ),
  },
  {
    id: '3.3.3',
    name: 'Error Suggestion',
    level: 'AA',
    conformance: 'Not Applicable',
    remarks: 'Readers type nothing that can be in error.',
    manual: ['form-fields'],
  },
  {
    id: '3.3.4',
    name: 'Error Prevention (Legal, Financial, Data)',
    level: 'AA',
    conformance: 'Not Applicable',
    remarks: 'Nothing commits a legal or financial act or changes a reader’s data held anywhere else.',
    manual: ['form-fields'],
  },
  {
    id: '3.3.8',
    name: 'Accessible Authentication (Minimum)',
    level: 'AA',
    new22: true,
    conformance: 'Not Applicable',
    remarks: 'There is no log-in.',
    manual: ['form-fields'],
  },
  {
    id: '4.1.3',
    name: 'Status Messages',
    level: 'AA',
    conformance: 'Supports',
    remarks:
      'The guided mode’s counts and changes, and the notice that the content was updated, are said by screen readers without moving focus (a polite status). So is “Copied” in the embed builder.',
    tests: [
      t('status-messages.test.ts', 'WCAG 2.2 4.1.3 status messages'),
      t(
        'embed-builder.test.ts',
        'embed builder (Storybook) › copies by keyboard and announces it; when the clipboard refuses, selects the text and says how to copy',
      ),
    ],
  },
];
