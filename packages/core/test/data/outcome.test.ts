// The server decides: the receiver's reply reaches the form as a typed SubmissionOutcome, through
// the http sink, the outbox (also after an offline spell, a lost reply, or from another tab) and
// custom sinks. Against the reference server and its real receiver (scripts/form-receiver.mjs).
import { expect } from '@open-wc/testing';
import { configure, outbox, submit } from '../../src/index.js';
import type { OutboxEntry, SubmissionOutcome } from '../../src/index.js';
import { toOutcome } from '../../src/data/sink.js';
import { storageKey } from '../../src/data/storage.js';
import { testServer } from '../../../../test/server/control.js';
import { freshAdapter, until } from './helpers.js';

let base = '';
const fast = { retryDelay: 0.02, maxRetryDelay: 0.2, timeout: 2 };
const DAY = 24 * 3600_000;

const signup = (extra: Record<string, unknown> = {}): Record<string, unknown> => ({
  name: 'Әлия Нұрланқызы',
  phone: '+77012345678',
  attendees: 1,
  extra: {},
  honeypot: '',
  elapsedMs: 30_000,
  ...extra,
});

async function send(form: string, data: Record<string, unknown>): Promise<OutboxEntry> {
  const entry = await submit(form, data, { locale: 'kk', consent: { given: true, version: 'v1' } });
  return outbox.settled(entry.submission.idempotencyKey);
}

