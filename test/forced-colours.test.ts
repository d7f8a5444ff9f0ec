// Forced colours (Windows High Contrast, WCAG 1.4.11 and 2.4.7) in Chromium's own emulation: every
// meter keeps a fill that stands apart from its track and the card, and every focusable part of
// every widget (the forms' and the donate picker's every control too) shows a focus indicator and
// is at least 24 px square (2.5.8), in forced colours and without. With QOLDAU_SCREENSHOTS=dir
// the meters are also saved as pictures for a person to look at.
import { expect, html, nextFrame } from '@open-wc/testing';
import { executeServerCommand, sendKeys } from '@web/test-runner-commands';
import { render } from 'lit';
import '../packages/elements/src/donation-progress/define.js';
import '../packages/elements/src/impact-counters/define.js';
import '../packages/charts/src/impact-chart/define.js';
import '../packages/elements/src/event-signup/define.js';
import '../packages/elements/src/volunteer-form/define.js';
import '../packages/elements/src/donate/define.js';
import { contrast } from './colour.js';
import { daysFromNow, until, useLocale } from './helpers.js';

const forcedColours = (active: boolean) => executeServerCommand('qoldau-forced-colors', { active });
const style = (element: Element | null | undefined) => getComputedStyle(element!);

async function screenshot(name: string, first: Element, last: Element) {
  const [top, bottom] = [first.getBoundingClientRect(), last.getBoundingClientRect()];
  const clip = {
    x: top.x - 8,
    y: top.y - 8 + window.scrollY,
    width: top.width + 16,
    height: bottom.bottom - top.y + 16,
  };
  await executeServerCommand('qoldau-screenshot', { name, clip });
}

/** The focus indicator of `element` when focused: an opaque outline or a box-shadow, with its colour. */
function focusIndicator(element: Element): { kind: string; colour: string } | undefined {
  const computed = style(element);
  if (computed.outlineStyle !== 'none' && parseFloat(computed.outlineWidth) >= 2) {
    const colour = computed.outlineColor;
    if (!/rgba\(.*,\s*0\)$|transparent/.test(colour)) return { kind: 'outline', colour };
  }
  const shadow = /^(oklch\([^)]*\)|oklab\([^)]*\)|rgba?\([^)]*\)|#\w+)/.exec(computed.boxShadow);
  if (computed.boxShadow !== 'none' && shadow) return { kind: 'box-shadow', colour: shadow[1] };
  return undefined;
}

