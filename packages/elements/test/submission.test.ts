// Form submissions through the outbox, reported as qoldau-* events, against the reference server.
import { expect } from '@open-wc/testing';
import { configure } from '@qoldau/core';
import { submitThroughOutbox } from '../src/base/submission.js';
import { keepPageOpenMessage } from '../src/form/form-messages.js';
import type { QoldauErrorDetail } from '../src/base/events.js';
import { freshAdapter, until } from '../../core/test/data/helpers.js';
import { useLocale } from '../../../test/helpers.js';
import { testServer } from '../../../test/server/control.js';

const EVENTS = ['qoldau-submit', 'qoldau-queued', 'qoldau-success', 'qoldau-error'] as const;

function recordAll(target: EventTarget): Array<{ type: string; detail: unknown }> {
  const seen: Array<{ type: string; detail: unknown }> = [];
  for (const type of EVENTS)
    target.addEventListener(type, (event) => seen.push({ type, detail: (event as CustomEvent).detail }));
  return seen;
}

async function useSink(): Promise<void> {
  freshAdapter();
  await testServer.reset();
  const base = await testServer.url();
  configure({ sink: { type: 'http', url: `${base}/api/forms/{form}`, retryDelay: 0.05, maxRetryDelay: 0.2 } });
}

describe('submitThroughOutbox()', () => {
  let form: HTMLElement;
  beforeEach(() => {
    form = document.createElement('div');
    document.body.append(form);
  });
  afterEach(async () => {
    form.remove();
    await testServer.heal();
  });

  it('stores, sends and confirms: submit → queued → success, and the server has it once', async () => {
    await useSink();
    const seen = recordAll(document);
    const result = await submitThroughOutbox(
      form,
      'volunteer',
      { name: 'Айгерім', phone: '+7 701 000 00 00' },
      { locale: 'kk' },
    );
    expect(result.persistent).to.be.true;
    const final = await result.settled;
    expect(final.status).to.equal('sent');
    const key = result.entry.submission.idempotencyKey;
    expect(seen.map((event) => event.type)).to.deep.equal(['qoldau-submit', 'qoldau-queued', 'qoldau-success']);
    // The reference receiver stores a volunteer form as `received` (no capacity to decide on).
    expect(seen[2].detail).to.deep.equal({ form: 'volunteer', idempotencyKey: key, outcome: { status: 'received' } });
    const { submissions } = await testServer.stats();
    expect(submissions).to.have.length(1);
    expect(submissions[0].key).to.equal(key);
    expect(submissions[0].body.data).to.deep.equal({ name: 'Айгерім', phone: '+7 701 000 00 00' });
  });

  it('keeps a submission while the server is away and sends it when it is back', async () => {
    await useSink();
    await testServer.stop();
    const seen = recordAll(form);
    let result;
    try {
      result = await submitThroughOutbox(form, 'signup', { seats: 2 }, { locale: 'ru' });
      await new Promise((resolve) => setTimeout(resolve, 300));
      expect(seen.map((event) => event.type)).to.deep.equal(['qoldau-submit', 'qoldau-queued']);
    } finally {
      await testServer.start();
    }
    expect((await result.settled).status).to.equal('sent');
    expect(seen.at(-1)!.type).to.equal('qoldau-success');
    expect((await testServer.stats()).submissions).to.have.length(1);
  });

  it('still sends when browser storage is blocked, and says the page must stay open', async () => {
    const descriptor = Object.getOwnPropertyDescriptor(window, 'localStorage')!;
    Object.defineProperty(window, 'localStorage', {
      configurable: true,
      get() {
        throw new DOMException('blocked', 'SecurityError');
      },
    });
    try {
      await useSink();
      const result = await submitThroughOutbox(form, 'volunteer', { name: 'Дана' }, { locale: 'ru' });
      expect(result.persistent).to.be.false;
      await useLocale('ru');
      expect(keepPageOpenMessage()).to.equal(
        'Пожалуйста, не закрывайте страницу, пока форма не отправится: этот браузер не может сохранить её на потом.',
      );
      expect((await result.settled).status).to.equal('sent');
    } finally {
      Object.defineProperty(window, 'localStorage', descriptor);
      freshAdapter();
      await useLocale(null);
    }
  });

  it('reports a refusal (4xx) as qoldau-error "rejected" without retrying', async () => {
    await useSink();
    await testServer.fail({ match: 'POST /api/forms', mode: 'status', status: 422 });
    const errors: Array<CustomEvent<QoldauErrorDetail>> = [];
    form.addEventListener('qoldau-error', (event) => errors.push(event));
    const result = await submitThroughOutbox(form, 'signup', { seats: 2 }, { locale: 'en' });
    expect((await result.settled).status).to.equal('rejected');
    await until(() => errors.length === 1, 2000, 'error event');
    expect(errors[0].detail.error.code).to.equal('rejected');
    expect(errors[0].detail.message).to.equal('The server did not accept the form.');
    expect(
      (await testServer.stats()).attempts.filter((attempt) => attempt.path.startsWith('/api/forms')),
    ).to.have.length(1);
  });

  it('fires qoldau-error and rejects when no sink is configured', async () => {
    freshAdapter();
    const errors: Array<CustomEvent<QoldauErrorDetail>> = [];
    form.addEventListener('qoldau-error', (event) => errors.push(event));
    let rejected: unknown;
    try {
      await submitThroughOutbox(form, 'signup', { seats: 1 }, { locale: 'en' });
    } catch (error) {
      rejected = error;
    }
    expect((rejected as { code: string }).code).to.equal('config');
    expect(errors.map((event) => event.detail.error.code)).to.deep.equal(['config']);
  });
});
