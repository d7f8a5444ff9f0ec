import { expect, fixture, html, nextFrame } from '@open-wc/testing';
import '../src/impact-counters/define.js';
import type { QoldauImpactCounter } from '../src/impact-counter/impact-counter.js';
import type { QoldauImpactCounters } from '../src/impact-counters/impact-counters.js';
import { nounCategory, nounFor, pickForm } from '../src/impact-counter/nouns.js';
import type { QoldauErrorDetail } from '../src/base/events.js';
import { configure, formatNumber, type QoldauLocale } from '@qoldau/core';
import { LOCALES, partText, plainSpaces, recordEvents, until, useLocale } from '../../../test/helpers.js';
import { testServer } from '../../../test/server/control.js';
import { freshAdapter } from '../../core/test/data/helpers.js';

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

async function settle(el: QoldauImpactCounter) {
  await el.updateComplete;
  await nextFrame();
  await el.updateComplete;
}

/** What a screen reader gets: the figure without its aria-hidden animated digits. */
const spoken = (el: QoldauImpactCounter) =>
  plainSpaces(el.shadowRoot!.querySelector('.figure .visually-hidden')?.textContent);
/** The digits on screen right now. */
const onScreen = (el: QoldauImpactCounter) => plainSpaces(el.shadowRoot!.querySelector('.current')?.textContent);
const isReady = (el: QoldauImpactCounter) => el.shadowRoot!.querySelector('.current') !== null;