describe('forced colours and visible focus', () => {
  let page: HTMLElement;
  const widgets = () => [...page.children] as HTMLElement[];

  before(async () => {
    await useLocale('en');
    // Still pictures: meters drawn at their final values, not mid-animation.
    document.documentElement.dataset.qoldauMotion = 'reduce';
    page = document.body.appendChild(document.createElement('div'));
    page.style.cssText = 'width: 420px; padding: 16px; --qoldau-color-brand: #fff59d';
    render(
      html`<qoldau-donation-progress variant="bar" raised="6" goal="10" heading="Winter food">
          <script type="application/json">
            {
              "milestones": [
                { "amount": 3, "label": "Stoves" },
                { "amount": 8, "label": "Coal" }
              ]
            }
          </script>
          <a slot="footer" href="#donate">Donate</a>
        </qoldau-donation-progress>
        <qoldau-donation-progress variant="thermometer" raised="6" goal="10"></qoldau-donation-progress>
        <qoldau-donation-progress variant="ring" raised="6" goal="10"></qoldau-donation-progress>
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
    const [bar, thermometer, ring, counter, chart] = widgets();
    for (const meter of [bar, thermometer, ring]) {
      await until(() => meter.shadowRoot?.querySelector('.fill, .ring-fill'), 10_000, 'a meter');
    }
    await until(() => counter.shadowRoot?.querySelector('.value:not(.bone)'), 10_000, 'the counter');
    await until(() => chart.shadowRoot?.querySelector('.toggle'), 10_000, 'the chart');
    await nextFrame();
  });

  after(async () => {
    delete document.documentElement.dataset.qoldauMotion;
    await forcedColours(false);
    page.remove();
  });

  for (const forced of [false, true]) {
    const mode = forced ? 'forced colours' : 'normal colours';

    it(`${mode}: every meter's fill stands apart from its track and the card (≥ 3:1)`, async () => {
      await forcedColours(forced);
      expect(matchMedia('(forced-colors: active)').matches).to.equal(forced);
      const [bar, thermometer, ring] = widgets();
      for (const [name, meter] of Object.entries({ bar, thermometer })) {
        const root = meter.shadowRoot!;
        const card = style(root.querySelector('.widget')).backgroundColor;
        const fill = style(root.querySelector('.fill')).backgroundColor;
        const track = style(root.querySelector('.meter')).backgroundColor;
        expect(contrast(fill, track), `${name} fill vs track: ${fill} / ${track}`).to.be.at.least(3);
        expect(contrast(fill, card), `${name} fill vs card: ${fill} / ${card}`).to.be.at.least(3);
        if (forced) {
          // The track is the card's colour; its outline shows where the empty part ends.
          const outline = style(root.querySelector('.meter')).outlineColor;
          expect(contrast(outline, card), `${name} track outline`).to.be.at.least(3);
        }
      }
      const root = ring.shadowRoot!;
      const card = style(root.querySelector('.widget')).backgroundColor;
      const fill = style(root.querySelector('.ring-fill')).stroke;
      const trackStyle = style(root.querySelector('.ring-track'));
      const track = trackStyle.stroke;
      if (forced) {
        // One system colour for both arcs; the empty one is a thin line, the filled one thick.
        expect(contrast(track, card), `ring track vs card: ${track} / ${card}`).to.be.at.least(3);
        const width = (selector: string) => parseFloat(style(root.querySelector(selector)).strokeWidth);
        expect(width('.ring-track') * 3, 'thin track, thick fill').to.be.at.most(width('.ring-fill'));
      } else {
        expect(contrast(fill, track), `ring fill vs track: ${fill} / ${track}`).to.be.at.least(3);
      }
      expect(contrast(fill, card), `ring fill vs card`).to.be.at.least(3);
      const text = style(root.querySelector('.ring-percent')).color;
      expect(contrast(text, card), `ring percent text`).to.be.at.least(4.5);
      await screenshot(`meters-${forced ? 'forced-colours' : 'pale-yellow-brand'}`, bar, ring);
    });

    it(`${mode}: every focusable part shows a focus indicator (≥ 3:1 against the card)`, async () => {
      await forcedColours(forced);
      const [bar, , , , chart] = widgets();
      // Tab from a button placed before the widgets, through all of them.
      const start = document.createElement('button');
      start.textContent = 'start';
      page.prepend(start);
      start.focus();
      const seen: string[] = [];
      for (let step = 0; step < 6; step++) {
        await sendKeys({ press: 'Tab' });
        let focused = document.activeElement;
        while (focused?.shadowRoot?.activeElement) focused = focused.shadowRoot.activeElement;
        if (!focused || focused === document.body) break;
        // The slotted link is the page's own (its focus style is the site's); widgets own the rest.
        if (focused.closest('qoldau-donation-progress') === bar) {
          seen.push('donate link');
          continue;
        }
        const host = (focused.getRootNode() as ShadowRoot).host;
        if (!host) break;
        const indicator = focusIndicator(focused);
        expect(indicator, `${host.localName} ${focused.localName}.${focused.className}`).to.exist;
        const card = style(host.shadowRoot!.querySelector('.widget')).backgroundColor;
        if (forced) expect(indicator!.kind, 'shadows are dropped in forced colours').to.equal('outline');
        expect(contrast(indicator!.colour, card), `${host.localName} focus colour`).to.be.at.least(3);
        // WCAG 2.5.8 target size: at least 24 × 24 CSS px.
        const target = focused.getBoundingClientRect();
        expect(Math.min(target.width, target.height), `${host.localName} target size`).to.be.at.least(24);
        seen.push(`${host.localName} ${focused.localName}`);
      }
      start.remove();
      expect(seen).to.include('qoldau-impact-chart button');
      expect(chart.shadowRoot!.querySelector('.toggle')).to.exist;
    });
  }
});

