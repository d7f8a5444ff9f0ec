// Picks the noun form that agrees with a number ("183 ребёнка", "1 000 семей", "21 бала").
import { pluralCategory, type QoldauLocale } from '@qoldau/core';

/** Plural forms as authors write them: one list per language, in CLDR order (see docs/data.md). */
export type NounForms = Partial<Record<QoldauLocale, string[]>>;

/** Forms from the `one` / `few` / `many` / `other` attributes; they apply in every language. */
export type NounAttributes = Partial<Record<'one' | 'few' | 'many' | 'other', string>>;

// The order of the lists in data: en [one, other], ru [one, few, many(, other)], kk [other].
const ORDER: Record<QoldauLocale, Intl.LDMLPluralRule[]> = {
  en: ['one', 'other'],
  ru: ['one', 'few', 'many', 'other'],
  // Kazakh nouns stay singular after a numeral ("21 бала", "1 000 отбасы"): one form serves all.
  kk: ['other', 'one'],
};

/**
 * The category a number takes for its noun. Compact numbers end in a unit word (тыс., млн), after
 * which Russian needs the genitive plural whatever the digits: "24,5 млн детей", so they count as
 * a thousand.
 */
export function nounCategory(value: number, locale: QoldauLocale, compact: boolean): Intl.LDMLPluralRule {
  return pluralCategory(compact && value >= 1000 ? 1000 : value, locale);
}

/** The form of `forms` (one language's list) for `category`, with sensible fallbacks for short lists. */
export function pickForm(
  forms: readonly string[],
  category: Intl.LDMLPluralRule,
  locale: QoldauLocale,
): string | undefined {
  if (forms.length === 0) return undefined;
  const index = ORDER[locale].indexOf(category);
  if (index >= 0 && index < forms.length) return forms[index];
  // Russian fractions ("1,5 ребёнка") take the genitive singular, which is the "few" form.
  if (locale === 'ru' && category === 'other') return forms[1] ?? forms[0];
  return forms[forms.length - 1];
}

/** The noun for `category`: attributes first (any language), then the data's list for `locale`. */
export function nounFor(
  category: Intl.LDMLPluralRule,
  locale: QoldauLocale,
  attributes: NounAttributes,
  forms: NounForms | undefined,
): string | undefined {
  const { one, few, many, other } = attributes;
  if (one ?? few ?? many ?? other) {
    const byCategory: Partial<Record<Intl.LDMLPluralRule, string | undefined>> = { one, few, many, other };
    return byCategory[category] ?? (category === 'other' ? few : undefined) ?? other ?? many ?? few ?? one;
  }
  // No list for this language: no noun, rather than a noun in another language.
  const list = forms?.[locale];
  return list ? pickForm(list, category, locale) : undefined;
}
