// Sources: turn a resource reference into an unvalidated payload (json, static, custom; sheet lazily).
import { QoldauError, isQoldauError } from '../errors.js';
import { parseJson } from '../validate.js';
import { toBounded } from '../validate-bounds.js';
import type { ResourceRef, SourceConfig, UrlTemplate } from './types.js';

/** Fills `{kind}` and `{id}` (URL-encoded) into the template for this kind. */
export function expandUrl(template: UrlTemplate, ref: ResourceRef, field = 'source.url'): string {
  const url = typeof template === 'string' ? template : template[ref.kind];
  if (!url) throw new QoldauError('config', `${field}.${ref.kind}`);
  return url.replace(/\{kind\}/g, ref.kind).replace(/\{id\}/g, encodeURIComponent(ref.id));
}

/** GET as text with a timeout; 404 → not-found, other non-2xx → http, no answer → network. */
export async function fetchText(
  url: string,
  headers: Record<string, string> | undefined,
  timeout?: number,
): Promise<string> {
  const controller = new AbortController();
  const timer = setTimeout(() => controller.abort(), toBounded(timeout, 'timeout') * 1000);
  try {
    const response = await fetch(url, { headers, signal: controller.signal, credentials: 'omit' });
    if (response.status === 404) throw new QoldauError('not-found', url);
    if (!response.ok) throw new QoldauError('http', url, String(response.status));
    return await response.text();
  } catch (error) {
    throw isQoldauError(error) ? error : new QoldauError('network', url);
  } finally {
    clearTimeout(timer);
  }
}

/**
 * The raw payload of `ref` from `source`. Errors other than QoldauError (a custom source that
 * throws, a lazy chunk that fails to load) become `network` errors in `read()`. `maxAge` (ms) lets the sheet source reuse a CSV it
 * fetched for another resource moments ago.
 */
export async function loadRaw(source: SourceConfig | undefined, ref: ResourceRef, maxAge: number): Promise<unknown> {
  if (!source) throw new QoldauError('config', 'source');
  switch (source.type) {
    case 'json':
      return parseJson(
        await fetchText(expandUrl(source.url, ref), source.headers, source.timeout),
        `${ref.kind}:${ref.id}`,
      );
    case 'static':
      return (await import('./static.js')).findStatic(source.data, ref);
    case 'custom':
      return source.read(ref);
    default:
      // Only sheet users pay for the CSV parser.
      return (await import('./sheet.js')).loadSheet(source, ref, maxAge);
  }
}
