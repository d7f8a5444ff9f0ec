// Reflow (WCAG 1.4.10) and text spacing (1.4.12): at 320 CSS px, and with the 1.4.12 overrides
// (line height 1.5, paragraph spacing 2em, letter spacing 0.12em, word spacing 0.16em) injected
// into every shadow root, no widget in any locale scrolls the page sideways, clips text or lets it
// run out of its card, and no two pieces of text overlap. Measured with text ranges, so a nowrap
// string wider than its box is caught. Also at 1280 px, where counters sit in narrow columns. Every
// widget: the meters, counters, chart, donor wall, donate picker and both forms. The volunteer form
// twice: as it comes (at 320 px in steps, so only its first step is seen), and in one page
// (steps="never") with a 16-year-old's date of birth typed, so its skills, shifts, consents and the
// guardian's fieldset are measured at every width too.
import { expect, html, nextFrame } from '@open-wc/testing';
import { setViewport } from '@web/test-runner-commands';
import { render, type TemplateResult } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import type { QoldauLocale } from '@qoldau/core';
import '../packages/elements/src/donation-progress/define.js';
import '../packages/elements/src/impact-counters/define.js';
import '../packages/charts/src/impact-chart/define.js';
import '../packages/elements/src/event-signup/define.js';
import '../packages/elements/src/volunteer-form/define.js';
import '../packages/elements/src/donor-wall/define.js';
import '../packages/elements/src/donate/define.js';
import { LOCALES, daysFromNow, openPage, until, useLocale } from './helpers.js';

const TEXT_SPACING = new CSSStyleSheet();
TEXT_SPACING.replaceSync(`* { line-height: 1.5 !important; letter-spacing: 0.12em !important;
  word-spacing: 0.16em !important; } p { margin-bottom: 2em !important; }`);

const milestones = JSON.stringify({
  title: { en: 'Rehabilitation course for Amina', ru: 'Курс реабилитации для Амины', kk: 'Аминаға оңалту курсы' },
  milestones: [
    { amount: 5000000, label: { en: 'Hydraulic lift', ru: 'Гидравлический подъёмник', kk: 'Гидравликалық көтергіш' } },
    { amount: 9000000, label: { en: 'Wheelchair ramp', ru: 'Пандус для коляски', kk: 'Арбаға арналған пандус' } },
  ],
});
const chartData = JSON.stringify({
  currency: 'KZT',
  items: [
    { label: { en: 'Transport', ru: 'Транспорт', kk: 'Көлік' }, amount: 12500000 },
    {
      label: { en: 'Workshop materials', ru: 'Материалы для мастерских', kk: 'Шеберхана материалдары' },
      amount: 1500000,
    },
  ],
});

const role = JSON.stringify({
  title: {
    en: 'Computer class helper',
    ru: 'Помощник на уроках компьютерной грамотности',
    kk: 'Компьютер сабағындағы көмекші',
  },
  guardian: true,
  skills: [{ id: 'sign', label: { en: 'Kazakh sign language', ru: 'Казахский жестовый язык', kk: 'Қазақ ым тілі' } }],
  shifts: [
    {
      id: 'am',
      label: { en: 'Weekday mornings', ru: 'Будни, утро', kk: 'Жұмыс күндері, таңертең' },
      capacity: 5,
      taken: 3,
    },
  ],
});
const gifts = JSON.stringify({
  currency: 'KZT',
  items: [
    {
      name: 'Айгерим Сәрсенбаева',
      amount: 50000,
      message: 'Сәттілік, балалар! Келесі жылы тағы көмектесеміз.',
      date: daysFromNow(-0.1),
    },
    { amount: 10000, date: daysFromNow(-2) },
  ],
});

/** The volunteer form on the sample role; `steps` as the attribute says (absent: in steps when narrow). */
const volunteerForm = (steps?: string) =>
  html`<qoldau-volunteer-form
    steps=${ifDefined(steps)}
    operator="«Батыр» қоғамдық қоры"
    operator-bin="180240012345"
    privacy-url="https://example.kz/privacy"
    marketing
  >
    <script type="application/json">
      ${role}
    </script>
  </qoldau-volunteer-form>`;

