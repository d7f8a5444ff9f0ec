// The hostile-input suite's tables and its checker (issue #8). Cases are generated from tables of
// hostile values crossed with every field a component reads (attributes, properties, inline JSON,
// adapter payloads from the real test server), rendered in batches of hundreds per page so the
// suite stays fast, then each widget is checked: no uncaught exception, no script run, no garbage
// on screen, and a clear state (ready, empty, or the localized error with the page's fallback).
import { expect } from '@open-wc/testing';
import { BOUNDS } from '@qoldau/core';
import { sleep, useJsonSource } from '../../packages/core/test/data/helpers.js';
import { testServer } from '../server/control.js';
import { realBounds } from './relax-bounds.js';
import { until } from '../helpers.js';

declare global {
  interface Window {
    /** Incremented by every script payload, should one ever run. */
    __pwned: number;
  }
}

/** Script in every form a payload can carry it: none of these may ever run. */
export const SCRIPTS = [
  '<script>window.__pwned++</script>',
  '<img src=x onerror="window.__pwned++">',
  '"><svg onload="window.__pwned++">',
  '\'><iframe srcdoc="<script>parent.__pwned++</script>">',
  'javascript:window.__pwned++',
  'java\tscript:window.__pwned++',
  '\u0001javascript:window.__pwned++',
  'data:text/html,<script>parent.__pwned++</script>',
  '{{constructor.constructor("window.__pwned++")()}}',
  '${window.__pwned++}',
];

/** Hostile text for attributes and string fields. */
export const STRINGS = [
  ...SCRIPTS,
  '',
  ' ',
  'abc',
  '-1',
  '0',
  '0.001',
  '5e-324',
  '1e308',
  '-1e308',
  'NaN',
  'Infinity',
  '-Infinity',
  '1e16',
  '0x10',
  '1,5',
  '60s',
  '2026-13',
  '2026-00-10',
  '2026-02-30',
  '2026-99-99',
  'XYZ',
  'kzt',
  '__proto__',
  'constructor',
  '\u202e0001',
  '\u200b\u200d\ufeff',
  '١٢٣',
  '\u0000',
  'null',
  '[object Object]',
  'x'.repeat(100_000),
];

/** Hostile values of the wrong type, for properties set from script and for JSON-able payloads. */
export const hostileValues = (): unknown[] => [
  null,
  {},
  [],
  Object.create(null),
  {
    toString: () => {
      throw new Error('hostile toString');
    },
  },
  { [Symbol.toPrimitive]: () => ({}) },
  NaN,
  Infinity,
  -Infinity,
  -0,
  5e-324,
  1e308,
  -1,
  true,
  Symbol('hostile'),
  10n,
  () => {
    throw new Error('a value was called');
  },
  new Date(NaN),
  [1, 2],
  [[[[[[]]]]]],
];

/** JSON payload values (what a compromised sheet or API can send), for adapter and inline JSON. */
export const JSON_VALUES: unknown[] = [
  null,
  {},
  [],
  -1,
  0,
  5e-324,
  1e308,
  1e16,
  true,
  'NaN',
  '1e999',
  ...SCRIPTS,
  'x'.repeat(100_000),
  { __proto__: { polluted: 1 } },
  JSON.parse('{"__proto__": {"polluted": 1}}') as unknown,
  { constructor: { prototype: { polluted: 1 } } },
  // JSON that String() cannot turn into text ("Cannot convert object to primitive value"), alone
  // and as a per-locale text.
  { toString: 1, valueOf: 1 },
  { en: { toString: 1, valueOf: 1 }, ru: { toString: 1, valueOf: 1 }, kk: { toString: 1, valueOf: 1 } },
  '2026-02-30',
  '2026-13',
];

/** Malformed or hostile JSON texts, for inline JSON and response bodies. */
export const JSON_TEXTS = [
  '',
  '{',
  '{"goal": 1,}',
  'null',
  '[]',
  '"text"',
  '1e999',
  '{"goal": NaN}',
  "{'goal': 1}",
  '</script><script>window.__pwned++</script>',
  `${'['.repeat(100_000)}${']'.repeat(100_000)}`,
  `${'{"a":'.repeat(5000)}1${'}'.repeat(5000)}`,
  '{"__proto__": {"polluted": true}, "goal": 10}',
  '{"constructor": {"prototype": {"polluted": true}}, "goal": 10}',
  '\ufeff{"goal": 10}',
];

