// What the impact stories share: binding `on…` spies and `--…` custom-property args to an element,
// the inline JSON child, and plain-space text for assertions.
import { html, nothing } from 'lit';
import { QoldauError, configure, type SubmissionOutcome } from '@qoldau/core';
import { resetConfig } from '../packages/core/src/data/config.js';

/** Args that every widget story accepts besides the element's attributes. */
export interface CommonArgs {
  /** Inline JSON for the `<script type="application/json">` child (an object, or raw text to show bad JSON). */
  json?: Record<string, unknown> | string;
  /** Fallback content (default slot): shown without JavaScript and when the data is invalid. */
  fallback?: string;
  [handler: `on${string}`]: unknown;
  [customProperty: `--${string}`]: unknown;
}

/** `onQoldauError` → `qoldau-error`. */
const eventNameOf = (handler: string) =>
  handler.slice(2).replace(/[A-Z]/g, (letter, index) => (index ? '-' : '') + letter.toLowerCase());

const listeners = new WeakMap<Element, AbortController>();

/** Binds every `on…` function arg (actions, spies) to the element's events and sets the `--…` args on it. */
export function bindArgs(element: Element | undefined, args: object) {
  if (!(element instanceof HTMLElement)) return;
  for (const [key, value] of Object.entries(args)) {
    if (!key.startsWith('--')) continue;
    if (value === undefined || value === '') element.style.removeProperty(key);
    else element.style.setProperty(key, String(value));
  }
  listeners.get(element)?.abort();
  const controller = new AbortController();
  listeners.set(element, controller);
  for (const [key, handler] of Object.entries(args)) {
    if (/^on[A-Z]/.test(key) && typeof handler === 'function') {
      element.addEventListener(eventNameOf(key), handler as EventListener, { signal: controller.signal });
    }
  }
}

/** The `json` arg as the text of the JSON child (undefined: no child). */
export const jsonOf = (json: CommonArgs['json']) =>
  typeof json === 'string' ? json : json && JSON.stringify(json, null, 2);

/** The `<script type="application/json">` child for `json`, if any. */
export const jsonChild = (json: string | undefined) =>
  json === undefined
    ? nothing
    : html`<script type="application/json">
        ${json}
      </script>`;

/** Intl groups digits with (narrow) no-break spaces; compare with plain ones. */
export const plain = (text: string | null | undefined) =>
  (text ?? '')
    .replace(/[\u00a0\u202f]/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();

/** The text of a shadow part, with plain spaces. */
export const partText = (element: Element, part: string) =>
  plain(element.shadowRoot?.querySelector(`[part~="${part}"]`)?.textContent);

/**
 * A resolved CSS colour as the sRGB pixel it paints, `rgb(r, g, b)`: getComputedStyle returns the
 * theme's derived colours as oklch(), even where they equal the brand exactly.
 */
export function paintedColour(color: string): string {
  const context = Object.assign(document.createElement('canvas'), { width: 1, height: 1 }).getContext('2d')!;
  context.fillStyle = color;
  context.fillRect(0, 0, 1, 1);
  const [r, g, b] = context.getImageData(0, 0, 1, 1).data;
  return `rgb(${r}, ${g}, ${b})`;
}

/** What the forms' stories' receiver does: answer with an outcome, fail as offline, or be absent. */
export type Receiver = SubmissionOutcome | 'offline' | 'none';

/** Configures a sink for a form story that answers as `receiver` says (no server needed). */
export function useReceiver(receiver: Receiver): void {
  resetConfig(); // configure() merges: start from nothing, so "none" really has no sink
  if (receiver === 'none') return;
  configure({
    sink: {
      type: 'custom',
      retryDelay: 60,
      submit: async () => {
        if (receiver === 'offline') throw new QoldauError('network', 'sink');
        return receiver;
      },
    },
  });
}

/** The same story in Russian or Kazakh (the `locale` global the toolbar sets). */
export const inRu = <S extends { globals?: Record<string, unknown> }>(story: S): S => ({
  ...story,
  globals: { ...story.globals, locale: 'ru' },
});
export const inKk = <S extends { globals?: Record<string, unknown> }>(story: S): S => ({
  ...story,
  globals: { ...story.globals, locale: 'kk' },
});
