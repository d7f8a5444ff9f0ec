// Strings a widget keeps in chunks of its own (the donor wall's `donorwall.*`, the donate widget's
// `donate.*`): in the CDN build each widget's `<name>-locale.ts` imports resolve to chunks holding
// only its strings (rollup.config.mjs, formMessages), so the first-paint locale chunk does not
// carry them. They are merged into the templates @lit/localize looks messages up in (the loaded
// locale module's `templates` object, which it keeps by reference), and the widgets render again.
//
// form/form-locale.ts does the same for the forms, on purpose apart: a module the forms shared
// with these widgets would become a chunk of its own on every form page (one more request and
// +52 B, which the volunteer form's page does not have; docs/architecture.md, "Donate").
import type { ReactiveElement } from 'lit';
import type { StringLoaders } from '../form/form-locale.js';
import { getLocale, loaders } from '../localization.js';

/** Per set of strings: the locales merged (or merging). */
const merged = new Map<StringLoaders, Map<string, Promise<void>>>();
const hosts = new Map<ReactiveElement, StringLoaders>();
let listening = false;

function merge(locale: string, strings: StringLoaders): Promise<void> {
  const load = strings[locale];
  if (!load) return Promise.resolve(); // English is the source: nothing to add
  const done = merged.get(strings) ?? new Map<string, Promise<void>>();
  merged.set(strings, done);
  let merging = done.get(locale);
  if (!merging) {
    merging = Promise.all([loaders[locale as keyof typeof loaders](), load()]).then(([main, extra]) => {
      Object.assign(main.templates ?? {}, extra.templates);
      for (const [host, set] of hosts) if (set === strings) host.requestUpdate();
    });
    merging.catch(() => done.delete(locale)); // offline: tried again on the next change
    done.set(locale, merging);
  }
  return merging;
}

/** Makes `strings` of the current locale, and of every later one, available to `host`; resolves when merged. */
export function useWidgetStrings(host: ReactiveElement, strings: StringLoaders): Promise<void> {
  if (!listening) {
    listening = true;
    window.addEventListener('lit-localize-status', (event) => {
      const { detail } = event as CustomEvent<{ loadingLocale?: string; readyLocale?: string }>;
      const locale = detail.loadingLocale ?? detail.readyLocale;
      if (locale) for (const set of new Set(hosts.values())) void merge(locale, set).catch(() => undefined);
    });
  }
  hosts.set(host, strings);
  return merge(getLocale(), strings);
}

/** Stops re-rendering `host` when strings arrive (it left the page). */
export const releaseWidgetStrings = (host: ReactiveElement): boolean => hosts.delete(host);
