// Visitor-facing sentences shared by several widgets, in the active locale (msg() must run at
// render time, so these are functions, never stored strings). Error sentences: error-messages.ts.
import { msg } from '@lit/localize';

/** Picks the message for a plural category (Russian: one/few/many/other; Kazakh, English: one/other). */
export function plural(
  category: Intl.LDMLPluralRule,
  forms: Partial<Record<Intl.LDMLPluralRule, string>> & { other: string },
): string {
  return forms[category] ?? forms.other;
}

/** Shown by forms when browser storage is blocked (outbox.persistent === false): the submission lives only in this page. */
export function keepPageOpenMessage(): string {
  return msg('Please keep this page open until your form is sent: this browser cannot save it for later.', {
    id: 'outbox.keep-open',
  });
}
