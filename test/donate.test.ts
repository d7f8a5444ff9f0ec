// <qoldau-donate> in a real browser: suggested amounts and the visitor's own, every provider's
// hand-off (the payment page URL, Kaspi's QR decoded back, the CloudPayments double served by the
// test server, the Stripe link), the cancelable event, the keyboard, touch targets and axe in kk, ru, en.
import { expect, fixture, html } from '@open-wc/testing';
import { executeServerCommand, sendKeys } from '@web/test-runner-commands';
import decodeQR from 'qr/decode.js';
import { configure } from '@qoldau/core';
import '@qoldau/elements/donate/define.js';
import { PHONE_MEDIA, type QoldauDonate } from '@qoldau/elements/donate/donate.js';
import type { QoldauDonateDetail } from '@qoldau/elements';
import { freshAdapter } from '../packages/core/test/data/helpers.js';
import { LOCALES, openPage, plainSpaces, recordEvents, until, useLocale } from './helpers.js';
import { testServer } from './server/control.js';

/** A food basket like Niyet's (stories/data/sample-data.ts has the sample's own), with the test's ids and amounts. */
const foodBasket = {
  id: 'food-basket',
  campaign: 'food-basket',
  min: 500,
  max: 1000000,
  defaultAmount: 5000,
  amounts: [
    {
      amount: 2000,
      impact: { en: 'Bread and milk for a week', ru: 'Хлеб и молоко на неделю', kk: 'Бір аптаға нан мен сүт' },
    },
    {
      amount: 5000,
      impact: {
        en: 'A food basket for a family',
        ru: 'Продуктовая корзина для семьи',
        kk: 'Отбасыға азық-түлік себеті',
      },
    },
    {
      amount: 15000,
      impact: {
        en: 'A month of hot meals for a senior',
        ru: 'Месяц горячих обедов для пожилого человека',
        kk: 'Қарт адамға бір ай ыстық тамақ',
      },
    },
  ],
};

const TEMPLATE = 'https://pay.example.kz/?amount={amount}&campaign={campaign}&frequency={frequency}';
const KASPI = 'https://kaspi.kz/pay/NiyetFoundation';
const DOUBLE = '/test/fixtures/cloudpayments-double.js';

function donate(attributes: Record<string, string> = {}, data: object | null = foodBasket): QoldauDonate {
  const el = document.createElement('qoldau-donate') as QoldauDonate;
  for (const [name, value] of Object.entries({ provider: 'url', 'payment-url': TEMPLATE, ...attributes }))
    el.setAttribute(name, value);
  if (data) {
    const script = document.createElement('script');
    script.type = 'application/json';
    script.textContent = JSON.stringify(data);
    el.append(script);
  }
  const fallback = document.createElement('a');
  fallback.href = 'https://niyet.kz/donate';
  fallback.textContent = 'Donate on niyet.kz';
  el.append(fallback);
  return el;
}

async function show(el: QoldauDonate): Promise<QoldauDonate> {
  const shown = await fixture<QoldauDonate>(html`<div>${el}</div>`).then(() => el);
  await shown.updateComplete;
  return shown;
}

const root = (el: QoldauDonate) => el.shadowRoot!;
const $ = <T extends Element = HTMLElement>(el: QoldauDonate, selector: string) =>
  root(el).querySelector<T & Element>(selector);
const submitText = (el: QoldauDonate) => plainSpaces($(el, 'button[type="submit"]')?.textContent);
const radio = (el: QoldauDonate, value: string) => $<HTMLInputElement>(el, `input[name="amount"][value="${value}"]`)!;

async function choose(el: QoldauDonate, value: string): Promise<void> {
  radio(el, value).click();
  await el.updateComplete;
}

async function type(el: QoldauDonate, text: string): Promise<HTMLInputElement> {
  const input = $<HTMLInputElement>(el, 'input[name="custom"]')!;
  input.value = text;
  input.dispatchEvent(new Event('input', { bubbles: true }));
  input.dispatchEvent(new Event('change', { bubbles: true }));
  await el.updateComplete;
  return input;
}

