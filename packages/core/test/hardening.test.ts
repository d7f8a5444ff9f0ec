// Issue #8, core: one test (or table row) per defect found with hostile input, each failing before
// its fix: refresh storms, impossible dates, denormal goals, null-prototype objects, toSafeUrl
// bypasses, personal data that lingered in the outbox, and cache keys without the source.
import { expect } from '@open-wc/testing';
import {
  BOUNDS,
  QoldauError,
  configure,
  getConfig,
  outbox,
  purgeOutbox,
  read,
  submit,
  toBounded,
  toDate,
  toSafeUrl,
  validateCampaign,
  validateMetric,
  validateSeries,
  watch,
} from '../src/index.js';
import type { BoundName, ResourceState } from '../src/index.js';
import { storageKey, storedKeys } from '../src/data/storage.js';
import { testServer } from '../../../test/server/control.js';
import { realBounds } from '../../../test/hostile/relax-bounds.js';
import { freshAdapter, sleep, until } from './data/helpers.js';

/** The QoldauError `action` throws (fails on anything else, or on no throw). */
function thrown(action: () => unknown): QoldauError {
  try {
    action();
  } catch (error) {
    expect(error, String((error as Error).message)).to.be.instanceOf(QoldauError);
    return error as QoldauError;
  }
  throw new Error('expected a QoldauError');
}

const DAY = 86_400;

describe('hardening (issue #8): bounds of every time an NGO can type', () => {
  const rows: [BoundName, unknown, number][] = [
    ['refresh', -1, 0],
    ['refresh', 0.001, 15],
    ['refresh', 1e308, DAY],
    ['refresh', 2_592_000, DAY],
    ['refresh', '60s', 0],
    ['refresh', NaN, 0],
    ['refresh', Infinity, DAY],
    ['refresh', 0, 0],
    ['refresh', '60', 60],
    ['refresh', Object.create(null), 0],
    ['cacheTtl', -5, 60],
    ['cacheTtl', 1e9, DAY],
    ['timeout', 0, 1],
    ['timeout', 1e6, 120],
    ['expiry', 31 * 365 * DAY, 30 * DAY],
    ['expiry', 'never', 7 * DAY],
    ['maxRetryDelay', 5e-324, 1],
    ['retryDelay', 0, 0.1],
  ];
  before(() => realBounds(BOUNDS));
  for (const [name, value, expected] of rows) {
    it(`${name} ${typeof value === 'object' ? 'null-prototype object' : String(value)} → ${expected}`, () => {
      expect(toBounded(value, name)).to.equal(expected);
    });
  }
});

describe('hardening (issue #8): refresh storms', () => {
  let base = '';
  before(async () => {
    base = await testServer.url();
  });
  beforeEach(async () => {
    freshAdapter();
    realBounds(BOUNDS);
    await testServer.reset();
  });

  it('clamps a configured refresh of 30 days (past setTimeout’s 2³¹ ms) to 24 h', () => {
    configure({ refresh: 2_592_000, cacheTtl: 1e12 });
    expect(getConfig()).to.include({ refresh: DAY, cacheTtl: DAY });
  });

  for (const refresh of [-1, 0.001, 1e308, NaN, 2_592_000]) {
    it(`watch with refresh ${refresh} sends one request, not a storm`, async () => {
      configure({ source: { type: 'json', url: `${base}/api/{kind}/{id}.json` } });
      const states: ResourceState[] = [];
      const stop = watch({ kind: 'campaign', id: 'batyr-van' }, { refresh }, (state) => states.push(state));
      await until(() => states.some((state) => state.status === 'ready'));
      // A storm made dozens of requests in this time; the least refresh now is 15 s.
      await sleep(400);
      stop();
      expect((await testServer.stats()).requests['GET /api/campaign/batyr-van.json']).to.equal(1);
    });
  }

  it('answers an id that is not text with invalid-type, not a TypeError', () => {
    const states: ResourceState[] = [];
    watch({ kind: 'campaign', id: Object.create(null) as string }, {}, (state) => states.push(state));
    expect(states[0]).to.include({ status: 'error' });
    expect(states[0].error?.code).to.equal('invalid-type');
  });
});

