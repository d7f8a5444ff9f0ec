// Links from data: a module of its own, so pages whose widgets show no links do not download it.
import { QoldauError } from './errors.js';

/** A URL safe for href: https: or relative. Anything else (javascript:, data:, http:) is refused. */
export function toSafeUrl(value: unknown, field: string): string {
  if (typeof value !== 'string') throw new QoldauError('invalid-type', field);
  const url = value.trim();
  const scheme = /^([a-z][a-z0-9+.-]*):/i.exec(url);
  if (url.startsWith('//') || (scheme && scheme[1].toLowerCase() !== 'https')) {
    throw new QoldauError('invalid-url', field, url);
  }
  return url;
}
