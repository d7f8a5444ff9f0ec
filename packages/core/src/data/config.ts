// Configuration: script-tag data-* attributes < <script id="qoldau-config"> JSON < configure() in JS.
import { QoldauError } from '../errors.js';
import { isRecord, parseJson, toCurrency } from '../validate.js';
import { toBounded } from '../validate-bounds.js';
import { toSafeUrl } from '../validate-url.js';
import { scriptTagRef } from './script-tag.js';
import { storedKeys } from './storage.js';
import type { QoldauConfig, ResolvedConfig } from './types.js';

let jsLayer: QoldauConfig = {};
let domLayer: QoldauConfig | undefined;
let seenScriptTag = 0;
let resolved: ResolvedConfig | undefined;
let version = 0;
let resumed = false;

function fail(field: string): never {
  throw new QoldauError('config', field);
}

/**
 * Source and sink URLs (or URL templates) pass toSafeUrl, with their placeholders filled: https:,
 * same-origin, or http: on loopback. Throws `invalid-url` (field `source.url`, `sink.url`) otherwise.
 */
const isUrl = (value: unknown, field: string): boolean => {
  const urls = isRecord(value) ? Object.values(value) : [value];
  return (
    urls.length > 0 &&
    urls.every((url) => typeof url === 'string' && url !== '' && toSafeUrl(url.replace(/\{\w+\}/g, 'x'), field))
  );
};

/** A sink's times (seconds); bounded where they are used, in outbox-queue.ts. */
export const SINK_TIMES = ['timeout', 'retryDelay', 'maxRetryDelay', 'expiry'] as const;

/** Times must be numbers ≥ 0 (else `config`); too large or too small ones are clamped (validate-bounds.ts). */
const isSeconds = (value: unknown): boolean => value === undefined || (typeof value === 'number' && value >= 0);

/** Throws QoldauError('config') (field `source`, `sink` or the key) for a shape nothing can work with. */
function check(config: unknown): QoldauConfig {
  if (!isRecord(config)) fail('config');
  const { source, sink } = config;
  if (source !== undefined) {
    const { type, url, data, read } = isRecord(source) ? source : fail('source');
    if (
      !(type === 'json' || type === 'sheet'
        ? isUrl(url, 'source.url')
        : type === 'static'
          ? isRecord(data)
          : type === 'custom' && typeof read === 'function')
    ) {
      fail('source');
    }
  }
  if (sink !== undefined) {
    const options = isRecord(sink) ? sink : fail('sink');
    const { type, url, submit } = options;
    if (
      !(type === 'http'
        ? typeof url === 'string' && isUrl(url, 'sink.url')
        : type === 'custom' && typeof submit === 'function')
    )
      fail('sink');
    for (const field of SINK_TIMES) if (!isSeconds(options[field])) fail(`sink.${field}`);
  }
  if (config.currency !== undefined) toCurrency(config.currency);
  if (config.locale !== undefined && typeof config.locale !== 'string') fail('locale');
  for (const field of ['cacheTtl', 'refresh']) if (!isSeconds(config[field])) fail(field);
  return config as QoldauConfig;
}

function defined(config: QoldauConfig): QoldauConfig {
  return Object.fromEntries(Object.entries(config).filter(([, value]) => value !== undefined));
}

/**
 * Sets configuration from code. Merges with earlier calls key by key (`source` and `sink` are
 * replaced whole) and wins over the page's `data-*` attributes and `#qoldau-config` JSON.
 * Throws `QoldauError('config')` for an unusable shape.
 */
export function configure(config: QoldauConfig): void {
  jsLayer = { ...jsLayer, ...defined(check(config)) };
  resolved = undefined;
  version++;
}

/**
 * Reads configuration from a script tag's attributes (the CDN entry calls this for its own tag):
 * `data-source` (`json` | `sheet`, default `json`), `data-source-url`, `data-sink-url`,
 * `data-sink-simple` (Apps Script mode), `data-locale`, `data-currency`, `data-refresh` (s),
 * `data-cache-ttl` (s).
 */
export function configFromScriptTag(script: HTMLScriptElement): QoldauConfig {
  const data = script.dataset;
  const config: QoldauConfig = {};
  const number = (value: string | undefined): number | undefined => (value ? Number(value) : undefined);
  if (data.sourceUrl) config.source = { type: (data.source ?? 'json') as 'json', url: data.sourceUrl };
  if (data.sinkUrl) {
    config.sink = { type: 'http', url: data.sinkUrl };
    if (data.sinkSimple !== undefined && data.sinkSimple !== 'false') config.sink.simple = true;
  }
  if (data.locale) config.locale = data.locale;
  if (data.currency) config.currency = data.currency;
  config.refresh = number(data.refresh);
  config.cacheTtl = number(data.cacheTtl);
  return check(defined(config));
}

let pageData: QoldauConfig['source'];

function readPage(): QoldauConfig {
  const pageJson = jsonElement('qoldau-config');
  const data = jsonElement('qoldau-data');
  pageData = data === undefined ? undefined : check({ source: { type: 'static', data } }).source;
  return {
    ...(scriptTagRef.element ? configFromScriptTag(scriptTagRef.element) : {}),
    ...(pageJson === undefined ? {} : defined(check(pageJson))),
  };
}

function jsonElement(id: string): unknown {
  const element = typeof document === 'undefined' ? null : document.getElementById(id);
  return element ? parseJson(element.textContent ?? '', id) : undefined;
}

/**
 * The configuration in effect. The page's part (script-tag attributes, `#qoldau-config`, and
 * `#qoldau-data` as a static source when no source is set) is read at the first call, so those
 * elements may come before or after the SDK's script. Throws `QoldauError` when they are invalid.
 */
export function getConfig(): ResolvedConfig {
  if (seenScriptTag !== scriptTagRef.version) {
    seenScriptTag = scriptTagRef.version;
    domLayer = undefined;
    resolved = undefined;
  }
  if (!resolved) {
    domLayer ??= readPage();
    const merged = { ...domLayer, ...jsLayer };
    const source = merged.source ?? pageData;
    // Times are clamped to the bounds of validate-bounds.ts (docs/data.md, "Bounds"): a refresh of
    // 30 days or 0.001 s would otherwise poll the NGO's server many times a second. (A source's
    // `timeout` is bounded where it is used, in fetchText, and a sink's times in outbox-queue.ts:
    // a page that only reads does not carry that code.)
    resolved = {
      ...merged,
      source,
      currency: merged.currency ?? 'KZT',
      cacheTtl: toBounded(merged.cacheTtl, 'cacheTtl'),
      refresh: toBounded(merged.refresh, 'refresh'),
    };
    // Submissions left by a previous visit go out now, even on a page without a form; on a page
    // without a sink, the expired ones are deleted (the CDN entry does the same on every page).
    if (!resumed && storedKeys('outbox:').length > 0) {
      resumed = true;
      const { sink } = resolved;
      import('./outbox-queue.js').then((queue) => (sink ? queue.start() : queue.purge())).catch(() => undefined);
    }
  }
  return resolved;
}

/** Changes whenever the configuration does; cached reads from an older version are refetched. */
export const configVersion = (): number => version + scriptTagRef.version;

/** @internal For tests: forgets every layer, as on a fresh page. */
export function resetConfig(): void {
  jsLayer = {};
  domLayer = undefined;
  pageData = undefined;
  scriptTagRef.element = undefined;
  resolved = undefined;
  resumed = false;
  version++;
}
