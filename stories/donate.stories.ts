// Stories for <qoldau-donate>: every state (idle, once or monthly, a custom amount, an error, the
// invalid configuration with the NGO's fallback link, the Kaspi QR code, CloudPayments open, paid
// and failed, Stripe) in en, ru and kk. Niyet's Food Basket (shared/context) as the content. No
// payment happens: stories cancel the hand-off, and CloudPayments is a stand-in defined on the page
// (the widget uses CloudPayments' script when the page has it). axe runs on every story.
import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { expect, waitFor } from 'storybook/test';
import { html } from 'lit';
import { keyed } from 'lit/directives/keyed.js';
import '@qoldau/elements/donate/define.js';
import { foodBasket } from './data/sample-data.js';
import { inKk, inRu, partText, plain } from './support.js';

interface DonateArgs {
  provider?: 'url' | 'kaspi' | 'cloudpayments' | 'stripe';
  frequency?: 'once' | 'monthly' | 'both';
  'default-amount'?: string;
  currency?: string;
  'payment-url'?: string;
  'kaspi-url'?: string;
  'kaspi-display'?: 'auto' | 'qr' | 'link';
  'cloudpayments-public-id'?: string;
  'stripe-url'?: string;
  heading?: string;
  /** What the CloudPayments stand-in answers: paid, declined, or nothing yet (the window stays open). */
  cloudpayments?: 'success' | 'fail' | 'none';
}

/** A stand-in for CloudPayments' widget script: answers as the story says, takes no card. */
function cloudPaymentsStandIn(answer: DonateArgs['cloudpayments']) {
  (window as unknown as { cp: unknown }).cp = {
    CloudPayments: class {
      pay(_kind: string, _options: unknown, callbacks: { onSuccess?: () => void; onFail?: (reason: string) => void }) {
        if (answer === 'success') setTimeout(() => callbacks.onSuccess?.());
        else if (answer === 'fail') setTimeout(() => callbacks.onFail?.('Insufficient funds'));
      }
    },
  };
}

let stories = 0;

const meta = {
  title: 'Donations/Donate',
  component: 'qoldau-donate',
  tags: ['autodocs'],
  render: (args) => {
    cloudPaymentsStandIn(args.cloudpayments ?? 'success');
    const element = document.createElement('qoldau-donate');
    for (const [name, value] of Object.entries(args))
      if (typeof value === 'string' && name !== 'cloudpayments') element.setAttribute(name, value);
    const script = document.createElement('script');
    script.type = 'application/json';
    script.textContent = JSON.stringify(foodBasket);
    const fallback = document.createElement('a');
    fallback.href = 'https://niyet.kz/donate';
    fallback.textContent = 'niyet.kz — donate';
    element.append(script, fallback);
    // Stories never leave the page: the hand-off is canceled (a developer's own handler would do this).
    // (CloudPayments' stand-in and a Kaspi QR code stay on the page.)
    const staysOnPage =
      args.provider === 'cloudpayments' || (args.provider === 'kaspi' && args['kaspi-display'] === 'qr');
    element.addEventListener('qoldau-donate', (event) => {
      if (!staysOnPage) event.preventDefault();
    });
    return html`${keyed(stories++, element)}`;
  },
  argTypes: {
    provider: { control: 'select', options: ['url', 'kaspi', 'cloudpayments', 'stripe'] },
    frequency: { control: 'select', options: ['once', 'monthly', 'both'] },
    'kaspi-display': { control: 'select', options: ['auto', 'qr', 'link'] },
    cloudpayments: { control: 'select', options: ['success', 'fail', 'none'], table: { category: 'story' } },
  },
  args: {
    provider: 'url',
    'payment-url': 'https://niyet.kz/pay?amount={amount}&campaign={campaign}&frequency={frequency}',
  },
} satisfies Meta<DonateArgs>;

export default meta;
type Story = StoryObj<DonateArgs>;

const widgetIn = async (canvas: HTMLElement) => {
  const element = canvas.querySelector('qoldau-donate')!;
  // The skeleton (.loading) draws the form too, inert: wait for the ready one (or the error).
  await waitFor(() =>
    expect(element.shadowRoot?.querySelector('.widget:not(.loading) [part="submit"], [part="error"]')).toBeTruthy(),
  );
  return element;
};
const $ = (element: Element, selector: string) => element.shadowRoot!.querySelector<HTMLElement>(selector)!;
const press = (element: Element) => $(element, '[part="submit"]').click();

async function typeAmount(element: Element, text: string): Promise<void> {
  $(element, 'input[value="other"]').click();
  await waitFor(() => expect($(element, 'input[name="custom"]')).toBeTruthy());
  const input = $(element, 'input[name="custom"]') as HTMLInputElement;
  input.value = text;
  input.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
  input.dispatchEvent(new Event('change', { bubbles: true, composed: true }));
}

/** Idle: three amounts with what each buys, 5 000 ₸ chosen, the payment page's button. */
export const Idle: Story = {
  play: async ({ canvasElement }) => {
    const element = await widgetIn(canvasElement);
    expect(element.shadowRoot!.querySelectorAll('[part="amount"]')).toHaveLength(4);
    expect(($(element, 'input[value="5000"]') as HTMLInputElement).checked).toBe(true);
  },
};
export const IdleRu = inRu(Idle);
export const IdleKk = inKk(Idle);

