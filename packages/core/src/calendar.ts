// "Add to calendar": an RFC 5545 .ics file and Google Calendar / Outlook links for an event.
// A module of its own: only the sign-up confirmation needs it, so it loads with that.
//
// Decisions: times are written in UTC (`DTSTART:20270314T060000Z`), not as TZID with a VTIMEZONE:
// the instant is what matters, every calendar shows it in the owner's zone, and a VTIMEZONE for
// Asia/Almaty would have to be kept right by hand (it changed in March 2024). Lines are folded at
// 75 octets counting UTF-8 bytes, never inside a character (Kazakh letters are 2 bytes each).
import type { CharityEvent } from './validate-event.js';
import { pickText } from './validate.js';

export interface CalendarOptions {
  /** The language of the texts (kk, ru, en). */
  locale: string;
  /** The page the event is on; added to the description and as URL when the event has no `url`. */
  pageUrl?: string;
  /** Domain for a stable UID (`{id}@{domain}`); default the page's host name, else `qoldau`. */
  domain?: string;
  /** DTSTAMP (default now). */
  now?: Date;
}

/** Without `endsAt` an event lasts one hour in calendars (RFC 5545 would make it zero long). */
const DEFAULT_LENGTH = 3600_000;

const utcStamp = (date: Date): string =>
  date
    .toISOString()
    .replace(/[-:]/g, '')
    .replace(/\.\d{3}/, '');

const endOf = (event: CharityEvent): Date => event.endsAt ?? new Date(event.startsAt.getTime() + DEFAULT_LENGTH);

/** TEXT value escaping of RFC 5545 §3.3.11: backslash, semicolon, comma and line breaks. */
export function escapeIcsText(text: string): string {
  return text
    .replace(/\\/g, '\\\\')
    .replace(/;/g, '\\;')
    .replace(/,/g, '\\,')
    .replace(/\r\n|\r|\n/g, '\\n');
}

/**
 * Folds one content line (RFC 5545 §3.1): at most 75 octets a line, continuation lines start with
 * one space (which counts), and a multi-byte UTF-8 character is never split. Joined with CRLF.
 */
export function foldIcsLine(line: string): string {
  const encoder = new TextEncoder();
  const lines: string[] = [];
  let current = '';
  let octets = 0;
  for (const char of line) {
    const size = encoder.encode(char).length;
    if (octets + size > 75) {
      lines.push(current);
      current = ' ';
      octets = 1;
    }
    current += char;
    octets += size;
  }
  lines.push(current);
  return lines.join('\r\n');
}

/** FNV-1a, 32 bits, as hex: a stable, short fingerprint for events without an id. */
function fingerprint(text: string): string {
  let hash = 0x811c9dc5;
  for (const byte of new TextEncoder().encode(text)) hash = Math.imul(hash ^ byte, 0x01000193) >>> 0;
  return hash.toString(16).padStart(8, '0');
}

/** The same UID for the same event on every download, so a second import updates, not duplicates. */
export function eventUid(event: CharityEvent, domain?: string): string {
  const host = domain ?? (globalThis.location?.hostname || 'qoldau');
  const id = event.id ?? `event-${fingerprint(`${JSON.stringify(event.title)}|${event.startsAt.toISOString()}`)}`;
  return `${id.replace(/[^\w.-]/g, '-')}@${host}`;
}

function place(event: CharityEvent, locale: string): string | undefined {
  return pickText(event.location, locale) ?? event.onlineUrl;
}

function details(event: CharityEvent, options: CalendarOptions): string {
  const link = event.onlineUrl ?? absolute(event.url, options.pageUrl) ?? options.pageUrl;
  return [pickText(event.description, options.locale), link].filter(Boolean).join('\n\n');
}

/** `url` made absolute against the page (a calendar has no page to resolve it against). */
function absolute(url: string | undefined, base: string | undefined): string | undefined {
  if (url === undefined) return undefined;
  try {
    return new URL(url, base).href;
  } catch {
    return undefined;
  }
}

/** The .ics text (CRLF line ends, folded) of one event: UTC times, escaped text, a stable UID. */
export function eventToIcs(event: CharityEvent, options: CalendarOptions): string {
  const title = pickText(event.title, options.locale) ?? '';
  const location = place(event, options.locale);
  const description = details(event, options);
  const url = absolute(event.url, options.pageUrl) ?? options.pageUrl;
  const lines = [
    'BEGIN:VCALENDAR',
    'VERSION:2.0',
    'PRODID:-//Qoldau//Event sign-up//EN',
    'CALSCALE:GREGORIAN',
    'METHOD:PUBLISH',
    'BEGIN:VEVENT',
    `UID:${eventUid(event, options.domain)}`,
    `DTSTAMP:${utcStamp(options.now ?? new Date())}`,
    `DTSTART:${utcStamp(event.startsAt)}`,
    `DTEND:${utcStamp(endOf(event))}`,
    `SUMMARY:${escapeIcsText(title)}`,
    ...(location ? [`LOCATION:${escapeIcsText(location)}`] : []),
    ...(description ? [`DESCRIPTION:${escapeIcsText(description)}`] : []),
    ...(url && /^https:\/\//.test(url) ? [`URL:${url}`] : []),
    'END:VEVENT',
    'END:VCALENDAR',
  ];
  return lines.map(foldIcsLine).join('\r\n') + '\r\n';
}

/** A file name for the download: the event id, or `event`, with `.ics`. */
export const icsFileName = (event: CharityEvent): string =>
  `${(event.id ?? 'event').replace(/[^\w.-]/g, '-').slice(0, 60)}.ics`;

/** Google Calendar's "create event" link, prefilled (UTC times; `ctz` shows them in the event's zone). */
export function googleCalendarUrl(event: CharityEvent, options: CalendarOptions): string {
  const query = new URLSearchParams({
    action: 'TEMPLATE',
    text: pickText(event.title, options.locale) ?? '',
    dates: `${utcStamp(event.startsAt)}/${utcStamp(endOf(event))}`,
    ctz: event.timezone,
  });
  const location = place(event, options.locale);
  const description = details(event, options);
  if (location) query.set('location', location);
  if (description) query.set('details', description);
  return `https://calendar.google.com/calendar/render?${query.toString()}`;
}

/**
 * Outlook's "new event" link, prefilled: `outlook.live.com` (personal accounts) by default,
 * `outlook.office.com` (work accounts) with `office: true`.
 */
export function outlookCalendarUrl(event: CharityEvent, options: CalendarOptions & { office?: boolean }): string {
  const iso = (date: Date): string => date.toISOString().replace(/\.\d{3}Z$/, 'Z');
  const query = new URLSearchParams({
    path: '/calendar/action/compose',
    rru: 'addevent',
    subject: pickText(event.title, options.locale) ?? '',
    startdt: iso(event.startsAt),
    enddt: iso(endOf(event)),
  });
  const location = place(event, options.locale);
  const description = details(event, options);
  if (location) query.set('location', location);
  if (description) query.set('body', description);
  const host = options.office ? 'outlook.office.com' : 'outlook.live.com';
  return `https://${host}/calendar/0/deeplink/compose?${query.toString()}`;
}
