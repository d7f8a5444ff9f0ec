// The sentences every form shares, in the active locale (msg() runs at render time, so these are
// functions). Field errors are specific (GOV.UK: say what to do), and the same sentence appears
// inline and in the error summary.
import { msg, str } from '@lit/localize';
import type { FieldError } from './form-controller.js';

/** The sentence for an error code; `label` names a field the form does not know by name (extra fields). */
export function fieldErrorMessage(error: FieldError, label = '', limits: { min?: number; max?: number } = {}): string {
  const { min = 1, max = 0 } = limits;
  switch (
    `${error.field === 'name' || error.field === 'email' || error.field === 'phone' ? error.field + ':' : ''}${error.code}`
  ) {
    case 'name:required':
      return msg('Enter your name', { id: 'form.name-required' });
    case 'email:required':
      return msg('Enter your email address', { id: 'form.email-required' });
    case 'email:email':
    case 'email':
      return msg('Enter an email address in the correct format, like name@example.com', { id: 'form.email' });
    case 'phone:required':
      return msg('Enter your phone number', { id: 'form.phone-required' });
    case 'phone:phone':
    case 'phone':
      return msg('Enter a phone number, like +7 701 234 56 78', { id: 'form.phone' });
    case 'email:contact':
    case 'phone:contact':
    case 'contact':
      return msg('Enter an email address or a phone number', { id: 'form.contact' });
    case 'range':
      return msg(str`Enter a number from ${min} to ${max}`, { id: 'form.range' });
    case 'too-long':
      return msg(str`Use ${max} characters or fewer`, { id: 'form.too-long' });
    case 'consent':
      return msg('Tick the box to agree to the processing of your personal data', { id: 'form.consent' });
    case 'select':
      return msg(str`Choose an option for “${label}”`, { id: 'form.select' });
    default:
      return msg(str`Fill in “${label}”`, { id: 'form.required' });
  }
}

export const summaryTitle = () => msg('There is a problem', { id: 'form.summary-title' });
export const errorPrefix = () => msg('Error:', { id: 'form.error-prefix' });
export const optionalMark = () => msg('(optional)', { id: 'form.optional' });
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

/** The consent to processing (Law of the RK "On personal data and their protection", art. 7–8). */
export function consentText(operator: string): string {
  return msg(
    str`I agree that ${operator} collects and processes my personal data (name and contacts) to handle this form, under the Law of the Republic of Kazakhstan “On personal data and their protection”.`,
    { id: 'form.consent-text' },
  );
}

/** The separate, optional marketing consent. */
export function marketingText(operator: string): string {
  return msg(str`I would like to receive news from ${operator}.`, { id: 'form.marketing-text' });
}
