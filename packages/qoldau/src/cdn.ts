// The script-tag entry (cdn/qoldau.js): reads the script tag's data-* settings, then autoloads the
// components present on the page. Everything else is in lazily loaded chunks.
import { setLocale } from '@qoldau/elements/localization.js';
import { startAutoloader } from './autoloader.js';

/** The <script> element that loaded this module, to read its data-* settings. */
function ownScript(): HTMLScriptElement | undefined {
  return [...document.querySelectorAll<HTMLScriptElement>('script[src]')].find(
    (script) => new URL(script.src, document.baseURI).href === import.meta.url,
  );
}

const script = ownScript();
if (script?.dataset.locale) void setLocale(script.dataset.locale);
startAutoloader();

export { setLocale };
export { discover } from './autoloader.js';
