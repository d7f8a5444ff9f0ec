// "Add to calendar": the .ics is parsed back by a real iCalendar parser (ical.js), its times checked
// against the event's time zone, and its line folding checked byte by byte.
import { expect } from '@open-wc/testing';
import ICAL from 'ical.js';
import {
  escapeIcsText,
  eventToIcs,
  eventUid,
  foldIcsLine,
  googleCalendarUrl,
  icsFileName,
  outlookCalendarUrl,
  validateEvent,
} from '../src/index.js';

const workshop = validateEvent({
  id: 'atyrau-clay-workshop',
  title: {
    en: 'Clay sculpting workshop for youth and caregivers',
    kk: 'Жастар мен ата-аналарға арналған мүсін шеберханасы: балшықтан ыдыс жасау, глазурь және шай',
  },
  description: { en: 'Bring: an apron; wear old clothes.\nTea, clay, glaze — on us.', kk: 'Алжапқыш алып келіңіз' },
  startsAt: '2027-03-13T11:00:00+05:00',
  endsAt: '2027-03-13T13:30:00+05:00',
  location: { en: 'Atyrau, Satpayev St 15, 2nd floor', kk: 'Атырау, Сәтбаев к-сі 15, 2-қабат' },
  // validateEvent makes a relative url absolute against the page (toSafeUrl), so the test names it whole.
  url: 'https://zhurekten.kz/events/clay',
});

const encoder = new TextEncoder();

/** The wall-clock time of `date` in `zone`, as `2027-03-13 11:00`. */
const wallClock = (date: Date, zone: string): string =>
  new Intl.DateTimeFormat('sv-SE', {
    timeZone: zone,
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
    hour: '2-digit',
    minute: '2-digit',
  }).format(date);

function parse(ics: string): InstanceType<typeof ICAL.Event> {
  const calendar = new ICAL.Component(ICAL.parse(ics));
  return new ICAL.Event(calendar.getFirstSubcomponent('vevent')!);
}

/** The .ics as bytes, cut at each CRLF (the last, empty piece after the final CRLF dropped). */
function physicalLines(ics: string): Uint8Array[] {
  const bytes = encoder.encode(ics);
  const lines: Uint8Array[] = [];
  let start = 0;
  for (let index = 0; index < bytes.length - 1; index++) {
    if (bytes[index] === 0x0d && bytes[index + 1] === 0x0a) {
      lines.push(bytes.slice(start, index));
      start = index + 2;
    }
  }
  expect(start).to.equal(bytes.length, 'the file ends with CRLF');
  return lines;
}

