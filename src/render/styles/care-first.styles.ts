import { css } from 'lit';

/** The care cards and "Before you start" that come before any exercise (`../care-first.ts`). */
export const careFirstStyles = css`
  .care-first,
  .care-cards {
    display: grid;
    gap: var(--_space-m);
  }
  .care-first {
    margin-block-end: var(--_space-l);
  }
  .before-you-start ul {
    padding-inline-start: 1.25em;
  }
  .before-you-start li + li {
    margin-block-start: var(--_space-xs);
  }
`;
