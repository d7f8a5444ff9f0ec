// The script-tag entry (cdn/qoldau.js): hands its own <script> element to the data configuration
// (its data-* attributes are read when a widget first needs data), applies a forced locale, then
// autoloads the components present on the page. Everything else is in lazily loaded chunks.
import { registerScriptTag } from '@qoldau/core';
import { setLocale, startLocalization } from '@qoldau/elements/localization.js';
import { componentSelector, liveDataSelector, startAutoloader } from './autoloader.js';

/** The <script> element that loaded this module. */
function ownScript(): HTMLScriptElement | null {
  return (
    // `src` reads back as the absolute URL, as import.meta.url is.
    [...document.querySelectorAll<HTMLScriptElement>('script[src]')].find((script) => script.src === import.meta.url) ??
    null
  );
}

/** `locale` from <script type="application/json" id="qoldau-config">, read cheaply (no adapter). */
function pageConfigLocale(): string | undefined {
  try {
    const locale: unknown = JSON.parse(document.getElementById('qoldau-config')?.textContent ?? '{}').locale;
    return typeof locale === 'string' ? locale : undefined;
  } catch {
    return undefined; // the adapter reports a malformed configuration when a widget needs it
  }
}

/** Whether an earlier visit left submissions in the outbox (with storage blocked, none can be there). */
function outboxHasEntries(): boolean {
  try {
    return Object.keys(localStorage).some((key) => key.startsWith('qoldau:outbox:'));
  } catch {
    return false;
  }
}

const script = ownScript();
registerScriptTag(script);
const forcedLocale = script?.dataset.locale ?? pageConfigLocale();
if (forcedLocale) void setLocale(forcedLocale);
// Fetch the page's translations now, in parallel with the first component chunk, not after it;
// likewise the data adapter when a widget names a resource (one round trip less before live data).
if (document.querySelector(componentSelector)) startLocalization();
// Reading the configuration also deals with submissions an earlier visit left unsent, on every page
// with the SDK, with or without a form (docs/data.md, "What is stored"): with a sink they are sent,
// without one the expired ones are deleted. An invalid configuration is reported by the widgets.
if (document.querySelector(liveDataSelector) || outboxHasEntries())
  import('@qoldau/core/data/read').then((data) => data.getConfig()).catch(() => undefined);
startAutoloader();

export { setLocale };
export { discover } from './autoloader.js';
// The runtime every widget shares (Lit, the base class, formatting, validation) is part of this
// file rather than a chunk the first component imports: one round trip less on every page. It is
// also the API for extending Qoldau from a script tag (reactive properties are declared with
// `static properties = { … }`, so no decorators are needed).
export { QoldauElement } from '@qoldau/elements/base/qoldau-element.js';
export { defineElement } from '@qoldau/elements/base/define.js';
export { LiveData } from '@qoldau/elements/base/live-data.js';
export * as widget from '@qoldau/elements/base/widget.js';
export { prefersReducedMotion, onFirstVisible } from '@qoldau/elements/base/motion.js';
export { plural } from '@qoldau/elements/messages.js';
