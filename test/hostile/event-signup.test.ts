// Hostile input for <qoldau-event-signup> (issue #8: "forms and later components join it"):
// attributes, properties, inline JSON (the event and its extra fields) and adapter payloads from
// the real test server, generated from the tables of harness.ts.
import { expect } from '@open-wc/testing';
import '@qoldau/elements/event-signup/define.js';
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

const TAG = 'qoldau-event-signup';
// Every attribute the element observes.
const ATTRIBUTES = [
  'event',
  'heading',
  'starts',
  'ends',
  'timezone',
  'location',
  'online',
  'capacity',
  'registered',
  'deadline',
  'max-per-signup',
  'require',
  'privacy-url',
  'operator',
  'operator-bin',
  'consent-version',
  'form',
  'visitor-timezone',
  'refresh',
];
const PROPERTIES = [
  'event',
  'heading',
  'starts',
  'ends',
  'timezone',
  'location',
  'online',
  'capacity',
  'registered',
  'deadline',
  'maxPerSignup',
  'require',
  'privacyUrl',
  'operator',
  'operatorBin',
  'marketing',
  'consentVersion',
  'form',
  'visitorTimeZone',
  'refresh',
];
// A future event, however long this test lives.
const startsAt = new Date(Date.now() + 60 * 86_400_000).toISOString().slice(0, 10);
const BASE = { heading: 'Clay workshop', starts: `${startsAt}T11:00`, ends: `${startsAt}T13:00`, capacity: '12' };
const EVENT = { title: 'Clay workshop', startsAt: `${startsAt}T11:00`, endsAt: `${startsAt}T13:00`, capacity: 12 };
// Parts whose text the widget computes (times, seats, status); titles, places and labels are the
// NGO's own words and may say anything, "NaN" included.
const NUMBERS = ['[part="details"] dd:first-of-type', 'seats', 'status'];

/** Ready: the sign-up section with its heading. */
const ready = (root: ShadowRoot): boolean => !!root.querySelector('section.signup [part="heading"]');

describe('hostile input: <qoldau-event-signup>', function () {
  // Hundreds of forms per test: quick on a quiet machine, slower on a loaded one.
  this.timeout(60_000);
  beforeEach(useTestServer);
  afterEach(clear);

  it('attributes: every attribute × every hostile string', async () => {
    const cases = attributeCases(TAG, ATTRIBUTES, BASE);
    expect(cases.length).to.be.greaterThan(300);
    expect(await check(cases, { numbers: NUMBERS, ready, keep: true })).to.deep.equal([]);
    // Hostile event ids and refreshes: at most one request per distinct id, and no polling.
    const before = await requestsWithoutPolling();
    expect(before).to.be.at.most(STRINGS.length + 1);
  });

  it('properties set from script: every property × every wrong type', async () => {
    const cases = propertyCases(TAG, PROPERTIES, (element) => {
      for (const [name, text] of Object.entries(BASE)) element.setAttribute(name, text);
    });
    expect(await check(cases, { numbers: NUMBERS, ready })).to.deep.equal([]);
  });

  it('inline JSON: malformed texts, every event field and every extra-field key × every hostile value', async () => {
    const fields = [
      'id',
      'title',
      'description',
      'startsAt',
      'endsAt',
      'timezone',
      'location',
      'onlineUrl',
      'url',
      'capacity',
      'registered',
      'deadline',
      'maxPerSignup',
      'waitlist',
      'fields',
    ];
    const field = { name: 'shirt', type: 'select', label: 'Size', options: ['S', 'M'] };
    const cases: Built[] = [
      ...JSON_TEXTS.map((text) => ({ name: `json ${label(text)}`, element: inline(TAG, text) })),
      ...fields.flatMap((key) =>
        JSON_VALUES.map((value) => ({
          name: `json ${key}: ${label(value)}`,
          element: inline(TAG, JSON.stringify({ ...EVENT, [key]: value })),
        })),
      ),
      ...['name', 'type', 'label', 'options', 'required'].flatMap((key) =>
        JSON_VALUES.map((value) => ({
          name: `json fields[0].${key}: ${label(value)}`,
          element: inline(TAG, JSON.stringify({ ...EVENT, fields: [{ ...field, [key]: value }] })),
        })),
      ),
    ];
    expect(await check(cases, { numbers: NUMBERS, ready })).to.deep.equal([]);
    expect(({} as Record<string, unknown>).polluted).to.equal(undefined);
  });

  it('adapter payloads from the test server, and no request storm', async () => {
    const payloads: unknown[] = [
      ...JSON_VALUES,
      ...['title', 'startsAt', 'endsAt', 'timezone', 'location', 'capacity', 'registered', 'fields'].flatMap((key) =>
        JSON_VALUES.map((value) => ({ ...EVENT, [key]: value })),
      ),
    ];
    const cases: Built[] = [];
    const items: { kind: string; id: string; body: unknown }[] = [];
    const responses: { path: string; response: { body: unknown; contentType: string } }[] = [];
    for (const [index, payload] of payloads.entries()) {
      items.push({ kind: 'event', id: `h${index}`, body: payload });
      const element = attribute(TAG, 'event', `h${index}`, {
        refresh: String([0.001, -1, 1e308, 'NaN'][index % 4]),
      });
      cases.push({ name: `GET event ${label(payload)}`, element });
    }
    for (const [index, text] of JSON_TEXTS.entries()) {
      responses.push({ path: `/api/event/t${index}.json`, response: { body: text, contentType: 'application/json' } });
      cases.push({ name: `GET body ${label(text)}`, element: attribute(TAG, 'event', `t${index}`) });
    }
    await testServer.resources(items, responses);
    expect(await check(cases, { numbers: NUMBERS, ready, keep: true })).to.deep.equal([]);
    // Refreshes of 0.001 s, -1 and NaN must not poll the NGO's server.
    expect(await requestsWithoutPolling()).to.equal(cases.length);
  });
});
