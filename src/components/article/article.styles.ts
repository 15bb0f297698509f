import { css } from 'lit';

export const articleStyles = css`
  .article {
    display: grid;
    gap: var(--limber-article-gap, var(--_space-l));
    max-width: var(--limber-article-max-width, 48em);
  }
  .title {
    margin: 0 0 var(--_space-s);
    font-size: 2em;
    line-height: 1.2;
  }
  .summary {
    font-size: 1.125em;
  }
  .dates {
    display: flex;
    flex-wrap: wrap;
    gap: var(--_space-xs) var(--_space-l);
    margin: 0 0 var(--_space-s);
    color: var(--_color-text-muted);
    font-size: 0.9em;
  }
  .dates div {
    display: flex;
    flex-wrap: wrap;
    gap: 0 var(--_space-xs);
  }
  /* The term stays whole ("Last reviewed:"); a long date line goes under it on a narrow screen. */
  .dates dt {
    flex: none;
  }
  .dates dt::after {
    content: ':';
  }
  .dates dd {
    margin: 0;
  }
  .source,
  .translation {
    margin: 0;
    color: var(--_color-text-muted);
    font-size: 0.9em;
  }
  .source cite {
    font-style: normal;
  }
  .translation {
    margin-block-start: var(--_space-xs);
    font-weight: 600;
  }
  .contents {
    padding: var(--_space-m);
    border-inline-start: 4px solid var(--_color-border);
    background: var(--_color-surface-raised);
  }
  .contents-title {
    margin: 0 0 var(--_space-xs);
    font-weight: 700;
  }
  .contents ol {
    margin: 0;
  }
  .contents li {
    margin-block-end: var(--_space-xs);
  }
  /* Limber's exercise disclaimer comes before the cards, with room between them. */
  .added > limber-disclaimer {
    margin-block-end: var(--_space-m);
  }
  /* The source article's words about its own exercises, set apart from the exercises Limber added. */
  .from-source {
    margin-block-end: var(--_space-l);
    padding-block-end: var(--_space-m);
    border-block-end: 1px solid var(--_color-border);
  }
  @media (forced-colors: active) {
    .contents {
      border-color: CanvasText;
    }
  }
  @media print {
    .contents {
      display: none;
    }
    .article {
      max-width: none;
    }
  }
`;
