import { expect } from '@open-wc/testing';
import { QoldauError, configure, outbox, submit } from '../../src/index.js';
import type { OutboxEntry, Submission } from '../../src/index.js';
import { parseRetryAfter } from '../../src/data/sink.js';
import { backoff } from '../../src/data/outbox-queue.js';
import { setStorageNamespace } from '../../src/data/storage.js';
import { testServer } from '../../../../test/server/control.js';
import { freshAdapter, rejection, sleep, until } from './helpers.js';

let base = '';
const fast = { retryDelay: 0.02, maxRetryDelay: 0.2, timeout: 2 };

describe('data adapter: outbox and http sink', () => {
  before(async () => {
    base = await testServer.url();
  });
  beforeEach(async () => {
    freshAdapter();
    await testServer.reset();
    configure({
      sink: { type: 'http', url: `${base}/api/forms/{form}`, headers: { Authorization: 'Bearer t' }, ...fast },
    });
  });

  it('POSTs the submission as JSON with an Idempotency-Key header and removes it once confirmed', async () => {
    const events: OutboxEntry[] = [];
    const stop = outbox.subscribe((entry) => events.push(entry));
    const entry = await submit(
      'volunteer',
      { name: 'Әлия', phone: '+7 701 000 00 00' },
      { locale: 'kk', consent: { given: true, text: 'Келісемін' } },
    );
    expect(entry.status).to.equal('queued');
    expect(outbox.persistent).to.equal(true);
    const done = await outbox.settled(entry.submission.idempotencyKey);
    expect(done.status).to.equal('sent');
    expect(events.map((event) => event.status)).to.deep.equal(['queued', 'sent']);
    stop();
    const [stored] = (await testServer.stats()).submissions;
    expect(stored.form).to.equal('volunteer');
    expect(stored.headerKey).to.equal(entry.submission.idempotencyKey);
    expect(stored.contentType).to.equal('application/json');
    expect(stored.headers.authorization).to.equal('Bearer t');
    const body = stored.body as unknown as Submission;
    expect(Object.keys(body).sort()).to.deep.equal([
      'consent',
      'createdAt',
      'data',
      'form',
      'idempotencyKey',
      'locale',
    ]);
    expect(body.data).to.deep.equal({ name: 'Әлия', phone: '+7 701 000 00 00' });
    expect(body.consent).to.include({ given: true, text: 'Келісемін' });
    expect(body.consent?.at).to.equal(body.createdAt);
    expect(await outbox.pending()).to.deep.equal([]);
    expect(await outbox.settled(entry.submission.idempotencyKey)).to.equal(done);
  });

  it('URL-encodes the form name', async () => {
    const entry = await submit('sign up/кз', {}, { locale: 'ru' });
    await outbox.settled(entry.submission.idempotencyKey);
    expect((await testServer.stats()).submissions[0].form).to.equal('sign up/кз');
  });

  it('sends a CORS simple request in simple mode (Google Apps Script)', async () => {
    configure({
      sink: {
        type: 'http',
        url: `${base}/api/forms/{form}`,
        simple: true,
        headers: { 'X-Api-Key': 'not sent' },
        ...fast,
      },
    });
    const entry = await submit('apps-script', { a: 1 }, { locale: 'en' });
    expect((await outbox.settled(entry.submission.idempotencyKey)).status).to.equal('sent');
    const stats = await testServer.stats();
    expect(stats.preflights['/api/forms/apps-script']).to.equal(undefined);
    const [stored] = stats.submissions;
    expect(stored.contentType).to.match(/^text\/plain/);
    expect(stored.headerKey).to.equal(null);
    expect(stored.headers['x-api-key']).to.equal(null);
    expect(stored.body.idempotencyKey).to.equal(entry.submission.idempotencyKey);
  });

  it('retries 5xx, dropped connections and lost confirmations, storing once', async () => {
    await testServer.fail({ match: 'POST', mode: 'status', status: 500, times: 2 });
    await testServer.fail({ match: 'POST', mode: 'drop', times: 1 });
    await testServer.fail({ match: 'POST', mode: 'drop-after', times: 2 });
    const entry = await submit('f', { n: 1 }, { locale: 'en' });
    const done = await outbox.settled(entry.submission.idempotencyKey);
    expect(done.status).to.equal('sent');
    const stats = await testServer.stats();
    expect(stats.submissions).to.have.length(1);
    expect(stats.attempts.map((attempt) => attempt.outcome)).to.deep.equal([500, 500, 201, 200, 200]);
  });

  it('does not retry other 4xx: the entry is rejected', async () => {
    await testServer.fail({ match: 'POST', mode: 'status', status: 422 });
    const entry = await submit('f', { n: 1 }, { locale: 'en' });
    const done = await outbox.settled(entry.submission.idempotencyKey);
    expect(done.status).to.equal('rejected');
    expect(done.error).to.be.instanceOf(QoldauError);
    expect(done.error?.code).to.equal('rejected');
    await sleep(200);
    expect((await testServer.stats()).attempts).to.have.length(1);
    expect(await outbox.pending()).to.deep.equal([]);
  });

  it('honours Retry-After on 429', async () => {
    await testServer.fail({ match: 'POST', mode: 'status', status: 429, retryAfter: 1, times: 1 });
    const entry = await submit('f', { n: 1 }, { locale: 'en' });
    await outbox.settled(entry.submission.idempotencyKey);
    const [first, second] = (await testServer.stats()).attempts;
    expect(first.outcome).to.equal(429);
    expect(second.outcome).to.equal(201);
    expect(second.at - first.at).to.be.at.least(950);
  });

  it('times out a hanging server and retries', async () => {
    configure({ sink: { type: 'http', url: `${base}/api/forms/{form}`, ...fast, timeout: 0.2 } });
    await testServer.fail({ match: 'POST', mode: 'hang', times: 1 });
    const entry = await submit('f', { n: 1 }, { locale: 'en' });
    const events: OutboxEntry[] = [];
    outbox.subscribe((event) => events.push(event));
    expect((await outbox.settled(entry.submission.idempotencyKey)).status).to.equal('sent');
    expect(events.find((event) => event.status === 'queued')?.error?.code).to.equal('network');
    expect((await testServer.stats()).submissions).to.have.length(1);
  });

  it('keeps submissions while the server is away and sends them when it is back', async () => {
    await testServer.stop();
    const entries = await Promise.all([1, 2, 3].map((n) => submit('f', { n }, { locale: 'en' })));
    await sleep(300);
    expect((await outbox.pending()).length).to.equal(3);
    await testServer.start();
    window.dispatchEvent(new Event('online'));
    await Promise.all(entries.map((entry) => outbox.settled(entry.submission.idempotencyKey)));
    const sent = (await testServer.stats()).submissions.map((stored) => (stored.body.data as { n: number }).n);
    expect(sent.sort()).to.deep.equal([1, 2, 3]);
  });

  it('persists submissions and sends them on the next visit', async () => {
    configure({ sink: { type: 'http', url: `${base}/api/forms/{form}`, ...fast, retryDelay: 60 } });
    await testServer.fail({ match: 'POST', mode: 'status', status: 503, times: 1 });
    const entry = await submit('f', { n: 7 }, { locale: 'en' });
    await until(async () => (await testServer.stats()).attempts.length === 1);
    const namespace = Object.keys(localStorage).find((key) => key.endsWith(entry.submission.idempotencyKey))!;
    expect(JSON.parse(localStorage.getItem(namespace)!).attempts).to.equal(1);
    // Next visit: the stored entry is due now (time passed), memory is empty.
    const prefix = namespace.slice(0, namespace.indexOf('outbox:'));
    freshAdapter();
    setStorageNamespace(prefix);
    const stored = JSON.parse(localStorage.getItem(namespace)!);
    localStorage.setItem(namespace, JSON.stringify({ ...stored, nextAttemptAt: 0 }));
    configure({ sink: { type: 'http', url: `${base}/api/forms/{form}`, ...fast } });
    await outbox.flush();
    expect((await testServer.stats()).submissions.map((item) => item.key)).to.deep.equal([
      entry.submission.idempotencyKey,
    ]);
    expect(localStorage.getItem(namespace)).to.equal(null);
  });

  it('drops entries older than the expiry without sending them', async () => {
    const entry = await submit('f', { n: 1 }, { locale: 'en' });
    await outbox.settled(entry.submission.idempotencyKey);
    const namespace = freshAdapter();
    const old: Submission = {
      ...entry.submission,
      idempotencyKey: 'old-one',
      createdAt: new Date(Date.now() - 8 * 24 * 3600 * 1000).toISOString(),
    };
    const young: Submission = {
      ...entry.submission,
      idempotencyKey: 'young-one',
      createdAt: new Date(Date.now() - 6 * 24 * 3600 * 1000).toISOString(),
    };
    // Stored entries remember their sink and their expiry (issue #8).
    const sink = `http ${base}/api/forms/{form}`;
    for (const submission of [old, young]) {
      const expiresAt = Date.parse(submission.createdAt) + 7 * 24 * 3600 * 1000;
      localStorage.setItem(
        `${namespace}outbox:${submission.idempotencyKey}`,
        JSON.stringify({ submission, attempts: 3, nextAttemptAt: 0, sink, expiresAt }),
      );
    }
    localStorage.setItem(`${namespace}outbox:broken`, '{');
    configure({ sink: { type: 'http', url: `${base}/api/forms/{form}`, ...fast } });
    const events: OutboxEntry[] = [];
    outbox.subscribe((event) => events.push(event));
    await outbox.flush();
    expect(events.map((event) => `${event.submission.idempotencyKey}:${event.status}`)).to.deep.equal([
      'old-one:expired',
      'young-one:sent',
    ]);
    expect((await testServer.stats()).submissions.map((item) => item.key)).to.not.include('old-one');
    expect(Object.keys(localStorage).filter((key) => key.startsWith(namespace))).to.deep.equal([]);
  });

  it('expires per the configured expiry', async () => {
    configure({ sink: { type: 'http', url: `${base}/api/forms/{form}`, ...fast, expiry: 0.3 } });
    await testServer.stop();
    try {
      const entry = await submit('f', { n: 1 }, { locale: 'en' });
      expect((await outbox.settled(entry.submission.idempotencyKey)).status).to.equal('expired');
    } finally {
      await testServer.start();
    }
  });

  it('works in memory when storage is blocked, and says so', async () => {
    const descriptor = Object.getOwnPropertyDescriptor(window, 'localStorage')!;
    Object.defineProperty(window, 'localStorage', {
      configurable: true,
      get() {
        throw new DOMException('blocked', 'SecurityError');
      },
    });
    try {
      freshAdapter();
      configure({ sink: { type: 'http', url: `${base}/api/forms/{form}`, ...fast } });
      expect(outbox.persistent).to.equal(false);
      await testServer.fail({ match: 'POST', mode: 'status', status: 500, times: 1 });
      const entry = await submit('f', { n: 1 }, { locale: 'en' });
      expect((await outbox.pending()).length).to.equal(1);
      expect((await outbox.settled(entry.submission.idempotencyKey)).status).to.equal('sent');
    } finally {
      Object.defineProperty(window, 'localStorage', descriptor);
      freshAdapter();
    }
    expect(outbox.persistent).to.equal(true);
  });

  it('validates what is submitted', async () => {
    expect((await rejection(() => submit('', {}, { locale: 'en' }))).code).to.equal('invalid-type');
    expect((await rejection(() => submit('f', [] as never, { locale: 'en' }))).code).to.equal('invalid-type');
    const cyclic: Record<string, unknown> = {};
    cyclic.self = cyclic;
    expect((await rejection(() => submit('f', cyclic, { locale: 'en' }))).code).to.equal('invalid-type');
    expect((await rejection(() => submit('f', { text: 'x'.repeat(100_001) }, { locale: 'en' }))).code).to.equal(
      'absurd-value',
    );
    freshAdapter();
    expect((await rejection(() => submit('f', {}, { locale: 'en' }))).code).to.equal('config');
  });

  it('hands submissions to a custom sink; QoldauError("rejected") is final, other errors retried', async () => {
    const seen: Submission[] = [];
    let failures = 2;
    configure({
      sink: {
        type: 'custom',
        ...fast,
        submit: async (submission) => {
          seen.push(submission);
          if (submission.form === 'refuse') throw new QoldauError('rejected', 'form');
          if (failures-- > 0) throw new Error('flaky');
        },
      },
    });
    const ok = await submit('ok', { n: 1 }, { locale: 'en' });
    expect((await outbox.settled(ok.submission.idempotencyKey)).status).to.equal('sent');
    expect(seen).to.have.length(3);
    const refused = await submit('refuse', { n: 1 }, { locale: 'en' });
    const done = await outbox.settled(refused.submission.idempotencyKey);
    expect(done.status).to.equal('rejected');
    expect(done.error?.code).to.equal('rejected');
  });

  it('computes backoff with jitter and Retry-After', () => {
    const sink = { type: 'http' as const, url: '/x', retryDelay: 1, maxRetryDelay: 8 };
    for (let attempt = 1; attempt <= 6; attempt++) {
      const ceiling = Math.min(8000, 1000 * 2 ** (attempt - 1));
      const delay = backoff(attempt, sink);
      expect(delay).to.be.within(ceiling / 2, ceiling);
    }
    expect(backoff(1, sink, 30_000)).to.equal(30_000);
    expect(backoff(1, { type: 'http', url: '/x' })).to.be.within(500, 1000);
    expect(parseRetryAfter('2')).to.equal(2000);
    expect(parseRetryAfter(null)).to.equal(undefined);
    expect(parseRetryAfter('soon')).to.equal(undefined);
    const now = Date.parse('2026-11-20T10:00:00Z');
    expect(parseRetryAfter('Fri, 20 Nov 2026 10:00:05 GMT', now)).to.equal(5000);
    expect(parseRetryAfter('Fri, 20 Nov 2026 09:00:00 GMT', now)).to.equal(0);
  });
});
