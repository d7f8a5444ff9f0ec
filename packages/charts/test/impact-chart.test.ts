import { expect, fixture, html, nextFrame } from '@open-wc/testing';
import '../src/impact-chart/define.js';
import type { QoldauImpactChart } from '../src/impact-chart/impact-chart.js';
import { validateChartData } from '../src/impact-chart/chart-data.js';
import { configure, type QoldauLocale } from '@qoldau/core';
import type { QoldauErrorDetail } from '@qoldau/elements';
import { LOCALES, partText, plainSpaces, recordEvents, until, useLocale } from '../../../test/helpers.js';
import { testServer } from '../../../test/server/control.js';
import { freshAdapter } from '../../core/test/data/helpers.js';
import { Chart } from 'chart.js';

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

const allocationJson = JSON.stringify({
  currency: 'KZT',
  items: [
    { label: { en: 'Transport', ru: 'Транспорт', kk: 'Көлік' }, amount: 12500000 },
    { label: { en: 'Computers', ru: 'Компьютеры', kk: 'Компьютерлер' }, amount: 4200000 },
    { label: { en: 'Teachers', ru: 'Педагоги', kk: 'Педагогтар' }, amount: 6300000 },
    {
      label: { en: 'Workshop materials', ru: 'Материалы для мастерских', kk: 'Шеберхана материалдары' },
      amount: 1500000,
    },
  ],
});

const seriesJson = JSON.stringify({
  series: [
    {
      label: { en: 'Children helped', ru: 'Помогли детям', kk: 'Көмек алған балалар' },
      points: [
        { x: '2026-01', y: 12 },
        { x: '2026-02', y: 19 },
        { x: '2026-03', y: 27 },
      ],
    },
    {
      label: { en: 'Families', ru: 'Семьи', kk: 'Отбасылар' },
      points: [
        { x: '2026-01', y: 5 },
        { x: '2026-03', y: 9 },
      ],
    },
  ],
});

const canvasOf = (el: QoldauImpactChart) => el.shadowRoot!.querySelector('canvas');
const chartOf = (el: QoldauImpactChart) => {
  const canvas = canvasOf(el);
  return canvas ? Chart.getChart(canvas) : undefined;
};
/** Rows of the data table, cell texts with plain spaces. */
const tableRows = (el: QoldauImpactChart) =>
  [...el.shadowRoot!.querySelectorAll('table tr')].map((row) =>
    [...row.children].map((cell) => plainSpaces(cell.textContent)),
  );

async function drawn(el: QoldauImpactChart) {
  await el.updateComplete;
  await until(() => chartOf(el), 10_000, 'the chart');
  await nextFrame();
  return chartOf(el)!;
}

