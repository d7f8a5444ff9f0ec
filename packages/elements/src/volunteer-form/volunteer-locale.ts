// The kk and ru strings of the volunteer form (ids `volunteer.*`). In the CDN build these imports
// resolve to volunteer-locale-<lang> chunks holding only those strings (rollup.config.mjs,
// formMessages), so neither the first-paint locale chunk nor the other forms carry them; they are
// merged like the shared form strings (../form/form-locale.ts). Unbundled they are the full modules.
import type { StringLoaders } from '../form/form-locale.js';

export const volunteerStrings: StringLoaders = {
  kk: () => import('../generated/locales/kk.js'),
  ru: () => import('../generated/locales/ru.js'),
};