/** Once or monthly: the visitor chooses; the button says "monthly". */
export const Monthly: Story = {
  args: { frequency: 'both' },
  play: async ({ canvasElement }) => {
    const element = await widgetIn(canvasElement);
    $(element, 'input[value="monthly"]').click();
    await waitFor(() => expect(partText(element, 'submit')).not.toBe(''));
  },
};
export const MonthlyRu = inRu(Monthly);
export const MonthlyKk = inKk(Monthly);

/** "Other amount": typed as people type it (5 000,50), its currency in the label. */
export const CustomAmount: Story = {
  play: async ({ canvasElement }) => {
    const element = await widgetIn(canvasElement);
    await typeAmount(element, '7 500');
    await waitFor(() => expect(plain($(element, '[part="submit"]').textContent)).toMatch(/7[ ,]500/));
  },
};
export const CustomAmountRu = inRu(CustomAmount);
export const CustomAmountKk = inKk(CustomAmount);

/** Too little: the error under the field, linked to it, after leaving it. */
export const AmountError: Story = {
  play: async ({ canvasElement }) => {
    const element = await widgetIn(canvasElement);
    await typeAmount(element, '100');
    await waitFor(() => expect($(element, '#e-custom')).toBeTruthy());
    expect($(element, 'input[name="custom"]').getAttribute('aria-invalid')).toBe('true');
  },
};
export const AmountErrorRu = inRu(AmountError);
export const AmountErrorKk = inKk(AmountError);

/** An invalid configuration (an unsafe payment link): the message and the NGO's own link. */
export const InvalidConfig: Story = {
  args: { 'payment-url': 'javascript:alert(1)' },
  play: async ({ canvasElement }) => {
    const element = await widgetIn(canvasElement);
    await waitFor(() => expect(partText(element, 'error')).not.toBe(''));
  },
};
export const InvalidConfigRu = inRu(InvalidConfig);
export const InvalidConfigKk = inKk(InvalidConfig);

/** Kaspi on a desktop: the QR code of the link, the amount to enter, the link as text. */
export const KaspiQr: Story = {
  args: { provider: 'kaspi', 'kaspi-url': 'https://kaspi.kz/pay/NiyetFoundation', 'kaspi-display': 'qr' },
  play: async ({ canvasElement }) => {
    const element = await widgetIn(canvasElement);
    press(element);
    await waitFor(() => expect($(element, '[part="qr"] svg')).toBeTruthy(), { timeout: 10_000 });
  },
};
export const KaspiQrRu = inRu(KaspiQr);
export const KaspiQrKk = inKk(KaspiQr);

/** CloudPayments' window is open: the status line says to complete the payment there. */
export const CloudPaymentsOpen: Story = {
  args: { provider: 'cloudpayments', 'cloudpayments-public-id': 'pk_test_niyet', cloudpayments: 'none' },
  play: async ({ canvasElement }) => {
    const element = await widgetIn(canvasElement);
    press(element);
    await waitFor(() => expect(partText(element, 'status')).not.toBe(''), { timeout: 10_000 });
  },
};
export const CloudPaymentsOpenRu = inRu(CloudPaymentsOpen);
export const CloudPaymentsOpenKk = inKk(CloudPaymentsOpen);

/** CloudPayments reported the payment: thanks. */
export const CloudPaymentsPaid: Story = {
  args: { provider: 'cloudpayments', 'cloudpayments-public-id': 'pk_test_niyet', cloudpayments: 'success' },
  play: async ({ canvasElement }) => {
    const element = await widgetIn(canvasElement);
    press(element);
    await waitFor(() => expect($(element, '[part="outcome"]')).toBeTruthy(), { timeout: 10_000 });
  },
};
export const CloudPaymentsPaidRu = inRu(CloudPaymentsPaid);
export const CloudPaymentsPaidKk = inKk(CloudPaymentsPaid);

/** CloudPayments declined the payment: why, and "Try again". */
export const CloudPaymentsFailed: Story = {
  args: { provider: 'cloudpayments', 'cloudpayments-public-id': 'pk_test_niyet', cloudpayments: 'fail' },
  play: async ({ canvasElement }) => {
    const element = await widgetIn(canvasElement);
    press(element);
    await waitFor(() => expect($(element, '[part="failure"]')).toBeTruthy(), { timeout: 10_000 });
  },
};
export const CloudPaymentsFailedRu = inRu(CloudPaymentsFailed);
export const CloudPaymentsFailedKk = inKk(CloudPaymentsFailed);

/** Stripe: a Payment Link; the amount is confirmed on Stripe's page, as the note says. */
export const Stripe: Story = {
  args: { provider: 'stripe', 'stripe-url': 'https://buy.stripe.com/test_niyet' },
  play: async ({ canvasElement }) => {
    const element = await widgetIn(canvasElement);
    await waitFor(() => expect(partText(element, 'note')).not.toBe(''));
  },
};
export const StripeRu = inRu(Stripe);
export const StripeKk = inKk(Stripe);
