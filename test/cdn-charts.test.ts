// The CDN bundle and chart.js: a page without a chart never downloads it; a page with a chart
// downloads chart.js for its chart's type only, and draws on a canvas; a page mixing types
// downloads one chart.js with all of them.
import { expect } from '@open-wc/testing';
import { openPage, plainSpaces, until, type FixtureWindow } from './helpers.js';

const requested = (frame: HTMLIFrameElement) =>
  (frame.contentWindow!.performance.getEntriesByType('resource') as PerformanceResourceTiming[]).map((entry) =>
    new URL(entry.name).pathname.split('/').pop()!,
  );

/** A chart's canvas once chart.js has sized its drawing buffer and painted on it. */
async function drawnCanvas(chart: Element): Promise<HTMLCanvasElement> {
  const canvas = await until(() => chart.shadowRoot?.querySelector('canvas'), 10_000, 'the canvas');
  await until(() => canvas.width > 0 && canvas.height > 0, 10_000, 'a sized canvas');
  await until(
    () => {
      const context = canvas.getContext('2d')!;
      const pixels = context.getImageData(0, 0, canvas.width, canvas.height).data;
      for (let index = 3; index < pixels.length; index += 4 * 97) if (pixels[index] > 0) return true;
      return false;
    },
    10_000,
    'pixels on the canvas',
  );
  return canvas;
}

describe('CDN bundle and chart.js', () => {
  afterEach(() => document.querySelectorAll('iframe').forEach((frame) => frame.remove()));

  it('a page without a chart never downloads chart.js or the chart element', async () => {
    const frame = await openPage('/test/fixtures/cdn-no-chart.html');
    const doc = frame.contentDocument!;
    const spoken = (index: number) =>
      plainSpaces(
        doc.querySelectorAll('qoldau-impact-counter')[index]?.shadowRoot?.querySelector('.figure .visually-hidden')
          ?.textContent,
      );
    await until(() => spoken(0) === '183 ребёнка' && spoken(1) === '90 %', 10_000, 'both counters');
    await until(
      () => doc.querySelector('qoldau-donation-progress')?.shadowRoot?.querySelector('[part="raised"]'),
      10_000,
      'donation progress',
    );
    // Give any stray lazy import time to start.
    await new Promise((resolve) => setTimeout(resolve, 300));
    const files = requested(frame);
    expect(files.some((file) => file.startsWith('impact-counter-'))).to.be.true;
    expect(files.some((file) => file.startsWith('impact-counters-'))).to.be.true;
    expect(files.filter((file) => file.startsWith('chartjs-') || file.startsWith('impact-chart-'))).to.deep.equal([]);
    expect((frame.contentWindow as FixtureWindow).recorded.errors).to.deep.equal([]);
  });

  it('a page with a chart downloads chart.js for its type only, and draws on a canvas', async () => {
    const frame = await openPage('/test/fixtures/cdn-chart.html');
    const chart = frame.contentDocument!.querySelector('qoldau-impact-chart')!;
    const canvas = await drawnCanvas(chart);
    expect(plainSpaces(canvas.getAttribute('aria-label'))).to.equal(
      'Сақиналы диаграмма. Барлығы 23 000 000 ₸. Ең үлкені: Көлік, 12 500 000 ₸ (54%).',
    );
    const files = requested(frame);
    expect(files.some((file) => file.startsWith('impact-chart-'))).to.be.true;
    const chartjs = files
      .filter((file) => file.startsWith('chartjs-'))
      .map((file) => /^chartjs-([a-z]+)-/.exec(file)?.[1]);
    expect(chartjs).to.deep.equal(['doughnut']);
    expect(files.some((file) => file.startsWith('impact-counter-'))).to.be.false;
    expect((frame.contentWindow as FixtureWindow).recorded.errors).to.deep.equal([]);
  });

  it('a page mixing chart types downloads one chart.js with all types, not one copy per type', async () => {
    const frame = await openPage('/test/fixtures/cdn-charts-mixed.html');
    const charts = [...frame.contentDocument!.querySelectorAll('qoldau-impact-chart')];
    for (const chart of charts) await drawnCanvas(chart);
    const chartjs = requested(frame)
      .filter((file) => file.startsWith('chartjs-'))
      .map((file) => /^chartjs-([a-z]+)-/.exec(file)?.[1]);
    expect(chartjs).to.deep.equal(['all']);
    expect((frame.contentWindow as FixtureWindow).recorded.errors).to.deep.equal([]);
  });
});
