// Which language widgets speak: follows <html lang> (also when it changes later), can be forced
// with setLocale(). @lit/localize is configured lazily and once, because it throws when configured
// twice and because a page without widgets should pay nothing.
import { configureLocalization, type LocaleModule } from '@lit/localize';
import { resolveLocale, type QoldauLocale } from '@qoldau/core';

// An explicit loader map so bundlers see the locale chunks and load them only when needed.
// Exported for form/form-locale.ts, which adds the form strings to the loaded messages.
export const loaders: Record<Exclude<QoldauLocale, 'en'>, () => Promise<LocaleModule>> = {
  ru: () => import('./generated/locales/ru.js'),
  kk: () => import('./generated/locales/kk.js'),
};

let controls: ReturnType<typeof configureLocalization> | undefined;
let forcedLocale: QoldauLocale | undefined;
let languageObserver: MutationObserver | undefined;
let requestedLocale: QoldauLocale = 'en';

function localization() {
  controls ??= configureLocalization({
    sourceLocale: 'en',
    targetLocales: ['ru', 'kk'],
    loadLocale: (locale) => loaders[locale as keyof typeof loaders](),
  });
  return controls;
}

function documentLocale(): QoldauLocale {
  return resolveLocale(document.documentElement.lang);
}

function apply(): Promise<void> {
  requestedLocale = forcedLocale ?? documentLocale();
  return localization().setLocale(requestedLocale);
}

/**
 * Starts localization: called by every widget when it connects. Applies the forced locale, or the
 * page language, and from then on follows changes of <html lang>.
 */
export function startLocalization(): void {
  if (languageObserver) return;
  languageObserver = new MutationObserver(() => void apply());
  languageObserver.observe(document.documentElement, { attributes: true, attributeFilter: ['lang'] });
  void apply();
}

/**
 * Forces the widgets' language regardless of <html lang> ('kk-KZ' → 'kk'; unknown → 'en').
 * Pass `null` to follow the page language again. Resolves when the strings are loaded.
 */
export function setLocale(locale: string | null): Promise<void> {
  forcedLocale = locale === null ? undefined : resolveLocale(locale);
  return apply();
}

/** The language widgets render in right now. */
export function getLocale(): QoldauLocale {
  return resolveLocale(localization().getLocale());
}

/** Resolves once the strings of the current locale are loaded (useful in tests and screenshots). */
export function localeReady(): Promise<void> {
  // Asking for the locale already requested returns @lit/localize's pending load.
  return localization().setLocale(requestedLocale);
}
