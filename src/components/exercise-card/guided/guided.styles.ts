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
`;
