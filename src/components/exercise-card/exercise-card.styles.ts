import { css } from 'lit';

export const exerciseCardStyles = css`
  :host {
    --_card-background: var(--limber-exercise-card-background, var(--_color-surface));
    --_card-color: var(--limber-exercise-card-color, var(--_color-text));
    --_card-border: var(--limber-exercise-card-border-color, var(--_color-border));
    --_card-radius: var(--limber-exercise-card-radius, var(--_radius));
    --_card-padding: var(--limber-exercise-card-padding, var(--_space-l));
    --_card-accent: var(--limber-exercise-card-accent, var(--_color-accent));
    --_card-warning-border: var(--limber-exercise-card-warning-border, var(--_color-warning-border));
    --_card-warning-background: var(--limber-exercise-card-warning-background, var(--_color-warning-surface));
    container-type: inline-size;
  }
  :host([compact]) {
    --_card-padding: var(--limber-exercise-card-padding, var(--_space-m));
  }
  .card {
    margin: 0;
    padding: var(--_card-padding);
    border: 1px solid var(--_card-border);
    border-radius: var(--_card-radius);
    background: var(--_card-background);
    color: var(--_card-color);
  }
  h1, h2, h3, h4, h5, h6 {
    margin: 0 0 var(--_space-s);
    font-size: 1.05em;
    line-height: 1.3;
  }
  .name {
    font-size: 1.35em;
    margin-block-end: var(--_space-xs);
  }
  :host([compact]) .name {
    font-size: 1.15em;
  }
  .header {
    margin-block-end: var(--_space-m);
  }
  .goal {
    display: inline-block;
    margin: 0;
    padding: 0.1em 0.6em;
    border: 1px solid transparent;
    border-radius: 999px;
    background: var(--_card-accent);
    color: var(--_color-accent-contrast);
    font-size: 0.875em;
    font-weight: 600;
  }
  p {
    margin: 0 0 var(--_space-m);
  }
  section, figure, footer {
    margin: 0 0 var(--_space-m);
  }
  :host([compact]) section {
    margin-block-end: var(--_space-s);
  }
  .steps {
    counter-reset: step;
    list-style: none;
    margin: 0;
    padding: 0;
  }
  .steps > li {
    counter-increment: step;
    position: relative;
    min-height: 1.75em;
    margin: 0 0 var(--_space-s);
    padding-inline-start: 2.5em;
  }
  .steps > li::before {
    content: counter(step);
    position: absolute;
    inset-inline-start: 0;
    top: 0;
    display: grid;
    place-items: center;
    width: 1.75em;
    height: 1.75em;
    border: 2px solid var(--_card-accent);
    border-radius: 50%;
    color: var(--_card-color);
    font-weight: 700;
    font-size: 0.9em;
  }
  dl {
    display: grid;
    grid-template-columns: repeat(auto-fit, minmax(9em, 1fr));
    gap: var(--_space-s);
    margin: 0 0 var(--_space-s);
  }
  dl > div {
    padding: var(--_space-s);
    border-radius: calc(var(--_card-radius) / 2);
    background: var(--_color-surface-raised);
  }
  dt {
    color: var(--_color-text-muted);
    font-size: 0.875em;
  }
  dd {
    margin: 0;
    font-weight: 600;
  }
  /* The care that comes first: the line set apart like the emergency card under it (a red rule), never by colour alone. */
  /* Only the line is boxed: the care cards under it carry their own borders, and a box around
     them would narrow every line of the signs on a phone. */
  .emergency {
    margin-block: var(--_space-s) var(--_space-m);
  }
  .emergency-line {
    margin: 0 0 var(--_space-s);
    padding: var(--_space-s) var(--_space-m);
    border: 1px solid var(--_color-danger);
    border-inline-start-width: 0.35em;
    border-radius: var(--_radius);
  }
  .emergency .alert-icon {
    background: var(--_color-danger);
    color: var(--_color-danger-contrast);
  }
  .more-care > summary {
    margin-block-start: var(--_space-s);
    cursor: pointer;
  }
  .more-care[open] > summary {
    margin-block-end: var(--_space-s);
  }
  @media (forced-colors: active) {
    .emergency-line {
      border-color: CanvasText;
    }
  }
  @media print {
    .emergency-line {
      border-color: #000;
    }
  }
  .stop-if {
    padding: var(--_space-m);
    border: 2px solid var(--_card-warning-border);
    border-inline-start-width: 0.5em;
    border-radius: var(--_card-radius);
    background: var(--_card-warning-background);
    color: var(--_color-warning-text);
  }
  .stop-if ul {
    margin: 0;
    padding-inline-start: 1.25em;
  }
  .stop-icon {
    background: var(--_card-warning-border);
    color: var(--_card-warning-background);
  }
  .media video {
    display: block;
    width: 100%;
    max-width: 100%;
    height: auto;
    border-radius: calc(var(--_card-radius) / 2);
    background: #000;
  }
  figcaption {
    margin-block-start: var(--_space-s);
    color: var(--_color-text-muted);
  }
  .sources {
    padding-block-start: var(--_space-s);
    border-block-start: 1px solid var(--_card-border);
  }
  @container (max-width: 22em) {
    .card {
      padding: var(--_space-m);
    }
  }
  @media (forced-colors: active) {
    .card, .goal, .stop-if, dl > div {
      border-color: CanvasText;
    }
    .goal {
      border: 1px solid CanvasText;
    }
    .steps > li::before {
      border-color: CanvasText;
    }
    .stop-icon {
      background: CanvasText;
      color: Canvas;
    }
    .frames,
    .drawing {
      color: CanvasText;
    }
    .drawing, button {
      border: 1px solid CanvasText;
    }
    .primary, [aria-pressed='true'] {
      background: ButtonText;
      color: ButtonFace;
    }
  }
  @media print {
    .card {
      padding: var(--_space-m);
      border-color: #000;
      break-inside: avoid;
    }
    .goal {
      border: 1px solid #000;
      background: none;
      color: #000;
    }
    .stop-if {
      border-color: #000;
      background: none;
      color: #000;
    }
    .media,
    .summary,
    button,
    .guided,
    .guided-start {
      display: none;
    }
    .frames {
      grid-template-columns: repeat(auto-fill, 8em);
    }
    .frames,
    .drawing {
      color: #000;
    }
    .drawing {
      background: none;
      border: 1px solid #999;
    }
    .sources a::after {
      content: ' (' attr(href) ')';
    }
  }
`;
