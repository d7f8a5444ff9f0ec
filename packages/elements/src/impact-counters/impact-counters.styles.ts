// Styles of <qoldau-impact-counters>: a grid that fits as many columns as the width allows.
import { css } from 'lit';

export const impactCountersStyles = css`
  :host {
    --_min-width: var(--qoldau-counters-min-width, 12rem);
  }
  .grid {
    display: grid;
    grid-template-columns: repeat(auto-fit, minmax(min(100%, var(--_min-width)), 1fr));
    gap: calc(var(--_space) * 2);
  }
`;
