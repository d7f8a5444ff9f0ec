// Hostile input for <qoldau-donation-progress> (issue #8): attributes, properties, inline JSON and
// adapter payloads from the real test server, generated from the tables of harness.ts.
import { expect } from '@open-wc/testing';
import '@qoldau/elements/donation-progress/define.js';
import { testServer } from '../server/control.js';
import {
  attribute,
  attributeCases,
  type Built,
  check,
  clear,
  inline,
  JSON_TEXTS,
  JSON_VALUES,
  label,
  propertyCases,
  requestsWithoutPolling,
  STRINGS,
  useTestServer,
} from './harness.js';

const TAG = 'qoldau-donation-progress';
const FIELDS = ['raised', 'goal', 'currency', 'donors', 'ends', 'variant', 'heading', 'campaign', 'refresh'];
const BASE = { raised: '8420000', goal: '12500000' };
const NUMBERS = ['raised', 'goal', 'percent', 'status', 'details', 'milestones'];

/** Ready: a progressbar whose numbers are finite. */
const ready = (root: ShadowRoot): boolean => {
  const meter = root.querySelector('[role="progressbar"]');
  return (
    !!meter &&
    Number.isFinite(Number(meter.getAttribute('aria-valuenow'))) &&
    Number.isFinite(Number(meter.getAttribute('aria-valuemax')))
  );
};

describe('hostile input: <qoldau-donation-progress>', function () {
  // Hundreds of widgets per test: quick on a quiet machine, slower on a loaded one.
  this.timeout(60_000);
  beforeEach(useTestServer);
  afterEach(clear);

  it('attributes: every field × every hostile string', async () => {
    const cases = attributeCases(TAG, FIELDS, BASE);
    expect(cases.length).to.be.greaterThan(300);
    expect(await check(cases, { numbers: NUMBERS, ready, keep: true })).to.deep.equal([]);
    // Hostile campaign ids and refreshes: at most one request per distinct id, and no polling.
    const before = await requestsWithoutPolling();
    expect(before).to.be.at.most(STRINGS.length + 1);
  });

  it('properties set from script: every field × every wrong type', async () => {
    const cases = propertyCases(TAG, FIELDS, (element) => Object.assign(element, { raised: 10, goal: 100 }));
    expect(await check(cases, { numbers: NUMBERS, ready })).to.deep.equal([]);
  });

  it('inline JSON: malformed texts and every campaign field × every hostile JSON value', async () => {
    const fields = ['raised', 'goal', 'currency', 'donors', 'endsAt', 'title', 'milestones', 'updatedAt', 'id'];
    const cases: Built[] = [
      ...JSON_TEXTS.map((text) => ({ name: `json ${label(text)}`, element: inline(TAG, text) })),
      ...fields.flatMap((field) =>
        JSON_VALUES.map((value) => ({
          name: `json ${field}: ${label(value)}`,
          element: inline(TAG, JSON.stringify({ raised: 10, goal: 100, [field]: value })),
        })),
      ),
      // While a live campaign loads, the skeleton already shows the inline title and milestones.
      ...['title', 'milestones'].flatMap((field) =>
        JSON_VALUES.map((value) => ({
          name: `json while loading, ${field}: ${label(value)}`,
          element: inline(TAG, JSON.stringify({ [field]: field === 'title' ? value : [{ label: value }] }), {
            campaign: 'not-there',
          }),
        })),
      ),
      ...JSON_VALUES.map((value) => ({
        name: `json milestone ${label(value)}`,
        element: inline(TAG, JSON.stringify({ raised: 10, goal: 100, milestones: [{ amount: value, label: value }] })),
      })),
    ];
    expect(await check(cases, { numbers: NUMBERS, ready })).to.deep.equal([]);
    expect(({} as Record<string, unknown>).polluted).to.equal(undefined);
  });

  it('adapter payloads from the test server, and no request storm', async () => {
    const payloads: unknown[] = [
      ...JSON_VALUES,
      ...['raised', 'goal', 'currency', 'donors', 'endsAt', 'title', 'milestones'].flatMap((field) =>
        JSON_VALUES.map((value) => ({ raised: 10, goal: 100, [field]: value })),
      ),
    ];
    const cases: Built[] = [];
    const items: { kind: string; id: string; body: unknown }[] = [];
    const responses: { path: string; response: { body: unknown; contentType: string } }[] = [];
    for (const [index, payload] of payloads.entries()) {
      items.push({ kind: 'campaign', id: `h${index}`, body: payload });
      const element = attribute(TAG, 'campaign', `h${index}`, {
        refresh: String([0.001, -1, 1e308, 'NaN'][index % 4]),
      });
      cases.push({ name: `GET campaign ${label(payload)}`, element });
    }
    for (const [index, text] of JSON_TEXTS.entries()) {
      responses.push({
        path: `/api/campaign/t${index}.json`,
        response: { body: text, contentType: 'application/json' },
      });
      cases.push({ name: `GET body ${label(text)}`, element: attribute(TAG, 'campaign', `t${index}`) });
    }
    await testServer.resources(items, responses);
    expect(await check(cases, { numbers: NUMBERS, ready, keep: true })).to.deep.equal([]);
    // Refreshes of 0.001 s, -1 and NaN once hit the server dozens of times a second.
    expect(await requestsWithoutPolling()).to.equal(cases.length);
  });
});
