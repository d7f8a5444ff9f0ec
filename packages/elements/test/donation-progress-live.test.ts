// <qoldau-donation-progress campaign="…"> against the real reference server (test/server).
import { expect, fixture, html, nextFrame } from '@open-wc/testing';
import '../src/donation-progress/define.js';
import type { QoldauDonationProgress } from '../src/donation-progress/donation-progress.js';
import type { QoldauErrorDetail } from '../src/base/events.js';
import { configure } from '@qoldau/core';
import { freshAdapter, until, useJsonSource } from '../../core/test/data/helpers.js';
import { testServer } from '../../../test/server/control.js';
import { LOCALES, partText, plainSpaces, useLocale } from '../../../test/helpers.js';

const meterOf = (el: QoldauDonationProgress) => el.shadowRoot!.querySelector('[role="progressbar"]');
const isReady = (el: QoldauDonationProgress) => !!meterOf(el) && !el.shadowRoot!.querySelector('.loading');

const useServer = (): Promise<string> => useJsonSource({ cacheTtl: 60 });

describe('<qoldau-donation-progress campaign="…"> with the data adapter', () => {
  afterEach(async () => {
    await testServer.heal();
    await useLocale(null);
  });

  it('ten widgets on one campaign make exactly one request', async () => {
    await useServer();
    const wrapper = await fixture<HTMLElement>(
      html`<div>
        ${Array.from({ length: 10 }, () => html`<qoldau-donation-progress campaign="batyr-van"></qoldau-donation-progress>`)}
      </div>`,
    );
    const widgets = [...wrapper.querySelectorAll('qoldau-donation-progress')];
    await until(() => widgets.every(isReady), 5000, 'all widgets ready');
    const stats = await testServer.stats();
    expect(stats.requests['GET /api/campaign/batyr-van.json']).to.equal(1);
    expect(widgets.map((widget) => partText(widget, 'raised'))).to.deep.equal(Array(10).fill('₸8,420,000'));
    expect(partText(widgets[0], 'heading')).to.equal("A van with a lift for Batyr's children");
  });

  // Milestones that only the source knows add their list when they arrive (docs: embed them inline
  // to reserve that space too); everything else keeps its place.
  it('shows a skeleton of the final size while loading (no layout shift), accessible in every locale', async () => {
    await useServer();
    await testServer.fail({ match: 'GET /api/campaign', mode: 'slow', delay: 700 });
    for (const locale of LOCALES) {
      await useLocale(locale);
      freshAdapter();
      configure({ source: { type: 'json', url: `${await testServer.url()}/api/{kind}/{id}.json` } });
      const el = await fixture<QoldauDonationProgress>(
        html`<qoldau-donation-progress campaign="botashym-amina"></qoldau-donation-progress>`,
      );
      await el.updateComplete;
      expect(el.shadowRoot!.querySelector('.loading'), 'loading skeleton').to.exist;
      expect(meterOf(el)!.getAttribute('aria-busy')).to.equal('true');
      await expect(el).to.be.accessible();
      const loadingHeight = el.getBoundingClientRect().height;
      await until(() => isReady(el), 5000, 'data');
      await nextFrame();
      expect(el.getBoundingClientRect().height).to.equal(loadingHeight);
    }
  });

  it('lets attributes win over fetched data field by field', async () => {
    await useServer();
    const el = await fixture<QoldauDonationProgress>(
      html`<qoldau-donation-progress
        campaign="batyr-van"
        raised="12500000"
        heading="Our van"
      ></qoldau-donation-progress>`,
    );
    await until(() => isReady(el), 5000, 'data');
    expect(partText(el, 'raised')).to.equal('₸12,500,000');
    expect(partText(el, 'goal')).to.equal('raised of ₸12,500,000');
    expect(partText(el, 'heading')).to.equal('Our van');
    expect(partText(el, 'details')).to.match(/^314 donors/);
  });

  describe('a malformed or failing source gives the localized error state, never an exception', () => {
    const cases: Array<[string, () => Promise<unknown>, string, string]> = [
      [
        'negative goal',
        () => testServer.resource('campaign', 'broken', { raised: 5, goal: -100 }),
        'negative-value',
        '«goal» не может быть отрицательным.',
      ],
      [
        'zero goal',
        () => testServer.resource('campaign', 'broken', { raised: 5, goal: 0 }),
        'invalid-goal',
        'Цель сбора должна быть больше нуля.',
      ],
      [
        'goal as text',
        () => testServer.resource('campaign', 'broken', { raised: 5, goal: 'many' }),
        'invalid-number',
        'Значение «goal» — не число.',
      ],
      [
        'unknown currency',
        () => testServer.resource('campaign', 'broken', { raised: 5, goal: 10, currency: 'ZZZ' }),
        'unknown-currency',
        'Неизвестный код валюты.',
      ],
      [
        'missing goal',
        () => testServer.resource('campaign', 'broken', { raised: 5 }),
        'missing-field',
        'Не указано «goal».',
      ],
      [
        'absurd raised',
        () => testServer.resource('campaign', 'broken', { raised: 1e20, goal: 10 }),
        'absurd-value',
        'Значение «raised» неправдоподобно велико.',
      ],
      [
        'HTML in the title',
        () => testServer.resource('campaign', 'broken', { goal: 10, title: '<script>alert(1)</script>' }),
        'markup-in-text',
        '«title» содержит HTML — это запрещено.',
      ],
      [
        'bad date',
        () => testServer.resource('campaign', 'broken', { goal: 10, endsAt: 'soon' }),
        'invalid-date',
        '«endsAt» — неверная дата.',
      ],
      [
        'not an object',
        () => testServer.resource('campaign', 'broken', [1, 2, 3]),
        'invalid-type',
        'Значение «campaign» имеет неверный тип.',
      ],
      [
        'malformed JSON',
        () => testServer.fail({ match: 'GET /api/campaign/broken', mode: 'malformed' }),
        'invalid-json',
        'Встроенные данные — некорректный JSON.',
      ],
      [
        '404',
        () => testServer.fail({ match: 'GET /api/campaign/broken', mode: 'status', status: 404 }),
        'not-found',
        'Данные не найдены.',
      ],
      [
        'server down',
        () => testServer.fail({ match: 'GET /api/campaign/broken', mode: 'drop' }),
        'network',
        'Не удалось загрузить данные. Проверьте подключение.',
      ],
    ];
    for (const [name, arrange, code, message] of cases) {
      it(name, async () => {
        await useServer();
        await arrange();
        await useLocale('ru');
        const errors: Array<CustomEvent<QoldauErrorDetail>> = [];
        const el = await fixture<QoldauDonationProgress>(
          html`<qoldau-donation-progress
            campaign="broken"
            @qoldau-error=${(event: CustomEvent<QoldauErrorDetail>) => errors.push(event)}
            ><a href="https://example.org/donate">Поддержать</a></qoldau-donation-progress
          >`,
        );
        await until(() => partText(el, 'error'), 8000, 'error state');
        expect(partText(el, 'error')).to.equal(message);
        expect(errors.map((event) => event.detail.error.code)).to.deep.equal([code]);
        expect(el.querySelector('a')!.getClientRects().length, 'fallback link shown').to.be.greaterThan(0);
        await expect(el).to.be.accessible();
      });
    }
  });

  it('stays live with refresh, and keeps the last good value with a note when a refresh fails', async () => {
    await useServer();
    await testServer.resource('campaign', 'live', { raised: 100, goal: 1000, currency: 'KZT' });
    const el = await fixture<QoldauDonationProgress>(
      html`<qoldau-donation-progress campaign="live" refresh="0.3"></qoldau-donation-progress>`,
    );
    await until(() => partText(el, 'percent') === '10%', 5000, 'first value');
    await testServer.resource('campaign', 'live', { raised: 400, goal: 1000, currency: 'KZT' });
    await until(() => partText(el, 'percent') === '40%', 5000, 'refreshed value');
    expect(partText(el, 'stale')).to.equal('');

    await testServer.stop();
    try {
      await until(() => partText(el, 'stale'), 5000, 'stale note');
      expect(partText(el, 'percent')).to.equal('40%');
      expect(partText(el, 'stale')).to.match(/^Could not refresh\. Figures as of .*\d{1,2}:\d{2}/);
    } finally {
      await testServer.start();
    }
    await until(() => partText(el, 'stale') === '', 5000, 'note gone after recovery');
  });

  it('fires qoldau-load with the validated data', async () => {
    await useServer();
    const loads: CustomEvent[] = [];
    const el = await fixture<QoldauDonationProgress>(
      html`<qoldau-donation-progress
        campaign="botashym-amina"
        @qoldau-load=${(event: CustomEvent) => loads.push(event)}
      ></qoldau-donation-progress>`,
    );
    await until(() => isReady(el), 5000, 'data');
    expect(loads.length).to.be.greaterThan(0);
    expect((loads.at(-1)!.detail as { data: { goal: number } }).data.goal).to.equal(1650000);
    expect(plainSpaces(meterOf(el)!.getAttribute('aria-valuetext'))).to.equal('₸1,870,000 of ₸1,650,000 raised');
  });
});
