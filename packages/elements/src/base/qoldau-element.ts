// The base class of every Qoldau widget: typed events, localization, shared theme tokens.
import { LitElement } from 'lit';
import { updateWhenLocaleChanges } from '@lit/localize';
import { getLocale, startLocalization } from '../localization.js';
import { themeStyles } from './theme.js';
import { dispatchQoldauEvent, type QoldauEventMap } from './events.js';

/** The version of @qoldau/elements; compared when a tag is defined twice. */
export const VERSION = '0.1.0';

export class QoldauElement extends LitElement {
  static qoldauVersion = VERSION;
  static override styles = [themeStyles];

  constructor() {
    super();
    // In the constructor, i.e. before define() upgrades tags already in the page: applying it
    // later breaks locale switching for pre-rendered markup (lit/lit#3264).
    updateWhenLocaleChanges(this);
  }

  override connectedCallback(): void {
    startLocalization();
    super.connectedCallback();
  }

  /** The language this widget renders in. */
  protected get locale() {
    return getLocale();
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
