import { css } from 'lit';

export const citationsStyles = css`
  .heading {
    margin: 0 0 var(--_space-s);
    font-size: 1.2em;
  }
  .list {
    margin: 0;
    padding-inline-start: 2em;
    font-size: var(--limber-citations-font-size, 0.9375em);
  }
  .list > li {
    margin-block-end: var(--_space-s);
    padding: var(--_space-xs);
    border-radius: 2px;
  }
  .list > li.current {
    background: var(--limber-citations-highlight, var(--_color-surface-raised));
  }
  .url {
    overflow-wrap: anywhere;
  }
  /* The arrow points back towards the start of the line, so it turns round in right-to-left text. */
  .back-arrow {
    display: inline-block;
  }
  .back-arrow:dir(rtl) {
    transform: scaleX(-1);
  }
  .back {
    min-height: 24px;
    margin-inline-start: var(--_space-s);
    padding: 0.1em 0.6em;
    border: 1px solid var(--_color-border);
    border-radius: var(--_radius);
    background: var(--_color-surface);
    color: var(--_color-accent);
    font: inherit;
    cursor: pointer;
  }
  @media print {
    .back {
      display: none;
    }
  }
`;
