// Links and endpoints from data and configuration: a module of its own, so pages whose widgets show
// no links and read no data do not download it.
import { QoldauError } from './errors.js';
import { describe } from './validate.js';

const LOOPBACK = /^(localhost|127\.\d+\.\d+\.\d+|\[::1\])$/;

/**
 * A URL safe to link to or fetch from, decided on what the browser will actually use: the value is
 * parsed by `new URL(value, base)`, which strips tabs, newlines and leading control characters
 * and turns `\` into `/` exactly as navigation does (so "java\tscript:" is `javascript:` and
 * "/\evil.example" is another host). Accepted: an absolute `https:` URL; a relative one that stays
 * on the base's origin; `http:` only on loopback (localhost, 127.x, [::1]), for development.
 * Refused (`invalid-url`): every other scheme (javascript:, data:, blob:, http: elsewhere),
 * protocol-relative and backslash tricks that leave the origin, and user:password@ URLs.
 * Returns the absolute URL the browser would use. `base`: the document's (outside a browser, none:
 * only absolute URLs pass).
 */
export function toSafeUrl(value: unknown, field: string, base = globalThis.document?.baseURI): string {
  if (typeof value !== 'string') throw new QoldauError('invalid-type', field);
  let url: URL;
  let absolute = true;
  try {
    url = new URL(value, base);
    try {
      new URL(value);
    } catch {
      absolute = false;
    }
  } catch {
    throw new QoldauError('invalid-url', field, describe(value));
  }
  const safe =
    !url.username &&
    !url.password &&
    (absolute
      ? url.protocol === 'https:' || (url.protocol === 'http:' && LOOPBACK.test(url.hostname))
      : url.origin === new URL(base!).origin);
  if (!safe) throw new QoldauError('invalid-url', field, describe(value));
  return url.href;
}
