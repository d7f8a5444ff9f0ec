import { expect } from '@open-wc/testing';
import { testServer } from '../../../../test/server/control.js';
import { sleep, until } from './helpers.js';

interface PageReport {
  type: 'qoldau-outbox';
  pending: number;
  queued?: number;
  resumed?: boolean;
}

describe('data adapter: outbox under chaos', () => {
  it('stores each of 200 submissions exactly once despite 30% failures, an outage and a reload', async function () {
    this.timeout(60_000);
    const base = await testServer.url();
    await testServer.reset();
    await testServer.fail({ match: 'POST /api/forms', mode: 'random', rate: 0.3 });
    const namespace = `qoldau-chaos-${Date.now()}:`;
    const reports: PageReport[] = [];
    const onMessage = (event: MessageEvent): void => {
      if ((event.data as PageReport)?.type === 'qoldau-outbox') reports.push(event.data as PageReport);
    };
    window.addEventListener('message', onMessage);
    const page = (count: number): string =>
      `/packages/core/test/data/fixtures/outbox-page.html?ns=${encodeURIComponent(namespace)}&sink=${encodeURIComponent(`${base}/api/forms/{form}`)}&count=${count}`;
    const frame = document.createElement('iframe');
    frame.src = page(200);
    document.body.append(frame);
    try {
      await until(() => reports.some((report) => report.queued === 200), 20_000, 'queued');
      const stored = async (): Promise<number> => (await testServer.stats()).submissions.length;
      await until(async () => (await stored()) >= 40, 20_000, 'first deliveries');

      // The server goes away; the visitor reloads the page while submissions are still queued.
      await testServer.stop();
      await sleep(300);
      frame.src = page(0);
      await until(() => reports.some((report) => report.resumed), 20_000, 'reloaded page');
      expect(reports.find((report) => report.resumed)!.pending).to.be.greaterThan(0);
      await sleep(300);
      await testServer.start();

      await until(async () => (await stored()) === 200, 30_000, 'all 200 stored');
      await until(() => reports.at(-1)?.pending === 0, 10_000, 'empty outbox');
      await sleep(300);

      const stats = await testServer.stats();
      const numbers = stats.submissions.map((submission) => (submission.body.data as { n: number }).n);
      expect(stats.submissions).to.have.length(200);
      expect(new Set(numbers).size).to.equal(200);
      expect(Math.min(...numbers)).to.equal(0);
      expect(Math.max(...numbers)).to.equal(199);
      expect(new Set(stats.submissions.map((submission) => submission.key)).size).to.equal(200);
      // Failures really happened, and some confirmations were lost and replayed.
      expect(stats.attempts.length).to.be.greaterThan(200);
      expect(Object.keys(localStorage).filter((key) => key.startsWith(namespace))).to.deep.equal([]);
    } finally {
      window.removeEventListener('message', onMessage);
      frame.remove();
      await testServer.start();
    }
  });

  it('sends each submission once with two tabs sharing one outbox', async function () {
    this.timeout(30_000);
    const base = await testServer.url();
    await testServer.reset();
    const namespace = `qoldau-tabs-${Date.now()}:`;
    const queued = new Set<MessageEventSource | null>();
    const onMessage = (event: MessageEvent): void => {
      if ((event.data as PageReport)?.queued) queued.add(event.source);
    };
    window.addEventListener('message', onMessage);
    const frames = [0, 1].map(() => {
      const frame = document.createElement('iframe');
      frame.src = `/packages/core/test/data/fixtures/outbox-page.html?ns=${encodeURIComponent(namespace)}&sink=${encodeURIComponent(`${base}/api/forms/{form}`)}&count=50`;
      document.body.append(frame);
      return frame;
    });
    try {
      await until(() => queued.size === 2, 20_000, 'both tabs queued');
      await until(async () => (await testServer.stats()).submissions.length === 100, 20_000, 'all 100 stored');
      await sleep(300);
      const stats = await testServer.stats();
      // Web Locks: one tab sends at a time and re-reads the queue, so nothing was sent twice.
      expect(stats.attempts).to.have.length(100);
      expect(stats.attempts.every((attempt) => attempt.outcome === 201)).to.equal(true);
    } finally {
      window.removeEventListener('message', onMessage);
      frames.forEach((frame) => frame.remove());
    }
  });
});