const WIDGETS: Record<string, TemplateResult> = {
  bar: html`<qoldau-donation-progress raised="8420000" goal="12500000" donors="314" ends="2099-12-31">
    <script type="application/json">
      ${milestones}
    </script>
    <a slot="footer" href="#donate">Donate</a>
  </qoldau-donation-progress>`,
  thermometer: html`<qoldau-donation-progress variant="thermometer" raised="24500000" goal="30000000" donors="21">
  </qoldau-donation-progress>`,
  ring: html`<qoldau-donation-progress variant="ring" raised="24500000" goal="30000000" ends="2099-12-31">
  </qoldau-donation-progress>`,
  counters: html`<qoldau-impact-counters>
    <qoldau-impact-counter value="24500000" format="currency" label="raised this year"></qoldau-impact-counter>
    <qoldau-impact-counter value="24500000" format="compact" label="meals"></qoldau-impact-counter>
    <qoldau-impact-counter value="0.87" format="percent" label="of families"></qoldau-impact-counter>
  </qoldau-impact-counters>`,
  signup: html`<qoldau-event-signup
    heading="Саз шеберханасы: жастар мен ата-аналарға арналған мүсін сабағы"
    starts=${daysFromNow(30)}
    location="Атырау, Сәтбаев көшесі 15, 2-қабат (баспалдақсыз кіру)"
    capacity="12"
    registered="9"
    max-per-signup="3"
    operator="«Батыр» қоғамдық қоры"
    operator-bin="180240012345"
    privacy-url="https://example.kz/privacy"
    marketing
  ></qoldau-event-signup>`,
  volunteer: volunteerForm(),
  'volunteer in one page, a minor': volunteerForm('never'),
  wall: html`<qoldau-donor-wall>
    <script type="application/json">
      ${gifts}
    </script>
  </qoldau-donor-wall>`,
  donate: html`<qoldau-donate
    provider="url"
    amounts="2000 5000 15000 50000"
    payment-url="https://example.kz/pay?amount={amount}"
  ></qoldau-donate>`,
  chart: html`<qoldau-impact-chart type="doughnut" heading="Where the money goes">
    <script type="application/json">
      ${chartData}
    </script>
  </qoldau-impact-chart>`,
};

/** Every shadow root under `root`, nested ones included. */
function shadowRoots(root: Element): ShadowRoot[] {
  const found: ShadowRoot[] = [];
  for (const element of [root, ...root.querySelectorAll('*')]) {
    if (element.shadowRoot) found.push(element.shadowRoot, ...shadowRoots(element.shadowRoot as unknown as Element));
  }
  return found;
}

function visible(element: Element): boolean {
  const style = getComputedStyle(element);
  // The forms' honeypot (.hp) is off screen on purpose: people never see it, bots fill it.
  return style.visibility !== 'hidden' && style.display !== 'none' && !element.closest('.visually-hidden, .hp');
}

/** What a sighted reader would find wrong: text outside its card, clipped, or on top of other text. */
function layoutProblems(host: Element): string[] {
  const problems: string[] = [];
  if (document.documentElement.scrollWidth > window.innerWidth) {
    const wide = shadowRoots(host)
      .flatMap((root) => [...root.querySelectorAll('*')])
      .filter((element) => element.getBoundingClientRect().right > window.innerWidth && visible(element))
      .map(
        (element) =>
          `${element.localName}.${element.className}:${Math.round(element.getBoundingClientRect().left)}-${Math.round(element.getBoundingClientRect().right)}`,
      );
    problems.push(
      `page scrolls sideways: ${document.documentElement.scrollWidth} > ${window.innerWidth} (${wide.join(', ')})`,
    );
  }
  for (const root of shadowRoots(host)) {
    const card = root.querySelector('.widget')?.getBoundingClientRect();
    if (!card) continue;
    const boxes: { text: string; rect: DOMRect }[] = [];
    const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const text = node.textContent!.trim();
      const parent = node.parentElement;
      if (!text || !parent || !visible(parent) || parent.closest('table, style, script')) continue;
      const range = document.createRange();
      range.selectNodeContents(node);
      // One rect per line: a wrapped text is several boxes, not one box covering the gap.
      for (const rect of range.getClientRects()) {
        if (rect.width === 0) continue;
        if (rect.left < card.left - 0.5 || rect.right > card.right + 0.5) {
          problems.push(
            `"${text}" runs out of its card by ${Math.round(Math.max(card.left - rect.left, rect.right - card.right))} px`,
          );
        }
        boxes.push({ text, rect });
      }
      // Text cut off by an ancestor that hides overflow.
      for (let box: Element | null = parent; box && box !== root.host; box = box.parentElement) {
        const style = getComputedStyle(box);
        if (style.overflowX !== 'visible' || style.overflowY !== 'visible') {
          if (box.scrollWidth > box.clientWidth + 1 && style.overflowX === 'hidden') problems.push(`"${text}" clipped`);
        }
      }
    }
    for (let i = 0; i < boxes.length; i++) {
      for (let j = i + 1; j < boxes.length; j++) {
        const [a, b] = [boxes[i].rect, boxes[j].rect];
        const overlap =
          Math.max(0, Math.min(a.right, b.right) - Math.max(a.left, b.left)) *
          Math.max(0, Math.min(a.bottom, b.bottom) - Math.max(a.top, b.top));
        if (overlap > 4) problems.push(`"${boxes[i].text}" overlaps "${boxes[j].text}"`);
      }
    }
  }
  return problems;
}

