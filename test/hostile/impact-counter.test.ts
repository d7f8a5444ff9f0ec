// Hostile input for <qoldau-impact-counter> and <qoldau-impact-counters> (issue #8): attributes,
// properties, inline JSON and adapter payloads from the real test server.
import { expect } from '@open-wc/testing';
import '@qoldau/elements/impact-counter/define.js';
import '@qoldau/elements/impact-counters/define.js';
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

const TAG = 'qoldau-impact-counter';
const FIELDS = ['value', 'format', 'currency', 'label', 'metric', 'refresh', 'duration', 'one', 'few', 'many', 'other'];
const NUMBERS = ['value'];

/** Ready: a value on screen. */
const ready = (root: ShadowRoot): boolean => !!root.querySelector('[part~="value"]')?.textContent?.trim();

/** The group is settled once each of its counters is. */
const groupReady = (root: ShadowRoot): boolean =>
  [...root.querySelectorAll(TAG)].every((counter) => !counter.shadowRoot?.querySelector('.loading')) &&
  !!root.querySelector('[part~="base"]');

describe('hostile input: <qoldau-impact-counter> and <qoldau-impact-counters>', function () {
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
    const cases: Built[] = FIELDS.flatMap((field) =>
      STRINGS.map((value) => ({
        name: `${field}=${label(value)}`,
        element: attribute(TAG, field, value, { value: '1000', one: 'child', other: 'children' }),
      })),
    );
    expect(cases.length).to.be.greaterThan(300);
    expect(await check(cases, { numbers: NUMBERS, ready, keep: true })).to.deep.equal([]);
    const before = total((await testServer.stats()).requests);
    await sleep(600);
    expect(total((await testServer.stats()).requests)).to.equal(before);
  });

  it('properties set from script, and the `data` property', async () => {
    const fields = [...FIELDS, 'data', 'pending'];
    const cases: Built[] = [
      ...fields.flatMap((field) =>
        hostileValues().map((value) => {
          const element = withFallback(document.createElement(TAG));
          Object.assign(element, { value: 12 });
          (element as unknown as Record<string, unknown>)[field] = value;
          return { name: `.${field}=${label(value)}`, element };
        }),
      ),
      ...['value', 'format', 'currency', 'label', 'noun'].flatMap((field) =>
        hostileValues().map((value) => {
          const element = withFallback(document.createElement(TAG));
          Object.assign(element, { data: { value: 12, [field]: value } });
          return { name: `.data.${field}=${label(value)}`, element };
        }),
      ),
    ];
    // A counter left `pending` (any truthy value) shows its skeleton on purpose; every other case must settle.
    const settled = (element: HTMLElement) =>
      Boolean(element.shadowRoot?.firstElementChild) &&
      (Boolean((element as HTMLElement & { pending: unknown }).pending) ||
        !element.shadowRoot?.querySelector('.loading'));
    const pendingReady = (root: ShadowRoot) => ready(root) || !!root.querySelector('.loading');
    expect(await check(cases, { numbers: NUMBERS, ready: pendingReady, settled })).to.deep.equal([]);
  });

  it('inline JSON: malformed texts and every metric field × every hostile JSON value', async () => {
    const cases: Built[] = [
      ...JSON_TEXTS.map((text) => ({ name: `json ${label(text)}`, element: inline(TAG, text) })),
      ...['value', 'format', 'currency', 'label', 'noun', 'id'].flatMap((field) =>
        JSON_VALUES.map((value) => ({
          name: `json ${field}: ${label(value)}`,
          element: inline(TAG, JSON.stringify({ value: 5, format: 'percent', [field]: value })),
        })),
      ),
      ...JSON_VALUES.map((value) => ({
        name: `json noun.ru ${label(value)}`,
        element: inline(TAG, JSON.stringify({ value: 21, noun: { ru: value, en: [value, value], kk: [value] } })),
      })),
    ];
    expect(await check(cases, { numbers: NUMBERS, ready })).to.deep.equal([]);
  });

  it('adapter payloads (metric and metric sets) from the test server, and no request storm', async () => {
    const cases: Built[] = [];
    const items: { kind: string; id: string; body: unknown }[] = [];
    const responses: { path: string; response: { body: unknown; contentType: string } }[] = [];
    const payloads = [
      ...JSON_VALUES,
      ...['value', 'format', 'currency', 'label', 'noun'].flatMap((field) =>
        JSON_VALUES.map((value) => ({ value: 3, [field]: value })),
      ),
    ];
    for (const [index, payload] of payloads.entries()) {
      items.push({ kind: 'metric', id: `h${index}`, body: payload });
      const refresh = String([0.001, -1, 1e308, 'NaN'][index % 4]);
      cases.push({ name: `GET metric ${label(payload)}`, element: attribute(TAG, 'metric', `h${index}`, { refresh }) });
    }
    for (const [index, value] of JSON_VALUES.entries()) {
      items.push({ kind: 'metrics', id: `s${index}`, body: { items: [{ id: 'a', value: 1 }, value] } });
      const group = withFallback(document.createElement('qoldau-impact-counters'));
      group.setAttribute('set', `s${index}`);
      group.setAttribute('refresh', '0.001');
      cases.push({ name: `GET metrics item ${label(value)}`, element: group });
      items.push({ kind: 'metrics', id: `v${index}`, body: value });
      const whole = withFallback(document.createElement('qoldau-impact-counters'));
      whole.setAttribute('set', `v${index}`);
      cases.push({ name: `GET metrics ${label(value)}`, element: whole });
    }
    for (const [index, text] of JSON_TEXTS.entries()) {
      responses.push({ path: `/api/metric/t${index}.json`, response: { body: text, contentType: 'application/json' } });
      cases.push({ name: `GET body ${label(text)}`, element: attribute(TAG, 'metric', `t${index}`) });
    }
    const settled = (element: HTMLElement) =>
      Boolean(element.shadowRoot?.firstElementChild) &&
      !element.shadowRoot?.querySelector('.loading') &&
      [...(element.shadowRoot?.querySelectorAll(TAG) ?? [])].every(
        (counter) => !counter.shadowRoot?.querySelector('.loading'),
      );
    const either = (root: ShadowRoot) =>
      root.host.tagName === 'QOLDAU-IMPACT-COUNTERS' ? groupReady(root) : ready(root);
    await testServer.resources(items, responses);
    expect(await check(cases, { numbers: NUMBERS, ready: either, settled, keep: true })).to.deep.equal([]);
    const requests = total((await testServer.stats()).requests);
    expect(requests).to.equal(cases.length);
    await sleep(600);
    expect(total((await testServer.stats()).requests)).to.equal(requests);
  });

  it('metric ids of the group: every hostile string', async () => {
    const cases: Built[] = STRINGS.map((value) => ({
      name: `metrics=${label(value)}`,
      element: attribute('qoldau-impact-counters', 'metrics', value, { heading: value }),
    }));
    const settled = (element: HTMLElement) =>
      Boolean(element.shadowRoot?.firstElementChild) &&
      [...(element.shadowRoot?.querySelectorAll(TAG) ?? [])].every(
        (counter) => counter.shadowRoot?.firstElementChild && !counter.shadowRoot?.querySelector('.loading'),
      );
    expect(await check(cases, { numbers: NUMBERS, ready: groupReady, settled })).to.deep.equal([]);
  });
});