/** Presses the button with the hand-off canceled; resolves with the event's detail (or undefined). */
async function press(el: QoldauDonate, cancel = true): Promise<QoldauDonateDetail | undefined> {
  let detail: QoldauDonateDetail | undefined;
  const listener = (event: Event) => {
    detail = (event as CustomEvent<QoldauDonateDetail>).detail;
    if (cancel) event.preventDefault();
  };
  el.addEventListener('qoldau-donate', listener);
  $(el, 'button[type="submit"]')!.click();
  await el.updateComplete;
  el.removeEventListener('qoldau-donate', listener);
  return detail;
}

/** Draws the rendered QR SVG on a canvas and decodes it back. */
async function decodeShownQr(el: QoldauDonate): Promise<string> {
  const svg = await until(() => $(el, '[part="qr"] svg'), 5000, 'the QR code');
  const source = new XMLSerializer().serializeToString(svg);
  const image = new Image();
  image.src = `data:image/svg+xml;charset=utf-8,${encodeURIComponent(source)}`;
  await image.decode();
  const canvas = document.createElement('canvas');
  canvas.width = canvas.height = 400;
  const context = canvas.getContext('2d')!;
  context.drawImage(image, 0, 0, 400, 400);
  const pixels = context.getImageData(0, 0, 400, 400);
  return decodeQR({ width: 400, height: 400, data: pixels.data });
}