describe('<qoldau-impact-chart>', () => {
  beforeEach(() => {
    document.documentElement.dataset.qoldauMotion = 'reduce';
  });
  afterEach(async () => {
    delete document.documentElement.dataset.qoldauMotion;
    await useLocale(null);
  });

  describe('every type, state and locale is accessible', () => {
    const states = {
      allocation: html`<qoldau-impact-chart heading="Batyr 2026"
        ><script type="application/json">
          ${allocationJson}
        </script></qoldau-impact-chart
      >`,
      series: html`<qoldau-impact-chart
        ><script type="application/json">
          ${seriesJson}
        </script></qoldau-impact-chart
      >`,
      empty: html`<qoldau-impact-chart heading="2027"
        ><script type="application/json">
          { "items": [] }
        </script></qoldau-impact-chart
      >`,
      // Its own id: Chrome holds back other requests for a URL while one for it hangs.
      loading: html`<qoldau-impact-chart allocation="still-loading" heading="Batyr"></qoldau-impact-chart>`,
      invalid: html`<qoldau-impact-chart
        ><script type="application/json">
          { "items": [{ "label": "Vans", "amount": -5 }] }
        </script>
        <a href="https://example.org/report">Annual report</a></qoldau-impact-chart
      >`,
    };
    before(async () => {
      freshAdapter();
      await testServer.reset();
      await testServer.fail({ match: 'GET /api/allocation', mode: 'hang' });
      configure({ source: { type: 'json', url: `${await testServer.url()}/api/{kind}/{id}.json`, timeout: 60 } });
    });
    after(async () => {
      await testServer.reset();
      freshAdapter();
    });
    for (const locale of LOCALES) {
      for (const type of ['bar', 'doughnut', 'line'] as const) {
        for (const [name, template] of Object.entries(states)) {
          it(`${type} / ${name} / ${locale}`, async () => {
            await useLocale(locale);
            const el = await fixture<QoldauImpactChart>(template);
            el.type = type;
            if (name === 'allocation' || name === 'series') await drawn(el);
            else await el.updateComplete;
            const expected =
              { invalid: '[part="error"]', loading: '.loading', empty: '[part="empty"]' }[name] ?? 'canvas[role="img"]';
            expect(el.shadowRoot!.querySelector(expected), expected).to.exist;
            await expect(el).to.be.accessible();
          });
        }
      }
    }
  });

  it('summarizes the chart for screen readers and keeps a localized data table', async () => {
    const el = await fixture<QoldauImpactChart>(
      html`<qoldau-impact-chart heading="Batyr 2026"
        ><script type="application/json">
          ${allocationJson}
        </script></qoldau-impact-chart
      >`,
    );
    const expected: Record<QoldauLocale, { label: string; rows: string[][] }> = {
      en: {
        label: 'Bar chart. Total ₸24,500,000. Largest: Transport, ₸12,500,000 (51%).',
        rows: [
          ['Item', 'Amount', 'Share'],
          ['Transport', '₸12,500,000', '51%'],
          ['Computers', '₸4,200,000', '17%'],
          ['Teachers', '₸6,300,000', '26%'],
          ['Workshop materials', '₸1,500,000', '6%'],
          ['Total', '₸24,500,000', '100%'],
        ],
      },
      ru: {
        label: 'Столбчатая диаграмма. Всего 24 500 000 ₸. Больше всего: Транспорт, 12 500 000 ₸ (51 %).',
        rows: [
          ['Статья', 'Сумма', 'Доля'],
          ['Транспорт', '12 500 000 ₸', '51 %'],
          ['Компьютеры', '4 200 000 ₸', '17 %'],
          ['Педагоги', '6 300 000 ₸', '26 %'],
          ['Материалы для мастерских', '1 500 000 ₸', '6 %'],
          ['Итого', '24 500 000 ₸', '100 %'],
        ],
      },
      kk: {
        label: 'Бағаналы диаграмма. Барлығы 24 500 000 ₸. Ең үлкені: Көлік, 12 500 000 ₸ (51%).',
        rows: [
          ['Бап', 'Сома', 'Үлесі'],
          ['Көлік', '12 500 000 ₸', '51%'],
          ['Компьютерлер', '4 200 000 ₸', '17%'],
          ['Педагогтар', '6 300 000 ₸', '26%'],
          ['Шеберхана материалдары', '1 500 000 ₸', '6%'],
          ['Барлығы', '24 500 000 ₸', '100%'],
        ],
      },
    };
    for (const locale of LOCALES) {
      await useLocale(locale);
      await drawn(el);
      expect(plainSpaces(canvasOf(el)!.getAttribute('aria-label'))).to.equal(expected[locale].label);
      expect(tableRows(el)).to.deep.equal(expected[locale].rows);
      expect(plainSpaces(el.shadowRoot!.querySelector('caption')?.textContent)).to.equal('Batyr 2026');
      // Money ticks and category labels follow the locale too.
      const chart = chartOf(el)!;
      expect(chart.data.labels).to.deep.equal(expected[locale].rows.slice(1, -1).map((row) => row[0]));
      const ticks = chart.scales.x.ticks.map((tick) => plainSpaces(String(tick.label)));
      expect(ticks[1]).to.equal({ en: '₸5M', ru: '5 млн ₸', kk: '5 млн ₸' }[locale]);
    }
  });

  it('writes periods and series values in the table, with gaps as dashes', async () => {
    await useLocale('ru');
    const el = await fixture<QoldauImpactChart>(
      html`<qoldau-impact-chart type="line"
        ><script type="application/json">
          ${seriesJson}
        </script></qoldau-impact-chart
      >`,
    );
    await drawn(el);
    const rows = tableRows(el);
    expect(rows[0]).to.deep.equal(['Период', 'Помогли детям', 'Семьи']);
    expect(rows.slice(1).map((row) => row.slice(1))).to.deep.equal([
      ['12', '5'],
      ['19', '—'],
      ['27', '9'],
    ]);
    expect(rows[1][0]).to.match(/^янв\.? 2026/);
    expect(plainSpaces(canvasOf(el)!.getAttribute('aria-label'))).to.contain(
      'Помогли детям, янв. 2026 г. – март 2026 г.:',
    );
    expect(chartOf(el)!.data.datasets).to.have.length(2);
    await useLocale('kk');
    await drawn(el);
    expect(tableRows(el)[0]).to.deep.equal(['Кезең', 'Көмек алған балалар', 'Отбасылар']);
    // Months in words in Kazakh too, also where the browser has no Kazakh date data (issue #10).
    expect(tableRows(el)[1][0])
      .to.match(/қаң/i)
      .and.not.to.match(/\d\d\.\d{4}/);
    expect(plainSpaces(canvasOf(el)!.getAttribute('aria-label'))).to.match(
      /Көмек алған балалар, [^:]*қаң[^:]*2026[^:]* – [^:]*наур[^:]*: соңғы мәні 27, ең жоғарысы 27\./,
    );
  });

  it('shows the table on request and always leaves it to screen readers', async () => {
    const el = await fixture<QoldauImpactChart>(
      html`<qoldau-impact-chart type="doughnut"
        ><script type="application/json">
          ${allocationJson}
        </script></qoldau-impact-chart
      >`,
    );
    await drawn(el);
    const toggle = el.shadowRoot!.querySelector<HTMLButtonElement>('[part="table-toggle"]')!;
    const table = el.shadowRoot!.querySelector('table')!;
    expect(toggle.getAttribute('aria-expanded')).to.equal('false');
    const wrapper = table.parentElement!;
    expect(wrapper.getBoundingClientRect().height).to.be.lessThan(2); // visually hidden, still in the tree
    expect(wrapper.classList.contains('visually-hidden')).to.be.true;
    toggle.click();
    await el.updateComplete;
    expect(toggle.getAttribute('aria-expanded')).to.equal('true');
    expect(wrapper.getBoundingClientRect().height).to.be.greaterThan(100);
    expect(plainSpaces(toggle.textContent)).to.equal('Hide table');
    // The doughnut has an HTML legend with the theme's colors.
    const swatches = [...el.shadowRoot!.querySelectorAll<HTMLElement>('.swatch')];
    expect(swatches).to.have.length(4);
    expect(getComputedStyle(swatches[0]).backgroundColor).to.equal('rgb(0, 104, 127)');
  });

  it('draws with the --qoldau-* tokens, light and dark', async () => {
    const el = await fixture<QoldauImpactChart>(
      html`<qoldau-impact-chart type="doughnut"
        ><script type="application/json">
          ${allocationJson}
        </script></qoldau-impact-chart
      >`,
    );
    const colors = async () => {
      el.requestUpdate();
      const chart = await drawn(el);
      return chart.data.datasets[0].backgroundColor as string[];
    };
    const light = await colors();
    expect(light[0]).to.equal('rgba(0, 104, 127, 1)');
    expect(new Set(light).size).to.equal(4);
    el.style.colorScheme = 'dark';
    const dark = await colors();
    expect(dark[1]).to.equal('rgba(245, 192, 74, 1)'); // the dark accent
    expect(dark[0]).to.not.equal(light[0]);
    el.style.colorScheme = '';
    el.style.setProperty('--qoldau-color-brand', '#c2185b');
    expect((await colors())[0]).to.equal('rgba(194, 24, 91, 1)');
  });

  it('does not animate under reduced motion, and animates otherwise', async () => {
    const still = await fixture<QoldauImpactChart>(
      html`<qoldau-impact-chart
        ><script type="application/json">
          ${allocationJson}
        </script></qoldau-impact-chart
      >`,
    );
    expect((await drawn(still)).options.animation).to.equal(false);
    delete document.documentElement.dataset.qoldauMotion;
    const moving = await fixture<QoldauImpactChart>(
      html`<qoldau-impact-chart
        ><script type="application/json">
          ${allocationJson}
        </script></qoldau-impact-chart
      >`,
    );
    expect((await drawn(moving)).options.animation).to.not.equal(false);
  });

  it('waits until it is scrolled into view before drawing (with motion)', async () => {
    delete document.documentElement.dataset.qoldauMotion;
    const wrapper = await fixture<HTMLDivElement>(
      html`<div style="margin-top: 300vh">
        <qoldau-impact-chart
          ><script type="application/json">
            ${allocationJson}
          </script></qoldau-impact-chart
        >
      </div>`,
    );
    const el = wrapper.querySelector('qoldau-impact-chart')!;
    await el.updateComplete;
    await sleep(200);
    expect(chartOf(el)).to.be.undefined;
    el.scrollIntoView();
    await drawn(el);
  });

  it('registers only what each type needs (tree-shaken, no chart.js/auto)', async () => {
    const el = await fixture<QoldauImpactChart>(
      html`<qoldau-impact-chart type="doughnut"
        ><script type="application/json">
          ${allocationJson}
        </script></qoldau-impact-chart
      >`,
    );
    await drawn(el);
    const registry = (Chart as unknown as { registry: { plugins: { get(id: string): unknown } } }).registry;
    expect(registry.plugins.get('tooltip')).to.exist;
    expect(registry.plugins.get('legend')).to.be.undefined;
    expect(registry.plugins.get('title')).to.be.undefined;
  });

  it('is responsive: the canvas follows the width of its container', async () => {
    const wrapper = await fixture<HTMLDivElement>(
      html`<div style="width: 600px">
        <qoldau-impact-chart
          ><script type="application/json">
            ${allocationJson}
          </script></qoldau-impact-chart
        >
      </div>`,
    );
    const el = wrapper.querySelector('qoldau-impact-chart')!;
    await drawn(el);
    const before = canvasOf(el)!.getBoundingClientRect().width;
    wrapper.style.width = '360px';
    await until(() => canvasOf(el)!.getBoundingClientRect().width < before - 100, 10_000, 'resize');
  });

  describe('bad data shows a localized message and fires qoldau-error', () => {
    const cases: Array<[string, string, string, string]> = [
      ['malformed JSON', '{ "items": ', 'invalid-json', 'Встроенные данные — некорректный JSON.'],
      [
        'negative amount',
        '{ "items": [{ "label": "Vans", "amount": -5 }] }',
        'negative-value',
        '«items[0].amount» не может быть отрицательным.',
      ],
      ['missing label', '{ "items": [{ "amount": 5 }] }', 'missing-field', 'Не указано «items[0].label».'],
      [
        'markup in a label',
        '{ "items": [{ "label": "<b>x</b>", "amount": 5 }] }',
        'markup-in-text',
        '«items[0].label» содержит HTML — это запрещено.',
      ],
      [
        'point without a value',
        '{ "series": [{ "points": [{ "x": "2026-01", "y": "a lot" }] }] }',
        'invalid-number',
        'Значение «series[0].points[0].y» — не число.',
      ],
      [
        'unknown currency',
        '{ "currency": "XYZ", "items": [{ "label": "A", "amount": 5 }] }',
        'unknown-currency',
        'Неизвестный код валюты.',
      ],
    ];
    for (const [name, json, code, message] of cases) {
      it(name, async () => {
        await useLocale('ru');
        const errors = recordEvents<CustomEvent<QoldauErrorDetail>>(document, 'qoldau-error');
        const el = await fixture<QoldauImpactChart>(
          html`<qoldau-impact-chart
            ><script type="application/json">
              ${json}
            </script></qoldau-impact-chart
          >`,
        );
        await el.updateComplete;
        expect(partText(el, 'error')).to.equal(message);
        expect(errors.at(-1)!.detail.error.code).to.equal(code);
        expect(canvasOf(el)).to.be.null;
      });
    }
    it('validates series shapes', () => {
      expect(validateChartData({ series: [{ points: [] }] }).kind).to.equal('empty');
      expect(() => validateChartData({ series: 'no' })).to.throw();
      expect(() => validateChartData({ series: [], format: 'roman' })).to.throw();
      expect(
        validateChartData({ series: [{ label: 'A', points: [{ x: 'Astana', y: 3 }] }], format: 'percent' }).kind,
      ).to.equal('series');
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
      configure({ source: { type: 'json', url: `${base}/api/{kind}/{id}.json` } });
    });
    after(() => freshAdapter());

    it('reads an allocation and fires qoldau-load', async () => {
      await useLocale('kk');
      const el = await fixture<QoldauImpactChart>(
        html`<qoldau-impact-chart allocation="batyr-2026" type="doughnut"></qoldau-impact-chart>`,
      );
      const loads = recordEvents(el, 'qoldau-load');
      await drawn(el);
      expect(tableRows(el)[1]).to.deep.equal(['Көлік', '12 500 000 ₸', '51%']);
      expect(loads).to.have.length(1);
      expect((await testServer.stats()).requests['GET /api/allocation/batyr-2026.json']).to.equal(1);
    });

    describe('keeps its box while the data loads, with no page CSS (the skeleton reserves the legend row and the table button)', () => {
      beforeEach(async () => {
        await testServer.resource('allocation', 'three', {
          currency: 'KZT',
          items: [
            { label: { en: 'Van', ru: 'Автобус', kk: 'Көлік' }, amount: 5 },
            { label: { en: 'Lessons', ru: 'Уроки', kk: 'Сабақтар' }, amount: 3 },
            { label: { en: 'Books', ru: 'Книги', kk: 'Кітаптар' }, amount: 2 },
          ],
        });
        await testServer.resource('series', 'one-line', {
          series: [
            {
              label: { en: 'Children' },
              points: [
                { x: '2026-09', y: 18 },
                { x: '2026-10', y: 22 },
              ],
            },
          ],
        });
        await testServer.fail({ match: 'GET /api/', mode: 'slow', delay: 600 });
      });
      for (const locale of LOCALES) {
        for (const [name, template] of [
          [
            'a doughnut',
            html`<qoldau-impact-chart allocation="three" type="doughnut" heading="2026"></qoldau-impact-chart>`,
          ],
          ['a one-series bar chart', html`<qoldau-impact-chart series="one-line" type="bar"></qoldau-impact-chart>`],
        ] as const) {
          it(`${name} in ${locale}`, async () => {
            await useLocale(locale);
            freshAdapter();
            configure({ source: { type: 'json', url: `${base}/api/{kind}/{id}.json` } });
            const el = await fixture<QoldauImpactChart>(template);
            expect(el.shadowRoot!.querySelector('.loading'), 'the skeleton').to.exist;
            const before = el.getBoundingClientRect().height;
            await drawn(el);
            expect(el.getBoundingClientRect().height).to.equal(before);
          });
        }
      }
    });

    it('reads a time series (json source) and draws it as a line', async () => {
      await testServer.resource('series', 'children-per-month', {
        series: [
          {
            label: { ru: 'Дети' },
            points: [
              { x: '2026-09', y: 18 },
              { x: '2026-10', y: 22 },
            ],
          },
        ],
      });
      await useLocale('ru');
      const el = await fixture<QoldauImpactChart>(
        html`<qoldau-impact-chart series="children-per-month" type="line"></qoldau-impact-chart>`,
      );
      await drawn(el);
      expect(tableRows(el).slice(1)).to.deep.equal([
        ['сент. 2026 г.', '18'],
        ['окт. 2026 г.', '22'],
      ]);
      expect((await testServer.stats()).requests['GET /api/series/children-per-month.json']).to.equal(1);
      await expect(el).to.be.accessible();
    });

    it('reads a time series from a Google Sheet (one row per point, lines by `line`)', async () => {
      configure({ source: { type: 'sheet', url: `${base}/sheets/{kind}.csv` } });
      await testServer.sheet(
        'series',
        'id,line,label_en,x,y\nrehab,a,Astana,2026-09,10\nrehab,a,Astana,2026-10,12\nrehab,b,Almaty,2026-09,7\nrehab,b,Almaty,2026-10,9\nother,,,2026-09,1\n',
      );
      const el = await fixture<QoldauImpactChart>(
        html`<qoldau-impact-chart series="rehab" type="bar"></qoldau-impact-chart>`,
      );
      await drawn(el);
      expect(tableRows(el)).to.deep.equal([
        ['Period', 'Astana', 'Almaty'],
        ['Sep 2026', '10', '7'],
        ['Oct 2026', '12', '9'],
      ]);
    });

    it('shows a localized error for a malformed series', async () => {
      await testServer.resource('series', 'broken', { series: [{ points: [{ x: '2026-01', y: -1 }] }] });
      await useLocale('kk');
      const el = await fixture<QoldauImpactChart>(html`<qoldau-impact-chart series="broken"></qoldau-impact-chart>`);
      await until(() => partText(el, 'error'), 10_000, 'error');
      expect(partText(el, 'error')).to.equal('«series[0].points[0].y» теріс бола алмайды.');
    });

    it('shows a localized error for a missing allocation', async () => {
      await useLocale('ru');
      const el = await fixture<QoldauImpactChart>(
        html`<qoldau-impact-chart allocation="nothing-here"></qoldau-impact-chart>`,
      );
      await until(() => partText(el, 'error'), 10_000, 'error');
      expect(partText(el, 'error')).to.equal('Данные не найдены.');
    });
  });
});
