import { expect, fixture, html, nextFrame } from '@open-wc/testing';
import '../src/donation-progress/define.js';
import type { QoldauDonationProgress } from '../src/donation-progress/donation-progress.js';
import { defineElement } from '../src/base/define.js';
import type { QoldauErrorDetail } from '../src/base/events.js';
import { LOCALES, daysFromNow, partText, plainSpaces, recordEvents, useLocale } from '../../../test/helpers.js';

const meterOf = (el: QoldauDonationProgress) => el.shadowRoot!.querySelector<HTMLElement>('[role="progressbar"]')!;
const progressOf = (el: QoldauDonationProgress) => Number(meterOf(el).style.getPropertyValue('--_progress'));

async function settle(el: QoldauDonationProgress) {
  await el.updateComplete;
  await nextFrame();
  await el.updateComplete;
}

describe('<qoldau-donation-progress>', () => {
  afterEach(async () => {
    document.documentElement.lang = 'en';
    delete document.documentElement.dataset.qoldauMotion;
    await useLocale(null);
  });

  describe('every variant, state and locale is accessible', () => {
    const states = {
      zero: html`<qoldau-donation-progress
        raised="0"
        goal="30000000"
        heading="Winter Food Baskets"
      ></qoldau-donation-progress>`,
      progress: html`<qoldau-donation-progress raised="8420000" goal="12500000" donors="314" ends=${daysFromNow(12.5)}>
        <script type="application/json">
          {
            "title": { "en": "A van", "ru": "Микроавтобус", "kk": "Микроавтобус" },
            "milestones": [{ "amount": 5000000, "label": { "en": "Lift", "ru": "Подъёмник", "kk": "Көтергіш" } }]
          }
        </script>
      </qoldau-donation-progress>`,
      reached: html`<qoldau-donation-progress
        raised="1870000"
        goal="1650000"
        donors="96"
        heading="Amina"
      ></qoldau-donation-progress>`,
      invalid: html`<qoldau-donation-progress raised="10" goal="0"
        ><a href="https://example.org/donate">Donate</a></qoldau-donation-progress
      >`,
    };
    for (const locale of LOCALES) {
      for (const variant of ['bar', 'thermometer', 'ring'] as const) {
        for (const [name, template] of Object.entries(states)) {
          it(`${variant} / ${name} / ${locale}`, async () => {
            await useLocale(locale);
            const el = await fixture<QoldauDonationProgress>(template);
            el.variant = variant;
            await settle(el);
            expect(el.shadowRoot!.querySelector(name === 'invalid' ? '[part="error"]' : '[part="meter"]')).to.exist;
            await expect(el).to.be.accessible();
          });
        }
      }
    }
  });

  it('states the progress for screen readers in Russian, Kazakh and English', async () => {
    const el = await fixture<QoldauDonationProgress>(
      html`<qoldau-donation-progress raised="8420000" goal="12500000"></qoldau-donation-progress>`,
    );
    const expected = {
      en: '₸8,420,000 of ₸12,500,000 raised',
      ru: 'Собрано 8 420 000 ₸ из 12 500 000 ₸',
      kk: '8 420 000 ₸ жиналды, мақсат — 12 500 000 ₸',
    };
    for (const locale of LOCALES) {
      await useLocale(locale);
      await settle(el);
      expect(plainSpaces(meterOf(el).getAttribute('aria-valuetext'))).to.equal(expected[locale]);
    }
    expect(meterOf(el).getAttribute('aria-valuenow')).to.equal('8420000');
    expect(meterOf(el).getAttribute('aria-valuemax')).to.equal('12500000');
    expect(partText(el, 'percent')).to.equal('67%');
    expect(partText(el, 'status')).to.equal('Жинауға 4 080 000 ₸ қалды');
  });

  it('shows a reached goal proudly without overflowing the meter, and fires goal-reached once', async () => {
    const el = document.createElement('qoldau-donation-progress');
    const reached = recordEvents<CustomEvent>(el, 'qoldau-goal-reached');
    el.setAttribute('raised', '1870000');
    el.setAttribute('goal', '1650000');
    document.body.append(el);
    await settle(el);
    await useLocale('ru');
    await settle(el);
    expect(partText(el, 'percent')).to.equal('113 %');
    expect(partText(el, 'status')).to.equal('Цель достигнута — спасибо!');
    expect(el.shadowRoot!.querySelector('.widget')!.classList.contains('reached')).to.be.true;
    expect(progressOf(el)).to.equal(1);
    el.raised = 1900000;
    await settle(el);
    expect(reached).to.have.length(1);
    expect(reached[0].detail).to.deep.equal({ raised: 1870000, goal: 1650000, currency: 'KZT' });
    el.remove();
  });

  it('draws a variant it does not know (a typo) as the bar, not as an empty box', async () => {
    const box = (variant: string) =>
      fixture<QoldauDonationProgress>(
        html`<div style="width: 400px">
          <qoldau-donation-progress variant=${variant} raised="500" goal="1000"></qoldau-donation-progress>
        </div>`,
      ).then(async (wrapper) => {
        const el = wrapper.querySelector('qoldau-donation-progress')!;
        await settle(el);
        const { width, height } = meterOf(el).getBoundingClientRect();
        return { width, height, host: el.getBoundingClientRect().height, attribute: el.getAttribute('variant') };
      });
    const bar = await box('bar');
    expect(bar.height).to.be.greaterThan(0);
    expect(bar.width).to.be.greaterThan(300);
    for (const typo of ['termometer', 'Ring', '']) {
      const drawn = await box(typo);
      // The author's attribute is left as written; what is drawn is the bar, box for box.
      expect(drawn).to.deep.equal({ ...bar, attribute: typo });
    }
  });

  it('centres every line under a ring in a narrow column, the reached status with its icon too', async () => {
    const wrapper = await fixture<HTMLDivElement>(
      html`<div style="width: 340px">
        <qoldau-donation-progress variant="ring" raised="1870000" goal="1650000" donors="96"></qoldau-donation-progress>
      </div>`,
    );
    const el = wrapper.querySelector('qoldau-donation-progress')!;
    await settle(el);
    const root = el.shadowRoot!;
    const middle = (rect: DOMRect) => rect.left + rect.width / 2;
    const centre = middle(root.querySelector('.ring')!.getBoundingClientRect());
    // What is drawn: the icon and the words of the status, each figure's text.
    const range = document.createRange();
    const drawn = (node: Element) => {
      range.selectNodeContents(node);
      return range.getBoundingClientRect();
    };
    for (const part of ['raised', 'goal', 'status', 'details']) {
      const node = root.querySelector(`[part="${part}"]`)!;
      expect(Math.abs(middle(drawn(node)) - centre), part).to.be.below(2);
    }
    // So narrow that the status wraps: the icon stays with the first word, not at the card's edge.
    wrapper.style.width = '230px';
    await settle(el);
    const status = root.querySelector('[part="status"]')!;
    const icon = status.querySelector('.icon')!.getBoundingClientRect();
    // The words' own line boxes (a text node's rects: one per line), not the boxes around them.
    const walker = document.createTreeWalker(status, NodeFilter.SHOW_TEXT, (node) =>
      node.textContent!.trim() ? NodeFilter.FILTER_ACCEPT : NodeFilter.FILTER_SKIP,
    );
    range.selectNodeContents(walker.nextNode()!);
    const lines = [...range.getClientRects()];
    expect(lines.length).to.be.greaterThan(1);
    expect(lines[0].left - icon.right).to.be.within(0, 12);
  });

  it('invites the first donation when nothing is raised yet', async () => {
    await useLocale('kk');
    const el = await fixture<QoldauDonationProgress>(
      html`<qoldau-donation-progress raised="0" goal="30000000"></qoldau-donation-progress>`,
    );
    await settle(el);
    expect(partText(el, 'status')).to.equal('Бірінші болып қолдау көрсетіңіз');
    expect(partText(el, 'percent')).to.equal('0%');
  });

  it('pluralizes donors and days left in Russian', async () => {
    await useLocale('ru');
    const cases: Array<[number, number, string]> = [
      [1, 1.5, '1 жертвователь · остался 1 день'],
      [3, 3.5, '3 жертвователя · осталось 3 дня'],
      [314, 5.5, '314 жертвователей · осталось 5 дней'],
      [21, 21.5, '21 жертвователь · остался 21 день'],
    ];
    for (const [donors, days, text] of cases) {
      const el = await fixture<QoldauDonationProgress>(
        html`<qoldau-donation-progress
          raised="5"
          goal="10"
          donors=${donors}
          ends=${daysFromNow(days)}
        ></qoldau-donation-progress>`,
      );
      await settle(el);
      // The exact day count depends on the Almaty clock; the form must agree with the number shown.
      const shown = partText(el, 'details');
      const [, count] = /· \S+ (\d+)/.exec(shown) ?? [];
      expect(shown.startsWith(text.split(' · ')[0]), shown).to.be.true;
      expect(Math.abs(Number(count) - Math.floor(days)) <= 1, shown).to.be.true;
    }
  });

  it('says when a campaign has ended or is on its last day', async () => {
    await useLocale('en');
    const ended = await fixture<QoldauDonationProgress>(
      html`<qoldau-donation-progress raised="5" goal="10" ends="2020-01-01"></qoldau-donation-progress>`,
    );
    await settle(ended);
    expect(partText(ended, 'details')).to.equal('Campaign ended');
    const soon = await fixture<QoldauDonationProgress>(
      html`<qoldau-donation-progress raised="5" goal="10" ends=${daysFromNow(1 / 96)}></qoldau-donation-progress>`,
    );
    await settle(soon);
    expect(['Last day', '1 day left']).to.include(partText(soon, 'details'));
  });

  it('reads a plain `ends` date as through the end of that day in Almaty', async () => {
    await useLocale('en');
    // Almaty's calendar date `offset` days from now (en-CA writes dates as YYYY-MM-DD).
    const almatyDay = (offset: number) =>
      new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Almaty' }).format(new Date(Date.now() + offset * 86_400_000));
    const expected: [number, string][] = [
      [-1, 'Campaign ended'],
      [0, 'Last day'],
      [1, '1 day left'],
    ];
    for (const [offset, text] of expected) {
      const el = await fixture<QoldauDonationProgress>(
        html`<qoldau-donation-progress raised="5" goal="10" ends=${almatyDay(offset)}></qoldau-donation-progress>`,
      );
      await settle(el);
      expect(partText(el, 'details'), almatyDay(offset)).to.equal(text);
    }
  });

  it('draws milestones from inline JSON as marks and a localized list', async () => {
    await useLocale('kk');
    const el = await fixture<QoldauDonationProgress>(
      html`<qoldau-donation-progress raised="8420000" goal="12500000">
        <script type="application/json">
          {
            "milestones": [
              {
                "amount": 5000000,
                "label": { "en": "Hydraulic lift", "ru": "Гидравлический подъёмник", "kk": "Гидравликалық көтергіш" }
              },
              { "amount": 10000000, "label": "Seats" },
              { "amount": 12500000, "label": { "en": "The whole van", "kk": "Толық микроавтобус" } }
            ]
          }
        </script>
      </qoldau-donation-progress>`,
    );
    await settle(el);
    const marks = [...el.shadowRoot!.querySelectorAll<HTMLElement>('[part="milestone-mark"]')];
    expect(marks.map((mark) => mark.style.getPropertyValue('--_at'))).to.deep.equal(['0.4', '0.8']);
    expect(marks.map((mark) => mark.classList.contains('reached'))).to.deep.equal([true, false]);
    const items = [...el.shadowRoot!.querySelectorAll('[part="milestone"]')].map((item) =>
      plainSpaces(item.textContent),
    );
    expect(items).to.deep.equal([
      'Гидравликалық көтергіш 5 000 000 ₸ (қол жеткізілді)',
      'Seats 10 000 000 ₸',
      'Толық микроавтобус 12 500 000 ₸',
    ]);
  });

  it('lets attributes win over inline JSON field by field', async () => {
    const el = await fixture<QoldauDonationProgress>(
      html`<qoldau-donation-progress raised="100">
        <script type="application/json">
          { "raised": 50, "goal": 400, "currency": "EUR" }
        </script>
      </qoldau-donation-progress>`,
    );
    await settle(el);
    expect(partText(el, 'raised')).to.equal('€100');
    expect(partText(el, 'percent')).to.equal('25%');
  });

  describe('bad input shows a localized message and fires qoldau-error, never throws', () => {
    const cases: Array<[string, ReturnType<typeof html>, string, string]> = [
      [
        'goal 0',
        html`<qoldau-donation-progress raised="1" goal="0"></qoldau-donation-progress>`,
        'invalid-goal',
        'Цель сбора должна быть больше нуля.',
      ],
      [
        'goal missing',
        html`<qoldau-donation-progress raised="1"></qoldau-donation-progress>`,
        'missing-field',
        'Не указано «goal».',
      ],
      [
        'goal not a number',
        html`<qoldau-donation-progress raised="1" goal="lots"></qoldau-donation-progress>`,
        'invalid-number',
        'Значение «goal» — не число.',
      ],
      [
        'negative raised',
        html`<qoldau-donation-progress raised="-5" goal="10"></qoldau-donation-progress>`,
        'negative-value',
        '«raised» не может быть отрицательным.',
      ],
      [
        'unknown currency',
        html`<qoldau-donation-progress raised="1" goal="10" currency="XYZ"></qoldau-donation-progress>`,
        'unknown-currency',
        'Неизвестный код валюты.',
      ],
      [
        'bad date',
        html`<qoldau-donation-progress raised="1" goal="10" ends="next friday"></qoldau-donation-progress>`,
        'invalid-date',
        '«ends» — неверная дата.',
      ],
      [
        'absurd goal',
        html`<qoldau-donation-progress raised="1" goal="1e20"></qoldau-donation-progress>`,
        'absurd-value',
        'Значение «goal» неправдоподобно велико.',
      ],
      [
        'malformed JSON',
        html`<qoldau-donation-progress
          ><script type="application/json">
            { "goal": 10,
          </script></qoldau-donation-progress
        >`,
        'invalid-json',
        'Встроенные данные — некорректный JSON.',
      ],
      [
        'HTML in a title',
        html`<qoldau-donation-progress
          ><script type="application/json">
            { "goal": 10, "title": "<img src=x onerror=alert(1)>" }
          </script></qoldau-donation-progress
        >`,
        'markup-in-text',
        '«title» содержит HTML — это запрещено.',
      ],
    ];
    for (const [name, template, code, message] of cases) {
      it(name, async () => {
        await useLocale('ru');
        const errors: Array<CustomEvent<QoldauErrorDetail>> = [];
        const listener = (event: Event) => errors.push(event as CustomEvent<QoldauErrorDetail>);
        document.addEventListener('qoldau-error', listener);
        const el = await fixture<QoldauDonationProgress>(template);
        await settle(el);
        document.removeEventListener('qoldau-error', listener);
        expect(partText(el, 'error')).to.equal(message);
        expect(errors).to.have.length(1);
        expect(errors[0].detail.error.code).to.equal(code);
        expect(errors[0].detail.message).to.equal(message);
        expect(el.shadowRoot!.querySelector('[role="progressbar"]')).to.be.null;
      });
    }
  });

  it('recovers when bad input is corrected', async () => {
    const el = await fixture<QoldauDonationProgress>(
      html`<qoldau-donation-progress raised="5" goal="0"></qoldau-donation-progress>`,
    );
    await settle(el);
    expect(partText(el, 'error')).to.not.equal('');
    el.goal = 10;
    await settle(el);
    expect(partText(el, 'percent')).to.equal('50%');
  });

  it('keeps light-DOM fallback hidden once upgraded, and shows it again when the data is invalid', async () => {
    const el = await fixture<QoldauDonationProgress>(
      html`<qoldau-donation-progress raised="5" goal="10">
        <a href="https://example.org/donate">Donate on our site</a>
        <a slot="footer" href="https://example.org/donate">Donate</a>
      </qoldau-donation-progress>`,
    );
    await settle(el);
    const [fallback, footer] = [...el.querySelectorAll('a')];
    expect(fallback.assignedSlot).to.be.null;
    expect(fallback.getClientRects().length).to.equal(0);
    expect(footer.assignedSlot?.name).to.equal('footer');
    el.goal = -1;
    await settle(el);
    expect(fallback.assignedSlot).to.exist;
    expect(fallback.getClientRects().length).to.be.greaterThan(0);
  });

  it('follows <html lang>, also when it changes, and setLocale() overrides it', async () => {
    const el = await fixture<QoldauDonationProgress>(
      html`<qoldau-donation-progress raised="0" goal="10"></qoldau-donation-progress>`,
    );
    const statusIn = async (lang: string) => {
      document.documentElement.lang = lang;
      await new Promise((resolve) => setTimeout(resolve));
      await useLocale(null);
      await settle(el);
      return partText(el, 'status');
    };
    expect(await statusIn('ru')).to.equal('Станьте первым, кто поддержит');
    expect(await statusIn('kk-KZ')).to.equal('Бірінші болып қолдау көрсетіңіз');
    expect(await statusIn('de-DE')).to.equal('Be the first to donate');
    document.documentElement.lang = 'ru';
    await useLocale('kk');
    await settle(el);
    expect(partText(el, 'status')).to.equal('Бірінші болып қолдау көрсетіңіз');
  });

  it('animates the fill once when seen, and not at all under reduced motion', async () => {
    const animated = await fixture<QoldauDonationProgress>(
      html`<qoldau-donation-progress raised="5" goal="10"></qoldau-donation-progress>`,
    );
    await settle(animated);
    await nextFrame();
    await settle(animated);
    expect(animated.shadowRoot!.querySelector('.widget')!.classList.contains('animate')).to.be.true;
    expect(progressOf(animated)).to.equal(0.5);

    document.documentElement.dataset.qoldauMotion = 'reduce';
    const still = await fixture<QoldauDonationProgress>(
      html`<qoldau-donation-progress raised="5" goal="10"></qoldau-donation-progress>`,
    );
    await settle(still);
    expect(still.shadowRoot!.querySelector('.widget')!.classList.contains('animate')).to.be.false;
    expect(progressOf(still)).to.equal(0.5);
  });

  it('does not fill before it is scrolled into view', async () => {
    const el = await fixture<QoldauDonationProgress>(
      html`<div style="margin-top: 300vh">
        <qoldau-donation-progress raised="5" goal="10"></qoldau-donation-progress>
      </div>`,
    );
    const meter = el.querySelector('qoldau-donation-progress')!;
    await settle(meter);
    await nextFrame();
    expect(progressOf(meter)).to.equal(0);
    meter.scrollIntoView();
    await new Promise((resolve) => setTimeout(resolve, 100));
    await settle(meter);
    expect(progressOf(meter)).to.equal(0.5);
  });

  it('treats a second definition of the tag as harmless', () => {
    const Existing = customElements.get('qoldau-donation-progress') as typeof QoldauDonationProgress;
    expect(() => defineElement('qoldau-donation-progress', Existing)).to.not.throw();
    class Newer extends Existing {
      static override qoldauVersion = '9.9.9';
    }
    const warnings: unknown[][] = [];
    const warn = console.warn;
    console.warn = (...args: unknown[]) => warnings.push(args);
    try {
      expect(() => defineElement('qoldau-donation-progress', Newer)).to.not.throw();
    } finally {
      console.warn = warn;
    }
    expect(String(warnings[0]?.[0])).to.contain('9.9.9');
    expect(customElements.get('qoldau-donation-progress')).to.equal(Existing);
  });
});
