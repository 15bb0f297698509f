import { css } from 'lit';

export const careCardStyles = css`
  :host {
    --_care-color: var(--limber-care-card-non-urgent-color, var(--_color-accent));
  }
  .card {
    padding: var(--_space-m) var(--_space-l);
    border: 2px solid var(--_care-color);
    border-inline-start-width: 0.5em;
    border-radius: var(--_radius);
    background: var(--_color-surface);
  }
  .card.urgent {
    --_care-color: var(--limber-care-card-urgent-color, var(--_color-warning-border));
  }
  .card.emergency {
    --_care-color: var(--limber-care-card-emergency-color, var(--_color-danger));
    border-width: 4px;
    border-inline-start-width: 0.75em;
  }
  .heading {
    margin: 0 0 var(--_space-s);
    font-size: 1.2em;
    line-height: 1.3;
  }
  .level {
    display: inline-block;
    margin-inline-end: var(--_space-s);
    padding: 0.05em 0.5em;
    border: 2px solid var(--_care-color);
    border-radius: 4px;
    color: var(--_color-text);
    font-size: 0.8em;
    letter-spacing: 0.04em;
    text-transform: uppercase;
    vertical-align: 0.1em;
  }
  .emergency .level {
    background: var(--limber-care-card-emergency-color, var(--_color-danger));
    color: var(--limber-care-card-emergency-contrast, var(--_color-danger-contrast));
  }
  .signs {
    margin: 0 0 var(--_space-m);
    padding-inline-start: 1.25em;
  }
  .signs li {
    margin-block-end: var(--_space-xs);
  }
  .action {
    margin: 0;
    font-weight: 700;
  }
  .sources {
    margin: var(--_space-s) 0 0;
  }
  .options-from {
    margin: var(--_space-m) 0 var(--_space-xs);
    padding-block-start: var(--_space-s);
    border-block-start: 1px solid var(--_color-border);
  }
  .options-list {
    margin: 0;
    padding-inline-start: 1.25em;
  }
  .options-list li {
    margin-block-end: var(--_space-xs);
  }
  .options-list a {
    display: block;
    min-block-size: 24px;
    font-weight: 700;
  }
  .option-details {
    display: block;
    color: var(--_color-text-muted);
  }
  ::slotted(*) {
    margin-block: var(--_space-m) 0;
  }
  @media (forced-colors: active) {
    .card,
    .level {
      border-color: CanvasText;
    }
    .emergency .level {
      forced-color-adjust: none;
      background: CanvasText;
      color: Canvas;
    }
  }
  @media print {
    .card,
    .level {
      border-color: #000;
    }
    .emergency .level {
      background: #000;
      color: #fff;
      print-color-adjust: exact;
    }
  }
`;
