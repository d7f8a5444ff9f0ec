// Hostile input for <qoldau-impact-chart> (issue #8): attributes, properties, inline JSON
// (allocations and series) and adapter payloads from the real test server.
import { expect } from '@open-wc/testing';
import '@qoldau/charts/impact-chart/define.js';
import { configure } from '@qoldau/core';
import { freshAdapter, sleep } from '../../packages/core/test/data/helpers.js';
import { testServer } from '../server/control.js';
import {
  JSON_TEXTS,
  JSON_VALUES,
  STRINGS,
  attribute,
  check,
  clear,
  hostileValues,
  inline,
  label,
  total,
  watchPage,
  withFallback,
  type Built,
} from './harness.js';

const TAG = 'qoldau-impact-chart';
const ALLOCATION = {
  currency: 'KZT',
  items: [
    { label: 'Көлік', amount: 12_500_000 },
    { label: 'Дәрі', amount: 1 },
  ],
};
const SERIES = { format: 'number', series: [{ label: 'Children', points: [{ x: '2026-01', y: 12 }] }] };
/** Values in the data table, the summary's numbers: never NaN, ∞ or [object …]. */
const NUMBERS = ['[part~="table"] td'];

/** Ready (a chart and its table) or empty (the "no data" message). */
const ready = (root: ShadowRoot): boolean =>
  !!root.querySelector('[part~="table"]') || !!root.querySelector('[part~="empty"]');

/** Replaces one field of each item (allocation) or point (series). */
const allocationWith = (field: string, value: unknown) => ({
  ...ALLOCATION,
  items: [{ label: 'Көлік', amount: 1, [field]: value }],
});
const seriesWith = (field: string, value: unknown) => ({
  ...SERIES,
  series: [{ label: 'Children', points: [{ x: '2026-02', y: 3, [field]: value }] }],
});

/** Every field of both payload shapes × every hostile JSON value. */
function payloads(): unknown[] {
  return [
    ...JSON_VALUES,
    ...['items', 'currency', 'id'].flatMap((field) => JSON_VALUES.map((value) => ({ ...ALLOCATION, [field]: value }))),
    ...['label', 'amount'].flatMap((field) => JSON_VALUES.map((value) => allocationWith(field, value))),
    ...['series', 'format', 'currency', 'id'].flatMap((field) =>
      JSON_VALUES.map((value) => ({ ...SERIES, [field]: value })),
    ),
    ...['x', 'y'].flatMap((field) => JSON_VALUES.map((value) => seriesWith(field, value))),
    ...JSON_VALUES.map((value) => ({ ...SERIES, series: [{ label: value, points: value }] })),
    ...['2026-13', '2026-00', '2026-99-99', '2026-02-30', '0000-01'].map((x) => seriesWith('x', x)),
    {
      ...SERIES,
      series: [
        { label: 'a', points: [{ x: '2026-01', y: 1 }] },
        { label: 'b', points: [] },
      ],
    },
  ];
}

describe('hostile input: <qoldau-impact-chart>', function () {
  // Hundreds of widgets per test: quick on a quiet machine, slower on a loaded one.
  this.timeout(60_000);
  beforeEach(async () => {
    freshAdapter();
    watchPage();
    await testServer.reset();
    configure({ source: { type: 'json', url: `${await testServer.url()}/api/{kind}/{id}.json` } });
  });
  afterEach(clear);

  it('attributes: every field × every hostile string', async () => {
    const cases: Built[] = ['type', 'heading', 'allocation', 'series', 'refresh'].flatMap((field) =>
      STRINGS.map((value) => {
        const element = inline(TAG, JSON.stringify(ALLOCATION));
        element.setAttribute(field, value);
        return { name: `${field}=${label(value)}`, element };
      }),
    );
    expect(await check(cases, { numbers: NUMBERS, ready, keep: true })).to.deep.equal([]);
    const before = total((await testServer.stats()).requests);
    await sleep(600);
    expect(total((await testServer.stats()).requests)).to.equal(before);
  });

  it('properties set from script: every field × every wrong type', async () => {
    const cases: Built[] = ['type', 'heading', 'allocation', 'series', 'refresh'].flatMap((field) =>
      hostileValues().map((value) => {
        const element = inline(TAG, JSON.stringify(SERIES));
        (element as unknown as Record<string, unknown>)[field] = value;
        return { name: `.${field}=${label(value)}`, element };
      }),
    );
    expect(await check(cases, { numbers: NUMBERS, ready })).to.deep.equal([]);
  });

  it('inline JSON: malformed texts and every field of allocations and series × every hostile value', async () => {
    const cases: Built[] = [
      ...JSON_TEXTS.map((text) => ({ name: `json ${label(text)}`, element: inline(TAG, text) })),
      ...payloads().map((payload) => ({
        name: `json ${label(payload)}`,
        element: inline(TAG, JSON.stringify(payload), { type: 'line' }),
      })),
    ];
    expect(cases.length).to.be.greaterThan(300);
    expect(await check(cases, { numbers: NUMBERS, ready })).to.deep.equal([]);
    expect(({} as Record<string, unknown>).polluted).to.equal(undefined);
  });

  it('adapter payloads from the test server, and no request storm', async () => {
    const cases: Built[] = [];
    const items: { kind: string; id: string; body: unknown }[] = [];
    const responses: { path: string; response: { body: unknown; contentType: string } }[] = [];
    // Every third payload (inline JSON above takes them all): the adapter path, not the validators, is under test.
    for (const [index, payload] of payloads()
      .filter((_, at) => at % 3 === 0)
      .entries()) {
      const kind = index % 2 ? 'allocation' : 'series';
      items.push({ kind: kind, id: `h${index}`, body: payload });
      const element = withFallback(document.createElement(TAG));
      element.setAttribute(kind, `h${index}`);
      element.setAttribute('refresh', String([0.001, -1, 1e308, 'NaN'][index % 4]));
      element.setAttribute('type', ['bar', 'line', 'doughnut', 'pie'][index % 4]);
      cases.push({ name: `GET ${kind} ${label(payload)}`, element });
    }
    for (const [index, text] of JSON_TEXTS.entries()) {
      responses.push({ path: `/api/series/t${index}.json`, response: { body: text, contentType: 'application/json' } });
      cases.push({ name: `GET body ${label(text)}`, element: attribute(TAG, 'series', `t${index}`) });
    }
    await testServer.resources(items, responses);
    expect(await check(cases, { numbers: NUMBERS, ready, keep: true })).to.deep.equal([]);
    const requests = total((await testServer.stats()).requests);
    expect(requests).to.equal(cases.length);
    await sleep(600);
    expect(total((await testServer.stats()).requests)).to.equal(requests);
  });
});
