import { css } from 'lit';

/** Prose styles shared by the section elements: headings, paragraphs, lists and quotations. */
export const sectionStyles = css`
  h1, h2, h3, h4, h5, h6 {
    margin: 0 0 var(--_space-s);
    line-height: 1.25;
  }
  .heading {
    font-size: var(--limber-section-heading-size, 1.35em);
  }
  .item-heading {
    font-size: 1.05em;
  }
  p {
    margin: 0 0 var(--_space-m);
  }
  ul, ol {
    margin: 0 0 var(--_space-m);
    padding-inline-start: 1.5em;
  }
  li {
    margin-block-end: var(--_space-s);
  }
  .items {
    list-style: none;
    padding: 0;
  }
  .items > li {
    margin-block-end: var(--_space-m);
  }
  .quote {
    margin: 0 0 var(--_space-m);
    padding-inline-start: var(--_space-m);
    border-inline-start: 4px solid var(--limber-quote-border, var(--_color-accent));
  }
  .quote blockquote {
    margin: 0;
    font-style: italic;
  }
  .quote blockquote p {
    margin: 0 0 var(--_space-xs);
  }
  .quote blockquote p::before {
    content: open-quote;
  }
  .quote blockquote p::after {
    content: close-quote;
  }
  .quote figcaption {
    color: var(--_color-text-muted);
    font-size: 0.875em;
  }
  .quote figcaption::before {
    content: '— ';
  }
  .quote .original {
    margin-block-start: var(--_space-xs);
    font-size: 0.875em;
  }
  .quote .original summary {
    cursor: pointer;
    min-block-size: 24px;
  }
  .evidence {
    padding: var(--_space-s) var(--_space-m);
    border-inline-start: 4px solid var(--_color-warning-border);
    background: var(--_color-warning-surface);
    color: var(--_color-warning-text);
  }
  .evidence > p {
    margin: 0;
  }
  .evidence .provenance {
    margin-block-end: var(--_space-xs);
    color: inherit;
  }
  @media (forced-colors: active) {
    .quote, .evidence {
      border-color: CanvasText;
    }
  }
  @media print {
    a[href^='http']::after {
      content: ' (' attr(href) ')';
      overflow-wrap: anywhere;
    }
    .evidence {
      background: none;
      border-color: #000;
      color: #000;
    }
  }
`;
