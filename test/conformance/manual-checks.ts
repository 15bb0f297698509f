// Checks done by hand, for criteria no Chromium test can prove: what was checked, how to repeat it,
// what it found and when it was last done. The report shows each one; `npm run check --
// accessibility` fails when one cited by a criterion is missing, undated or more than a year old.
import type { ManualCheck } from './types.js';

/** Limber's source, without the generated React wrappers. */
const SRC = 'src --include=*.ts --exclude-dir=react';

export const MANUAL_CHECKS: Readonly<Record<string, ManualCheck>> = {
  media: {
    what: 'Which audio and video Limber can show, and whether any plays by itself.',
    how: `\`grep -rnE "<video|<audio|<track|autoplay" ${SRC}\``,
    found:
      'One <video controls preload="none"> with a required captions <track>, in src/components/exercise-card/media.ts, shown only for a host’s own video. No autoplay, no audio element, nothing live.',
    done: '2026-12-05',
  },
  'form-fields': {
    what: 'Which form fields readers can use.',
    how: `\`grep -rnE "<input|<select|<textarea|<form" ${SRC}\``,
    found:
      'Only the guided mode’s settings in src/components/exercise-card/guided/panel.ts: a pace list and three cue check boxes. Nothing to type, nothing that can be in error, no log-in, nothing sent anywhere.',
    done: '2026-12-05',
  },
  pointer: {
    what: 'Pointer and motion input: gestures, down events, dragging, device motion.',
    how: `\`grep -rnE "pointer(down|move|up)|mouse(down|move|up)|touch(start|move|end)|drag|devicemotion|deviceorientation" ${SRC}\``,
    found: 'Nothing. Every control is a button, link, check box or list that acts on click.',
    done: '2026-12-05',
  },
  shortcuts: {
    what: 'Keyboard shortcuts.',
    how: `\`grep -rnE "keydown|keyup|keypress|accesskey" ${SRC}\``,
    found: 'Nothing: keys do only what the browser does with buttons, links and fields.',
    done: '2026-12-05',
  },
  'page-title': {
    what: 'Whether any element sets the page’s title.',
    how: `\`grep -rnE "document\\.title|<title" ${SRC}\``,
    found: 'Nothing.',
    done: '2026-12-05',
  },
  hover: {
    what: 'Content that appears on hover or focus.',
    how: `\`grep -rnE ":hover|:focus-within|mouseenter|mouseover|title=" ${SRC}\``,
    found:
      'Two :hover rules (src/render/styles/shared.styles.ts links, src/components/cta/cta.ts the button) that change colour only. No tooltips, no title attributes.',
    done: '2026-12-05',
  },
  orientation: {
    what: 'Whether anything locks or depends on the screen’s orientation.',
    how: `\`grep -rnE "orientation" ${SRC}\``,
    found: 'Nothing.',
    done: '2026-12-05',
  },
  'images-of-text': {
    what: 'Images that hold text.',
    how: `\`grep -rnE "<text|<image|<img" ${SRC}\`, then \`npm run figures\` and look at every PNG in test-results/figures/`,
    found:
      'The figures are SVG shapes with no <text>; the one <img> is a host’s expert photo, with its alt text. The figure PNGs hold no words.',
    done: '2026-12-05',
  },
  'sensory-words': {
    what: 'Instructions that rely on shape, colour, size, place on screen or sound.',
    how: '`grep -noiE "\\b(red|green|yellow|blue|colou?r|round|square|circle|above|below|left|right|top|bottom|shown|icon|button|sound)\\b" content/*/*.ts src/i18n/messages.ts src/i18n/es.ts`, then read each hit in its sentence',
    found:
      '“Left” and “right” name sides of the body. “Above” and “below” three times in the article’s text, each naming the section too (“*When to get help*, above”, “the conditions below”, “The exercises below”). No colour, shape or sound is needed to follow an instruction.',
    done: '2026-12-05',
  },
  pages: {
    what: 'Whether Limber makes a set of pages.',
    how: 'Read src/elements.json: every element is a section or card placed in a host’s page.',
    found: 'No element is a page or navigates to one of its own; links lead to sources and the host’s own pages.',
    done: '2026-12-05',
  },
  'docs-features': {
    what: 'Whether the documents describe the accessibility features and how to use them.',
    how: 'Read README.md (Accessibility), GUIDE.md (theming, forced colours, reduced motion, headings, languages) and ACCESSIBILITY.md.',
    found:
      'They do: themes and the contrast they keep, forced colours, reduced motion, heading levels, languages, the guided mode’s cues and what a host must do (a page language, scroll padding under a sticky header).',
    done: '2026-12-05',
  },
  'docs-format': {
    what: 'Whether the documents are accessible.',
    how: 'The documents are Markdown (rendered by GitHub and npm as headings, lists, tables and code) and Storybook docs pages; read each one’s headings and tables in the rendered page.',
    found:
      'Headings in order, tables with header rows, code as code, links named by their text. The Storybook docs pages are not run through axe (its stories are).',
    done: '2026-12-05',
  },
  support: {
    what: 'Support services.',
    how: 'Read README.md and SECURITY.md for what support is offered.',
    found: 'No support service: questions and problems go to the public issue tracker, and security reports as SECURITY.md says.',
    done: '2026-12-05',
  },
  'speech-input': {
    what: 'Whether anything needs the reader’s voice.',
    how: `\`grep -rnE "SpeechRecognition|getUserMedia" ${SRC}\``,
    found: 'Nothing. Speech is only an output: the guided mode can read its steps aloud.',
    done: '2026-12-05',
  },
};
