// Visitor-facing sentences for core's error codes and for stale live figures, in the active locale
// (msg() must run at render time, so these are functions, never stored strings). A chunk of its own
// in the CDN build: most visitors never see an error, so widgets load it when they need it
// (base/widget.ts#errorMessagesFor); npm users import it like any module.
import { html, svg, type TemplateResult } from 'lit';
import { msg, str } from '@lit/localize';
import { formatDateTime, type QoldauError, type QoldauLocale } from '@qoldau/core';

export function errorMessage(error: QoldauError): string {
  const field = error.field ?? '';
  switch (error.code) {
    case 'invalid-number':
      return msg(str`The value of “${field}” is not a number.`, { id: 'error.invalid-number' });
    case 'invalid-goal':
      return msg('The goal must be greater than zero.', { id: 'error.invalid-goal' });
    case 'negative-value':
      return msg(str`“${field}” cannot be negative.`, { id: 'error.negative-value' });
    case 'absurd-value':
      return msg(str`“${field}” is implausibly large.`, { id: 'error.absurd-value' });
    case 'unknown-currency':
      return msg('Unknown currency code.', { id: 'error.unknown-currency' });
    case 'invalid-date':
      return msg(str`“${field}” is not a valid date.`, { id: 'error.invalid-date' });
    case 'invalid-json':
      return msg('The embedded data is not valid JSON.', { id: 'error.invalid-json' });
    case 'missing-field':
      return msg(str`“${field}” is missing.`, { id: 'error.missing-field' });
    case 'invalid-type':
      return msg(str`“${field}” has the wrong type.`, { id: 'error.invalid-type' });
    case 'markup-in-text':
      return msg(str`“${field}” contains HTML, which is not allowed.`, { id: 'error.markup-in-text' });
    case 'invalid-url':
      return msg(str`“${field}” must be an https link.`, { id: 'error.invalid-url' });
    case 'not-found':
      return msg('The data was not found.', { id: 'error.not-found' });
    case 'network':
      return msg('Could not load the data. Check your connection.', { id: 'error.network' });
    case 'http':
      return msg('The server returned an error.', { id: 'error.http' });
    case 'config':
      return msg('Qoldau is not configured correctly.', { id: 'error.config' });
    case 'rejected':
      return msg('The server did not accept the form.', { id: 'error.rejected' });
  }
}

/** Said under live figures when a refresh failed and the last good value stays on screen. */
export function staleMessage(fetchedAt: number, locale: QoldauLocale): string {
  const time = formatDateTime(new Date(fetchedAt), locale);
  return msg(str`Could not refresh. Figures as of ${time}.`, { id: 'live.stale' });
}

const warningIcon = svg`<svg class="icon" viewBox="0 0 16 16" aria-hidden="true" focusable="false"><path d="M8 1.5 15 14H1zM7.3 6v4h1.4V6zm0 5.2v1.4h1.4v-1.4z" fill="currentColor"/></svg>`;

/** The error line of a widget's invalid state (`part="error"`). */
export function errorLine(error: QoldauError): TemplateResult {
  return html`<p part="error" class="error">${warningIcon}<span>${errorMessage(error)}</span></p>`;
}
