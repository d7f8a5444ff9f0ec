// What every data-driven widget shares: reading its inline JSON, the attribute fields that win over
// data, the invalid view (a localized message plus the page's own fallback content), the events
// that report state, and the styles of the frame, the error and the loading skeleton. One place,
// so all widgets behave alike and the CDN carries this code once.
import { css, html, nothing, svg, type TemplateResult } from 'lit';
import { QoldauError, isQoldauError, isRecord, parseJson } from '@qoldau/core';
import { dispatchQoldauEvent } from './events.js';
import { getLocale } from '../localization.js';
import type { QoldauElement } from './qoldau-element.js';

type ErrorMessages = typeof import('../error-messages.js');
/** The error sentences once loaded; null when their chunk could not be loaded (offline). */
let errorMessages: ErrorMessages | null | undefined;
let errorMessagesLoad: Promise<ErrorMessages | null> | undefined;

/**
 * Loads the error sentences (error-messages.ts). They are a chunk of their own because most
 * visitors never see an error: a page pays for them only when something is wrong.
 */
export function loadErrorMessages(): Promise<ErrorMessages | null> {
  return (errorMessagesLoad ??= import('../error-messages.js').then(
    (module) => (errorMessages = module),
    (error: unknown) => {
      console.error('Qoldau: could not load the error messages', error);
      return (errorMessages = null);
    },
  ));
}

/** The error sentences if loaded; otherwise starts loading them, and `host` renders again when they arrive. */
export function errorMessagesFor(host: QoldauElement): ErrorMessages | undefined {
  if (errorMessages === undefined) host.waitFor(loadErrorMessages());
  return errorMessages ?? undefined;
}

/**
 * The note under a widget whose latest refresh failed, so its figures are the last ones saved
 * ("Figures from 2 hours ago"). It shares the error sentences' chunk: it too is only needed when
 * something went wrong.
 */
export function staleNote(host: QoldauElement, state?: { stale: boolean; fetchedAt?: number }) {
  if (!state?.stale || state.fetchedAt === undefined) return nothing;
  const messages = errorMessagesFor(host);
  return messages
    ? html`<p part="stale" class="stale">${messages.staleMessage(state.fetchedAt, getLocale())}</p>`
    : nothing;
}

/**
 * The fields of a `<script type="application/json">` child (`found` says whether there is one), or
 * why they could not be read.
 */
export function readInlineJson(host: Element): { data: Record<string, unknown>; found: boolean; error?: QoldauError } {
  const script = host.querySelector(':scope > script[type="application/json"]');
  if (!script) return { data: {}, found: false };
  try {
    const data = parseJson(script.textContent ?? '', 'json');
    return isRecord(data)
      ? { data, found: true }
      : { data: {}, found: true, error: new QoldauError('invalid-type', 'json') };
  } catch (error) {
    return { data: {}, found: true, error: isQoldauError(error) ? error : new QoldauError('invalid-json', 'json') };
  }
}

/**
 * Text from a property an author may set to anything from script: only strings count. Lit would
 * turn anything else into text, which throws for a null-prototype object (`Object.create(null)`).
 */
export const textOf = (value: unknown): string | undefined => (typeof value === 'string' ? value : undefined);

/** For reflected properties: a value that is not text is not reflected (rather than thrown on). */
export const reflectText = { reflect: true, converter: { toAttribute: textOf } };

/** The fields an author set (attributes or properties); unset ones leave the data's value alone. */
export function definedFields(fields: Record<string, unknown>): Record<string, unknown> {
  return Object.fromEntries(Object.entries(fields).filter(([, value]) => value !== undefined && value !== null));
}

export const checkIcon = svg`<svg class="icon" viewBox="0 0 16 16" aria-hidden="true" focusable="false"><path d="M6.2 11.6 2.8 8.2l1.1-1.1 2.3 2.3 5.9-5.9 1.1 1.1z" fill="currentColor"/></svg>`;

/**
 * The invalid state: the localized message, and the light-DOM fallback (e.g. the NGO's donate link),
 * which shows at once while the message's chunk loads.
 */
export function invalidView(host: QoldauElement, error: QoldauError): TemplateResult {
  return html`<div part="base" class="widget invalid">
    ${errorMessagesFor(host)?.errorLine(error)}
    <slot></slot>
  </div>`;
}

/** Attribute or inline data: reported as loaded once, unlike live data, which reports each new value. */
export const PAGE_DATA = Symbol('page data');

/** Fires `qoldau-error` once per distinct error and `qoldau-load` once per distinct data. */
export class StateReporter {
  #reportedError?: string;
  #reportedData?: unknown;

  readonly #host: EventTarget;

  constructor(host: EventTarget) {
    this.#host = host;
  }

  error(error: QoldauError): void {
    const key = `${error.code}:${error.field ?? ''}`;
    if (this.#reportedError === key) return;
    this.#reportedError = key;
    void loadErrorMessages().then((messages) =>
      dispatchQoldauEvent(this.#host, 'qoldau-error', {
        error,
        message: messages?.errorMessage(error) ?? error.message,
      }),
    );
  }

  /** `source` identifies where `data` came from: the live data object, or PAGE_DATA. */
  loaded(data: unknown, source: unknown): void {
    this.#reportedError = undefined;
    if (this.#reportedData === source) return;
    this.#reportedData = source;
    dispatchQoldauEvent(this.#host, 'qoldau-load', { data });
  }
}

export const widgetStyles = css`
  :host {
    display: block;
  }
  :host([hidden]) {
    display: none;
  }
  .widget {
    background: var(--_surface);
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    padding: calc(var(--_space) * 2);
    line-height: 1.4;
  }
  .icon {
    width: 1.1em;
    height: 1.1em;
    flex: none;
  }
  .error {
    display: flex;
    gap: var(--_space);
    align-items: flex-start;
    margin: 0;
    color: var(--_danger);
    font-weight: 600;
  }
  .error .icon {
    margin-top: 0.15em;
  }
  ::slotted(a) {
    color: var(--_brand-text);
  }
  /* Loading: elements marked .bone keep their final size and shimmer, so nothing moves later. */
  .loading .bone {
    color: transparent;
    border-radius: 6px;
    background: linear-gradient(
        90deg,
        var(--_track),
        color-mix(in oklab, var(--_track) 40%, var(--_surface)),
        var(--_track)
      )
      0 0 / 200% 100%;
    animation: shimmer 1.4s ease-in-out infinite;
  }
  @keyframes shimmer {
    from {
      background-position: 100% 0;
    }
    to {
      background-position: -100% 0;
    }
  }
`;
