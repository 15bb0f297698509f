import { css } from 'lit';

export const exerciseListStyles = css`
  .list {
    display: grid;
    grid-template-columns: repeat(auto-fill, minmax(min(100%, var(--limber-exercise-list-min-column, 20em)), 1fr));
    gap: var(--limber-exercise-list-gap, var(--_space-m));
    margin: 0;
    padding: 0;
    list-style: none;
  }
  .list > li {
    display: flex;
    flex-direction: column;
  }
  .list > li > * {
    flex: 1;
  }
  .printed {
    display: none;
  }
  @media print {
    .list {
      display: block;
    }
    .list > li {
      margin-block-end: var(--_space-m);
      break-inside: avoid;
    }
    .printed {
      display: block;
      margin: 0;
      font-size: 0.875em;
      color: #000;
    }
  }
`;