describe('data adapter: the receiver decides the outcome', () => {
  before(async () => {
    base = await testServer.url();
  });
  beforeEach(async () => {
    freshAdapter();
    await testServer.reset();
    configure({ sink: { type: 'http', url: `${base}/api/forms/{form}`, ...fast } });
  });
  afterEach(() => testServer.heal());

  it('confirmed: a seat, with the live counts, and the event read afterwards counts it', async () => {
    const done = await send('event:atyrau-clay-workshop', signup({ attendees: 2 }));
    expect(done.status).to.equal('sent');
    expect(done.outcome).to.deep.equal({ status: 'confirmed', registered: 19, capacity: 20 });
    const event = await (await fetch(`${base}/api/event/atyrau-clay-workshop.json`)).json();
    expect(event.registered).to.equal(19);
  });

  it('waitlisted with positions when the event is full', async () => {
    const first = await send('event:grant-seminar', signup());
    const second = await send('event:grant-seminar', signup());
    expect(first.status).to.equal('sent');
    expect(first.outcome).to.deep.equal({ status: 'waitlisted', position: 1, registered: 34, capacity: 34 });
    expect(second.outcome).to.include({ status: 'waitlisted', position: 2 });
  });

  it('rejected with a reason: closed, full (no waitlist), invalid with the fields, unknown event', async () => {
    await testServer.resource('event', 'past', {
      title: 'Past',
      startsAt: new Date(Date.now() - DAY).toISOString(),
      capacity: 5,
    });
    await testServer.resource('event', 'strict', {
      title: 'Strict',
      startsAt: new Date(Date.now() + 30 * DAY).toISOString(),
      capacity: 5,
      registered: 5,
      waitlist: false,
    });
    const closed = await send('event:past', signup());
    expect(closed.status).to.equal('rejected');
    expect(closed.error?.code).to.equal('rejected');
    expect(closed.outcome).to.deep.equal({ status: 'rejected', reason: 'closed' });
    expect((await send('event:strict', signup())).outcome).to.deep.equal({ status: 'rejected', reason: 'full' });
    const invalid = await send('event:atyrau-clay-workshop', signup({ name: '', attendees: 5 }));
    expect(invalid.outcome).to.deep.equal({
      status: 'rejected',
      reason: 'invalid',
      fields: [
        { field: 'name', code: 'required' },
        { field: 'attendees', code: 'too-large' },
      ],
    });
    expect((await send('event:nope', signup())).outcome).to.deep.equal({ status: 'rejected', reason: 'not-found' });
    expect((await testServer.stats()).forms.signups).to.have.length(0);
  });

  it('suspected spam is received (kept apart by the receiver), never an error', async () => {
    const done = await send('event:atyrau-clay-workshop', signup({ honeypot: 'x' }));
    expect(done.status).to.equal('sent');
    expect(done.outcome).to.deep.equal({ status: 'received' });
    const { forms } = await testServer.stats();
    expect(forms.spam.map((entry) => entry.reasons)).to.deep.equal([['honeypot']]);
  });

  it('a sign-up queued offline gets its final outcome when the outbox delivers it', async () => {
    await testServer.stop();
    const seen: OutboxEntry[] = [];
    const stop = outbox.subscribe((entry) => seen.push(entry));
    let entry: OutboxEntry;
    try {
      entry = await submit('event:atyrau-clay-workshop', signup(), { locale: 'ru', consent: { given: true } });
      await until(() => seen.some((item) => item.attempts > 0));
      expect(seen.every((item) => item.status === 'queued' && item.outcome === undefined)).to.equal(true);
    } finally {
      await testServer.start();
    }
    window.dispatchEvent(new Event('online'));
    const done = await outbox.settled(entry.submission.idempotencyKey);
    stop();
    expect(done.outcome).to.deep.equal({ status: 'confirmed', registered: 18, capacity: 20 });
    expect(seen.at(-1)?.outcome).to.deep.equal(done.outcome);
  });

  it('a lost reply: the retry gets the first decision again, and the seat is taken once', async () => {
    await testServer.fail({ match: 'POST /api/forms', mode: 'drop-after', times: 1 });
    const done = await send('event:atyrau-clay-workshop', signup());
    expect(done.outcome).to.deep.equal({ status: 'confirmed', registered: 18, capacity: 20 });
    const stats = await testServer.stats();
    expect(stats.attempts.map((attempt) => attempt.outcome)).to.deep.equal([201, 200]);
    expect(stats.forms.signups).to.have.length(1);
  });

  it('the outcome reaches this page when another tab delivered its submission', async () => {
    await testServer.stop();
    try {
      const entry = await submit('event:atyrau-clay-workshop', signup(), { locale: 'en', consent: { given: true } });
      const settled = outbox.settled(entry.submission.idempotencyKey);
      // What another tab of the site posts when its outbox delivers this entry.
      const otherTab = new BroadcastChannel(storageKey('outbox'));
      const outcome: SubmissionOutcome = { status: 'waitlisted', position: 3 };
      otherTab.postMessage({
        stored: { submission: entry.submission, attempts: 1, nextAttemptAt: 0 },
        status: 'sent',
        outcome,
      });
      const done = await settled;
      otherTab.close();
      expect(done.status).to.equal('sent');
      expect(done.outcome).to.deep.equal(outcome);
    } finally {
      // This tab's own attempt must fail and its retry be forgotten before the server is back, or
      // it would deliver the entry into the next test's count.
      await outbox.flush();
      freshAdapter();
      await testServer.start();
    }
  });

  it('tells the other tabs when it delivers', async () => {
    const listener = new BroadcastChannel(storageKey('outbox'));
    const heard: { status: string; outcome?: SubmissionOutcome }[] = [];
    listener.onmessage = (message) => heard.push(message.data);
    const done = await send('event:atyrau-clay-workshop', signup());
    await until(() => heard.length > 0);
    listener.close();
    expect(heard[0]).to.deep.include({ status: 'sent', outcome: done.outcome });
  });

  it('a custom sink returns the outcome; a resolved rejection is final; nothing returned is received', async () => {
    const answers: (SubmissionOutcome | undefined)[] = [
      { status: 'waitlisted', position: 2 },
      { status: 'rejected', reason: 'closed' },
      undefined,
    ];
    configure({ sink: { type: 'custom', ...fast, submit: async () => answers.shift() } });
    expect((await send('a', {})).outcome).to.deep.equal({ status: 'waitlisted', position: 2 });
    const refused = await send('b', {});
    expect([refused.status, refused.outcome]).to.deep.equal(['rejected', { status: 'rejected', reason: 'closed' }]);
    expect((await send('c', {})).outcome).to.deep.equal({ status: 'received' });
  });

  it('simple mode (Apps Script answers 200 even when the script fails): an unreadable reply is retried', async () => {
    configure({ sink: { type: 'http', url: `${base}/api/forms/{form}`, simple: true, ...fast } });
    await testServer.fail({ match: 'POST /api/forms', mode: 'malformed', times: 1 });
    const done = await send('event:atyrau-clay-workshop', signup());
    expect(done.outcome).to.deep.equal({ status: 'confirmed', registered: 18, capacity: 20 });
    expect((await testServer.stats()).requests['POST /api/forms/event%3Aatyrau-clay-workshop']).to.equal(2);
    // Without simple mode, a 2xx whose body is unreadable is still delivered: `received`.
    configure({ sink: { type: 'http', url: `${base}/api/forms/{form}`, ...fast } });
    await testServer.fail({ match: 'POST /api/forms', mode: 'malformed', times: 1 });
    expect((await send('volunteer', {})).outcome).to.deep.equal({ status: 'received' });
  });

  it('reads replies leniently: Apps Script says rejected with a 200; junk is received or other', () => {
    expect(toOutcome({ status: 'rejected', reason: 'full' }, 200)).to.deep.equal({
      status: 'rejected',
      reason: 'full',
    });
    expect(toOutcome({ status: 'confirmed', registered: -1, capacity: 'x' })).to.deep.equal({ status: 'confirmed' });
    expect(toOutcome({ status: 'waitlisted', position: 0 })).to.deep.equal({ status: 'waitlisted' });
    expect(toOutcome('<html>ok</html>')).to.deep.equal({ status: 'received' });
    expect(toOutcome({ ok: true }, 201)).to.deep.equal({ status: 'received' });
    expect(toOutcome(undefined, 422)).to.deep.equal({ status: 'rejected', reason: 'invalid' });
    expect(toOutcome({ reason: 'nonsense' }, 403)).to.deep.equal({ status: 'rejected', reason: 'other' });
    expect(
      toOutcome(
        { status: 'rejected', reason: 'invalid', fields: [{ field: 'email', code: 'email' }, { field: 3 }] },
        422,
      ),
    ).to.deep.equal({ status: 'rejected', reason: 'invalid', fields: [{ field: 'email', code: 'email' }] });
  });
});
