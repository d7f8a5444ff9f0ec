// The kk and ru strings of the forms (ids `form.*` and `signup.*`; the volunteer form's `volunteer.*`
// come the same way from chunks of their own, see volunteer-form/volunteer-locale.ts). In the CDN build the imports
// below resolve to chunks holding only those strings, and the main locale chunks leave them out
// (rollup.config.mjs, formMessages): a page without a form never downloads them, and the locale
// chunk of first paint stays small. They are merged into the messages @lit/localize looks up (the
// loaded locale module's `templates` object, which it keeps by reference); forms render again
// then. Unbundled (npm, tests) these are the full locale modules: merging changes nothing.
import type { LocaleModule } from '@lit/localize';
import type { ReactiveElement } from 'lit';
import { loaders, getLocale } from '../localization.js';

/** Where a set of strings lives per locale (English, the source, needs none). */
export type StringLoaders = Record<string, () => Promise<LocaleModule>>;

const formLoaders: StringLoaders = {
  kk: () => import('../generated/locales/kk.js'),
  ru: () => import('../generated/locales/ru.js'),
};
/** Per set of strings: the locales merged (or merging). */
const merged = new Map<StringLoaders, Map<string, Promise<void>>>();
const hosts = new Map<ReactiveElement, Set<StringLoaders>>();
let listening = false;

function mergeFor(locale: string, strings: StringLoaders): Promise<void> {
  const load = strings[locale];
  if (!load) return Promise.resolve(); // English is the source: nothing to add
  const done = merged.get(strings) ?? new Map<string, Promise<void>>();
  merged.set(strings, done);
  let merging = done.get(locale);
  if (!merging) {
    merging = Promise.all([loaders[locale as keyof typeof loaders](), load()]).then(([main, extra]) => {
      Object.assign(main.templates ?? {}, extra.templates);
      for (const host of hosts.keys()) host.requestUpdate();
    });
    // A failed load (offline) is tried again on the next locale change.
    merging.catch(() => done.delete(locale));
    done.set(locale, merging);
  }
  return merging;
}

/**
 * Makes a set of strings (default: the forms' own) of the current locale, and of every later one,
 * available to `host`; resolves when merged. A form with strings of its own (the volunteer form's
 * `volunteer.*`, in chunks of their own) passes its loaders, built like `formLoaders` above.
 */
export function useFormTranslations(host: ReactiveElement, strings: StringLoaders = formLoaders): Promise<void> {
  // Once per page: `hosts` empties when the last form leaves, and a form that comes back must not
  // add a second listener (each would merge and re-render again on every locale change).
  if (!listening) {
    listening = true;
    window.addEventListener('lit-localize-status', (event) => {
      const { detail } = event as CustomEvent<{ status: string; loadingLocale?: string; readyLocale?: string }>;
      const locale = detail.loadingLocale ?? detail.readyLocale;
      if (!locale) return;
      const sets = new Set([...hosts.values()].flatMap((set) => [...set]));
      for (const set of sets) void mergeFor(locale, set).catch(() => undefined);
    });
  }
  hosts.set(host, (hosts.get(host) ?? new Set()).add(strings));
  return mergeFor(getLocale(), strings);
}

/** Stops re-rendering `host` when strings arrive (it left the page). */
export const releaseFormTranslations = (host: ReactiveElement): boolean => hosts.delete(host);
