// Every Intl object is costly to build (ICU data lookups) and components re-render often, so each
// (locale, options) pair is built once. The option sets come from code, not from visitors, so the
// maps stay small. Internal to core: not part of the public API.

/** The Intl object for (tag, options) from `cache`, built on first use. */
export function cached<T>(cache: Map<string, T>, tag: string, options: object, create: () => T): T {
  const key = `${tag}|${JSON.stringify(options)}`;
  let value = cache.get(key);
  if (value === undefined) {
    value = create();
    cache.set(key, value);
  }
  return value;
}

const dateFormats = new Map<string, Intl.DateTimeFormat>();

export const dateFormat = (tag: string, options: Intl.DateTimeFormatOptions): Intl.DateTimeFormat =>
  cached(dateFormats, tag, options, () => new Intl.DateTimeFormat(tag, options));
