// The event schema (docs/data.md, "Events"): validation, and the same event from JSON and from a sheet.
import { expect } from '@open-wc/testing';
import { configure, outbox, read, refresh, submit, validateEvent, watch } from '../../src/index.js';
import type { CharityEvent } from '../../src/index.js';
import { testServer } from '../../../../test/server/control.js';
import { freshAdapter, rejection, until } from './helpers.js';

const base = {
  title: { en: 'Clay workshop', ru: 'Мастер-класс', kk: 'Шеберхана' },
  startsAt: '2027-03-13T11:00:00+05:00',
};

describe('events: the schema', () => {
  it('fills defaults: Asia/Almaty, nobody registered, a waitlist, no extra fields', () => {
    const event = validateEvent(base);
    expect(event).to.deep.equal({
      title: base.title,
      startsAt: new Date('2027-03-13T06:00:00Z'),
      timezone: 'Asia/Almaty',
      registered: 0,
      waitlist: true,
      fields: [],
    });
  });

  it('reads every field of a full event', () => {
    const event = validateEvent({
      ...base,
      id: 'clay',
      endsAt: '2027-03-13T13:30:00+05:00',
      deadline: '2027-03-11 18:00',
      timezone: 'Asia/Aqtau',
      description: { kk: 'Балшық бізден' },
      onlineUrl: 'https://meet.example/clay',
      capacity: '20',
      registered: 17,
      maxPerSignup: 2,
      waitlist: 'FALSE',
      url: '/events/clay',
      fields: [
        {
          name: 'group',
          type: 'select',
          label: 'Who',
          required: 'yes',
          options: [{ value: 'y', label: { en: 'Youth' } }],
        },
      ],
    });
    expect(event.deadline?.toISOString()).to.equal('2027-03-11T13:00:00.000Z'); // Aqtau is UTC+5 too
    expect(event).to.deep.include({ capacity: 20, registered: 17, maxPerSignup: 2, waitlist: false });
    expect(event.onlineUrl).to.equal('https://meet.example/clay');
    expect(event.fields).to.deep.equal([
      {
        name: 'group',
        type: 'select',
        label: 'Who',
        required: true,
        options: [{ value: 'y', label: { en: 'Youth' } }],
      },
    ]);
  });

  it('accepts the demo event (packages/qoldau/demo/data/event)', async () => {
    const demo = await (await fetch('/packages/qoldau/demo/data/event/atyrau-clay-workshop.json')).json();
    const event = validateEvent(demo);
    expect(event.fields.map((field) => field.name)).to.deep.equal(['group', 'photos']);
    expect(event.deadline!.getTime()).to.be.below(event.startsAt.getTime());
  });

  it('refuses bad events with a code and the field', async () => {
    const cases: [Record<string, unknown>, string, string][] = [
      [{ ...base, onlineUrl: 'javascript:alert(1)' }, 'invalid-url', 'onlineUrl'],
      [{ ...base, onlineUrl: 'http://meet.example' }, 'invalid-url', 'onlineUrl'],
      [{ ...base, timezone: 'Mars/Olympus' }, 'invalid-date', 'timezone'],
      [{ ...base, deadline: 'soon' }, 'invalid-date', 'deadline'],
      [{ ...base, endsAt: '2027-03-13T10:00:00+05:00' }, 'invalid-date', 'endsAt'],
      [{ ...base, maxPerSignup: 0 }, 'invalid-number', 'maxPerSignup'],
      [{ ...base, maxPerSignup: 101 }, 'absurd-value', 'maxPerSignup'],
      [{ ...base, maxPerSignup: 1.5 }, 'invalid-number', 'maxPerSignup'],
      [{ ...base, waitlist: 'perhaps' }, 'invalid-type', 'waitlist'],
      [{ ...base, description: '<script>x</script>' }, 'markup-in-text', 'description'],
      [{ ...base, fields: 'not json' }, 'invalid-json', 'fields'],
      [{ ...base, fields: [{ name: 'email', label: 'x' }] }, 'invalid-type', 'fields[0].name'],
      [{ ...base, fields: [{ name: 'has space', label: 'x' }] }, 'invalid-type', 'fields[0].name'],
      [
        {
          ...base,
          fields: [
            { name: 'a', label: 'x' },
            { name: 'a', label: 'y' },
          ],
        },
        'invalid-type',
        'fields[1].name',
      ],
      [{ ...base, fields: [{ name: 'a', type: 'radio', label: 'x' }] }, 'invalid-type', 'fields[0].type'],
      [{ ...base, fields: [{ name: 'a' }] }, 'missing-field', 'fields[0].label'],
      [
        { ...base, fields: [{ name: 'a', type: 'select', label: 'x', options: [] }] },
        'invalid-type',
        'fields[0].options',
      ],
      [{ ...base, fields: [{ name: 'a', type: 'select', label: 'x' }] }, 'missing-field', 'fields[0].options'],
      [{ ...base, fields: [{ name: 'a', label: 'x', maxLength: 0 }] }, 'absurd-value', 'fields[0].maxLength'],
      [
        { ...base, fields: Array.from({ length: 21 }, (_, index) => ({ name: `f${index}`, label: 'x' })) },
        'absurd-value',
        'fields',
      ],
    ];
    for (const [input, code, field] of cases) {
      const error = await rejection(() => validateEvent(input));
      expect([error.code, error.field], JSON.stringify(input)).to.deep.equal([code, field]);
    }
  });
});

