// Hostile input for <qoldau-volunteer-form> (issue #8: "forms and later components join it"):
// attributes, properties, inline JSON (the role, its skills and shifts) and adapter payloads from
// the real test server, generated from the tables of harness.ts.
import { expect } from '@open-wc/testing';
import '@qoldau/elements/volunteer-form/define.js';
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

const TAG = 'qoldau-volunteer-form';
// Every attribute the element observes.
const ATTRIBUTES = [
  'role-id',
  'heading',
  'min-age',
  'guardian',
  'guardian-min-age',
  'timezone',
  'require',
  'age-by',
  'fields',
  'required-fields',
  'steps',
  'privacy-url',
  'operator',
  'operator-bin',
  'marketing',
  'consent-version',
  'form',
  'refresh',
];
const PROPERTIES = [
  'roleId',
  'heading',
  'minAge',
  'guardian',
  'guardianMinAge',
  'timezone',
  'require',
  'ageBy',
  'fields',
  'requiredFields',
  'steps',
  'privacyUrl',
  'operator',
  'operatorBin',
  'marketing',
  'consentVersion',
  'form',
  'refresh',
];
const BASE = { heading: 'Workshop helper', operator: 'Zhurekten Zhurekke PF', 'operator-bin': '123456789012' };
const ROLE = {
  title: 'Workshop helper',
  minAge: 18,
  guardian: true,
  skills: [{ id: 'sewing', label: 'Sewing' }],
  shifts: [{ id: 'saturday', label: 'Saturday mornings', capacity: 5, taken: 3 }],
};
// Parts whose text the widget computes (step progress, spots left, the character count); titles
// and labels are the NGO's own words and may say anything, "NaN" included.
const NUMBERS = ['progress', '.note', '.count'];

/** Ready: the volunteer section with its heading. */
const ready = (root: ShadowRoot): boolean => !!root.querySelector('section.volunteer [part="heading"]');

describe('hostile input: <qoldau-volunteer-form>', function () {
  // Hundreds of forms per test: quick on a quiet machine, slower on a loaded one.
  this.timeout(60_000);
  beforeEach(useTestServer);
  afterEach(clear);

  it('attributes: every attribute × every hostile string', async () => {
    const cases = attributeCases(TAG, ATTRIBUTES, BASE);
    expect(cases.length).to.be.greaterThan(300);
    expect(await check(cases, { numbers: NUMBERS, ready, keep: true })).to.deep.equal([]);
    // Hostile role ids and refreshes: at most one request per distinct id, and no polling.
    const before = await requestsWithoutPolling();
    expect(before).to.be.at.most(STRINGS.length + 1);
  });

  it('properties set from script: every property × every wrong type', async () => {
    const cases = propertyCases(TAG, PROPERTIES, (element) => {
      for (const [name, text] of Object.entries(BASE)) element.setAttribute(name, text);
    });
    expect(await check(cases, { numbers: NUMBERS, ready })).to.deep.equal([]);
  });

  it('inline JSON: malformed texts, every role field, and every skill and shift key × every hostile value', async () => {
    const fields = [
      'id',
      'title',
      'description',
      'skills',
      'shifts',
      'minAge',
      'guardian',
      'guardianMinAge',
      'timezone',
    ];
    const cases: Built[] = [
      ...JSON_TEXTS.map((text) => ({ name: `json ${label(text)}`, element: inline(TAG, text, BASE) })),
      ...fields.flatMap((key) =>
        JSON_VALUES.map((value) => ({
          name: `json ${key}: ${label(value)}`,
          element: inline(TAG, JSON.stringify({ ...ROLE, [key]: value }), BASE),
        })),
      ),
      ...['id', 'label'].flatMap((key) =>
        JSON_VALUES.map((value) => ({
          name: `json skills[0].${key}: ${label(value)}`,
          element: inline(TAG, JSON.stringify({ ...ROLE, skills: [{ ...ROLE.skills[0], [key]: value }] }), BASE),
        })),
      ),
      ...['id', 'label', 'capacity', 'taken'].flatMap((key) =>
        JSON_VALUES.map((value) => ({
          name: `json shifts[0].${key}: ${label(value)}`,
          element: inline(TAG, JSON.stringify({ ...ROLE, shifts: [{ ...ROLE.shifts[0], [key]: value }] }), BASE),
        })),
      ),
    ];
    expect(await check(cases, { numbers: NUMBERS, ready })).to.deep.equal([]);
    expect(({} as Record<string, unknown>).polluted).to.equal(undefined);
  });

  it('adapter payloads from the test server, and no request storm', async () => {
    const payloads: unknown[] = [
      ...JSON_VALUES,
      ...['title', 'skills', 'shifts', 'minAge', 'guardian', 'timezone'].flatMap((key) =>
        JSON_VALUES.map((value) => ({ ...ROLE, [key]: value })),
      ),
    ];
    const cases: Built[] = [];
    const items: { kind: string; id: string; body: unknown }[] = [];
    const responses: { path: string; response: { body: unknown; contentType: string } }[] = [];
    for (const [index, payload] of payloads.entries()) {
      items.push({ kind: 'role', id: `h${index}`, body: payload });
      const element = attribute(TAG, 'role-id', `h${index}`, {
        ...BASE,
        refresh: String([0.001, -1, 1e308, 'NaN'][index % 4]),
      });
      cases.push({ name: `GET role ${label(payload)}`, element });
    }
    for (const [index, text] of JSON_TEXTS.entries()) {
      responses.push({ path: `/api/role/t${index}.json`, response: { body: text, contentType: 'application/json' } });
      cases.push({ name: `GET body ${label(text)}`, element: attribute(TAG, 'role-id', `t${index}`, BASE) });
    }
    await testServer.resources(items, responses);
    expect(await check(cases, { numbers: NUMBERS, ready, keep: true })).to.deep.equal([]);
    // Refreshes of 0.001 s, -1 and NaN must not poll the NGO's server.
    expect(await requestsWithoutPolling()).to.equal(cases.length);
  });
});