describe('<qoldau-impact-counter>', () => {
  beforeEach(() => {
    document.documentElement.dataset.qoldauMotion = 'reduce';
  });
  afterEach(async () => {
    document.documentElement.lang = 'en';
    delete document.documentElement.dataset.qoldauMotion;
    await useLocale(null);
  });

  describe('every state and locale is accessible', () => {
    const states = {
      number: html`<qoldau-impact-counter value="183">
        <script type="application/json">
          {
            "noun": { "en": ["child", "children"], "ru": ["ребёнок", "ребёнка", "детей"], "kk": ["бала"] },
            "label": {
              "en": "rehabilitated since October",
              "ru": "прошли реабилитацию с октября",
              "kk": "қазаннан бері оңалтудан өтті"
            }
          }
        </script>
      </qoldau-impact-counter>`,
      percent: html`<qoldau-impact-counter
        value="0.9"
        format="percent"
        label="of graduates employed"
      ></qoldau-impact-counter>`,
      currency: html`<qoldau-impact-counter
        value="24500000"
        format="compact"
        currency="KZT"
        label="raised"
      ></qoldau-impact-counter>`,
      empty: html`<qoldau-impact-counter value="0" one="family" other="families"></qoldau-impact-counter>`,
      // Its own id: Chrome holds back other requests for a URL while one for it hangs.
      loading: html`<qoldau-impact-counter metric="still-loading"></qoldau-impact-counter>`,
      invalid: html`<qoldau-impact-counter value="many"
        ><a href="https://example.org/impact">Our impact</a></qoldau-impact-counter
      >`,
    };
    before(async () => {
      freshAdapter();
      // A server that never answers keeps the loading state on screen.
      await testServer.reset();
      await testServer.fail({ match: 'GET /api/metric', mode: 'hang' });
      configure({ source: { type: 'json', url: `${await testServer.url()}/api/{kind}/{id}.json`, timeout: 60 } });
    });
    after(async () => {
      await testServer.reset();
      freshAdapter();
    });
    for (const locale of LOCALES) {
      for (const [name, template] of Object.entries(states)) {
        it(`${name} / ${locale}`, async () => {
          await useLocale(locale);
          const el = await fixture<QoldauImpactCounter>(template);
          await settle(el);
          const expected = { invalid: '[part="error"]', loading: '.loading' }[name] ?? '[part="value"] .current';
          expect(el.shadowRoot!.querySelector(expected), expected).to.exist;
          await expect(el).to.be.accessible();
        });
      }
    }
  });

  it('writes numbers, percents, money and compact figures in each locale', async () => {
    const el = await fixture<QoldauImpactCounter>(html`<qoldau-impact-counter value="1000"></qoldau-impact-counter>`);
    const cases: Array<[Partial<QoldauImpactCounter>, Record<QoldauLocale, string>]> = [
      [
        { value: 1000, format: 'number' },
        { en: '1,000', ru: '1 000', kk: '1 000' },
      ],
      [
        { value: 0.9, format: 'percent' },
        { en: '90%', ru: '90 %', kk: '90%' },
      ],
      [
        { value: 24500000, format: 'currency' },
        { en: '₸24,500,000', ru: '24 500 000 ₸', kk: '24 500 000 ₸' },
      ],
      [
        { value: 24500000, format: 'compact' },
        { en: '24.5M', ru: '24,5 млн', kk: '24,5 млн' },
      ],
      [
        { value: 24500000, format: 'compact', currency: 'KZT' },
        { en: '₸24.5M', ru: '24,5 млн ₸', kk: '24,5 млн ₸' },
      ],
      [
        { value: 46152, format: 'currency', currency: 'EUR' },
        { en: '€46,152', ru: '46 152 €', kk: '46 152 €' },
      ],
    ];
    for (const [props, expected] of cases) {
      el.currency = undefined;
      Object.assign(el, props);
      for (const locale of LOCALES) {
        await useLocale(locale);
        await settle(el);
        expect(spoken(el), `${JSON.stringify(props)} ${locale}`).to.equal(expected[locale]);
        expect(onScreen(el)).to.equal(expected[locale]);
      }
    }
  });

  describe('plural forms agree with the number', () => {
    const ru = ['ребёнок', 'ребёнка', 'детей'];
    const ruExpected = (n: number) => {
      const lastTwo = n % 100;
      const last = n % 10;
      if (lastTwo >= 11 && lastTwo <= 14) return 'детей';
      if (last === 1) return 'ребёнок';
      if (last >= 2 && last <= 4) return 'ребёнка';
      return 'детей';
    };

    it('Russian, English and Kazakh for every count from 0 to 1000', () => {
      for (let n = 0; n <= 1000; n++) {
        const category = (locale: QoldauLocale) => nounCategory(n, locale, false);
        expect(pickForm(ru, category('ru'), 'ru'), `ru ${n}`).to.equal(ruExpected(n));
        expect(pickForm(['child', 'children'], category('en'), 'en'), `en ${n}`).to.equal(
          n === 1 ? 'child' : 'children',
        );
        expect(pickForm(['бала'], category('kk'), 'kk'), `kk ${n}`).to.equal('бала');
      }
    });

    it('fractions and compact figures in Russian take the right case', () => {
      expect(pickForm(ru, nounCategory(1.5, 'ru', false), 'ru')).to.equal('ребёнка');
      expect(pickForm(ru, nounCategory(21_000, 'ru', true), 'ru')).to.equal('детей'); // "21 тыс. детей"
      expect(pickForm(ru, nounCategory(21, 'ru', true), 'ru')).to.equal('ребёнок');
    });

    it('attributes one/few/many/other serve any language; missing forms fall back sensibly', () => {
      expect(nounFor('few', 'ru', { one: 'семья', few: 'семьи', many: 'семей' }, undefined)).to.equal('семьи');
      expect(nounFor('other', 'ru', { one: 'семья', few: 'семьи', many: 'семей' }, undefined)).to.equal('семьи');
      expect(nounFor('one', 'kk', { other: 'отбасы' }, undefined)).to.equal('отбасы');
      expect(nounFor('one', 'en', {}, { ru: ru })).to.be.undefined; // never a Russian noun on an English page
    });

    it('renders "183 ребёнка", "1 000 семей", "21 бала" and "1 family"', async () => {
      const cases: Array<[QoldauLocale, number, string, string]> = [
        ['ru', 183, '{"noun": {"ru": ["ребёнок", "ребёнка", "детей"]}}', '183 ребёнка'],
        ['ru', 1000, '{"noun": {"ru": ["семья", "семьи", "семей"]}}', '1 000 семей'],
        ['ru', 21, '{"noun": {"ru": ["ребёнок", "ребёнка", "детей"]}}', '21 ребёнок'],
        ['kk', 21, '{"noun": {"kk": ["бала"]}}', '21 бала'],
        ['kk', 1000, '{"noun": {"kk": ["отбасы"]}}', '1 000 отбасы'],
        ['en', 1, '{"noun": {"en": ["family", "families"]}}', '1 family'],
        ['en', 1000, '{"noun": {"en": ["family", "families"]}}', '1,000 families'],
      ];
      for (const [locale, value, json, expected] of cases) {
        await useLocale(locale);
        const el = await fixture<QoldauImpactCounter>(
          html`<qoldau-impact-counter value=${value}
            ><script type="application/json">
              ${json}
            </script></qoldau-impact-counter
          >`,
        );
        await settle(el);
        expect(spoken(el)).to.equal(expected);
        expect(
          plainSpaces(el.shadowRoot!.querySelector('.visual')?.textContent).replace(/^(\S+( \d{3})*)\1/, '$1'),
        ).to.contain(expected.split(' ').pop());
      }
    });
  });

  describe('counting up', () => {
    beforeEach(() => {
      delete document.documentElement.dataset.qoldauMotion;
    });

    it('waits until it is scrolled into view, then counts up from 0 at most ~20 times a second', async () => {
      const wrapper = await fixture<HTMLDivElement>(
        html`<div style="margin-top: 300vh">
          <qoldau-impact-counter value="1000" duration="1000"></qoldau-impact-counter>
        </div>`,
      );
      const el = wrapper.querySelector('qoldau-impact-counter')!;
      await settle(el);
      await sleep(150);
      expect(onScreen(el)).to.equal('0');
      // Screen readers get the final figure from the start, never the frames.
      expect(spoken(el)).to.equal('1,000');
      const seen: string[] = [];
      const observer = new MutationObserver(() => seen.push(onScreen(el)));
      observer.observe(el.shadowRoot!.querySelector('.current')!, {
        characterData: true,
        subtree: true,
        childList: true,
      });
      const started = performance.now();
      el.scrollIntoView();
      await until(() => onScreen(el) === '1,000', 10_000, 'final value');
      const elapsed = performance.now() - started;
      observer.disconnect();
      expect(elapsed).to.be.greaterThan(800);
      expect(seen.length, seen.join(' ')).to.be.greaterThan(5);
      expect(seen.length, seen.join(' ')).to.be.at.most(Math.ceil((elapsed / 1000) * 20) + 2);
      const numbers = seen.map((text) => Number(text.replace(/,/g, '')));
      expect(numbers).to.deep.equal([...numbers].sort((a, b) => a - b)); // only ever up
      expect(spoken(el)).to.equal('1,000');
      expect(el.shadowRoot!.querySelector('.visual')!.getAttribute('aria-hidden')).to.equal('true');
    });

    it('keeps its size while counting (the final width is reserved)', async () => {
      await useLocale('ru');
      const el = await fixture<QoldauImpactCounter>(
        html`<qoldau-impact-counter
          value="24500000"
          format="currency"
          duration="600"
          other="тенге"
        ></qoldau-impact-counter>`,
      );
      await settle(el);
      const noun = el.shadowRoot!.querySelector('[part="noun"]');
      expect(noun).to.be.null; // money carries its own unit
      const value = el.shadowRoot!.querySelector<HTMLElement>('[part="value"]')!;
      const widths = new Set<number>();
      const heights = new Set<number>();
      while (onScreen(el) !== '24 500 000 ₸') {
        widths.add(value.getBoundingClientRect().width);
        heights.add(el.getBoundingClientRect().height);
        await nextFrame();
      }
      expect([...widths]).to.have.length(1);
      expect([...heights]).to.have.length(1);
      expect(getComputedStyle(el.shadowRoot!.querySelector('.figure')!).fontVariantNumeric).to.equal('tabular-nums');
    });

    it('shows the final value at once under reduced motion', async () => {
      document.documentElement.dataset.qoldauMotion = 'reduce';
      const wrapper = await fixture<HTMLDivElement>(
        html`<div style="margin-top: 300vh">
          <qoldau-impact-counter value="138" other="internships" one="internship"></qoldau-impact-counter>
        </div>`,
      );
      const el = wrapper.querySelector('qoldau-impact-counter')!;
      await settle(el);
      expect(onScreen(el)).to.equal('138');
      expect(spoken(el)).to.equal('138 internships');
    });

    it('counts percents in whole steps and never shows cents that the value does not have', async () => {
      const el = await fixture<QoldauImpactCounter>(
        html`<qoldau-impact-counter value="0.9" format="percent" duration="500"></qoldau-impact-counter>`,
      );
      const seen = new Set<string>();
      await until(
        () => {
          seen.add(onScreen(el));
          return onScreen(el) === '90%';
        },
        10_000,
        'final percent',
      );
      for (const text of seen) expect(text).to.match(/^\d+%$/);
    });
  });

  describe('bad input shows a localized message and fires qoldau-error', () => {
    const cases: Array<[string, ReturnType<typeof html>, string, string]> = [
      [
        'not a number',
        html`<qoldau-impact-counter value="lots"></qoldau-impact-counter>`,
        'invalid-number',
        'Значение «value» — не число.',
      ],
      [
        'negative',
        html`<qoldau-impact-counter value="-3"></qoldau-impact-counter>`,
        'negative-value',
        '«value» не может быть отрицательным.',
      ],
      [
        'missing',
        html`<qoldau-impact-counter label="семей"></qoldau-impact-counter>`,
        'missing-field',
        'Не указано «value».',
      ],
      [
        'unknown format',
        html`<qoldau-impact-counter value="5" format="roman"></qoldau-impact-counter>`,
        'invalid-type',
        'У «format» неверный тип.',
      ],
      [
        'absurd percent',
        html`<qoldau-impact-counter value="90" format="percent"></qoldau-impact-counter>`,
        'absurd-value',
        'Значение «value» неправдоподобно велико.',
      ],
      [
        'unknown currency',
        html`<qoldau-impact-counter value="5" format="currency" currency="XYZ"></qoldau-impact-counter>`,
        'unknown-currency',
        'Неизвестный код валюты.',
      ],
      [
        'malformed JSON',
        html`<qoldau-impact-counter value="5"
          ><script type="application/json">
            { "noun":
          </script></qoldau-impact-counter
        >`,
        'invalid-json',
        'Встроенные данные — некорректный JSON.',
      ],
      [
        'HTML in a label',
        html`<qoldau-impact-counter value="5"
          ><script type="application/json">
            { "label": "<img src=x onerror=alert(1)>" }
          </script></qoldau-impact-counter
        >`,
        'markup-in-text',
        '«label» содержит HTML — это запрещено.',
      ],
    ];
    for (const [name, template, code, message] of cases) {
      it(name, async () => {
        await useLocale('ru');
        const errors = recordEvents<CustomEvent<QoldauErrorDetail>>(document, 'qoldau-error');
        const el = await fixture<QoldauImpactCounter>(template);
        await settle(el);
        expect(partText(el, 'error')).to.equal(message);
        expect(errors.length).to.be.greaterThan(0);
        expect(errors.at(-1)!.detail.error.code).to.equal(code);
        expect(errors.at(-1)!.detail.message).to.equal(message);
      });
    }

    it('recovers when corrected, and fires qoldau-load once', async () => {
      const el = await fixture<QoldauImpactCounter>(html`<qoldau-impact-counter value="x"></qoldau-impact-counter>`);
      const loads = recordEvents(el, 'qoldau-load');
      await settle(el);
      el.value = 16;
      await settle(el);
      el.value = 17;
      await settle(el);
      expect(spoken(el)).to.equal('17');
      expect(loads).to.have.length(1);
    });
  });

  describe('through the data adapter (real test server)', () => {
    let base = '';
    before(async () => {
      base = await testServer.url();
    });
    beforeEach(async () => {
      freshAdapter();
      await testServer.reset();
    });
    after(() => freshAdapter());

    it('reads a metric, and attributes win field by field', async () => {
      configure({ source: { type: 'json', url: `${base}/api/{kind}/{id}.json` } });
      await useLocale('ru');
      const el = await fixture<QoldauImpactCounter>(
        html`<qoldau-impact-counter metric="children-rehab"></qoldau-impact-counter>`,
      );
      await until(() => isReady(el), 10_000, 'metric');
      await settle(el);
      expect(spoken(el)).to.equal('183 ребёнка');
      el.value = 184;
      await settle(el);
      expect(spoken(el)).to.equal('184 ребёнка');
      el.label = 'с октября';
      await settle(el);
      expect(partText(el, 'label')).to.equal('с октября');
      await useLocale('kk');
      await settle(el);
      expect(spoken(el)).to.equal('184 бала');
    });

    it('shows the localized error when the metric does not exist, or no source is configured', async () => {
      await useLocale('ru');
      const unconfigured = await fixture<QoldauImpactCounter>(
        html`<qoldau-impact-counter metric="families"></qoldau-impact-counter>`,
      );
      await settle(unconfigured);
      expect(partText(unconfigured, 'error')).to.equal('Qoldau настроен неверно.');
      configure({ source: { type: 'json', url: `${base}/api/{kind}/{id}.json` } });
      const errors = recordEvents<CustomEvent<QoldauErrorDetail>>(document, 'qoldau-error');
      const missing = await fixture<QoldauImpactCounter>(
        html`<qoldau-impact-counter metric="nobody"></qoldau-impact-counter>`,
      );
      await until(() => partText(missing, 'error'), 10_000, 'error');
      expect(partText(missing, 'error')).to.equal('Данные не найдены.');
      expect(errors.at(-1)!.detail.error.code).to.equal('not-found');
    });

    it('a group of counters from one sheet makes one request', async () => {
      configure({ source: { type: 'sheet', url: `${base}/sheets/{kind}.csv` } });
      await useLocale('ru');
      const group = await fixture<QoldauImpactCounters>(
        html`<qoldau-impact-counters metrics="families employed" heading="Итоги года"></qoldau-impact-counters>`,
      );
      await group.updateComplete;
      const counters = [...group.shadowRoot!.querySelectorAll('qoldau-impact-counter')];
      expect(counters).to.have.length(2);
      await until(() => counters.every(isReady), 10_000, 'both metrics');
      await Promise.all(counters.map(settle));
      expect(counters.map(spoken)).to.deep.equal(['1 000 семей', '90 %']);
      expect(partText(counters[1], 'label')).to.equal('выпускников трудоустроены');
      expect((await testServer.stats()).requests['GET /sheets/metric.csv']).to.equal(1);
      await expect(group).to.be.accessible();
    });

    it('a group reads a whole metric set in one request (json source), in the order named', async () => {
      configure({ source: { type: 'json', url: `${base}/api/{kind}/{id}.json` } });
      await testServer.resource('metrics', 'batyr-2026', {
        items: [
          {
            id: 'families',
            value: 1000,
            noun: { ru: ['семья', 'семьи', 'семей'], en: ['family', 'families'], kk: ['отбасы'] },
          },
          { id: 'raised', value: 24500000, format: 'compact', currency: 'KZT', label: { ru: 'собрано в этом году' } },
          { id: 'employed', value: 0.9, format: 'percent' },
        ],
      });
      await testServer.fail({ match: 'GET /api/metrics/batyr-2026', mode: 'slow', delay: 400 });
      await useLocale('ru');
      const group = await fixture<QoldauImpactCounters>(
        html`<qoldau-impact-counters
          set="batyr-2026"
          metrics="raised families"
          heading="Итоги года"
        ></qoldau-impact-counters>`,
      );
      await group.updateComplete;
      const pending = [...group.shadowRoot!.querySelectorAll('qoldau-impact-counter')];
      expect(pending, 'a skeleton per named metric').to.have.length(2);
      await Promise.all(pending.map((counter) => counter.updateComplete));
      expect(pending.every((counter) => counter.shadowRoot!.querySelector('.loading'))).to.be.true;
      await expect(group).to.be.accessible();

      await until(() => group.shadowRoot!.querySelector('qoldau-impact-counter:not([pending])'), 10_000, 'the set');
      const counters = [...group.shadowRoot!.querySelectorAll('qoldau-impact-counter')];
      await until(() => counters.every(isReady), 10_000, 'counters');
      await Promise.all(counters.map(settle));
      expect(counters.map(spoken)).to.deep.equal(['24,5 млн ₸', '1 000 семей']);
      expect((await testServer.stats()).requests['GET /api/metrics/batyr-2026.json']).to.equal(1);
      await expect(group).to.be.accessible();
    });

    it('a group whose set fails shows the localized error and fires qoldau-error', async () => {
      configure({ source: { type: 'json', url: `${base}/api/{kind}/{id}.json` } });
      await testServer.resource('metrics', 'broken', { items: [{ id: 'x', value: -3 }] });
      await useLocale('kk');
      const errors = recordEvents<CustomEvent<QoldauErrorDetail>>(document, 'qoldau-error');
      const group = await fixture<QoldauImpactCounters>(
        html`<qoldau-impact-counters set="broken"></qoldau-impact-counters>`,
      );
      await until(() => partText(group, 'error'), 10_000, 'error');
      expect(partText(group, 'error')).to.equal('«items[0].value» теріс бола алмайды.');
      expect(errors.at(-1)!.detail.error.code).to.equal('negative-value');
      await expect(group).to.be.accessible();
    });

    it('a metric set from a Google Sheet: rows with that set, one CSV request', async () => {
      configure({ source: { type: 'sheet', url: `${base}/sheets/impact.csv` } });
      await testServer.sheet(
        'impact',
        'set,id,value,format,label_en\n2026,families,1 000,number,families supported\n2026,employed,0.9,percent,of graduates employed\n2025,families,800,number,old\n',
      );
      const group = await fixture<QoldauImpactCounters>(
        html`<qoldau-impact-counters set="2026"></qoldau-impact-counters>`,
      );
      await until(
        () => group.shadowRoot!.querySelectorAll('qoldau-impact-counter:not([pending])').length === 2,
        10_000,
        'the set',
      );
      const counters = [...group.shadowRoot!.querySelectorAll('qoldau-impact-counter')];
      await until(() => counters.every(isReady), 10_000, 'counters');
      await Promise.all(counters.map(settle));
      expect(counters.map(spoken)).to.deep.equal(['1,000', '90%']);
      expect(counters.map((counter) => partText(counter, 'label'))).to.deep.equal([
        'families supported',
        'of graduates employed',
      ]);
      expect((await testServer.stats()).requests['GET /sheets/impact.csv']).to.equal(1);
    });

    it('the same metric in several counters is read once (json source)', async () => {
      configure({ source: { type: 'json', url: `${base}/api/{kind}/{id}.json` } });
      const group = await fixture<QoldauImpactCounters>(
        html`<qoldau-impact-counters>
          <qoldau-impact-counter metric="internships"></qoldau-impact-counter>
          <qoldau-impact-counter metric="internships" format="compact"></qoldau-impact-counter>
        </qoldau-impact-counters>`,
      );
      const counters = [...group.querySelectorAll('qoldau-impact-counter')];
      await until(() => counters.every(isReady), 10_000, 'both counters');
      expect((await testServer.stats()).requests['GET /api/metric/internships.json']).to.equal(1);
    });
  });

  it('lays out counters in as many columns as fit', async () => {
    const group = await fixture<QoldauImpactCounters>(
      html`<qoldau-impact-counters style="width: 900px">
        <qoldau-impact-counter value="1000" other="families"></qoldau-impact-counter>
        <qoldau-impact-counter value="183" other="children"></qoldau-impact-counter>
        <qoldau-impact-counter value="0.9" format="percent"></qoldau-impact-counter>
      </qoldau-impact-counters>`,
    );
    await group.updateComplete;
    const tops = () =>
      [...group.querySelectorAll('qoldau-impact-counter')].map((counter) =>
        Math.round(counter.getBoundingClientRect().top),
      );
    expect(new Set(tops()).size).to.equal(1);
    group.style.width = '300px';
    await nextFrame();
    expect(new Set(tops()).size).to.equal(3);
    expect(formatNumber(1, 'en')).to.equal('1');
  });
});