describe('events: from JSON and from a Google Sheet', () => {
  let url = '';
  before(async () => {
    url = await testServer.url();
  });
  beforeEach(async () => {
    freshAdapter();
    await testServer.reset();
  });

  it('reads the event with its live count from the reference server', async () => {
    configure({ source: { type: 'json', url: `${url}/api/{kind}/{id}.json` } });
    const event = await read({ kind: 'event', id: 'atyrau-clay-workshop' });
    expect(event).to.deep.include({ capacity: 20, registered: 17, maxPerSignup: 2, timezone: 'Asia/Almaty' });
    // The server moves the sample's dates by whole weeks to keep them ahead (scripts/fresh-dates.mjs):
    // the deadline stays 18:00 in Almaty (13:00 UTC), two days before the 11:00 start.
    expect(event.deadline?.toISOString()).to.match(/T13:00:00\.000Z$/);
    expect(event.startsAt.getTime() - event.deadline!.getTime()).to.equal(41 * 3600_000);
    expect(event.startsAt.getTime()).to.be.above(Date.now());
  });

  it('refresh() reads the live seats again after a sign-up, past the cache, and tells the watchers', async () => {
    configure({
      source: { type: 'json', url: `${url}/api/{kind}/{id}.json` },
      sink: { type: 'http', url: `${url}/api/forms/{form}`, retryDelay: 0.02 },
      cacheTtl: 600,
    });
    const seen: (CharityEvent | undefined)[] = [];
    const stop = watch({ kind: 'event', id: 'atyrau-clay-workshop' }, {}, (state) => seen.push(state.data));
    await until(() => seen.at(-1)?.registered === 17);
    const entry = await submit(
      'event:atyrau-clay-workshop',
      { name: 'Әлия', phone: '+77012345678', attendees: 2, honeypot: '', elapsedMs: 9000 },
      { locale: 'kk', consent: { given: true, version: '1' } },
    );
    expect((await outbox.settled(entry.submission.idempotencyKey)).outcome).to.include({ status: 'confirmed' });
    expect((await read({ kind: 'event', id: 'atyrau-clay-workshop' })).registered).to.equal(17); // cached
    expect((await refresh({ kind: 'event', id: 'atyrau-clay-workshop' })).registered).to.equal(19);
    expect(seen.at(-1)?.registered).to.equal(19);
    stop();
  });

  it('reads the sheet columns of docs/data.md (wall-clock times, yes/no, fields as JSON)', async () => {
    const fields = JSON.stringify([{ name: 'group', type: 'select', label: 'Who', options: ['youth', 'caregiver'] }]);
    await testServer.sheet(
      'event',
      'kind,id,title_en,title_kk,startsAt,endsAt,deadline,timezone,location_en,capacity,registered,maxPerSignup,waitlist,onlineUrl,description_ru,fields\r\n' +
        `event,clay,Clay workshop,Мүсін шеберханасы,2027-03-13 11:00,2027-03-13 13:30,2027-03-11 18:00,Asia/Almaty,"Atyrau, Satpayev St 15",20,17,2,no,,"Глина, фартуки и чай — от нас","${fields.replace(/"/g, '""')}"\r\n`,
    );
    configure({ source: { type: 'sheet', url: `${url}/sheets/{kind}.csv` } });
    const event = await read({ kind: 'event', id: 'clay' });
    expect(event.startsAt.toISOString()).to.equal('2027-03-13T06:00:00.000Z');
    expect(event.endsAt?.toISOString()).to.equal('2027-03-13T08:30:00.000Z');
    expect(event.deadline?.toISOString()).to.equal('2027-03-11T13:00:00.000Z');
    expect(event).to.deep.include({ capacity: 20, registered: 17, maxPerSignup: 2, waitlist: false });
    expect(event.title).to.deep.equal({ en: 'Clay workshop', kk: 'Мүсін шеберханасы' });
    expect(event.location).to.deep.equal({ en: 'Atyrau, Satpayev St 15' });
    expect(event.description).to.deep.equal({ ru: 'Глина, фартуки и чай — от нас' });
    expect(event.fields[0].options).to.deep.equal([
      { value: 'youth', label: 'youth' },
      { value: 'caregiver', label: 'caregiver' },
    ]);
  });
});
