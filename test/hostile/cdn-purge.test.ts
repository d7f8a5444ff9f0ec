// The CDN entry deletes expired unsent submissions on every page load, even on a page without a
// form or a sink (issue #8; docs/data.md, "What is stored"). Needs `npm run build:cdn`.
import { expect } from '@open-wc/testing';
import { openPage, until } from '../helpers.js';

const entry = (key: string, expiresAt: number) =>
  JSON.stringify({
    submission: {
      form: 'f',
      data: { phone: '+7 701 000 00 00' },
      locale: 'en',
      consent: null,
      idempotencyKey: key,
      createdAt: '2026-01-01T00:00:00Z',
    },
    attempts: 1,
    nextAttemptAt: 0,
    sink: 'http /api/forms/{form}',
    expiresAt,
  });

describe('CDN entry: expired submissions are purged on every page load', () => {
  afterEach(() => {
    for (const key of Object.keys(localStorage)) if (key.startsWith('qoldau:outbox:')) localStorage.removeItem(key);
  });

  it('deletes an expired entry on a page with only a donation progress, and keeps a live one', async () => {
    localStorage.setItem('qoldau:outbox:expired', entry('expired', Date.now() - 1000));
    localStorage.setItem('qoldau:outbox:live', entry('live', Date.now() + 3_600_000));
    await openPage('/test/fixtures/cdn-csp.html');
    await until(() => localStorage.getItem('qoldau:outbox:expired') === null, 10_000, 'the purge');
    expect(localStorage.getItem('qoldau:outbox:live')).to.not.equal(null);
  });
});
