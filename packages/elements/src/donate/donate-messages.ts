// The sentences of <qoldau-donate> (ids `donate.*`), in the active locale: functions, because msg()
// must run at render time. Money is formatted by the caller (Intl), never inside a translation.
import { msg, str } from '@lit/localize';
import type { AmountInputError } from '@qoldau/core';

export const amountLegend = () => msg('Choose an amount', { id: 'donate.amount-legend' });
export const otherAmount = () => msg('Other amount', { id: 'donate.other' });
/** The custom amount's label names its currency, so a screen reader says "Your amount, ₸". */
export const customLabel = (currency: string) => msg(str`Your amount, ${currency}`, { id: 'donate.custom-label' });
export const customHint = (min: string, max: string) => msg(str`From ${min} to ${max}`, { id: 'donate.custom-hint' });
export const frequencyLegend = () => msg('How often', { id: 'donate.frequency-legend' });
export const once = () => msg('Once', { id: 'donate.once' });
export const monthly = () => msg('Monthly', { id: 'donate.monthly' });
export const loadingText = () => msg('Loading…', { id: 'common.loading' });
export const defaultHeading = () => msg('Make a donation', { id: 'donate.heading' });

/** The submit button: "Donate 5 000 ₸" / "Donate 5 000 ₸ monthly". */
export function donateLabel(amount: string | undefined, monthlyGift: boolean): string {
  if (amount === undefined) return msg('Donate', { id: 'donate.submit' });
  return monthlyGift
    ? msg(str`Donate ${amount} monthly`, { id: 'donate.submit-monthly' })
    : msg(str`Donate ${amount}`, { id: 'donate.submit-amount' });
}

/** The error sentence for a typed amount (`min`, `max` already formatted as money). */
export function amountError(code: AmountInputError | 'choose', min: string, max: string, digits: number): string {
  switch (code) {
    case 'empty':
    case 'choose':
      return msg('Choose an amount or enter your own', { id: 'donate.error-empty' });
    case 'not-a-number':
      return msg('Enter the amount in digits, like 5 000', { id: 'donate.error-number' });
    case 'too-precise':
      return digits === 0
        ? msg('Enter a whole amount', { id: 'donate.error-whole' })
        : msg(str`Enter at most ${digits} digits after the decimal mark`, { id: 'donate.error-precise' });
    case 'too-small':
      return msg(str`Enter ${min} or more`, { id: 'donate.error-min' });
    case 'too-large':
      return msg(str`Enter ${max} or less`, { id: 'donate.error-max' });
  }
}

export const kaspiNote = (amount: string) =>
  msg(str`Kaspi links cannot carry the amount: enter ${amount} in Kaspi.`, { id: 'donate.kaspi-note' });
export const kaspiScan = () => msg('Scan with your phone camera or the Kaspi app', { id: 'donate.kaspi-scan' });
export const kaspiQrLabel = () => msg('QR code of the Kaspi payment link', { id: 'donate.kaspi-qr' });
export const kaspiLinkText = () => msg('Or open the link:', { id: 'donate.kaspi-link' });
export const stripeNote = () => msg('You confirm the amount on the Stripe payment page.', { id: 'donate.stripe-note' });
export const opening = () => msg('Opening the payment window…', { id: 'donate.opening' });
export const openNote = () => msg('Complete the payment in the window that opened.', { id: 'donate.open' });
export const thanksTitle = () => msg('Thank you for your donation!', { id: 'donate.thanks' });
export const failedTitle = () => msg('The payment did not go through.', { id: 'donate.failed' });
export const loadFailed = () =>
  msg('The payment window could not be loaded. Check your connection or use the link below.', {
    id: 'donate.load-failed',
  });
export const tryAgain = () => msg('Try again', { id: 'donate.retry' });
export const anotherGift = () => msg('Make another donation', { id: 'donate.another' });
export const giftDescription = (campaign: string) => msg(str`Donation: ${campaign}`, { id: 'donate.description' });
