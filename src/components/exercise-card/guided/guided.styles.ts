import { css, type CSSResult } from 'lit';

/** The guided panel's styles, adopted by the card's shadow root when this chunk arrives. */
export const guidedStyles: CSSResult = css`
  .guided {
    padding: var(--_space-m);
    border: 2px solid var(--_card-accent);
    border-radius: var(--_card-radius);
  }
  .guided-now {
    display: grid;
    gap: var(--_space-m);
    grid-template-columns: minmax(0, 12rem) minmax(0, 1fr);
  }
  @container (max-width: 28rem) {
    .guided-now {
      grid-template-columns: minmax(0, 1fr);
    }
  }
  .guided-where {
    display: flex;
    flex-wrap: wrap;
    gap: 0 var(--_space-m);
  }
  .guided-step {
    font-size: 1.15em;
  }
  .guided-timer strong {
    font-size: 1.4em;
    font-variant-numeric: tabular-nums;
  }
  .guided-controls {
    display: flex;
    flex-wrap: wrap;
    gap: var(--_space-s);
    margin-block-end: var(--_space-m);
  }
  .guided-cues {
    display: flex;
    flex-wrap: wrap;
    gap: var(--_space-m);
    border: 0;
    padding: 0;
    margin: 0;
  }
  .guided-cues legend {
    padding: 0;
    margin-block-end: var(--_space-xs);
  }
  .guided-cues label {
    display: inline-flex;
    align-items: center;
    gap: var(--_space-xs);
    min-block-size: 24px;
  }
  .guided-cues input {
    inline-size: 24px;
    block-size: 24px;
    margin: 0;
  }
  .worse {
    border-color: var(--_card-warning-border);
    background: var(--_card-warning-background);
    color: var(--_color-warning-text);
  }
  .guided-check,
  .guided-stop-if {
    margin-block-end: var(--_space-m);
    padding: var(--_space-s) var(--_space-m);
    border: 2px solid var(--_card-warning-border);
    border-inline-start-width: 0.5em;
    border-radius: var(--_card-radius);
    background: var(--_card-warning-background);
    color: var(--_color-warning-text);
  }
  .guided-check p,
  .guided-stop-if p {
    margin: 0 0 var(--_space-xs);
  }
  .guided-check ul,
  .guided-stop-if ul {
    margin: 0 0 var(--_space-s);
    padding-inline-start: 1.25em;
  }
  .guided-stopped {
    margin-block-end: var(--_space-m);
    padding: var(--_space-xs) var(--_space-s);
  }
  .guided-stopped p {
    margin: 0 0 var(--_space-xs);
  }
  .guided limber-care-card {
    display: block;
    margin-block-end: var(--_space-m);
  }
  .guided-options {
    display: flex;
    flex-wrap: wrap;
    gap: var(--_space-m);
    align-items: flex-start;
  }
  .guided-pace {
    display: grid;
    gap: var(--_space-xs);
  }
  .guided-pace select {
    min-block-size: 2.75em;
    font: inherit;
  }
  .guided-note {
    flex-basis: 100%;
    margin: 0;
    color: var(--_color-text-muted);
  }
  @media (forced-colors: active) {
    .guided-check,
    .guided-stop-if {
      border-color: CanvasText;
    }
  }
`;
