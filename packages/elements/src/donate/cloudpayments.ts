// CloudPayments' own widget for <qoldau-donate>: its script loaded only when a visitor presses the
// button (this module too: a chunk of its own), the options it opens with, a monthly gift as their
// recurrent payment. The card data goes to CloudPayments only.
import { QoldauError, toSafeUrl, type QoldauLocale } from '@qoldau/core';
import type { Gift } from './handoff.js';

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
    frequency: Gift['frequency'];
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

/** The widget class CloudPayments' script defines (`cp.CloudPayments`), if it is on the page. */
const cloudPayments = () =>
  (globalThis as { cp?: { CloudPayments?: new (options: { language: string }) => CloudPaymentsWidget } }).cp
    ?.CloudPayments;

/**
 * Loads CloudPayments' script once per URL (only when a visitor presses the button; not at all when
 * the page has it already) and returns a widget in the visitor's language. Rejects with a `network` QoldauError when the script cannot be
 * loaded or defines no `cp.CloudPayments`.
 */
export async function loadCloudPayments(src: string, locale: QoldauLocale): Promise<CloudPaymentsWidget> {
  const url = toSafeUrl(src, 'cloudpayments-script');
  let loading = scripts.get(url);
  // A page that has CloudPayments' script already (its own checkout) is not given a second copy.
  if (!loading && typeof cloudPayments() === 'function') loading = Promise.resolve();
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
  const Widget = cloudPayments();
  if (typeof Widget !== 'function') throw new QoldauError('network', 'cloudpayments-script');
  return new Widget({ language: CLOUDPAYMENTS_LANGUAGES[locale] });
}
