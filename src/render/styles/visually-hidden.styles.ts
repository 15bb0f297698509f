import { css } from 'lit';

/**
 * `.visually-hidden`: heard by screen readers, not seen, and taking no room. Part of every element's
 * shared styles, and the provider's own (its content-update status), which has no others.
 */
export const visuallyHiddenStyles = css`
  .visually-hidden {
    position: absolute !important;
    width: 1px !important;
    height: 1px !important;
    margin: -1px !important;
    padding: 0 !important;
    overflow: hidden !important;
    clip: rect(0 0 0 0) !important;
    white-space: nowrap !important;
    border: 0 !important;
  }
`;
