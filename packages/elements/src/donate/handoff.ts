// Where <qoldau-donate> sends a visitor: a payment page URL built from a template, a Stripe Payment
// Link, or the CloudPayments widget loaded on click. Qoldau never sees card data: every path ends on
// the provider's own page or widget.
import { QoldauError, toSafeUrl, type DonationFrequency, type QoldauLocale } from '@qoldau/core';

/** The payment providers `provider` names. */
export const PROVIDERS = ['url', 'kaspi', 'cloudpayments', 'stripe'] as const;
export type DonateProvider = (typeof PROVIDERS)[number];

/** CloudPayments' official widget script (their docs); `cloudpayments-script` may name another. */
export const CLOUDPAYMENTS_SCRIPT = 'https://widget.cloudpayments.ru/bundles/cloudpayments.js';

export interface Gift {
  amount: number;
  currency: string;
  frequency: DonationFrequency;
  campaign: string;
}

/**
 * The payment page for a gift: `{amount}`, `{currency}`, `{frequency}`, `{campaign}` in the template
 * are replaced by their URL-encoded values (the amount as a plain decimal, `5000` or `5000.5`), and
 * the result must pass toSafeUrl (https, or relative on this site): a template or a value can never
 * make a `javascript:` link. Unknown `{names}` are left as they are.
 */
export function paymentUrl(template: string, gift: Gift): string {
  const values: Record<string, string> = {
    amount: String(gift.amount),
    currency: gift.currency,
    frequency: gift.frequency,
    campaign: gift.campaign,
  };
  const url = template.replace(/\{(amount|currency|frequency|campaign)\}/g, (_, name: string) =>
    encodeURIComponent(values[name]),
  );
  return toSafeUrl(url, 'payment-url');
}

/** Stripe Checkout's locales among ours: it has no Kazakh, so kk leaves the choice to Stripe (the browser's language). */
const STRIPE_LOCALES: Partial<Record<QoldauLocale, string>> = { en: 'en', ru: 'ru' };

/**
 * A Stripe Payment Link with what Stripe lets a link prefill: `locale`, and `client_reference_id`
 * (the campaign, reduced to the letters, digits, `-` and `_` Stripe accepts, at most 200). A
 * Payment Link cannot take an amount from its URL: the amount is the link's own price, or chosen on
 * Stripe's page when the link is set up to let customers choose what to pay.
 */
export function stripeUrl(link: string, gift: Gift, locale: QoldauLocale): string {
  const url = new URL(toSafeUrl(link, 'stripe-url'));
  const reference = gift.campaign.replace(/[^\w-]/g, '_').slice(0, 200);
  if (reference) url.searchParams.set('client_reference_id', reference);
  const stripeLocale = STRIPE_LOCALES[locale];
  if (stripeLocale) url.searchParams.set('locale', stripeLocale);
  return url.href;
}

/** CloudPayments' widget, as much of it as Qoldau uses. */
export interface CloudPaymentsWidget {
  pay(
    kind: 'charge',
    options: CloudPaymentsOptions,
    callbacks: {
      onSuccess?: (options: unknown) => void;
      onFail?: (reason: unknown, options: unknown) => void;
      onComplete?: (result: unknown, options: unknown) => void;
    },
  ): void;
}

export interface CloudPaymentsOptions {
  publicId: string;
  description: string;
  amount: number;
  currency: string;
  accountId: string;
  invoiceId: string;
  skin: 'classic';
  data: {
    campaign: string;
    frequency: DonationFrequency;
    CloudPayments?: { recurrent: { interval: 'Month'; period: 1 } };
  };
}

/** The options CloudPayments' `pay('charge', …)` receives; a monthly gift asks for their recurrent payments. */
export function cloudPaymentsOptions(
  gift: Gift,
  o: { publicId: string; description: string; accountId: string; invoiceId: string },
): CloudPaymentsOptions {
  return {
    publicId: o.publicId,
    description: o.description,
    amount: gift.amount,
    currency: gift.currency,
    accountId: o.accountId,
    invoiceId: o.invoiceId,
    skin: 'classic',
    data: {
      campaign: gift.campaign,
      frequency: gift.frequency,
      ...(gift.frequency === 'monthly' ? { CloudPayments: { recurrent: { interval: 'Month', period: 1 } } } : {}),
    },
  };
}

/** CloudPayments' language codes for ours. */
const CLOUDPAYMENTS_LANGUAGES: Record<QoldauLocale, string> = { en: 'en-US', ru: 'ru-RU', kk: 'kk' };

const scripts = new Map<string, Promise<void>>();

/**
 * Loads CloudPayments' script once per URL (only when a visitor presses the button) and returns a
 * widget in the visitor's language. Rejects with a `network` QoldauError when the script cannot be
 * loaded or defines no `cp.CloudPayments`.
 */
export async function loadCloudPayments(src: string, locale: QoldauLocale): Promise<CloudPaymentsWidget> {
  const url = toSafeUrl(src, 'cloudpayments-script');
  let loading = scripts.get(url);
  if (!loading) {
    loading = new Promise<void>((resolve, reject) => {
      const script = document.createElement('script');
      script.src = url;
      script.async = true;
      script.onload = () => resolve();
      script.onerror = () => reject(new QoldauError('network', 'cloudpayments-script'));
      document.head.append(script);
    });
    // A failed load is tried again on the next click (the visitor may be back online).
    loading.catch(() => scripts.delete(url));
    scripts.set(url, loading);
  }
  await loading;
  const cp = (globalThis as { cp?: { CloudPayments?: new (options: { language: string }) => CloudPaymentsWidget } }).cp;
  if (typeof cp?.CloudPayments !== 'function') throw new QoldauError('network', 'cloudpayments-script');
  return new cp.CloudPayments({ language: CLOUDPAYMENTS_LANGUAGES[locale] });
}