describe('calendar: .ics, Google and Outlook links', () => {
  it('parses back with ical.js: UTC times that are 11:00–13:30 in Almaty, the texts, a UID', () => {
    const ics = eventToIcs(workshop, {
      locale: 'en',
      pageUrl: 'https://zhurekten.kz/workshops',
      now: new Date('2027-01-10T08:00:00Z'),
    });
    const event = parse(ics);
    expect(event.startDate.isDate).to.equal(false);
    expect(event.startDate.zone?.tzid).to.equal('UTC');
    expect(event.startDate.toJSDate().toISOString()).to.equal('2027-03-13T06:00:00.000Z');
    expect(wallClock(event.startDate.toJSDate(), 'Asia/Almaty')).to.equal('2027-03-13 11:00');
    expect(wallClock(event.endDate.toJSDate(), 'Asia/Almaty')).to.equal('2027-03-13 13:30');
    expect(event.summary).to.equal('Clay sculpting workshop for youth and caregivers');
    expect(event.location).to.equal('Atyrau, Satpayev St 15, 2nd floor');
    expect(event.description).to.equal(
      'Bring: an apron; wear old clothes.\nTea, clay, glaze — on us.\n\nhttps://zhurekten.kz/events/clay',
    );
    expect(event.uid).to.equal(`atyrau-clay-workshop@${location.hostname}`); // the page's host by default
    expect(ics).to.include('\r\nDTSTAMP:20270110T080000Z\r\n');
    expect(ics).to.include('\r\nURL:https://zhurekten.kz/events/clay\r\n');
  });

  it('reads wall-clock times in the event zone, across a daylight-saving change (Berlin, March 2027)', () => {
    const before = validateEvent({ title: 'x', timezone: 'Europe/Berlin', startsAt: '2027-03-27T10:00' });
    const after = validateEvent({ title: 'x', timezone: 'Europe/Berlin', startsAt: '2027-03-28 10:00' });
    const almaty = validateEvent({ title: 'x', startsAt: '2027-03-13T11:00' });
    const times = [before, after, almaty].map((event) => parse(eventToIcs(event, { locale: 'en' })).startDate);
    expect(times.map((time) => time.toJSDate().toISOString())).to.deep.equal([
      '2027-03-27T09:00:00.000Z', // CET, UTC+1
      '2027-03-28T08:00:00.000Z', // CEST, UTC+2
      '2027-03-13T06:00:00.000Z', // Almaty, UTC+5 since March 2024
    ]);
    // Without an end, calendars get one hour.
    expect(
      parse(eventToIcs(almaty, { locale: 'en' }))
        .endDate.toJSDate()
        .toISOString(),
    ).to.equal('2027-03-13T07:00:00.000Z');
  });

  it('folds at 75 octets without splitting a UTF-8 character (Kazakh: 2 bytes a letter)', () => {
    const ics = eventToIcs(workshop, { locale: 'kk', pageUrl: 'https://zhurekten.kz/kk/workshops' });
    const lines = physicalLines(ics);
    const decoder = new TextDecoder('utf-8', { fatal: true });
    let folded = 0;
    for (const [index, line] of lines.entries()) {
      expect(line.length, `line ${index} octets`).to.be.at.most(75);
      decoder.decode(line); // throws if a character was cut in two
      if (line[0] === 0x20) folded++;
      // A line only breaks where the next character would not fit.
      const next = lines[index + 1];
      if (next?.[0] === 0x20) {
        const nextChar = encoder.encode([...decoder.decode(next.slice(1))][0]);
        expect(line.length + nextChar.length, `line ${index} broke early`).to.be.above(75);
      }
    }
    expect(folded).to.be.greaterThan(1);
    const unfolded = ics.replace(/\r\n /g, '');
    expect(unfolded).to.include(`SUMMARY:${escapeIcsText((workshop.title as { kk: string }).kk)}\r\n`);
    expect(parse(ics).summary).to.equal((workshop.title as { kk: string }).kk);
  });

  it('folds byte-exactly: 75 octets stay, 76 become 75 + space + 1, a 2-byte letter moves whole', () => {
    expect(foldIcsLine('A'.repeat(75))).to.equal('A'.repeat(75));
    expect(foldIcsLine('A'.repeat(76))).to.equal(`${'A'.repeat(75)}\r\n A`);
    // 74 ASCII octets + "ә" (2 octets) would be 76: the letter goes to the next line.
    expect(Array.from(encoder.encode(foldIcsLine(`${'A'.repeat(74)}ә`)).slice(72))).to.deep.equal([
      0x41, 0x41, 0x0d, 0x0a, 0x20, 0xd3, 0x99,
    ]);
    // "X:" + 36 letters = 74 octets (a 37th would make 76); then a space + 37 letters = 75; then
    // a space + the last 2 letters = 5.
    const kazakh = 'ө'.repeat(36 + 37 + 2);
    const [first, second, third] = foldIcsLine(`X:${kazakh}`).split('\r\n');
    expect([encoder.encode(first).length, encoder.encode(second).length, encoder.encode(third).length]).to.deep.equal([
      74, 75, 5,
    ]);
    // An emoji (4 octets) is never split either.
    const emoji = foldIcsLine(`${'A'.repeat(73)}🎨`);
    expect(emoji).to.equal(`${'A'.repeat(73)}\r\n 🎨`);
  });

  it('escapes text as RFC 5545 says, and ical.js reads it back unchanged', () => {
    const tricky = 'Clay; glaze, tea \\ more\r\nSecond line';
    expect(escapeIcsText(tricky)).to.equal('Clay\\; glaze\\, tea \\\\ more\\nSecond line');
    const event = validateEvent({ id: 'x', title: tricky.replace('\r\n', ' '), startsAt: '2027-03-13T11:00' });
    expect(parse(eventToIcs(event, { locale: 'en' })).summary).to.equal(tricky.replace('\r\n', ' '));
  });

  it('gives a stable UID: the same for the same event, different for another, even without an id', () => {
    const noId = validateEvent({ title: 'Seminar', startsAt: '2027-01-25T10:00:00+05:00' });
    const other = validateEvent({ title: 'Seminar', startsAt: '2027-01-26T10:00:00+05:00' });
    expect(eventUid(noId, 'ngo.kz')).to.equal(eventUid({ ...noId }, 'ngo.kz'));
    expect(eventUid(noId, 'ngo.kz')).to.match(/^event-[0-9a-f]{8}@ngo\.kz$/);
    expect(eventUid(other, 'ngo.kz')).to.not.equal(eventUid(noId, 'ngo.kz'));
    expect(eventUid(workshop, 'ngo.kz')).to.equal('atyrau-clay-workshop@ngo.kz');
    const a = eventToIcs(workshop, { locale: 'en', domain: 'ngo.kz' });
    const b = eventToIcs(workshop, { locale: 'ru', domain: 'ngo.kz' });
    expect(parse(a).uid).to.equal(parse(b).uid);
    expect(icsFileName(workshop)).to.equal('atyrau-clay-workshop.ics');
  });

  it('builds Google Calendar and Outlook links with UTC times and the texts', () => {
    const google = new URL(googleCalendarUrl(workshop, { locale: 'kk' }));
    expect(google.origin + google.pathname).to.equal('https://calendar.google.com/calendar/render');
    expect(google.searchParams.get('action')).to.equal('TEMPLATE');
    expect(google.searchParams.get('dates')).to.equal('20270313T060000Z/20270313T083000Z');
    expect(google.searchParams.get('ctz')).to.equal('Asia/Almaty');
    expect(google.searchParams.get('text')).to.equal((workshop.title as { kk: string }).kk);
    expect(google.searchParams.get('location')).to.equal('Атырау, Сәтбаев к-сі 15, 2-қабат');
    const outlook = new URL(outlookCalendarUrl(workshop, { locale: 'en' }));
    expect(outlook.host).to.equal('outlook.live.com');
    expect(outlook.searchParams.get('startdt')).to.equal('2027-03-13T06:00:00Z');
    expect(outlook.searchParams.get('enddt')).to.equal('2027-03-13T08:30:00Z');
    expect(outlook.searchParams.get('subject')).to.equal('Clay sculpting workshop for youth and caregivers');
    expect(new URL(outlookCalendarUrl(workshop, { locale: 'en', office: true })).host).to.equal('outlook.office.com');
    // An online event: the link is the place.
    const online = validateEvent({
      title: 'Webinar',
      startsAt: '2027-02-01T15:00',
      onlineUrl: 'https://meet.example/x',
    });
    expect(new URL(googleCalendarUrl(online, { locale: 'en' })).searchParams.get('location')).to.equal(
      'https://meet.example/x',
    );
    expect(parse(eventToIcs(online, { locale: 'en' })).location).to.equal('https://meet.example/x');
  });
});
