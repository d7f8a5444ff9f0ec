// The kk and ru strings of <qoldau-donate> (ids `donate.*`, plus the two words of a text field,
// `form.error-prefix` and `form.optional`). In the CDN build these imports resolve to
// donate-locale-<lang> chunks holding only those strings (rollup.config.mjs, formMessages), so
// neither the first-paint locale chunk nor the forms carry them; merged like the form strings
// (../form/form-locale.ts). Unbundled they are the full modules.
import type { StringLoaders } from '../form/form-locale.js';

export const donateStrings: StringLoaders = {
  kk: () => import('../generated/locales/kk.js'),
  ru: () => import('../generated/locales/ru.js'),
};
