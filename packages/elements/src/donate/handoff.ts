// Where <qoldau-donate> sends a visitor: a payment page URL built from a template, or a Stripe Payment
// Link (CloudPayments' widget: cloudpayments.ts, loaded on click). Qoldau never sees card data:
// every path ends on the provider's own page or widget.
import { toSafeUrl, type DonationFrequency, type QoldauLocale } from '@qoldau/core';

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
