// "Add to calendar" after a sign-up: an .ics download (a data: link, so nothing to revoke) and
// Google / Outlook links. A chunk of its own in the CDN build: only a confirmed sign-up needs it.
import { html, type TemplateResult } from 'lit';
import { eventToIcs, googleCalendarUrl, icsFileName, outlookCalendarUrl, type CharityEvent } from '@qoldau/core';
import { calendarLabel, icsLabel } from './signup-messages.js';

export function calendarLinks(event: CharityEvent, locale: string): TemplateResult {
  const options = { locale, pageUrl: location.href.split('#')[0] };
  const ics = `data:text/calendar;charset=utf-8,${encodeURIComponent(eventToIcs(event, options))}`;
  return html`<h4 id="calendar-title">${calendarLabel()}</h4>
    <ul class="calendar" part="calendar" aria-labelledby="calendar-title">
      <li><a href=${ics} download=${icsFileName(event)}>${icsLabel()}</a></li>
      <li><a href=${googleCalendarUrl(event, options)} target="_blank" rel="noopener">Google Calendar</a></li>
      <li><a href=${outlookCalendarUrl(event, options)} target="_blank" rel="noopener">Outlook</a></li>
    </ul>`;
}
