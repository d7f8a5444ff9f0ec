import { css } from 'lit';

export const eventSignupStyles = css`
  dl {
    display: grid;
    grid-template-columns: auto 1fr;
    gap: calc(var(--_space) / 2) calc(var(--_space) * 1.5);
    margin: 0 0 var(--_space);
  }
  dt {
    font-weight: 600;
  }
  dd {
    margin: 0;
  }
  .description {
    white-space: pre-line;
  }
  .muted {
    color: var(--_muted);
  }
  .seats {
    font-weight: 600;
    margin: var(--_space) 0;
  }
  .seats:empty {
    display: none;
  }
  h4 {
    margin: calc(var(--_space) * 2) 0 var(--_space);
  }
  .calendar {
    list-style: none;
    padding: 0;
    display: flex;
    flex-wrap: wrap;
    gap: var(--_space) calc(var(--_space) * 2);
    margin: 0 0 calc(var(--_space) * 2);
  }
`;
