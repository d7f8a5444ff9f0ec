// Helpers for visitor-facing sentences shared by several widgets. Part of the CDN entry (cdn.ts
// re-exports it): two widget chunks need it, and a chunk of its own was one more request on every
// page. Sentences live with their widget (form strings: form/form-messages.ts; errors: error-messages.ts).
/** Picks the message for a plural category (Russian: one/few/many/other; Kazakh, English: one/other). */
export function plural(
  category: Intl.LDMLPluralRule,
  forms: Partial<Record<Intl.LDMLPluralRule, string>> & { other: string },
): string {
  return forms[category] ?? forms.other;
}
