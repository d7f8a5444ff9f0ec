// The kk and ru strings of <qoldau-donate> (ids `donate.*`). In the CDN build the imports below
// resolve to donate-locale-<lang> chunks holding only those strings (rollup.config.mjs,
// formMessages), so neither the first-paint locale chunk nor the forms carry them. They are merged
// into the templates @lit/localize looks messages up in, as form/form-locale.ts does for the forms
// and donor-wall/donor-wall-locale.ts for the wall. A copy of that merge rather than an import on
// purpose: a module shared with the forms becomes a chunk of its own, one more request (and
// +52 B) on every form page, and the volunteer form's page has no bytes to spare.
import type { LocaleModule } from '@lit/localize';
import type { ReactiveElement } from 'lit';
import { getLocale, loaders } from '../localization.js';

const strings: Record<string, () => Promise<LocaleModule>> = {
  kk: () => import('../generated/locales/kk.js'),
  ru: () => import('../generated/locales/ru.js'),
};
const merged = new Map<string, Promise<void>>();
const hosts = new Set<ReactiveElement>();

function merge(locale: string): Promise<void> {
  const load = strings[locale];
  if (!load) return Promise.resolve(); // English is the source
  let merging = merged.get(locale);
  if (!merging) {
    merging = Promise.all([loaders[locale as keyof typeof loaders](), load()]).then(([main, extra]) => {
      Object.assign(main.templates ?? {}, extra.templates);
      for (const host of hosts) host.requestUpdate();
    });
    merging.catch(() => merged.delete(locale)); // offline: tried again on the next change
    merged.set(locale, merging);
  }
  return merging;
}

/** Makes the host's strings of the current locale, and of every later one, available; resolves when merged. */
export function useDonateStrings(host: ReactiveElement): Promise<void> {
  if (hosts.size === 0 && merged.size === 0)
    window.addEventListener('lit-localize-status', (event) => {
      const { detail } = event as CustomEvent<{ loadingLocale?: string; readyLocale?: string }>;
      const locale = detail.loadingLocale ?? detail.readyLocale;
      if (locale && hosts.size) void merge(locale).catch(() => undefined);
    });
  hosts.add(host);
  return merge(getLocale());
}

/** Stops re-rendering `host` when strings arrive (it left the page). */
export const releaseDonateStrings = (host: ReactiveElement): boolean => hosts.delete(host);
