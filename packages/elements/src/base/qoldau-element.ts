// The base class of every Qoldau widget: typed events, localization, shared theme tokens.
import { LitElement } from 'lit';
import { LOCALE_STATUS_EVENT } from '@lit/localize';
import { getLocale, startLocalization } from '../localization.js';
import { themeStyles } from './theme.js';
import { dispatchQoldauEvent, type QoldauEventMap } from './events.js';

/** The version of @qoldau/elements; compared when a tag is defined twice. */
export const VERSION = '0.1.0';

/**
 * The connected widgets, and one listener that renders them again when a new locale's strings are
 * ready: @lit/localize's updateWhenLocaleChanges() adds a window listener per widget (issue #9).
 */
const connected = new Set<QoldauElement>();
globalThis.addEventListener?.(LOCALE_STATUS_EVENT, (event) => {
  if (event.detail.status === 'ready') connected.forEach((widget) => widget.requestUpdate());
});

export class QoldauElement extends LitElement {
  static qoldauVersion = VERSION;
  static override styles = [themeStyles];

  override connectedCallback(): void {
    // Following the locale from connection on also covers markup already in the page when the tag
    // is defined (the case lit/lit#3264 broke for a controller added after define()).
    connected.add(this);
    startLocalization();
    super.connectedCallback();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    connected.delete(this); // a page that removes widgets does not keep them alive
  }

  /** The language this widget renders in. */
  protected get locale() {
    return getLocale();
  }

  /** Work a render started and a later render completes (a lazily loaded chunk); see waitFor(). */
  #pending = new Set<Promise<unknown>>();

  /**
   * Renders again once `work` settles (e.g. a chunk the current render needs), and makes
   * `updateComplete` wait for it, so tests and frameworks see the finished widget.
   * @internal
   */
  waitFor(work: Promise<unknown>): void {
    const done: Promise<void> = work
      .catch(() => undefined)
      .then(() => {
        this.#pending.delete(done);
        this.requestUpdate();
      });
    this.#pending.add(done);
  }

  protected override async getUpdateComplete(): Promise<boolean> {
    let complete = await super.getUpdateComplete();
    while (this.#pending.size) {
      await Promise.all(this.#pending);
      complete = await super.getUpdateComplete();
    }
    return complete;
  }

  /** Fires a typed `qoldau-*` event that bubbles and crosses shadow roots. */
  protected emit<K extends keyof QoldauEventMap>(
    name: K,
    detail: QoldauEventMap[K]['detail'],
    options: Omit<CustomEventInit, 'detail'> = {},
  ): boolean {
    return dispatchQoldauEvent(this, name, detail, options);
  }
}
