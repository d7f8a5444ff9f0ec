// Styles of <qoldau-donation-progress>. Geometry comes from --_progress and --_at, which the
// component sets from code (no style attributes: strict CSP). Variants are classes on .widget
// (is-bar, is-thermometer, is-ring), not :host([variant]) selectors: the component draws an
// unknown variant (a typo) as the bar, and the classes follow what it draws, not what was typed.
import { css } from 'lit';

export const donationProgressStyles = css`
  :host {
    --_bar-height: var(--qoldau-progress-height, 12px);
    --_ring-size: var(--qoldau-progress-ring-size, 132px);
    --_meter-fill: var(--qoldau-progress-fill, var(--_fill));
    --_meter-track: var(--qoldau-progress-track, var(--_track));
  }
  .heading {
    font-weight: 650;
    font-size: 1.05em;
    margin: 0 0 var(--_space);
    min-height: 1.4em;
  }
  /* The thermometer and the ring stand beside their figures; the bar (the default) has no .body:
     its figures, track and lines are plain blocks, the cheapest layout for pages of hundreds
     (docs/performance.md). */
  .body {
    display: grid;
    grid-template-columns: auto 1fr;
    gap: calc(var(--_space) * 2);
    align-items: center;
  }
  /* Narrow columns (phones, sidebars): the ring goes above its figures. Only the ring is a size
     container: containment makes each widget a layout root of its own, work the others do not need. */
  .is-ring {
    container-type: inline-size;
  }
  @container (max-width: 340px) {
    .is-ring .body {
      grid-template-columns: 1fr;
      justify-items: center;
      text-align: center;
    }
    .is-ring .figures {
      justify-content: center;
    }
  }
  .figures {
    display: flex;
    flex-wrap: wrap;
    align-items: baseline;
    column-gap: var(--_space);
    font-variant-numeric: tabular-nums;
  }
  .raised {
    font-size: 1.6em;
    font-weight: 700;
    letter-spacing: -0.01em;
  }
  .goal {
    color: var(--_muted);
  }
  .percent {
    margin-inline-start: auto;
    font-weight: 700;
    color: var(--_brand-text);
  }
  .widget:not(.is-bar) .percent {
    margin-inline-start: 0;
    flex-basis: 100%;
  }
  .is-ring .figures .percent {
    display: none;
  }
  .status,
  .details,
  .stale {
    margin: var(--_space) 0 0;
    color: var(--_muted);
    font-size: 0.92em;
  }
  .status {
    color: var(--_text);
    font-weight: 600;
  }
  /* The reached status's icon sits in the line, before the words (not a flex item): the line is
     plain text, centred under a narrow ring even when it wraps. */
  .celebrate {
    color: var(--_success);
  }
  .celebrate .icon {
    vertical-align: -0.2em;
    margin-inline-end: calc(var(--_space) / 2);
  }
  .stale {
    font-style: italic;
  }

  /* The meter, shared by all variants. */
  .meter {
    position: relative;
    background: var(--_meter-track);
  }
  .fill {
    position: absolute;
    inset: 0;
    border-radius: inherit;
    background: var(--_meter-fill);
  }
  .reached .fill {
    background: linear-gradient(90deg, var(--_meter-fill), var(--_success));
  }
  .mark {
    position: absolute;
    border-radius: 2px;
    background: var(--_text);
    opacity: 0.55;
  }
  /* A reached milestone is a light notch in the fill; an open one a dark tick on the track. */
  .mark.reached {
    background: var(--_surface);
    opacity: 0.9;
  }

  /* bar */
  .is-bar .meter {
    height: var(--_bar-height);
    border-radius: 999px;
    margin-top: var(--_space);
  }
  .is-bar .fill {
    clip-path: inset(0 calc((1 - var(--_progress, 0)) * 100%) 0 0 round 999px);
  }
  .is-bar .mark {
    inset-block: -3px;
    inset-inline-start: calc(var(--_at, 0) * 100% - 1px);
    width: 3px;
  }

  /* thermometer */
  .is-thermometer .meter {
    width: 22px;
    height: 150px;
    border-radius: 999px;
    margin-bottom: 18px;
  }
  .is-thermometer .meter::after {
    content: '';
    position: absolute;
    left: 50%;
    bottom: -18px;
    width: 38px;
    height: 38px;
    translate: -50% 0;
    border-radius: 50%;
    background: var(--_meter-fill);
  }
  /* Nothing raised yet: an empty bulb, so the meter does not look partly funded. */
  .is-thermometer.zero .meter::after {
    background: var(--_meter-track);
  }
  .is-thermometer .fill {
    clip-path: inset(calc((1 - var(--_progress, 0)) * 100%) 0 0 0 round 999px);
  }
  .is-thermometer .mark {
    inset-inline: -4px;
    bottom: calc(var(--_at, 0) * 100% - 1px);
    height: 3px;
  }

  /* ring */
  .is-ring .meter {
    width: var(--_ring-size);
    height: var(--_ring-size);
    background: none;
  }
  .ring {
    width: 100%;
    height: 100%;
    rotate: -90deg;
  }
  .ring circle {
    fill: none;
    stroke-width: 12;
  }
  .ring-track {
    stroke: var(--_meter-track);
  }
  .ring-fill {
    stroke: var(--_meter-fill);
    stroke-linecap: round;
    stroke-dasharray: 100;
    stroke-dashoffset: calc(100 - var(--_progress, 0) * 100);
  }
  .reached .ring-fill {
    stroke: var(--_success);
  }
  /* Centred by its own box, which fits the text, on the card's colour: axe otherwise takes the
     ring's stroke (the SVG under the text) for the text's background. */
  .ring-percent {
    position: absolute;
    inset: 50% auto auto 50%;
    translate: -50% -50%;
    background: var(--_surface);
    font-size: 1.5em;
    font-weight: 700;
    color: var(--_brand-text);
    font-variant-numeric: tabular-nums;
  }
  .reached .percent,
  .reached .ring-percent {
    color: var(--_success);
  }

  /* Forced colours (Windows High Contrast) paint every background Canvas: fill, track and card
     would be one colour and the meter would vanish. It draws itself in system colours instead:
     the fill in CanvasText, as solid as text (Highlight is translucent on some systems). */
  @media (forced-colors: active) {
    .meter {
      forced-color-adjust: none;
      background: Canvas;
      outline: 1px solid CanvasText;
    }
    .fill,
    .reached .fill,
    .is-thermometer .meter::after {
      background: CanvasText;
    }
    .mark {
      background: CanvasText;
    }
    .mark.reached {
      background: Canvas;
    }
    .is-ring .meter {
      outline: none;
    }
    /* GrayText can be near CanvasText: the empty arc is a thin line instead. */
    .ring .ring-track {
      stroke: CanvasText;
      stroke-width: 2;
    }
    .ring-fill,
    .reached .ring-fill {
      stroke: CanvasText;
    }
    .ring-percent {
      forced-color-adjust: auto;
    }
  }

  /* The fill animates once, when first seen; the class is only set without reduced motion. */
  .animate .fill {
    transition:
      clip-path var(--_duration) cubic-bezier(0.2, 0.7, 0.2, 1),
      stroke-dashoffset var(--_duration) cubic-bezier(0.2, 0.7, 0.2, 1);
  }

  /* Milestones */
  .milestones {
    list-style: none;
    margin: calc(var(--_space) * 1.5) 0 0;
    padding: var(--_space) 0 0;
    border-top: 1px solid var(--_border);
    display: grid;
    gap: calc(var(--_space) / 2);
    font-size: 0.92em;
  }
  /* A long label and wide text spacing (WCAG 1.4.12) put the amount on its own line, not out of the card. */
  .milestone {
    display: flex;
    flex-wrap: wrap;
    gap: var(--_space);
    align-items: center;
    color: var(--_muted);
  }
  .milestone.reached {
    color: var(--_text);
  }
  .milestone.reached .icon {
    color: var(--_success);
  }
  .dot {
    width: 1.1em;
    height: 1.1em;
    flex: none;
    border: 2px solid var(--_border);
    border-radius: 50%;
  }
  .milestone-amount {
    margin-inline-start: auto;
    font-variant-numeric: tabular-nums;
  }

  /* A title not known yet is a short bar; one embedded in the page wraps as it will (issue #9). */
  .loading .heading:empty {
    width: 60%;
  }
  slot[name='footer']::slotted(*) {
    display: block;
    margin-top: calc(var(--_space) * 1.5);
  }
`;