describe('hardening (issue #8): dates that exist, amounts a currency can hold, any type', () => {
  for (const x of ['2026-13', '2026-00', '2026-99-99', '2026-02-30', '2025-02-29']) {
    it(`refuses the series point x "${x}"`, () => {
      const error = thrown(() => validateSeries({ series: [{ points: [{ x, y: 1 }] }] }));
      expect(error.code).to.equal('invalid-date');
    });
  }
  it('accepts real months and days (2024-02-29 included)', () => {
    const points = ['2026-01', '2026-12', '2024-02-29', 'Astana', 2026].map((x) => ({ x, y: 1 }));
    expect(validateSeries({ series: [{ points }] }).series[0].points.map((point) => point.x)).to.deep.equal([
      '2026-01',
      '2026-12',
      '2024-02-29',
      'Astana',
      '2026',
    ]);
  });
  for (const x of [{}, [], true, Object.create(null), NaN]) {
    it(`refuses a series point x of type ${Array.isArray(x) ? 'array' : typeof x} (no "[object Object]")`, () => {
      expect(thrown(() => validateSeries({ series: [{ points: [{ x, y: 1 }] }] })).code).to.equal('invalid-type');
    });
  }
  it('refuses dates that roll over (2026-02-30, 2026-04-31T10:00:00Z)', () => {
    expect(thrown(() => toDate('2026-02-30', 'ends')).code).to.equal('invalid-date');
    expect(thrown(() => toDate('2026-04-31T10:00:00Z', 'ends')).code).to.equal('invalid-date');
  });
  for (const [goal, currency] of [
    ['5e-324', 'KZT'],
    [0.001, 'KZT'],
    [0.5, 'JPY'],
    [0.009, 'USD'],
  ] as const) {
    it(`refuses a goal of ${goal} ${currency}, below the currency's minor unit`, () => {
      expect(thrown(() => validateCampaign({ goal, currency })).code).to.equal('invalid-goal');
    });
  }
  it('accepts a goal of exactly one minor unit', () => {
    expect(validateCampaign({ goal: 0.01, currency: 'USD' }).goal).to.equal(0.01);
    expect(validateCampaign({ goal: 1, currency: 'JPY' }).goal).to.equal(1);
  });
  it('throws only QoldauError for null-prototype objects and hostile toString', () => {
    const hostile = { toString: () => { throw new Error('boom'); } }; // prettier-ignore
    for (const value of [Object.create(null), hostile, Symbol('s')]) {
      expect(thrown(() => validateCampaign({ goal: value })).code).to.equal('invalid-number');
      expect(thrown(() => validateCampaign({ goal: 1, raised: value })).code).to.equal('invalid-number');
      expect(thrown(() => validateCampaign({ goal: 1, currency: value })).code).to.equal('invalid-type');
      expect(thrown(() => validateMetric({ value: 1, format: value })).code).to.equal('invalid-type');
      expect(thrown(() => validateCampaign({ goal: 1, endsAt: value })).code).to.equal('invalid-date');
      expect(thrown(() => toSafeUrl(value, 'url')).code).to.equal('invalid-type');
    }
  });
});

