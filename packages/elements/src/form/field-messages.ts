// The two words of a text field (text-field.ts); form-messages.ts re-exports them with the forms'
// other sentences. Ids `form.*` (the form strings' chunk).
import { msg } from '@lit/localize';

export const errorPrefix = () => msg('Error:', { id: 'form.error-prefix' });
export const optionalMark = () => msg('(optional)', { id: 'form.optional' });
