import { css } from 'lit';
import { visuallyHiddenStyles } from './visually-hidden.styles.js';

/**
 * Styles every Limber element shares. Public `--limber-*` tokens are read here once into private
 * `--_*` properties with the built-in (light) defaults; with no theme file loaded the defaults
 * follow the reader's `prefers-color-scheme`. A theme file (`src/themes/*.css`) sets the public
 * tokens and so pins the look.
 */
export const sharedStyles = css`
  :host {
    --_font-family: var(--limber-font-family, system-ui, -apple-system, 'Segoe UI', Roboto, sans-serif);
    /* medium = the reader's own browser font size, whatever the host page sets on its root. */
    --_font-size: var(--limber-font-size, medium);
    --_line-height: var(--limber-line-height, 1.5);
    --_radius: var(--limber-radius, 0.5em);
    --_space-xs: var(--limber-space-xs, 0.25em);
    --_space-s: var(--limber-space-s, 0.5em);
    --_space-m: var(--limber-space-m, 1em);
    --_space-l: var(--limber-space-l, 1.5em);
    --_color-text: var(--limber-color-text, #1b2430);
    --_color-text-muted: var(--limber-color-text-muted, #4a5565);
    --_color-surface: var(--limber-color-surface, #ffffff);
    --_color-surface-raised: var(--limber-color-surface-raised, #f3f5f8);
    --_color-border: var(--limber-color-border, #6b7585);
    --_color-accent: var(--limber-color-accent, #005ea5);
    --_color-accent-contrast: var(--limber-color-accent-contrast, #ffffff);
    --_color-warning-surface: var(--limber-color-warning-surface, #fff4e5);
    --_color-warning-border: var(--limber-color-warning-border, #b54708);
    --_color-warning-text: var(--limber-color-warning-text, #1b2430);
    --_color-focus: var(--limber-color-focus, #1b2430);
    --_color-danger: var(--limber-color-danger, #b00020);
    --_color-danger-contrast: var(--limber-color-danger-contrast, #ffffff);

    display: block;
    box-sizing: border-box !important;
    /* Each element paints its own surface, so its text stays readable on any host background. */
    background: var(--_color-surface);
    color-scheme: var(--limber-color-scheme, light dark);
    overflow-wrap: anywhere;
    /*
     * Inherited properties are the one way a host stylesheet reaches into a shadow root: through
     * the host element. A page rule such as \`* { font-size: 22px !important }\` matches the
     * host, and only an !important declaration here beats it. Layout (margin, width, display
     * by [hidden]) stays the host's to set; text is set with --limber-* tokens.
     */
    color: var(--_color-text) !important;
    font-family: var(--_font-family) !important;
    font-size: var(--_font-size) !important;
    font-style: normal !important;
    font-weight: 400 !important;
    font-variant: normal !important;
    line-height: var(--_line-height) !important;
    letter-spacing: normal !important;
    word-spacing: normal !important;
    text-align: start !important;
    text-indent: 0 !important;
    text-transform: none !important;
    text-shadow: none !important;
    white-space: normal !important;
    visibility: visible;
    cursor: auto;
  }
  @media (prefers-color-scheme: dark) {
    :host {
      --_color-text: var(--limber-color-text, #e8edf3);
      --_color-text-muted: var(--limber-color-text-muted, #b3bdc9);
      --_color-surface: var(--limber-color-surface, #121820);
      --_color-surface-raised: var(--limber-color-surface-raised, #1c2530);
      --_color-border: var(--limber-color-border, #7d8896);
      --_color-accent: var(--limber-color-accent, #8cc8ff);
      --_color-accent-contrast: var(--limber-color-accent-contrast, #0b1220);
      --_color-warning-surface: var(--limber-color-warning-surface, #2b1d0e);
      --_color-warning-border: var(--limber-color-warning-border, #f0a052);
      --_color-warning-text: var(--limber-color-warning-text, #fbe7d2);
      --_color-focus: var(--limber-color-focus, #ffd166);
      --_color-danger: var(--limber-color-danger, #ff8a80);
      --_color-danger-contrast: var(--limber-color-danger-contrast, #0b1220);
    }
  }
  :host([hidden]) {
    display: none;
  }
  *,
  *::before,
  *::after {
    box-sizing: inherit;
  }
  a {
    color: var(--_color-accent);
    text-decoration: underline;
    text-underline-offset: 0.15em;
  }
  a:hover {
    text-decoration-thickness: 0.15em;
  }
  a:focus-visible,
  :focus-visible {
    outline: 3px solid var(--_color-focus);
    outline-offset: 2px;
    border-radius: 2px;
  }
  ${visuallyHiddenStyles}
  /* Where a section or item comes from: the source article, or what Limber added. */
  .provenance {
    margin: 0 0 var(--_space-s);
    color: var(--_color-text-muted);
    font-size: 0.875em;
    font-style: italic;
  }
  /* An item's clinical review: "Reviewed by …", or that it changed since. */
  .reviewed {
    margin: 0 0 var(--_space-s);
    color: var(--_color-text-muted);
    font-size: 0.875em;
  }
  /* In place of an item require-review keeps out, and the emergency card's own status under it. */
  .review-required,
  .review-status {
    margin: 0 0 var(--_space-s);
    padding: var(--_space-s) var(--_space-m);
    border: 1px dashed var(--_color-border);
    border-radius: var(--_radius);
  }
  /* "Due for review since …": content whose next review date has passed. */
  .review-due {
    margin: 0 0 var(--_space-s);
    padding: var(--_space-xs) var(--_space-s);
    border-inline-start: 4px solid var(--_color-warning-border);
    background: var(--_color-warning-surface);
    color: var(--_color-warning-text);
  }
  /* An element's own numbered sources (renderSources), so it is complete on any page. */
  .sources {
    color: var(--_color-text-muted);
    font-size: 0.875em;
  }
  .sources :is(h1, h2, h3, h4, h5, h6) {
    font-size: 1em;
  }
  .sources ol {
    margin: 0;
    padding-inline-start: 1.5em;
  }
  .sources li:focus {
    outline: 3px solid var(--_color-focus);
    outline-offset: 2px;
  }
  .cite {
    line-height: 0;
    font-size: 0.75em;
    vertical-align: super;
  }
  .cite a {
    display: inline-block;
    min-width: 1.5em;
    padding: 0 0.15em;
    text-align: center;
  }
  .problem {
    margin: 0 0 var(--_space-m);
    padding: var(--_space-m);
    border: 2px dashed var(--_color-warning-border);
    border-radius: var(--_radius);
    background: var(--_color-warning-surface);
    color: var(--_color-warning-text);
  }
  .problem-title {
    margin: 0 0 var(--_space-s);
  }
  /* A round "!" marker; decorative (aria-hidden), the words beside it carry the meaning. */
  .alert-icon {
    display: inline-grid;
    place-items: center;
    width: 1.4em;
    height: 1.4em;
    margin-inline-end: var(--_space-s);
    border-radius: 50%;
    background: var(--_color-warning-border);
    color: var(--_color-warning-surface);
    font-weight: 800;
    vertical-align: -0.2em;
  }
  .alert-icon::before {
    content: '!';
  }
  @media (forced-colors: active) {
    .alert-icon {
      forced-color-adjust: none;
      background: CanvasText;
      color: Canvas;
    }
  }
  .problem ul {
    margin: 0;
    padding-inline-start: 1.25em;
  }
  @media (prefers-reduced-motion: reduce) {
    *,
    *::before,
    *::after {
      animation: none !important;
      transition: none !important;
      scroll-behavior: auto !important;
    }
  }
  @media (forced-colors: active) {
    .problem {
      border-color: CanvasText;
    }
    :focus-visible {
      outline-color: Highlight;
    }
  }
  @media print {
    :host {
      --_color-text: #000;
      --_color-text-muted: #000;
      --_color-surface: #fff;
      --_color-surface-raised: #fff;
      --_color-accent: #000;
      --_color-border: #000;
    }
    .problem {
      display: none;
    }
    /* Keep small blocks whole on one page. */
    .card,
    aside,
    figure,
    [role='note'] {
      break-inside: avoid;
    }
  }
`;
