// Registers custom elements so that two copies of Qoldau on one page never throw.
import type { QoldauElement } from './qoldau-element.js';

/**
 * Defines `tag` unless it is already defined. A second copy of the SDK (a plugin bundling its own,
 * a theme pasting the script twice) is then harmless: the first definition wins, and we warn only
 * when the versions differ, because then the page may not get the behaviour it expects.
 */
export function defineElement(tag: string, element: typeof QoldauElement): void {
  const existing = customElements.get(tag) as (CustomElementConstructor & { qoldauVersion?: string }) | undefined;
  if (!existing) {
    customElements.define(tag, element);
  } else if (existing.qoldauVersion !== element.qoldauVersion) {
    console.warn(
      `Qoldau ${element.qoldauVersion} ignored: <${tag}> is defined by Qoldau ${existing.qoldauVersion ?? '(unknown)'}. Load Qoldau once per page.`,
    );
  }
}
