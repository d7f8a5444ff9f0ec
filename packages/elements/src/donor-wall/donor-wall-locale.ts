// The kk and ru strings of the donor wall (ids `donorwall.*`), merged by base/widget-strings.ts. In
// the CDN build these imports resolve to donorwall-locale-<lang> chunks holding only those strings
// (rollup.config.mjs, formMessages). Unbundled they are the full modules.
import type { StringLoaders } from '../form/form-locale.js';

export const donorWallStrings: StringLoaders = {
  kk: () => import('../generated/locales/kk.js'),
  ru: () => import('../generated/locales/ru.js'),
};
