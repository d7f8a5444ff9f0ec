// The script-tag entry (cdn/qoldau.js): hands its own <script> element to the data configuration
// (its data-* attributes are read when a widget first needs data), applies a forced locale, then
// autoloads the components present on the page. Everything else is in lazily loaded chunks.
import { registerScriptTag } from '@qoldau/core';
import { setLocale } from '@qoldau/elements/localization.js';
import { startAutoloader } from './autoloader.js';

/** The <script> element that loaded this module. */
function ownScript(): HTMLScriptElement | null {
  return (
    [...document.querySelectorAll<HTMLScriptElement>('script[src]')].find(
      (script) => new URL(script.src, document.baseURI).href === import.meta.url,
    ) ?? null
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

const script = ownScript();
registerScriptTag(script);
const forcedLocale = script?.dataset.locale ?? pageConfigLocale();
if (forcedLocale) void setLocale(forcedLocale);
startAutoloader();

export { setLocale };
export { discover } from './autoloader.js';
