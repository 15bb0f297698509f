import { css } from 'lit';

/**
 * The figure's frames, the card's buttons (play, Start, forget) and the progress line. Listed
 * before the card's own sheet, whose forced-colours and print rules then still win.
 */
export const figureStyles = css`
  .frames {
    display: grid;
    grid-template-columns: repeat(auto-fit, minmax(7.5em, 1fr));
    gap: var(--_space-s);
  }
  /* The body in the accent, wherever a drawing is (the frames, the guided mode). */
  .frames,
  .drawing {
    color: var(--limber-figure-color, var(--_card-accent));
  }
  .frame {
    margin: 0;
    text-align: center;
  }
  .drawing {
    aspect-ratio: 4 / 3;
    border-radius: calc(var(--_card-radius) / 2);
    background: var(--_color-surface-raised);
  }
  .drawing svg {
    display: block;
    width: 100%;
    height: 100%;
  }
  /* Each shape's edge is the drawing's background, so a limb in front of another stands apart. */
  .drawing .edge {
    stroke: var(--_color-surface-raised);
  }
  /* The step's arrow: the card's text colour, apart from the body's accent. */
  .drawing .arrow {
    color: var(--limber-figure-arrow-color, var(--_card-color));
  }
  .frame-label {
    color: var(--_card-color);
    font-size: 0.875em;
    font-weight: 600;
  }
  button {
    min-block-size: 2.75em;
    min-inline-size: 2.75em;
    padding: 0.25em 1em;
    border: 2px solid var(--_card-accent);
    border-radius: calc(var(--_card-radius) / 2);
    background: var(--_card-background);
    color: var(--_card-color);
    font: inherit;
    font-weight: 600;
    cursor: pointer;
  }
  .primary,
  [aria-pressed='true'] {
    background: var(--_card-accent);
    color: var(--_color-accent-contrast);
  }
  button:disabled {
    opacity: 0.55;
    cursor: not-allowed;
  }
  .play {
    margin-block-start: var(--_space-s);
  }
  .guided-start {
    display: flex;
    flex-wrap: wrap;
    gap: var(--_space-s);
    margin: 0 0 var(--_space-m);
  }
  .progress {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: var(--_space-s);
    margin: var(--_space-s) 0 0;
  }
  @media (forced-colors: active) {
    .drawing .edge {
      stroke: Canvas;
    }
    .drawing .arrow {
      color: Highlight;
    }
  }
  @media print {
    .drawing .edge {
      stroke: #fff;
    }
    .drawing .arrow {
      color: #000;
    }
  }
  @media (prefers-reduced-motion: reduce) {
    .play {
      display: none;
    }
  }
`;
