// Hostile input for <qoldau-donor-wall> (issues #8, #14): attributes, properties, inline JSON and
// adapter payloads from the real test server, generated from the tables of harness.ts. Donors'
// names and messages carry every script payload: they must show as text, and nothing may run.
import { expect } from '@open-wc/testing';
import '@qoldau/elements/donor-wall/define.js';
import { testServer } from '../server/control.js';
import {
  JSON_TEXTS,
  JSON_VALUES,
  SCRIPTS,
  STRINGS,
  type Built,
  attribute,
  check,
  clear,
  inline,
  label,
  propertyCases,
  requestsWithoutPolling,
  useTestServer,
} from './harness.js';

const TAG = 'qoldau-donor-wall';
const FIELDS = ['donors', 'campaign', 'max', 'heading', 'refresh'];
const NUMBERS = ['amount', 'time', 'summary'];
const LIST = JSON.stringify({ items: [{ name: 'Айгерим', amount: 5000, date: '2026-11-20T10:00:00+05:00' }] });

/** Ready: the list's entries or the empty state. */
const ready = (root: ShadowRoot): boolean => !!root.querySelector('ol [part~="entry"], [part~="empty"]');

/** Settled: not loading, and the campaign total (if any) is no longer a placeholder. */
const settled = (element: HTMLElement): boolean =>
  Boolean(element.shadowRoot?.firstElementChild) &&
  !element.shadowRoot?.querySelector('.loading') &&
  !element.shadowRoot?.querySelector('[part="summary"] .bone');

describe('hostile input: <qoldau-donor-wall>', function () {
  this.timeout(60_000);
  beforeEach(useTestServer);
  afterEach(clear);

  it('attributes: every field × every hostile string (on a wall with inline gifts), and no polling', async () => {
    const cases: Built[] = FIELDS.flatMap((field) =>
      STRINGS.map((value) => ({ name: `${field}=${label(value)}`, element: inline(TAG, LIST, { [field]: value }) })),
    );
    // And alone, where the attribute is all the wall has.
    cases.push(
      ...STRINGS.map((value) => ({ name: `donors alone=${label(value)}`, element: attribute(TAG, 'donors', value) })),
    );
    expect(cases.length).to.be.greaterThan(200);
    expect(await check(cases, { numbers: NUMBERS, ready, settled, keep: true })).to.deep.equal([]);
    await requestsWithoutPolling();
  });

  it('properties set from script: every field × every wrong type', async () => {
    const cases = propertyCases(TAG, FIELDS, (element) => {
      const script = document.createElement('script');
      script.type = 'application/json';
      script.textContent = LIST;
      element.prepend(script);
    });
    expect(await check(cases, { numbers: NUMBERS, ready, settled })).to.deep.equal([]);
  });

  it('inline JSON: malformed texts, every list and gift field × every hostile JSON value', async () => {
    const cases: Built[] = [
      ...JSON_TEXTS.map((text) => ({ name: `json ${label(text)}`, element: inline(TAG, text) })),
      ...['items', 'currency', 'campaign', 'id'].flatMap((field) =>
        JSON_VALUES.map((value) => ({
          name: `json ${field}: ${label(value)}`,
          element: inline(TAG, JSON.stringify({ items: [], [field]: value })),
        })),
      ),
      ...['name', 'amount', 'message', 'date'].flatMap((field) =>
        JSON_VALUES.map((value) => ({
          name: `json gift ${field}: ${label(value)}`,
          element: inline(TAG, JSON.stringify({ items: [{ name: 'A', amount: 1, [field]: value }] })),
        })),
      ),
    ];
    expect(await check(cases, { numbers: NUMBERS, ready, settled })).to.deep.equal([]);
    expect(({} as Record<string, unknown>).polluted).to.equal(undefined);
  });

  it('donors’ words carrying scripts render as the same text, in a list, never as markup', async () => {
    const element = inline(
      TAG,
      JSON.stringify({ items: SCRIPTS.map((text) => ({ name: text, message: text, amount: 1 })) }),
      { max: '50' },
    );
    expect(await check([{ name: 'scripts as words', element }], { numbers: NUMBERS, ready, keep: true })).to.deep.equal(
      [],
    );
    const root = element.shadowRoot!;
    const names = [...root.querySelectorAll('[part="name"]')].map((node) => node.textContent);
    const messages = [...root.querySelectorAll('[part="message"]')].map((node) => node.textContent);
    expect(names).to.have.members(SCRIPTS.map((text) => text.trim().replace('\u0001', '')));
    // The validator drops control characters (SCRIPTS has a \u0001) and a tab stays.
    expect(messages).to.have.members(SCRIPTS.map((text) => text.trim().replace('\u0001', '')));
  });

  it('adapter payloads from the test server (lists and campaigns), and no request storm', async () => {
    const cases: Built[] = [];
    const items: { kind: string; id: string; body: unknown }[] = [];
    const responses: { path: string; response: { body: unknown; contentType: string } }[] = [];
    const payloads: unknown[] = [
      ...JSON_VALUES,
      ...['items', 'currency', 'campaign'].flatMap((field) =>
        JSON_VALUES.map((value) => ({ items: [], [field]: value })),
      ),
      ...['name', 'amount', 'message', 'date'].flatMap((field) =>
        JSON_VALUES.map((value) => ({ items: [{ name: 'A', amount: 1, [field]: value }] })),
      ),
    ];
    for (const [index, payload] of payloads.entries()) {
      items.push({ kind: 'donors', id: `h${index}`, body: payload });
      const refresh = String([0.001, -1, 1e308, 'NaN'][index % 4]);
      cases.push({ name: `GET donors ${label(payload)}`, element: attribute(TAG, 'donors', `h${index}`, { refresh }) });
    }
    // Hostile campaigns next to a good list: the list stays, the total is said or explained away.
    for (const [index, payload] of JSON_VALUES.entries()) {
      items.push({ kind: 'campaign', id: `c${index}`, body: payload });
      cases.push({ name: `GET campaign ${label(payload)}`, element: inline(TAG, LIST, { campaign: `c${index}` }) });
    }
    for (const [index, text] of JSON_TEXTS.entries()) {
      responses.push({ path: `/api/donors/t${index}.json`, response: { body: text, contentType: 'application/json' } });
      cases.push({ name: `GET body ${label(text)}`, element: attribute(TAG, 'donors', `t${index}`) });
    }
    await testServer.resources(items, responses);
    expect(await check(cases, { numbers: NUMBERS, ready, settled, keep: true })).to.deep.equal([]);
    // One request per wall, plus one per list whose hostile `campaign` is text (read for the total).
    expect(await requestsWithoutPolling()).to.be.within(cases.length, cases.length + JSON_VALUES.length);
  });
});