describe('hardening (issue #8): toSafeUrl decides on what the browser navigates to', () => {
  const base = 'https://ngo.kz/campaigns/page.html';
  const refused = [
    'java\tscript:alert(1)',
    'javascript\n:alert(1)',
    '\u0001javascript:alert(1)',
    ' javascript:alert(1)',
    'JaVaScRiPt:alert(1)',
    'java\rscript:alert(1)',
    'data:text/html,<script>alert(1)</script>',
    'vbscript:x',
    'blob:https://ngo.kz/x',
    'file:///etc/passwd',
    '/\\evil.example',
    '\\\\evil.example',
    '//evil.example/x',
    '/\t/evil.example',
    'http://ngo.kz/insecure',
    'https://user:pass@ngo.kz/',
    'https://ngo.kz@evil.example/',
    'http://[',
  ];
  for (const value of refused) {
    it(`refuses ${JSON.stringify(value)}`, () => {
      expect(thrown(() => toSafeUrl(value, 'url', base)).code).to.equal('invalid-url');
    });
  }
  const accepted: [string, string][] = [
    ['https://kaspi.kz/pay?x=1', 'https://kaspi.kz/pay?x=1'],
    ['/donate', 'https://ngo.kz/donate'],
    ['donate#form', 'https://ngo.kz/campaigns/donate#form'],
    ['  https://ngo.kz/a  ', 'https://ngo.kz/a'],
    ['http://localhost:8000/api', 'http://localhost:8000/api'],
    ['http://127.0.0.1:9/x', 'http://127.0.0.1:9/x'],
  ];
  for (const [value, href] of accepted) {
    it(`accepts ${JSON.stringify(value)} as ${href}`, () => {
      expect(toSafeUrl(value, 'url', base)).to.equal(href);
    });
  }
  it('lets a relative link on an http page stay on that origin', () => {
    expect(toSafeUrl('/x', 'url', 'http://ngo.kz/')).to.equal('http://ngo.kz/x');
  });

  it('checks source and sink URLs the same way', () => {
    freshAdapter();
    for (const config of [
      { source: { type: 'json', url: 'javascript:alert(1)//{kind}/{id}' } },
      { source: { type: 'json', url: { campaign: 'java\tscript:x' } } },
      { source: { type: 'sheet', url: 'http://docs.example/pub?output=csv' } },
      { sink: { type: 'http', url: 'http://ngo.kz/api/forms/{form}' } },
      { sink: { type: 'http', url: '/\\evil.example/{form}' } },
    ]) {
      expect(thrown(() => configure(config as never)).code, JSON.stringify(config)).to.equal('invalid-url');
    }
    configure({ source: { type: 'json', url: 'https://api.ngo.kz/{kind}/{id}.json' } });
    configure({ sink: { type: 'http', url: '/api/forms/{form}' } });
  });
});

