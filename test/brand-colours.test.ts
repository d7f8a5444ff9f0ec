// Any brand colour stays readable (issue #10, WCAG 1.4.3 and 1.4.11): 36 brands (pale yellows,
// pure primaries, greys, black, white, very dark blues, common NGO colours) × light/dark, over every
// widget. Colours are read as the browser resolves them (getComputedStyle gives oklch()/oklab()
// here) and painted on a canvas to get the sRGB pixel, so Chromium's own gamut handling counts.
import { expect, html, nextFrame } from '@open-wc/testing';
import { render } from 'lit';
import '../packages/elements/src/donation-progress/define.js';
import '../packages/elements/src/impact-counters/define.js';
import '../packages/charts/src/impact-chart/define.js';
import { contrast, pixel } from './colour.js';
import { until, useLocale } from './helpers.js';

const BRANDS = [
  // pale and pure yellows
  '#ffff00', '#fff9c4', '#ffeb3b', '#fdd835', '#f5e050', '#ffee58', '#ffc107', '#cddc39',
  // pure primaries and secondaries
  '#ff0000', '#00ff00', '#0000ff', '#00ffff', '#ff00ff',
  // colourless
  '#000000', '#ffffff', '#777777', '#333333', '#cccccc', '#999999',
  // very dark blues
  '#000033', '#001f3f', '#0a1a3c', '#1a237e',
  // common NGO colours
  '#00687f', '#e91e63', '#ff9800', '#4caf50', '#2196f3', '#9c27b0', '#795548', '#009688', '#8bc34a',
  '#ff5722', '#607d8b', '#3f51b5', '#00bcd4',
]; // prettier-ignore

const isGrey = (color: string) => {
  const [r, g, b] = pixel(color);
  return Math.max(r, g, b) - Math.min(r, g, b) <= 2;
};
const sameColour = (a: string, b: string) => pixel(a).every((channel, i) => Math.abs(channel - pixel(b)[i]) <= 1);

const style = (element: Element | null | undefined) => getComputedStyle(element!);

