// The kk and ru strings of the forms (ids `form.*` and `signup.*`). In the CDN build the imports
// below resolve to chunks holding only those strings, and the main locale chunks leave them out
// (rollup.config.mjs, formMessages): a page without a form never downloads them, and the locale
// chunk of first paint stays small. They are merged into the messages @lit/localize looks up (the
// loaded locale module's `templates` object, which it keeps by reference); forms render again
// then. Unbundled (npm, tests) these are the full locale modules: merging changes nothing.
import type { LocaleModule } from '@lit/localize';
import type { ReactiveElement } from 'lit';
import { loaders, getLocale } from '../localization.js';

const formLoaders: Record<string, () => Promise<LocaleModule>> = {
  kk: () => import('../generated/locales/kk.js'),
  ru: () => import('../generated/locales/ru.js'),
};
const merged = new Map<string, Promise<void>>();
const hosts = new Set<ReactiveElement>();

function mergeFor(locale: string): Promise<void> {
  const loadForm = formLoaders[locale];
  if (!loadForm) return Promise.resolve(); // English is the source: nothing to add
  let merging = merged.get(locale);
  if (!merging) {
    merging = Promise.all([loaders[locale as keyof typeof loaders](), loadForm()]).then(([main, form]) => {
      Object.assign(main.templates ?? {}, form.templates);
      for (const host of hosts) host.requestUpdate();
    });
    // A failed load (offline) is tried again on the next locale change.
    merging.catch(() => merged.delete(locale));
    merged.set(locale, merging);
  }
  return merging;
}

/** Makes the form strings of the current locale (and of every later one) available to `host`; resolves when merged. */
export function useFormTranslations(host: ReactiveElement): Promise<void> {
  if (hosts.size === 0)
    window.addEventListener('lit-localize-status', (event) => {
      const { detail } = event as CustomEvent<{ status: string; loadingLocale?: string; readyLocale?: string }>;
      const locale = detail.loadingLocale ?? detail.readyLocale;
      if (locale) void mergeFor(locale).catch(() => undefined);
    });
  hosts.add(host);
  return mergeFor(getLocale());
}

/** Stops re-rendering `host` when strings arrive (it left the page). */
export const releaseFormTranslations = (host: ReactiveElement): boolean => hosts.delete(host);