describe('hardening (issue #8): personal data leaves the browser on time', () => {
  let base = '';
  before(async () => {
    base = await testServer.url();
  });
  beforeEach(async () => {
    freshAdapter();
    await testServer.reset();
  });

  it('stores only the submission, its sink and its expiry; expiry is at most 30 days', async () => {
    await testServer.stop();
    try {
      configure({ sink: { type: 'http', url: `${base}/api/forms/{form}`, expiry: 31 * 365 * DAY, retryDelay: 60 } });
      const entry = await submit('volunteer', { name: 'Әлия' }, { locale: 'kk' });
      const stored = JSON.parse(localStorage.getItem(storageKey(`outbox:${entry.submission.idempotencyKey}`))!);
      expect(Object.keys(stored).sort()).to.deep.equal(
        ['attempts', 'expiresAt', 'nextAttemptAt', 'sink', 'submission'].concat(stored.error ? ['error'] : []).sort(),
      );
      expect(stored.sink).to.equal(`http ${base}/api/forms/{form}`);
      expect(stored.expiresAt).to.equal(Date.parse(entry.submission.createdAt) + 30 * DAY * 1000);
    } finally {
      // The submit's first attempt must have failed before the server is back: started later (a
      // busy CI machine), it reached the restarted server and counted in the next test's stats.
      await outbox.flush();
      await testServer.start();
    }
  });

  it('sends an entry only to the sink it was made for', async () => {
    const namespace = freshAdapter();
    const submission = {
      form: 'volunteer',
      data: { phone: '+7 701 000 00 00' },
      locale: 'en',
      consent: null,
      idempotencyKey: 'made-for-forms',
      createdAt: new Date().toISOString(),
    };
    localStorage.setItem(
      `${namespace}outbox:made-for-forms`,
      JSON.stringify({
        submission,
        attempts: 0,
        nextAttemptAt: 0,
        sink: `http ${base}/api/forms/{form}`,
        expiresAt: Date.now() + 3_600_000,
      }),
    );
    // Another page of the site configures another sink: the entry must not go there.
    configure({ sink: { type: 'http', url: `${base}/api/other/{form}`, retryDelay: 0.02 } });
    await outbox.flush();
    expect((await testServer.stats()).requests).to.deep.equal({});
    expect((await outbox.pending()).map((item) => item.submission.idempotencyKey)).to.deep.equal(['made-for-forms']);
    // On a page with its own sink, it goes out.
    configure({ sink: { type: 'http', url: `${base}/api/forms/{form}`, retryDelay: 0.02 } });
    await outbox.flush();
    expect((await testServer.stats()).submissions.map((item) => item.key)).to.deep.equal(['made-for-forms']);
  });

  it('purges expired entries on a page without a sink, and entries that do not name their sink', async () => {
    const namespace = freshAdapter();
    const put = (key: string, value: Record<string, unknown>) =>
      localStorage.setItem(`${namespace}outbox:${key}`, JSON.stringify(value));
    const submission = (key: string) => ({
      form: 'f',
      data: { name: 'x' },
      locale: 'en',
      consent: null,
      idempotencyKey: key,
      createdAt: new Date().toISOString(),
    });
    put('expired', { submission: submission('expired'), attempts: 0, nextAttemptAt: 0, sink: 'custom', expiresAt: 1 });
    put('legacy', { submission: submission('legacy'), attempts: 0, nextAttemptAt: 0 });
    put('live', {
      submission: submission('live'),
      attempts: 0,
      nextAttemptAt: 0,
      sink: 'custom',
      expiresAt: Date.now() + 60_000,
    });
    // A page that only reads data (no sink): reading the configuration purges.
    configure({ source: { type: 'json', url: `${base}/api/{kind}/{id}.json` } });
    await read({ kind: 'campaign', id: 'batyr-van' });
    await until(() => storedKeys('outbox:').length === 1);
    expect(storedKeys('outbox:')).to.deep.equal([`${namespace}outbox:live`]);
    expect((await testServer.stats()).submissions).to.deep.equal([]);
  });

  it('purgeOutbox() (what the CDN entry calls on every page) deletes expired entries without sending', async () => {
    const namespace = freshAdapter();
    localStorage.setItem(
      `${namespace}outbox:old`,
      JSON.stringify({
        submission: {
          form: 'f',
          data: {},
          locale: 'en',
          consent: null,
          idempotencyKey: 'old',
          createdAt: '2020-01-01T00:00:00Z',
        },
        attempts: 0,
        nextAttemptAt: 0,
        sink: 'custom',
        expiresAt: Date.parse('2020-01-08T00:00:00Z'),
      }),
    );
    await purgeOutbox();
    expect(storedKeys('outbox:')).to.deep.equal([]);
  });
});

describe('hardening (issue #8): cached figures are keyed by their source', () => {
  let base = '';
  before(async () => {
    base = await testServer.url();
  });

  it('does not show one source’s saved figures for another source on the same origin', async () => {
    const namespace = freshAdapter();
    await testServer.reset();
    await testServer.resource('campaign', 'shared', { goal: 100, raised: 7 });
    configure({ source: { type: 'json', url: `${base}/api/{kind}/{id}.json` } });
    await read({ kind: 'campaign', id: 'shared' });
    // Next visit, another NGO's source on this origin (a static one here), same kind and id.
    freshAdapter();
    const { setStorageNamespace } = await import('../src/data/storage.js');
    setStorageNamespace(namespace);
    configure({ source: { type: 'static', data: { campaigns: [{ id: 'shared', goal: 100, raised: 50 }] } } });
    const states: ResourceState[] = [];
    const stop = watch({ kind: 'campaign', id: 'shared' }, {}, (state) => states.push(state));
    expect(states[0].fromStorage).to.equal(false);
    await until(() => states.some((state) => state.status === 'ready'));
    stop();
    expect((states.find((state) => state.data)?.data as { raised: number }).raised).to.equal(50);
  });
});