describe('brand colours stay readable in every widget (36 brands × light/dark)', () => {
  let page: HTMLElement;

  before(async () => {
    await useLocale('en');
    // Not a fixture: open-wc removes fixtures after each test, and these widgets serve all three.
    page = document.body.appendChild(document.createElement('div'));
    render(
      html` <qoldau-donation-progress variant="bar" raised="5" goal="10">
          <a slot="footer" href="#donate">Donate</a>
        </qoldau-donation-progress>
        <qoldau-donation-progress variant="ring" raised="5" goal="10"></qoldau-donation-progress>
        <qoldau-impact-counter value="1250" label="meals"></qoldau-impact-counter>
        <qoldau-impact-chart type="bar">
          <script type="application/json">
            {
              "currency": "KZT",
              "items": [
                { "label": "Food", "amount": 5 },
                { "label": "Rent", "amount": 3 }
              ]
            }
          </script>
        </qoldau-impact-chart>`,
      page,
    );
    const [bar, ring, counter, chart] = page.children as unknown as HTMLElement[];
    await until(() => bar.shadowRoot?.querySelector('.percent'), 10_000, 'the bar');
    await until(() => ring.shadowRoot?.querySelector('.ring-percent'), 10_000, 'the ring');
    await until(() => counter.shadowRoot?.querySelector('.value:not(.bone)'), 10_000, 'the counter');
    await until(() => chart.shadowRoot?.querySelector('.toggle'), 10_000, 'the chart');
    await nextFrame();
  });

  after(() => page.remove());

  for (const scheme of ['light', 'dark'] as const) {
    it(`${scheme}: text ≥ 4.5:1, fill, focus and UI ≥ 3:1, greys stay grey`, () => {
      page.style.colorScheme = scheme;
      const [bar, ring, counter, chart] = page.children as unknown as HTMLElement[];
      const failures: string[] = [];
      const check = (brand: string, what: string, ratio: number, min: number) => {
        if (!(ratio >= min)) failures.push(`${brand} ${what}: ${ratio.toFixed(2)} < ${min}`);
      };
      for (const brand of BRANDS) {
        page.style.setProperty('--qoldau-color-brand', brand);
        const barRoot = bar.shadowRoot!;
        const card = style(barRoot.querySelector('.widget')).backgroundColor;
        const percent = style(barRoot.querySelector('.percent')).color;
        const fill = style(barRoot.querySelector('.fill')).backgroundColor;
        const track = style(barRoot.querySelector('.meter')).backgroundColor;
        const link = style(bar.querySelector('a')).color;
        check(brand, 'bar percent text', contrast(percent, card), 4.5);
        check(brand, 'donate link', contrast(link, card), 4.5);
        check(brand, 'bar fill vs track', contrast(fill, track), 3);
        check(brand, 'bar fill vs card', contrast(fill, card), 3);

        const ringRoot = ring.shadowRoot!;
        const ringFill = style(ringRoot.querySelector('.ring-fill')).stroke;
        const ringTrack = style(ringRoot.querySelector('.ring-track')).stroke;
        check(brand, 'ring percent text', contrast(style(ringRoot.querySelector('.ring-percent')).color, card), 4.5);
        check(brand, 'ring fill vs track', contrast(ringFill, ringTrack), 3);

        const counterRoot = counter.shadowRoot!;
        const counterCard = style(counterRoot.querySelector('.widget')).backgroundColor;
        check(brand, 'counter value', contrast(style(counterRoot.querySelector('.value')).color, counterCard), 4.5);

        // The chart's first series and the focus ring, as the theme resolves them on this page.
        const chartRoot = chart.shadowRoot!;
        const chartCard = style(chartRoot.querySelector('.widget')).backgroundColor;
        const probe = document.createElement('span');
        page.append(probe);
        probe.style.color = style(chart).getPropertyValue('--_chart-1');
        const series = style(probe).color;
        probe.style.color = style(chart)
          .getPropertyValue('--_focus')
          .replace(/^\s*0 0 0 3px\s*/, '');
        const focus = style(probe).color;
        probe.remove();
        check(brand, 'chart series 1 vs card', contrast(series, chartCard), 3);
        check(brand, 'focus ring vs card', contrast(focus, chartCard), 3);

        if (isGrey(brand)) {
          for (const [what, colour] of Object.entries({ percent, fill, link, series, focus })) {
            if (!isGrey(colour)) failures.push(`${brand} ${what} is no longer grey: ${colour}`);
          }
        }
      }
      expect(failures).to.deep.equal([]);
    });
  }

  it('keeps the exact brand wherever it already passes', () => {
    const [bar] = page.children as unknown as HTMLElement[];
    const percentOf = (brand: string, scheme: string) => {
      page.style.colorScheme = scheme;
      page.style.setProperty('--qoldau-color-brand', brand);
      return style(bar.shadowRoot!.querySelector('.percent')).color;
    };
    const fillOf = () => style(bar.shadowRoot!.querySelector('.fill')).backgroundColor;
    for (const brand of ['#00687f', '#1a237e', '#001f3f', '#3f51b5', '#9c27b0', '#795548', '#333333', '#000000']) {
      expect(sameColour(percentOf(brand, 'light'), brand), `${brand} light text`).to.be.true;
      expect(sameColour(fillOf(), brand), `${brand} light fill`).to.be.true;
    }
    for (const brand of ['#ffff00', '#fff9c4', '#ffffff', '#cccccc', '#00ffff', '#ffc107', '#cddc39']) {
      expect(sameColour(percentOf(brand, 'dark'), brand), `${brand} dark text`).to.be.true;
      expect(sameColour(fillOf(), brand), `${brand} dark fill`).to.be.true;
    }
  });
});
