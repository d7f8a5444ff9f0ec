// The kk and ru strings of <qoldau-donate> (ids `donate.*`), merged by base/widget-strings.ts. In
// the CDN build these imports resolve to donate-locale-<lang> chunks holding only those strings
// (rollup.config.mjs, formMessages). Unbundled they are the full modules.
import type { StringLoaders } from '../form/form-locale.js';

export const donateStrings: StringLoaders = {
  kk: () => import('../generated/locales/kk.js'),
  ru: () => import('../generated/locales/ru.js'),
};
