// The sentences every form shares, in the active locale (msg() runs at render time, so these are
// functions). Field errors are specific (GOV.UK: say what to do), and the same sentence appears
// inline and in the error summary.
import { msg, str } from '@lit/localize';
import type { FieldError } from '@qoldau/core';

/**
 * The sentence for a field error (codes of @qoldau/core's validate-form.ts); `label` names a field
 * the form does not know by name (an event's extra questions), `choice` says it is a select.
 */
export function fieldErrorMessage(error: FieldError, label = '', choice = false): string {
  // A receiver may leave the limit out: then the sentence names none.
  const limit = error.limit;
  switch (error.code) {
    case 'required':
      if (error.field === 'name') return msg('Enter your name', { id: 'form.name-required' });
      if (error.field === 'email') return msg('Enter your email address', { id: 'form.email-required' });
      if (error.field === 'phone') return msg('Enter your phone number', { id: 'form.phone-required' });
      // An empty select is a choice not made.
      if (choice) return msg(str`Choose an option for “${label}”`, { id: 'form.select' });
      return msg(str`Fill in “${label}”`, { id: 'form.required' });
    case 'email':
      return msg('Enter an email address in the correct format, like name@example.com', { id: 'form.email' });
    case 'phone':
      return msg('Enter a phone number, like +7 701 234 56 78', { id: 'form.phone' });
    case 'email-or-phone':
      return msg('Enter an email address or a phone number', { id: 'form.contact' });
    case 'too-long':
      if (limit === undefined) return msg('Shorten this text', { id: 'form.too-long-any' });
      return msg(str`Use ${limit} characters or fewer`, { id: 'form.too-long' });
    case 'not-a-number':
    case 'not-whole':
      return msg('Enter a whole number, like 2', { id: 'form.whole' });
    case 'too-small':
      if (limit === undefined) return msg('Enter a larger number', { id: 'form.too-small-any' });
      return msg(str`Enter ${limit} or more`, { id: 'form.too-small' });
    case 'too-large':
      if (limit === undefined) return msg('Enter a smaller number', { id: 'form.too-large-any' });
      return msg(str`Enter ${limit} or fewer`, { id: 'form.too-large' });
    case 'not-an-option':
      return msg(str`Choose an option for “${label}”`, { id: 'form.select' });
    case 'consent':
      return msg('Tick the box to agree to the processing of your personal data', { id: 'form.consent' });
    default:
      // Codes only one form uses (the volunteer form's dates, ages and shifts): that form words them.
      return msg(str`Fill in “${label}”`, { id: 'form.required' });
  }
}

export { errorPrefix, optionalMark } from './field-messages.js';

/** The contact fields every form asks for (ids `signup.*`: the event sign-up had them first). */
export const nameLabel = () => msg('Full name', { id: 'signup.name' });
export const emailLabel = () => msg('Email', { id: 'signup.email' });
export const phoneLabel = () => msg('Phone', { id: 'signup.phone' });
export const phoneHint = () => msg('For example +7 701 234 56 78', { id: 'signup.phone-hint' });
export const contactHint = () => msg('Give an email address, a phone number or both.', { id: 'signup.contact-hint' });

export const summaryTitle = () => msg('There is a problem', { id: 'form.summary-title' });
export const sendingLabel = () => msg('Sending…', { id: 'form.sending' });
export const retryLabel = () => msg('Try again', { id: 'form.retry' });
export const queuedMessage = () =>
  msg('You are offline. Your form is saved and will be sent when you are back online.', { id: 'form.queued' });
export const noSinkMessage = () =>
  msg('This form cannot be sent: the site has not set where forms go. What you typed is kept on this page.', {
    id: 'form.no-sink',
  });
export const failedMessage = () => msg('Your form was not sent.', { id: 'form.failed' });
export const privacyLink = () => msg('Privacy policy', { id: 'form.privacy-link' });

/** The operator as the consent names it: "Batyr PF (BIN 123456789012)". */
export function operatorName(name: string, bin?: string): string {
  return bin ? msg(str`${name} (BIN ${bin})`, { id: 'form.operator-bin' }) : name;
}

/**
 * The consent to processing (Law of the RK "On personal data and their protection", art. 7–8). It
 * covers whatever the form asks (an event's accessibility needs and extra questions too); purpose
 * in detail, retention and transfers are the privacy policy's, which the consent links (docs/data.md).
 */
export function consentText(operator: string): string {
  return msg(
    str`I agree that ${operator} collects and processes the personal data I give in this form to handle it, under the Law of the Republic of Kazakhstan “On personal data and their protection”.`,
    { id: 'form.consent-text' },
  );
}

/** The separate, optional marketing consent. */
export function marketingText(operator: string): string {
  return msg(str`I would like to receive news from ${operator}.`, { id: 'form.marketing-text' });
}

/** Shown by forms when browser storage is blocked (outbox.persistent === false): the submission lives only in this page. */
export function keepPageOpenMessage(): string {
  return msg('Please keep this page open until your form is sent: this browser cannot save it for later.', {
    id: 'outbox.keep-open',
  });
}