/**
 * What a pointer can hit to operate `control`: its own box, and for a checkbox or radio also its
 * labels (clicking a label toggles the box), as WCAG 2.5.8 measures a target.
 */
function targetBox(control: Element): { width: number; height: number } {
  const rects = [control, ...((control as HTMLInputElement).labels ?? [])].map((node) => node.getBoundingClientRect());
  const [left, top] = [Math.min(...rects.map((r) => r.left)), Math.min(...rects.map((r) => r.top))];
  const [right, bottom] = [Math.max(...rects.map((r) => r.right)), Math.max(...rects.map((r) => r.bottom))];
  return { width: right - left, height: bottom - top };
}

describe('forced colours and visible focus: the forms and the donate picker', () => {
  let page: HTMLElement;

  before(async () => {
    await useLocale('en');
    page = document.body.appendChild(document.createElement('div'));
    page.style.cssText = 'width: 420px; padding: 16px; --qoldau-color-brand: #fff59d';
    render(
      html`<qoldau-event-signup
          heading="Clay workshop"
          starts=${daysFromNow(30)}
          capacity="12"
          registered="3"
          max-per-signup="3"
          operator="Batyr PF"
          privacy-url="https://example.kz/privacy"
          marketing
        ></qoldau-event-signup>
        <qoldau-volunteer-form operator="Batyr PF" privacy-url="https://example.kz/privacy" steps="never" marketing>
          <script type="application/json">
            {
              "title": "Class helper",
              "guardian": true,
              "skills": [{ "id": "sign", "label": "Sign language" }],
              "shifts": [{ "id": "am", "label": "Mornings", "capacity": 5, "taken": 3 }]
            }
          </script>
        </qoldau-volunteer-form>
        <qoldau-donate provider="url" amounts="2000 5000" payment-url="https://example.kz/pay?amount={amount}">
        </qoldau-donate>`,
      page,
    );
    for (const host of page.children)
      await until(() => host.shadowRoot?.querySelector('form, .widget:not(.loading)'), 10_000, host.localName);
    await nextFrame();
  });

  after(async () => {
    await forcedColours(false);
    page.remove();
  });

  for (const forced of [false, true]) {
    const mode = forced ? 'forced colours' : 'normal colours';

    it(`${mode}: Tab reaches every control of every form; each shows a focus indicator (≥ 3:1) and is a 24 px target`, async () => {
      await forcedColours(forced);
      const start = document.createElement('button');
      start.textContent = 'start';
      page.prepend(start);
      start.focus();
      const problems: string[] = [];
      const seen = new Set<string>();
      // Tab until focus leaves the widgets: a loop that ran out of presses first never saw the last controls.
      let left = false;
      for (let step = 0; step < 80; step++) {
        await sendKeys({ press: 'Tab' });
        let focused = document.activeElement;
        while (focused?.shadowRoot?.activeElement) focused = focused.shadowRoot.activeElement;
        if (!focused || focused === document.body || !page.contains((focused.getRootNode() as ShadowRoot).host)) {
          left = true;
          break;
        }
        const host = (focused.getRootNode() as ShadowRoot).host;
        const name = `${host.localName} ${focused.localName}[name=${focused.getAttribute('name') ?? ''}]${(focused as HTMLInputElement).type ?? ''}`;
        seen.add(host.localName);
        const indicator = focusIndicator(focused);
        const card = style(host.shadowRoot!.querySelector('.widget')).backgroundColor;
        if (!indicator) problems.push(`${name}: no focus indicator`);
        else {
          if (forced && indicator.kind !== 'outline') problems.push(`${name}: a shadow, dropped in forced colours`);
          if (contrast(indicator.colour, card) < 3)
            problems.push(`${name}: focus colour ${indicator.colour} on ${card}`);
        }
        const target = targetBox(focused);
        if (Math.min(target.width, target.height) < 24)
          problems.push(`${name}: target ${Math.round(target.width)} × ${Math.round(target.height)} px`);
      }
      start.remove();
      expect(left, 'focus left the widgets within 80 Tab presses').to.be.true;
      expect([...seen]).to.deep.equal(['qoldau-event-signup', 'qoldau-volunteer-form', 'qoldau-donate']);
      expect(problems.join('\n')).to.equal('');
    });
  }
});
