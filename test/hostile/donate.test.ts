// Hostile input for <qoldau-donate>: attributes (amounts, bounds, currency, every provider's links),
// properties, inline JSON (the donate options and each suggestion) and adapter payloads from the
// real test server, generated from the tables of harness.ts. Also: no hostile value builds an
// unsafe hand-off URL.
import { expect } from '@open-wc/testing';
import '@qoldau/elements/donate/define.js';
import type { QoldauDonateDetail } from '@qoldau/elements';
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

const TAG = 'qoldau-donate';
// Every attribute the element observes.
const ATTRIBUTES = [
  'donate-id',
  'heading',
  'amounts',
  'default-amount',
  'min',
  'max',
  'currency',
  'frequency',
  'campaign',
  'provider',
  'payment-url',
  'kaspi-url',
  'kaspi-display',
  'cloudpayments-public-id',
  'cloudpayments-script',
  'account-id',
  'stripe-url',
  'stripe-monthly-url',
];
const PROPERTIES = [
  'donateId',
  'heading',
  'amounts',
  'defaultAmount',
  'min',
  'max',
  'currency',
  'frequency',
  'campaign',
  'provider',
  'paymentUrl',
  'kaspiUrl',
  'kaspiDisplay',
  'cloudpaymentsPublicId',
  'cloudpaymentsScript',
  'accountId',
  'stripeUrl',
  'stripeMonthlyUrl',
];
const BASE = {
  provider: 'url',
  'payment-url': 'https://pay.example.kz/?amount={amount}&campaign={campaign}',
  amounts: '2000 5000',
};
const OPTIONS = {
  amounts: [{ amount: 5000, impact: 'A food basket for a family' }, 2000],
  defaultAmount: 5000,
  min: 500,
  max: 1000000,
  campaign: 'food-basket',
  frequency: 'once',
};
// Parts whose text the widget computes (the amounts, the button, notes); what an amount buys is the
// NGO's own words and may say anything, "NaN" included.
const NUMBERS = ['.sum', 'submit', 'note', '.hint'];

/** Ready: the donate form with its button. */
const ready = (root: ShadowRoot): boolean => !!root.querySelector('section.donate [part="submit"]');

