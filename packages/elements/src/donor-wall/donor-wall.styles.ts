// Styles of <qoldau-donor-wall>. The list and the summary share a fixed height (rows from `max`,
// set from code as --_rows: no style attributes under a strict CSP), so loading, empty and full
// lists take the same space and a refresh never moves the page.
import { css } from 'lit';

export const donorWallStyles = css`
  .heading {
    font-weight: 650;
    font-size: 1.05em;
    margin: 0 0 var(--_space);
  }
  /* The list and the summary share a fixed height: a longer summary (another language, a narrow
     column) takes it from the list's visible rows, never from the page below. */
  .body {
    display: flex;
    flex-direction: column;
    block-size: var(--qoldau-donor-wall-height, min(calc(var(--_rows, 10) * 4.5em + 5em), 32em));
  }
  .entries {
    flex: 1 1 0;
    min-block-size: 4.5em;
    margin: 0;
    padding: 0;
    list-style: none;
    overflow-y: auto;
    overscroll-behavior: contain;
    /* The widget keeps the reader's place itself, the same way in every browser (Safari has no scroll anchoring). */
    overflow-anchor: none;
    border-block: 1px solid var(--_border);
  }
  .entries:focus-visible {
    outline: var(--qoldau-focus-ring, 3px solid var(--_brand-text));
    outline-offset: 2px;
  }
  .entry {
    display: grid;
    grid-template-columns: 1fr auto;
    column-gap: var(--_space);
    padding: var(--_space) 0;
    border-block-end: 1px solid var(--_border);
  }
  .entry:last-child {
    border-block-end: 0;
  }
  .line {
    display: flex;
    flex-wrap: wrap;
    align-items: baseline;
    column-gap: var(--_space);
    min-width: 0;
  }
  .name {
    font-weight: 600;
    /* A donor's RTL name or a stray direction mark cannot reorder the amount beside it. */
    unicode-bidi: isolate;
    overflow-wrap: anywhere;
    min-width: 0;
  }
  .amount {
    color: var(--_brand-text);
    font-weight: 650;
    font-variant-numeric: tabular-nums;
    white-space: nowrap;
  }
  .time {
    color: var(--_muted);
    font-size: 0.88em;
    white-space: nowrap;
    justify-self: end;
  }
  .message {
    grid-column: 1 / -1;
    margin: calc(var(--_space) / 2) 0 0;
    unicode-bidi: isolate;
    overflow-wrap: anywhere;
    white-space: pre-line;
  }
  .empty {
    display: grid;
    place-items: center;
    text-align: center;
    color: var(--_muted);
    padding: var(--_space);
  }
  .summary,
  .stale {
    flex: none;
    margin: var(--_space) 0 0;
    color: var(--_muted);
    font-size: 0.92em;
  }
  .summary:empty {
    display: none;
  }
  .loading .summary .bone {
    display: inline-block;
  }
  @media (prefers-reduced-motion: no-preference) {
    .entry.new {
      animation: donor-in var(--qoldau-motion-duration, 0.6s) ease-out;
    }
  }
  @keyframes donor-in {
    from {
      opacity: 0;
      background: color-mix(in oklab, var(--_brand-text) 12%, transparent);
    }
  }
`;
