import { css } from 'lit';

export const volunteerFormStyles = css`
  .description {
    margin: 0 0 var(--_space);
  }
  .step {
    display: grid;
    gap: calc(var(--_space) * 2);
  }
  .step[hidden] {
    display: none;
  }
  .step h3 {
    margin: 0;
    font-size: 1.15em;
  }
  .progress {
    margin: 0;
    color: var(--_muted);
    font-weight: 600;
  }
  .guardian {
    display: grid;
    gap: calc(var(--_space) * 2);
    border-left: 4px solid var(--_brand);
    padding-left: calc(var(--_space) * 1.5);
  }
  .guardian .hint {
    margin: 0;
  }
  .notice {
    margin: 0;
    font-weight: 600;
  }
  .actions {
    display: flex;
    flex-wrap: wrap;
    gap: var(--_space);
  }
  .shift-outcomes {
    padding-left: 1.2em;
  }
`;