/** Text that shows a number went wrong, in any of our locales. */
const GARBAGE = /NaN|Infinity|∞|\[object |undefined|null/;

export interface Built {
  name: string;
  element: HTMLElement;
}

const errors: string[] = [];
let listening = false;

/** Starts recording uncaught errors and rejections, and resets the script tripwire. */
export function watchPage(): void {
  window.__pwned = 0;
  // The real bounds: a hostile refresh must not poll faster than every 15 s.
  realBounds(BOUNDS);
  document.documentElement.dataset.qoldauMotion = 'reduce';
  if (listening) return;
  listening = true;
  window.addEventListener('error', (event) => errors.push(`error: ${event.message}`));
  window.addEventListener('unhandledrejection', (event) => errors.push(`rejection: ${String(event.reason)}`));
}

/** A fallback link, as an NGO puts in every widget: it must be shown whenever the data is invalid. */
export function withFallback(element: HTMLElement): HTMLElement {
  const link = document.createElement('a');
  link.href = '/donate';
  link.className = 'fallback';
  link.textContent = 'Donate';
  element.append(link);
  return element;
}

/** Sets an attribute the way a page author would; names and values come from the tables. */
export function attribute(tag: string, name: string, value: string, base: Record<string, string> = {}): HTMLElement {
  const element = document.createElement(tag);
  for (const [key, text] of Object.entries(base)) element.setAttribute(key, text);
  element.setAttribute(name, value);
  return withFallback(element);
}

/** Every attribute of `names` × every hostile string, each on its own widget with the `base` attributes. */
export const attributeCases = (tag: string, names: string[], base: Record<string, string> = {}): Built[] =>
  names.flatMap((name) =>
    STRINGS.map((value) => ({ name: `${name}=${label(value)}`, element: attribute(tag, name, value, base) })),
  );

/** Every property of `names` × every wrong type, set from script on a widget `prepare` set up. */
export const propertyCases = (tag: string, names: string[], prepare: (element: HTMLElement) => void): Built[] =>
  names.flatMap((name) =>
    hostileValues().map((value) => {
      const element = withFallback(document.createElement(tag));
      prepare(element);
      (element as unknown as Record<string, unknown>)[name] = value;
      return { name: `.${name}=${label(value)}`, element };
    }),
  );

/** A fresh adapter on a fresh page, reading the real test server's JSON API. */
export async function useTestServer(): Promise<void> {
  await useJsonSource();
  watchPage();
}

/** Requests the test server has had; after a pause, still as many: nothing polls. */
export async function requestsWithoutPolling(): Promise<number> {
  const before = total((await testServer.stats()).requests);
  await sleep(600);
  const after = total((await testServer.stats()).requests);
  expect(after, 'requests 600 ms later (no polling)').to.equal(before);
  return before;
}

/** A widget with inline JSON, as a page author writes it. */
export function inline(tag: string, json: string, attributes: Record<string, string> = {}): HTMLElement {
  const element = document.createElement(tag);
  for (const [key, text] of Object.entries(attributes)) element.setAttribute(key, text);
  const script = document.createElement('script');
  script.type = 'application/json';
  script.textContent = json;
  element.append(script);
  return withFallback(element);
}

export const label = (value: unknown): string => {
  if (typeof value === 'string')
    return JSON.stringify(value.length > 40 ? `${value.slice(0, 20)}…(${value.length})` : value);
  if (typeof value === 'symbol' || typeof value === 'function') return typeof value;
  if (typeof value === 'bigint') return `${value}n`;
  if (value instanceof Date) return 'Invalid Date';
  if (typeof value === 'object' && value !== null && Object.getPrototypeOf(value) === null) return 'null-prototype';
  try {
    const text = JSON.stringify(value) ?? String(value);
    return text.length > 120 ? `${text.slice(0, 100)}…(${text.length})` : text;
  } catch {
    return typeof value;
  }
};

/**
 * Renders every case in one container (off screen: widgets do not animate or draw), waits until
 * none is loading, and returns what is wrong with each. `numbers` lists the parts whose text must
 * be free of NaN/∞/[object …] (not the author's own heading, which may say anything).
 */
export async function check(
  cases: Built[],
  options: {
    numbers: string[];
    ready: (root: ShadowRoot) => boolean;
    settled?: (element: HTMLElement) => boolean;
    /** Leave the widgets on the page (to count their requests); `clear()` removes them. */
    keep?: boolean;
  },
): Promise<string[]> {
  const container = document.createElement('div');
  container.className = 'hostile';
  container.style.cssText = 'position:absolute;left:-99999px;top:0;width:600px';
  document.body.append(container);
  const failures: string[] = [];
  for (const { name, element } of cases) {
    try {
      container.append(element);
    } catch (error) {
      failures.push(`${name}: append threw ${String(error)}`);
    }
  }
  const isSettled =
    options.settled ??
    ((element: HTMLElement) =>
      Boolean(element.shadowRoot?.firstElementChild) && !element.shadowRoot?.querySelector('.loading'));
  // Generous: returns as soon as all are settled; a loaded CI machine needs the margin.
  await until(() => cases.every(({ element }) => isSettled(element)), 45_000, 'every widget to settle').catch(() => {
    for (const { name, element } of cases) if (!isSettled(element)) failures.push(`${name}: still loading`);
  });
  await Promise.all(
    cases.map(({ element }) => (element as HTMLElement & { updateComplete: Promise<unknown> }).updateComplete),
  );
  for (const { name, element } of cases) {
    const root = element.shadowRoot;
    if (!root?.firstElementChild) {
      failures.push(`${name}: blank`);
      continue;
    }
    if (root.querySelector('script, iframe, object, embed, img')) failures.push(`${name}: markup from data in the DOM`);
    const invalid = root.querySelector('.invalid');
    if (invalid) {
      if (!invalid.querySelector('slot:not([name])')) failures.push(`${name}: invalid without the fallback`);
      if (!root.querySelector('[part~="error"]')?.textContent?.trim())
        failures.push(`${name}: invalid without a message`);
    } else if (!options.ready(root)) {
      failures.push(`${name}: neither ready nor invalid`);
    }
    for (const part of options.numbers) {
      // A part name, or any selector.
      for (const node of root.querySelectorAll(/^[a-z-]+$/.test(part) ? `[part~="${part}"]` : part)) {
        const text = node.textContent ?? '';
        if (GARBAGE.test(text)) failures.push(`${name}: ${part} shows "${text.trim().slice(0, 60)}"`);
      }
    }
  }
  if (!options.keep) container.remove();
  if (window.__pwned !== 0) failures.push(`a script ran ${window.__pwned} time(s)`);
  failures.push(...errors.splice(0));
  return failures;
}

/** Removes the widgets a `keep` check left on the page. */
export function clear(): void {
  for (const container of document.querySelectorAll('.hostile')) container.remove();
}

/** Requests per path since the last reset, for storm checks. */
export const total = (requests: Record<string, number>): number =>
  Object.values(requests).reduce((sum, count) => sum + count, 0);
