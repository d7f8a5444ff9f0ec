// Styles of <qoldau-impact-chart>. Series colors are component properties that fall back to the
// theme tokens; the component resolves them to rgb() for the canvas.
import { css } from 'lit';

export const impactChartStyles = css`
  :host {
    /* Tokens only some widgets use (see base/theme.ts). */
    --_accent: var(--qoldau-color-accent, light-dark(#8a5a00, #f5c04a));
    --_focus: var(--qoldau-focus-ring, 0 0 0 3px var(--_brand-text));
    --_chart-height: var(--qoldau-chart-height, 280px);
    --_chart-1: var(--qoldau-chart-color-1, var(--_fill));
    --_chart-2: var(--qoldau-chart-color-2, var(--_accent));
    --_chart-3: var(--qoldau-chart-color-3, var(--_success));
    --_chart-4: var(--qoldau-chart-color-4, color-mix(in oklab, var(--_fill) 45%, var(--_surface)));
    --_chart-5: var(--qoldau-chart-color-5, color-mix(in oklab, var(--_accent) 50%, var(--_surface)));
    --_chart-6: var(--qoldau-chart-color-6, var(--_muted));
  }
  .widget {
    margin: 0;
  }
  .heading {
    font-weight: 650;
    font-size: 1.05em;
    margin: 0 0 var(--_space);
  }
  .chart {
    position: relative;
    height: var(--_chart-height);
  }
  .chart.failed {
    display: none;
  }
  canvas {
    display: block;
    /* Until chart.js sizes it (when the chart is first seen), a canvas is 300 px wide: on a phone
       that made the whole page scroll sideways. */
    max-width: 100%;
  }
  .probe {
    display: none;
  }
  .legend {
    list-style: none;
    display: flex;
    flex-wrap: wrap;
    gap: calc(var(--_space) / 2) calc(var(--_space) * 2);
    margin: var(--_space) 0 0;
    padding: 0;
    font-size: 0.92em;
  }
  .legend li {
    display: flex;
    align-items: center;
    gap: calc(var(--_space) * 0.75);
  }
  .swatch {
    width: 0.9em;
    height: 0.9em;
    border-radius: 3px;
    background: var(--_swatch, var(--_fill));
    flex: none;
  }
  .toggle {
    margin-top: var(--_space);
    font: inherit;
    font-size: 0.92em;
    color: var(--_text);
    background: none;
    border: 1px solid var(--_border);
    border-radius: calc(var(--_radius) / 2);
    padding: calc(var(--_space) / 2) var(--_space);
    cursor: pointer;
  }
  .reserved {
    visibility: hidden;
  }
  span.toggle {
    display: inline-block;
  }
  .toggle:hover {
    border-color: var(--_brand);
  }
  /* The ring is a box-shadow (the --qoldau-focus-ring token); forced colours drop shadows and turn
     the transparent outline into a visible one. */
  .toggle:focus-visible {
    outline: 2px solid transparent;
    outline-offset: 2px;
    box-shadow: var(--_focus);
  }
  /* Forced colours would paint the legend swatches Canvas: keep the colours the canvas draws. The
     focus outline is CanvasText: the forced transparent one is a translucent Highlight on Linux. */
  @media (forced-colors: active) {
    .swatch {
      forced-color-adjust: none;
    }
    .toggle:focus-visible {
      outline-color: CanvasText;
    }
  }
  .table-wrap {
    margin-top: var(--_space);
    overflow-x: auto;
  }
  table {
    width: 100%;
    border-collapse: collapse;
    font-variant-numeric: tabular-nums;
    font-size: 0.95em;
  }
  caption {
    text-align: start;
    font-weight: 600;
    padding-bottom: calc(var(--_space) / 2);
  }
  th,
  td {
    padding: calc(var(--_space) / 2) var(--_space);
    border-bottom: 1px solid var(--_border);
    text-align: end;
  }
  th[scope='row'],
  thead th:first-child {
    text-align: start;
    font-weight: 500;
  }
  thead th,
  tfoot th,
  tfoot td {
    font-weight: 650;
  }
  .loading .heading:empty {
    min-height: 1.4em;
  }
  .empty-message {
    display: grid;
    place-items: center;
    height: 100%;
    margin: 0;
    color: var(--_muted);
    border: 1px dashed var(--_border);
    border-radius: 8px;
  }
`;
