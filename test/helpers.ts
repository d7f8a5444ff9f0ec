// Helpers shared by the browser tests of every package.
import { setLocale, localeReady } from '@qoldau/elements';
import type { QoldauLocale } from '@qoldau/core';

export const LOCALES: readonly QoldauLocale[] = ['en', 'ru', 'kk'];

/** Intl uses no-break and narrow no-break spaces as group separators; compare with plain spaces. */
export function plainSpaces(text: string | null | undefined): string {
  return (text ?? '')
    .replace(/[\u00a0\u202f]/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}

/** Forces the widgets' locale and waits until its strings are loaded. */
export async function useLocale(locale: QoldauLocale | null): Promise<void> {
  await setLocale(locale);
  await localeReady();
}

/** The visible text of a shadow-DOM part, with plain spaces. */
export function partText(element: Element, part: string): string {
  return plainSpaces(element.shadowRoot?.querySelector(`[part~="${part}"]`)?.textContent);
}

/** Collects the events of one type fired by `target` while the test runs. */
export function recordEvents<T extends Event>(target: EventTarget, type: string): T[] {
  const events: T[] = [];
  target.addEventListener(type, (event) => events.push(event as T));
  return events;
}

/** An ISO date-time `days` (fractional allowed) from now. */
export function daysFromNow(days: number): string {
  return new Date(Date.now() + days * 86_400_000).toISOString();
}

/** Waits until `check` returns something truthy (polling every 20 ms), or fails after `timeout` ms. */
export async function until<T>(
  check: () => T | Promise<T>,
  timeout = 10_000,
  what = 'condition',
): Promise<NonNullable<T>> {
  const deadline = Date.now() + timeout;
  for (;;) {
    const value = await check();
    if (value) return value as NonNullable<T>;
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}

/** A fixture page in an iframe (for the CDN bundle as a script-tag user gets it), once loaded. */
export async function openPage(path: string, height = 900): Promise<HTMLIFrameElement> {
  const frame = document.createElement('iframe');
  frame.style.width = '800px';
  frame.style.height = `${height}px`;
  const loaded = new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
  frame.src = path;
  document.body.append(frame);
  await loaded;
  return frame;
}

/** What the fixture pages record (test/fixtures/record-errors.js). */
export interface FixtureWindow extends Window {
  recorded: { errors: string[]; violations: string[] };
}