/**
 * Types into the volunteer form on `page` the date of birth of someone who turned 16 a month ago
 * (in any time zone), and waits for the guardian's fieldset that age brings.
 */
async function typeMinor(page: HTMLElement): Promise<void> {
  const root = page.querySelector('qoldau-volunteer-form')!.shadowRoot!;
  const today = new Date();
  const born = new Date(Date.UTC(today.getUTCFullYear() - 16, today.getUTCMonth(), today.getUTCDate() - 30));
  for (const [name, value] of [
    ['dob-day', born.getUTCDate()],
    ['dob-month', born.getUTCMonth() + 1],
    ['dob-year', born.getUTCFullYear()],
  ] as const) {
    const input = root.querySelector<HTMLInputElement>(`[name="${name}"]`)!;
    input.value = String(value);
    input.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
  }
  await until(() => root.querySelector('fieldset.guardian'), 5000, "the guardian's fieldset");
  await nextFrame();
}

async function settle(page: HTMLElement) {
  for (const root of shadowRoots(page)) {
    await (root.host as HTMLElement & { updateComplete?: Promise<unknown> }).updateComplete;
  }
  await until(() => shadowRoots(page).every((root) => !root.querySelector('.loading')), 10_000, 'widgets loaded');
  // A canvas is 300 px wide until chart.js (loaded lazily) sizes it to its box.
  const canvases = () => shadowRoots(page).flatMap((root) => [...root.querySelectorAll('canvas')]);
  await until(() => canvases().every((canvas) => canvas.style.width), 10_000, 'charts drawn');
  await nextFrame();
}

describe('reflow at 320 px and WCAG 1.4.12 text spacing, every widget and locale', () => {
  let page: HTMLElement;

  before(() => {
    // Final values at once: count-ups and fills would otherwise be measured mid-animation.
    document.documentElement.dataset.qoldauMotion = 'reduce';
    page = document.body.appendChild(document.createElement('div'));
  });

  after(async () => {
    delete document.documentElement.dataset.qoldauMotion;
    page.remove();
    await setViewport({ width: 800, height: 600 });
    await useLocale(null);
  });

  const cases: [number, boolean][] = [
    [320, false],
    [320, true],
    [1280, true],
  ];
  for (const [width, spacing] of cases) {
    for (const locale of LOCALES as QoldauLocale[]) {
      it(`${width} px${spacing ? ' with text spacing' : ''}, ${locale}`, async () => {
        await setViewport({ width, height: 900 });
        await useLocale(locale);
        const problems: string[] = [];
        for (const [name, template] of Object.entries(WIDGETS)) {
          // A page with the usual small margin; at 1280 px counters share a row, as on a real site.
          render(html`<div style="margin: 0">${template}</div>`, page);
          await settle(page);
          if (name === 'volunteer in one page, a minor') await typeMinor(page);
          if (spacing) {
            for (const root of shadowRoots(page)) root.adoptedStyleSheets = [...root.adoptedStyleSheets, TEXT_SPACING];
            await nextFrame();
          }
          problems.push(...layoutProblems(page).map((problem) => `${name}: ${problem}`));
          for (const root of shadowRoots(page)) {
            root.adoptedStyleSheets = root.adoptedStyleSheets.filter((sheet) => sheet !== TEXT_SPACING);
          }
          render(html``, page);
        }
        expect(problems.join('\n')).to.equal('');
      });
    }
  }

  it("the ring's percent box fits its text (no false contrast failure against the stroke)", async () => {
    await setViewport({ width: 800, height: 600 });
    render(WIDGETS.ring, page);
    await settle(page);
    const label = shadowRoots(page)[0].querySelector('.ring-percent')!;
    const range = document.createRange();
    range.selectNodeContents(label);
    const [box, text] = [label.getBoundingClientRect(), range.getBoundingClientRect()];
    expect(box.width - text.width, 'width').to.be.below(2);
    expect(box.height, 'height').to.be.below(text.height * 1.6);
    render(html``, page);
  });

  it('the demo page reflows at 320 px (needs `npm run build:cdn`)', async () => {
    const frame = await openPage('/packages/qoldau/demo/index.html');
    frame.style.width = '320px';
    const demo = frame.contentDocument!;
    await until(
      () => demo.querySelector('qoldau-donation-progress')?.shadowRoot?.querySelector('.fill'),
      10_000,
      'demo',
    );
    await nextFrame();
    const wide = [...demo.querySelectorAll('body *')]
      .filter((element) => element.getBoundingClientRect().right > 320.5)
      .map((element) => `${element.localName}.${element.className}`);
    // Both: the page must not scroll sideways, nor hide what sticks out (overflow: hidden/clip).
    expect(demo.documentElement.scrollWidth, 'scroll width').to.be.at.most(320);
    expect(wide, 'wider than the 320 px viewport').to.deep.equal([]);
    frame.remove();
  });
});