describe('<qoldau-donate>', () => {
  afterEach(async () => {
    await useLocale('en');
    document.querySelectorAll('iframe').forEach((frame) => frame.remove());
  });

  describe('amounts', () => {
    it('offers the suggestions with what each buys, the default chosen, in a named radio group', async () => {
      const el = await show(donate());
      const legend = plainSpaces($(el, 'fieldset[part="amounts"] legend')?.textContent);
      expect(legend).to.equal('Choose an amount');
      const labels = [...root(el).querySelectorAll('[part="amount"]')].map((label) => plainSpaces(label.textContent));
      expect(labels).to.deep.equal([
        '₸2,000 Bread and milk for a week',
        '₸5,000 A food basket for a family',
        '₸15,000 A month of hot meals for a senior',
        'Other amount',
      ]);
      expect(radio(el, '5000').checked).to.be.true;
      expect(submitText(el)).to.equal('Donate ₸5,000');
      expect(root(el).querySelector('input[name="custom"]')).to.equal(null);
    });

    it('reads the amounts from attributes, which win over the inline JSON', async () => {
      const el = await show(donate({ amounts: '1000 3000', 'default-amount': '3000', currency: 'usd', min: '1' }));
      const values = [...root(el).querySelectorAll<HTMLInputElement>('input[name="amount"]')].map(
        (input) => input.value,
      );
      expect(values).to.deep.equal(['1000', '3000', 'other']);
      expect(submitText(el)).to.equal('Donate $3,000');
    });

    it('reads the options through the adapter (donate-id, kind "donate") from the test server', async () => {
      freshAdapter();
      configure({ source: { type: 'json', url: `${await testServer.url()}/api/{kind}/{id}.json` } });
      const el = await show(donate({ 'donate-id': 'niyet-food-basket' }, null));
      await until(() => $(el, '.widget:not(.loading) input[name="amount"]'), 5000, 'the amounts from the server');
      expect(plainSpaces($(el, '[part="amount"]')?.textContent)).to.equal('₸2,000 a set of art supplies');
      await choose(el, '15000');
      const detail = await press(el);
      expect(detail).to.include({ amount: 15000, campaign: 'niyet-winter-baskets' });
    });

    it('while the resource loads, shows the form its embedded options draw (inert, busy, accessible), then the data', async () => {
      await testServer.fail({ match: 'GET /api/donate/', mode: 'slow', delay: 1500 });
      try {
        for (const locale of LOCALES) {
          await useLocale(locale);
          freshAdapter();
          configure({ source: { type: 'json', url: `${await testServer.url()}/api/{kind}/{id}.json` } });
          const el = await show(donate({ 'donate-id': 'niyet-food-basket' }));
          const base = $(el, '[part="base"]')!;
          expect(base.classList.contains('loading'), 'loading').to.be.true;
          expect(base.getAttribute('aria-busy')).to.equal('true');
          expect($(el, 'form')!.inert, 'nothing to press yet').to.be.true;
          // The skeleton is the form itself: the embedded amounts, "Other amount" and the button.
          expect(root(el).querySelectorAll('[part="amount"]')).to.have.length(4);
          expect($(el, 'button[type="submit"]')).to.exist;
          await expect(el).to.be.accessible();
          await until(() => !$(el, '.loading'), 5000, 'the data');
          expect($(el, 'form')!.inert).to.be.false;
          // The resource's options win over the embedded ones.
          if (locale === 'en')
            expect(plainSpaces($(el, '[part="amount"]')?.textContent)).to.equal('₸2,000 a set of art supplies');
        }
      } finally {
        await testServer.heal();
      }
    });

    it('takes the amount people type in kk, ru or en, and says it with its currency', async () => {
      const el = await show(donate());
      await choose(el, 'other');
      const input = $<HTMLInputElement>(el, 'input[name="custom"]')!;
      const label = plainSpaces(root(el).querySelector(`label[for="${input.id}"]`)?.textContent);
      expect(label).to.equal('Your amount, ₸');
      expect(input.getAttribute('inputmode')).to.equal('decimal');
      expect(input.getAttribute('aria-describedby')).to.equal('h-custom');
      for (const [typed, amount] of [
        ['7 500', 7500],
        ['7,500', 7500],
        ['7.500', 7500],
        ['7 500,50', 7500.5],
      ] as const) {
        await type(el, typed);
        expect((await press(el))?.amount, typed).to.equal(amount);
      }
      expect(submitText(el)).to.equal('Donate ₸7,500.50');
    });

    it('shows no error while typing, one after leaving a changed field, linked to the field', async () => {
      const el = await show(donate());
      await choose(el, 'other');
      const input = $<HTMLInputElement>(el, 'input[name="custom"]')!;
      input.value = '100';
      input.dispatchEvent(new Event('input', { bubbles: true }));
      await el.updateComplete;
      expect($(el, '.field-error')).to.equal(null);
      input.dispatchEvent(new Event('change', { bubbles: true }));
      await el.updateComplete;
      expect(plainSpaces($(el, '#e-custom')?.textContent)).to.equal('Error: Enter ₸500 or more');
      expect(input.getAttribute('aria-invalid')).to.equal('true');
      expect(input.getAttribute('aria-describedby')).to.equal('h-custom e-custom');
      await expect(el).to.be.accessible();
      // Fixing it clears the error while typing.
      input.value = '600';
      input.dispatchEvent(new Event('input', { bubbles: true }));
      await el.updateComplete;
      expect(input.hasAttribute('aria-invalid')).to.be.false;
    });

    it('refuses an invalid amount on the button, focuses the field and hands nothing off', async () => {
      const el = await show(donate());
      await choose(el, 'other');
      for (const [typed, message] of [
        ['', 'Choose an amount or enter your own'],
        ['abc', 'Enter the amount in digits, like 5 000'],
        ['5000,505', 'Enter the amount in digits, like 5 000'],
        ['100', 'Enter ₸500 or more'],
        ['2 000 000', 'Enter ₸1,000,000 or less'],
        ['7.5555', 'Enter at most 2 digits after the decimal mark'],
      ] as const) {
        const input = $<HTMLInputElement>(el, 'input[name="custom"]')!;
        input.value = typed;
        input.dispatchEvent(new Event('input', { bubbles: true }));
        expect(await press(el), typed).to.equal(undefined);
        await el.updateComplete;
        expect(plainSpaces($(el, '#e-custom')?.textContent), typed).to.equal(`Error: ${message}`);
        expect(root(el).activeElement, typed).to.equal(input);
      }
    });

    it('without a default, asks to choose an amount, with the error linked to the radios', async () => {
      const el = await show(donate({}, { ...foodBasket, defaultAmount: undefined }));
      expect(submitText(el)).to.equal('Donate');
      expect(await press(el)).to.equal(undefined);
      expect(plainSpaces($(el, '#e-amount')?.textContent)).to.equal('Error: Choose an amount or enter your own');
      expect(radio(el, '2000').getAttribute('aria-describedby')).to.equal('e-amount');
      expect(root(el).activeElement).to.equal(radio(el, '2000'));
      await expect(el).to.be.accessible();
      await choose(el, '2000');
      expect($(el, '#e-amount')).to.equal(null);
    });

    it('a default outside the suggestions is typed into "Other amount"', async () => {
      const el = await show(donate({ 'default-amount': '7000' }));
      expect(radio(el, 'other').checked).to.be.true;
      expect($<HTMLInputElement>(el, 'input[name="custom"]')!.value).to.equal('7000');
    });

    it('only a custom amount when there are no suggestions', async () => {
      const el = await show(donate({}, { min: 1000 }));
      expect($(el, 'fieldset[part="amounts"]')).to.equal(null);
      await type(el, '3 000');
      expect((await press(el))?.amount).to.equal(3000);
    });

    it('once or monthly, the monthly choice in the button and the event', async () => {
      const el = await show(donate({ frequency: 'both' }));
      const monthly = $<HTMLInputElement>(el, 'input[name="frequency"][value="monthly"]')!;
      expect(plainSpaces($(el, '[part="frequency"] legend')?.textContent)).to.equal('How often');
      monthly.click();
      await el.updateComplete;
      expect(submitText(el)).to.equal('Donate ₸5,000 monthly');
      const detail = await press(el);
      expect(detail?.frequency).to.equal('monthly');
      expect(detail?.url).to.equal('https://pay.example.kz/?amount=5000&campaign=food-basket&frequency=monthly');
    });

    it('is chosen by keyboard alone: Tab into the group, arrows move the choice, Enter hands off', async () => {
      const before = document.createElement('button');
      before.textContent = 'before';
      document.body.prepend(before);
      try {
        const el = await show(donate());
        before.focus();
        await sendKeys({ press: 'Tab' });
        expect(root(el).activeElement).to.equal(radio(el, '5000'));
        await sendKeys({ press: 'ArrowRight' });
        await el.updateComplete;
        expect(radio(el, '15000').checked).to.be.true;
        expect(submitText(el)).to.equal('Donate ₸15,000');
        await sendKeys({ press: 'ArrowRight' });
        await el.updateComplete;
        expect(radio(el, 'other').checked).to.be.true;
        await sendKeys({ press: 'Tab' });
        expect(root(el).activeElement).to.equal($(el, 'input[name="custom"]'));
        await sendKeys({ type: '12 000' });
        const events = recordEvents<CustomEvent<QoldauDonateDetail>>(el, 'qoldau-donate');
        el.addEventListener('qoldau-donate', (event) => event.preventDefault());
        await sendKeys({ press: 'Enter' });
        await el.updateComplete;
        expect(events.map((event) => event.detail.amount)).to.deep.equal([12000]);
        // The focused radio shows a visible ring on its label.
        radio(el, '2000').focus();
        await sendKeys({ press: 'ArrowLeft' });
        await el.updateComplete;
        const ring = getComputedStyle(root(el).activeElement!.closest('label')!).boxShadow;
        expect(ring).to.not.equal('none');
      } finally {
        before.remove();
      }
    });

    it('gives every amount a touch target of at least 44 × 44 CSS px, even at 375 px wide', async () => {
      const wrapper = await fixture<HTMLDivElement>(html`<div style="width: 343px"></div>`);
      const el = donate({ frequency: 'both' });
      wrapper.append(el);
      await el.updateComplete;
      for (const label of root(el).querySelectorAll('label.amount')) {
        const box = label.getBoundingClientRect();
        expect(box.width, label.textContent!).to.be.at.least(44);
        expect(box.height, label.textContent!).to.be.at.least(44);
      }
      expect($(el, 'button[type="submit"]')!.getBoundingClientRect().height).to.be.at.least(44);
    });
  });

  describe('the cancelable qoldau-donate event', () => {
    it('carries amount, currency, frequency, provider, campaign and the URL; canceled, nothing happens', async () => {
      const el = await show(donate({ campaign: 'азық & үй' }));
      const detail = await press(el);
      expect(detail).to.deep.equal({
        amount: 5000,
        currency: 'KZT',
        frequency: 'once',
        campaign: 'азық & үй',
        provider: 'url',
        url: 'https://pay.example.kz/?amount=5000&campaign=%D0%B0%D0%B7%D1%8B%D2%9B%20%26%20%D2%AF%D0%B9&frequency=once',
      });
      expect(location.pathname).to.not.contain('pay');
    });

    it('bubbles out of the shadow root and through the page', async () => {
      const el = await show(donate());
      let seen: Event | undefined;
      const listener = (event: Event) => {
        seen = event;
        event.preventDefault();
      };
      document.addEventListener('qoldau-donate', listener);
      $(el, 'button[type="submit"]')!.click();
      document.removeEventListener('qoldau-donate', listener);
      expect(seen?.cancelable).to.be.true;
      expect(seen?.composed).to.be.true;
    });

    it('not canceled, sends the visitor to the payment page (in a frame)', async () => {
      const frame = await openPage('/test/fixtures/cdn-donate.html', 900);
      const el = await until(
        () => frame.contentDocument!.querySelector('qoldau-donate')?.shadowRoot?.querySelector('button[type="submit"]'),
        10_000,
        'the donate button from the CDN build',
      );
      const url = new Promise<string>((resolve) =>
        frame.addEventListener('load', () => resolve(frame.contentWindow!.location.href), { once: true }),
      );
      (el as HTMLElement).click();
      expect(await url).to.match(
        /\/test\/fixtures\/donate-paid\.html\?amount=5000&campaign=food-basket&frequency=once$/,
      );
    });
  });

  describe('kaspi', () => {
    const kaspi = (attributes: Record<string, string> = {}) =>
      donate({ provider: 'kaspi', 'kaspi-url': KASPI, 'payment-url': '', ...attributes });

    it('spells out the amount to enter, since a Kaspi link cannot carry it', async () => {
      const el = await show(kaspi());
      expect(plainSpaces($(el, '[part="note"]')?.textContent)).to.equal(
        'Kaspi links cannot carry the amount: enter ₸5,000 in Kaspi.',
      );
    });

    it('on a desktop shows a QR code that encodes exactly the link, the link as text and the amount', async () => {
      const el = await show(kaspi());
      const detail = await press(el, false);
      expect(detail).to.include({ provider: 'kaspi', url: KASPI, amount: 5000 });
      expect(await decodeShownQr(el)).to.equal(KASPI);
      const panel = $(el, '[part="qr"]')!;
      expect(panel.querySelector('a')!.getAttribute('href')).to.equal(KASPI);
      expect(plainSpaces(panel.textContent)).to.contain('enter ₸5,000 in Kaspi');
      expect(panel.querySelector('svg')!.getAttribute('role')).to.equal('img');
      expect(root(el).activeElement).to.equal(panel.querySelector('h3'));
    });

    it('on a phone (coarse pointer, no hover) opens the link; on a desktop draws the QR', async () => {
      await executeServerCommand('qoldau-touch', { enabled: true });
      try {
        expect(matchMedia(PHONE_MEDIA).matches).to.be.true;
        const phone = await show(kaspi());
        expect((await press(phone))?.url).to.equal(KASPI);
        await phone.updateComplete;
        expect($(phone, '[part="qr"]')).to.equal(null);
      } finally {
        await executeServerCommand('qoldau-touch', { enabled: false });
      }
      expect(matchMedia(PHONE_MEDIA).matches).to.be.false;
      const desktop = await show(kaspi());
      await press(desktop);
      expect($(desktop, '[part="qr"]')).to.equal(null); // canceled: nothing shown
      await press(desktop, false);
      await until(() => $(desktop, '[part="qr"] svg'), 5000, 'the QR code');
    });

    it('with kaspi-display="link" (as on phones) opens the link instead of drawing a QR', async () => {
      const el = await show(kaspi({ 'kaspi-display': 'link' }));
      const detail = await press(el);
      expect(detail?.url).to.equal(KASPI);
      expect($(el, '[part="qr"]')).to.equal(null);
    });

    it('refuses a monthly Kaspi gift and an unsafe link, showing the fallback', async () => {
      for (const attributes of [
        { frequency: 'both' },
        { 'kaspi-url': 'javascript:alert(1)' },
        { 'kaspi-url': '' },
      ] as Record<string, string>[]) {
        const el = await show(kaspi(attributes));
        await until(() => $(el, '[part="error"]'), 5000, 'the invalid view');
        expect(el.shadowRoot!.querySelector('slot')!.assignedElements()[1]?.textContent).to.equal('Donate on niyet.kz');
      }
    });
  });

  describe('cloudpayments', () => {
    const cloud = (attributes: Record<string, string> = {}) =>
      donate({
        provider: 'cloudpayments',
        'cloudpayments-public-id': 'pk_test_niyet',
        'cloudpayments-script': DOUBLE,
        'payment-url': '',
        heading: 'Азық-түлік себеті',
        ...attributes,
      });
    type Calls = { kind: string; options: Record<string, unknown>; widget: Record<string, unknown> }[];
    const calls = () => (window as unknown as { cloudPaymentsCalls?: Calls }).cloudPaymentsCalls ?? [];
    const answer = (value: string) =>
      ((window as unknown as { cloudPaymentsAnswer: string }).cloudPaymentsAnswer = value);

    beforeEach(() => answer('success'));

    it('loads the widget only on click and opens it with the gift; success is reported', async () => {
      const el = await show(cloud({ 'account-id': 'donor-42' }));
      expect(document.querySelector(`script[src$="cloudpayments-double.js"]`)).to.equal(null);
      expect((window as { cp?: unknown }).cp).to.equal(undefined);
      const successes = recordEvents<CustomEvent>(el, 'qoldau-success');
      await press(el, false);
      await until(() => successes.length, 5000, 'qoldau-success');
      expect(document.querySelectorAll(`script[src$="cloudpayments-double.js"]`)).to.have.length(1);
      const call = calls().at(-1)!;
      expect(call.kind).to.equal('charge');
      expect(call.widget).to.deep.equal({ language: 'en-US' });
      expect(call.options).to.deep.include({
        publicId: 'pk_test_niyet',
        amount: 5000,
        currency: 'KZT',
        description: 'Азық-түлік себеті',
        accountId: 'donor-42',
      });
      expect(call.options.data).to.deep.equal({ campaign: 'food-basket', frequency: 'once' });
      expect(successes[0].detail.donation).to.include({ amount: 5000, provider: 'cloudpayments' });
      expect(successes[0].detail.idempotencyKey).to.equal(call.options.invoiceId);
      await el.updateComplete;
      expect(plainSpaces($(el, '[part="outcome"] h3')?.textContent)).to.equal('Thank you for your donation!');
      await expect(el).to.be.accessible();
    });

    it('a monthly gift asks CloudPayments for a monthly recurrent payment', async () => {
      const el = await show(cloud({ frequency: 'monthly' }));
      await press(el, false);
      await until(() => calls().length && $(el, '[part="outcome"]'), 5000, 'the payment');
      expect(calls().at(-1)!.options.data).to.deep.equal({
        campaign: 'food-basket',
        frequency: 'monthly',
        CloudPayments: { recurrent: { interval: 'Month', period: 1 } },
      });
    });

    it('while the window is open says so; a declined payment is reported and can be tried again', async () => {
      answer('none');
      const el = await show(cloud());
      await press(el, false);
      await until(() => $(el, '[part="status"]')?.textContent?.includes('Complete the payment'), 5000, 'open');
      await expect(el).to.be.accessible();
      answer('fail');
      const errors = recordEvents<CustomEvent>(el, 'qoldau-error');
      await press(el, false);
      await until(() => errors.length, 5000, 'qoldau-error');
      expect(errors[0].detail.reason).to.equal('Insufficient funds');
      expect(errors[0].detail.error.code).to.equal('rejected');
      await el.updateComplete;
      expect(plainSpaces($(el, '[part="failure"] h3')?.textContent)).to.equal('The payment did not go through.');
      await expect(el).to.be.accessible();
      ($(el, '[part="failure"] button') as HTMLButtonElement).click();
      await el.updateComplete;
      expect($(el, '[part="failure"]')).to.equal(null);
    });

    it('when the script cannot load, says so and shows the NGO link', async () => {
      delete (window as { cp?: unknown }).cp; // the double loaded by the tests before
      const el = await show(cloud({ 'cloudpayments-script': '/test/fixtures/no-such-script.js' }));
      const errors = recordEvents<CustomEvent>(el, 'qoldau-error');
      await press(el, false);
      await until(() => errors.length, 5000, 'qoldau-error');
      expect(errors[0].detail.error.code).to.equal('network');
      await el.updateComplete;
      const failure = $(el, '[part="failure"]')!;
      expect(failure.querySelector('slot')!.assignedElements()[1]?.textContent).to.equal('Donate on niyet.kz');
      await expect(el).to.be.accessible();
    });

    it('refuses a missing public id and an unsafe script URL', async () => {
      const cases: Record<string, string>[] = [
        { 'cloudpayments-public-id': '' },
        { 'cloudpayments-script': 'http://evil.example/cp.js' },
      ];
      for (const attributes of cases) {
        const el = await show(cloud(attributes));
        await until(() => $(el, '[part="error"]'), 5000, 'the invalid view');
      }
    });
  });

  describe('stripe', () => {
    it('sends the visitor to the Payment Link with the reference and the locale Stripe accepts', async () => {
      const el = await show(
        donate({
          provider: 'stripe',
          'stripe-url': 'https://buy.stripe.com/test_aBc123',
          campaign: 'food basket/2026',
        }),
      );
      expect(plainSpaces($(el, '[part="note"]')?.textContent)).to.equal(
        'You confirm the amount on the Stripe payment page.',
      );
      const detail = await press(el);
      expect(detail?.url).to.equal('https://buy.stripe.com/test_aBc123?client_reference_id=food_basket_2026&locale=en');
      await useLocale('kk');
      await el.updateComplete;
      // Stripe has no Kazakh: the page follows the browser's language.
      expect((await press(el))?.url).to.equal(
        'https://buy.stripe.com/test_aBc123?client_reference_id=food_basket_2026',
      );
    });

    it('uses the monthly link for monthly gifts, and needs one', async () => {
      const el = await show(
        donate({
          provider: 'stripe',
          frequency: 'monthly',
          'stripe-url': 'https://buy.stripe.com/once',
          'stripe-monthly-url': 'https://buy.stripe.com/monthly',
        }),
      );
      expect((await press(el))?.url).to.match(/^https:\/\/buy\.stripe\.com\/monthly\?/);
    });
  });

  describe('in every state and language (axe)', () => {
    for (const locale of LOCALES) {
      it(`idle, custom amount, error, invalid, QR shown in ${locale}`, async () => {
        await useLocale(locale);
        const el = await show(donate({ frequency: 'both' }));
        await el.updateComplete;
        expect(submitText(el)).to.not.equal('');
        await expect(el).to.be.accessible();
        await choose(el, 'other');
        await expect(el).to.be.accessible();
        await type(el, 'x');
        expect($(el, '#e-custom')).to.exist;
        await expect(el).to.be.accessible();
        const invalid = await show(donate({ provider: 'nope' }));
        await until(() => $(invalid, '[part="error"]'), 5000, 'the invalid view');
        await expect(invalid).to.be.accessible();
        const kaspi = await show(donate({ provider: 'kaspi', 'kaspi-url': KASPI }));
        await press(kaspi, false);
        await until(() => $(kaspi, '[part="qr"] svg'), 5000, 'the QR code');
        await expect(kaspi).to.be.accessible();
      });
    }

    it('speaks Kazakh and Russian', async () => {
      await useLocale('kk');
      const el = await show(donate({ frequency: 'both' }));
      await el.updateComplete;
      expect(plainSpaces($(el, 'legend')?.textContent)).to.equal('Соманы таңдаңыз');
      expect(submitText(el)).to.equal('5 000 ₸ аудару');
      expect(plainSpaces($(el, '[part="amount"]')?.textContent)).to.equal('2 000 ₸ Бір аптаға нан мен сүт');
      await useLocale('ru');
      await el.updateComplete;
      expect(submitText(el)).to.equal('Пожертвовать 5 000 ₸');
      await choose(el, 'other');
      await type(el, '10');
      expect(plainSpaces($(el, '#e-custom')?.textContent)).to.equal('Ошибка: Введите 500 ₸ или больше');
    });
  });
});
