// The two words of a text field (text-field.ts): apart from form-messages.ts, so the donate widget
// does not carry the forms' consent and contact sentences. Ids stay `form.*` (the form strings' chunk).
import { msg } from '@lit/localize';

export const errorPrefix = () => msg('Error:', { id: 'form.error-prefix' });
export const optionalMark = () => msg('(optional)', { id: 'form.optional' });
