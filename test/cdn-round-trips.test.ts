// Round trips of the CDN bundle: every chunk a page needs is requested as soon as the entry knows
// of it, never only after another chunk has arrived (each wait costs a round trip, 400 ms on a
// slow phone). The test server serves /slow-cdn/ 150 ms a file, so a wait would show in the timings.
import { expect } from '@open-wc/testing';
import { openPage, until, type FixtureWindow } from './helpers.js';

describe('CDN bundle behind a slow network (150 ms a file): no chunk waits for another to arrive', () => {
  let timings: PerformanceResourceTiming[] = [];
  const timing = (prefix: string) =>
    timings.find((entry) => new URL(entry.name).pathname.split('/').pop()!.startsWith(prefix))!;

  before(async () => {
    const frame = await openPage('/test/fixtures/cdn-slow.html');
    const doc = frame.contentDocument!;
    await until(
      () =>
        doc.querySelector('qoldau-impact-counter')?.shadowRoot?.querySelector('.figure .visually-hidden') &&
        doc.querySelector('qoldau-donation-progress')?.shadowRoot?.querySelector('[part~="base"]:not(.loading)'),
      10_000,
      'the counter and the live meter',
    );
    timings = frame.contentWindow!.performance.getEntriesByType('resource') as PerformanceResourceTiming[];
    expect((frame.contentWindow as FixtureWindow).recorded.errors).to.deep.equal([]);
  });

  after(() => document.querySelectorAll('iframe').forEach((frame) => frame.remove()));

  it("the page's translations (kk) are fetched with the first component", () => {
    expect(timing('locale-kk-').startTime).to.be.below(timing('donation-progress-').responseEnd);
  });

  // Requested only once the chunk that needs it had arrived and been parsed, a chunk would start
  // after that response ended.
  it("a component's shared chunk (the counter's metric validator) is fetched with the component", () => {
    const counter = timing('impact-counter-');
    expect(counter.responseEnd - counter.startTime).to.be.at.least(150);
    expect(timing('shared-validate-metric-').startTime).to.be.below(counter.responseEnd);
  });

  it("the data adapter's read side is fetched with the component that names a resource (campaign=)", () => {
    expect(timing('data-read-').startTime).to.be.below(timing('donation-progress-').responseEnd);
  });

  it('a page without a form does not download the write side (outbox front door, queue, sinks)', () => {
    const files = timings.map((entry) => new URL(entry.name).pathname.split('/').pop()!);
    expect(files.filter((file) => /^(data-(?!read-)|shared-outbox-queue-)/.test(file))).to.deep.equal([]);
  });
});