/** Every link a ready widget would hand off to is https (or relative on this site), never javascript:. */
function handoffs(cases: Built[]): string[] {
  const unsafe: string[] = [];
  for (const { name, element } of cases) {
    const button = element.shadowRoot?.querySelector<HTMLButtonElement>('[part="submit"]');
    if (!button) continue;
    const listener = (event: Event) => {
      event.preventDefault();
      const { url } = (event as CustomEvent<QoldauDonateDetail>).detail;
      if (url !== undefined && !/^https:\/\//.test(url) && !url.startsWith(location.origin))
        unsafe.push(`${name}: ${url}`);
    };
    element.addEventListener('qoldau-donate', listener);
    // Only the url, kaspi (link) and stripe providers: CloudPayments would load a script.
    if (
      element.getAttribute('provider') !== 'cloudpayments' &&
      (element as { provider?: unknown }).provider !== 'cloudpayments'
    )
      button.click();
    element.removeEventListener('qoldau-donate', listener);
  }
  return unsafe;
}

describe('hostile input: <qoldau-donate>', function () {
  this.timeout(60_000);
  beforeEach(useTestServer);
  afterEach(clear);

  it('attributes: every attribute × every hostile string', async () => {
    const cases = attributeCases(TAG, ATTRIBUTES, BASE);
    expect(cases.length).to.be.greaterThan(300);
    expect(await check(cases, { numbers: NUMBERS, ready, keep: true })).to.deep.equal([]);
    expect(handoffs(cases)).to.deep.equal([]);
    const before = await requestsWithoutPolling();
    expect(before).to.be.at.most(STRINGS.length + 1);
  });

  it('every provider with every hostile link', async () => {
    const cases: Built[] = [
      ...STRINGS.map((value) => ({
        name: `kaspi-url=${label(value)}`,
        element: attribute(TAG, 'kaspi-url', value, { provider: 'kaspi', 'kaspi-display': 'link' }),
      })),
      ...STRINGS.map((value) => ({
        name: `stripe-url=${label(value)}`,
        element: attribute(TAG, 'stripe-url', value, { provider: 'stripe', campaign: value }),
      })),
      ...STRINGS.map((value) => ({
        name: `payment-url=${label(value)}`,
        element: attribute(TAG, 'payment-url', value, { provider: 'url', campaign: value }),
      })),
      ...STRINGS.map((value) => ({
        name: `campaign=${label(value)}`,
        element: attribute(TAG, 'campaign', value, { ...BASE, 'payment-url': '{campaign}' }),
      })),
    ];
    expect(await check(cases, { numbers: NUMBERS, ready })).to.deep.equal([]);
    expect(handoffs(cases)).to.deep.equal([]);
  });

  it('properties set from script: every property × every wrong type', async () => {
    const cases = propertyCases(TAG, PROPERTIES, (element) => {
      for (const [name, text] of Object.entries(BASE)) element.setAttribute(name, text);
    });
    expect(await check(cases, { numbers: NUMBERS, ready })).to.deep.equal([]);
  });

  it('inline JSON: malformed texts, every option and every suggestion key × every hostile value', async () => {
    const fields = ['id', 'amounts', 'defaultAmount', 'min', 'max', 'currency', 'frequency', 'campaign'];
    const cases: Built[] = [
      ...JSON_TEXTS.map((text) => ({ name: `json ${label(text)}`, element: inline(TAG, text, BASE) })),
      ...fields.flatMap((key) =>
        JSON_VALUES.map((value) => ({
          name: `json ${key}: ${label(value)}`,
          element: inline(TAG, JSON.stringify({ ...OPTIONS, [key]: value }), { ...BASE, amounts: '' }),
        })),
      ),
      ...['amount', 'impact'].flatMap((key) =>
        JSON_VALUES.map((value) => ({
          name: `json amounts[0].${key}: ${label(value)}`,
          element: inline(
            TAG,
            JSON.stringify({ ...OPTIONS, amounts: [{ ...(OPTIONS.amounts[0] as object), [key]: value }] }),
            {
              ...BASE,
              amounts: '',
            },
          ),
        })),
      ),
    ].map((built) => {
      built.element.removeAttribute('amounts');
      return built;
    });
    expect(await check(cases, { numbers: NUMBERS, ready })).to.deep.equal([]);
    expect(({} as Record<string, unknown>).polluted).to.equal(undefined);
  });

  it('adapter payloads from the test server, and no request storm', async () => {
    const payloads: unknown[] = [
      ...JSON_VALUES,
      ...['amounts', 'defaultAmount', 'min', 'max', 'currency', 'frequency'].flatMap((key) =>
        JSON_VALUES.map((value) => ({ ...OPTIONS, [key]: value })),
      ),
    ];
    const cases: Built[] = [];
    const items: { kind: string; id: string; body: unknown }[] = [];
    const responses: { path: string; response: { body: unknown; contentType: string } }[] = [];
    const base = { provider: 'url', 'payment-url': BASE['payment-url'] };
    for (const [index, payload] of payloads.entries()) {
      items.push({ kind: 'donate', id: `h${index}`, body: payload });
      cases.push({ name: `GET donate ${label(payload)}`, element: attribute(TAG, 'donate-id', `h${index}`, base) });
    }
    for (const [index, text] of JSON_TEXTS.entries()) {
      responses.push({ path: `/api/donate/t${index}.json`, response: { body: text, contentType: 'application/json' } });
      cases.push({ name: `GET body ${label(text)}`, element: attribute(TAG, 'donate-id', `t${index}`, base) });
    }
    await testServer.resources(items, responses);
    expect(await check(cases, { numbers: NUMBERS, ready, keep: true })).to.deep.equal([]);
    expect(await requestsWithoutPolling()).to.equal(cases.length);
  });
});
