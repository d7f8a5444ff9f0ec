// The CDN bundle and chart.js: a page without a chart never downloads it; a page with a chart
// downloads chart.js for its chart's type only, and draws on a canvas.
import { expect } from '@open-wc/testing';
import { plainSpaces } from './helpers.js';

interface FixtureWindow extends Window {
  recorded: { errors: string[]; violations: string[] };
}

async function openPage(path: string): Promise<HTMLIFrameElement> {
  const frame = document.createElement('iframe');
  frame.style.width = '800px';
  frame.style.height = '900px';
  const loaded = new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
  frame.src = path;
  document.body.append(frame);
  await loaded;
  return frame;
}

async function until<T>(probe: () => T | undefined | null | false, what: string, timeout = 8000): Promise<T> {
  const start = performance.now();
  for (;;) {
    const value = probe();
    if (value) return value;
    if (performance.now() - start > timeout) throw new Error(`Timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}

const requested = (frame: HTMLIFrameElement) =>
  (frame.contentWindow!.performance.getEntriesByType('resource') as PerformanceResourceTiming[]).map((entry) =>
    new URL(entry.name).pathname.split('/').pop()!,
  );

describe('CDN bundle and chart.js', () => {
  afterEach(() => document.querySelectorAll('iframe').forEach((frame) => frame.remove()));

  it('a page without a chart never downloads chart.js or the chart element', async () => {
    const frame = await openPage('/test/fixtures/cdn-no-chart.html');
    const doc = frame.contentDocument!;
    const spoken = (index: number) =>
      plainSpaces(doc.querySelectorAll('qoldau-impact-counter')[index]?.shadowRoot?.querySelector('.figure .visually-hidden')?.textContent);
    await until(() => spoken(0) === '183 ребёнка' && spoken(1) === '90 %', 'both counters');
    await until(() => doc.querySelector('qoldau-donation-progress')?.shadowRoot?.querySelector('[part="raised"]'), 'donation progress');
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
    const canvas = await until(() => chart.shadowRoot?.querySelector('canvas'), 'the canvas');
    // chart.js sized the canvas's drawing buffer and painted on it.
    await until(() => canvas.width > 0 && canvas.height > 0, 'a sized canvas');
    await until(() => {
      const context = canvas.getContext('2d')!;
      const pixels = context.getImageData(0, 0, canvas.width, canvas.height).data;
      for (let index = 3; index < pixels.length; index += 4 * 97) if (pixels[index] > 0) return true;
      return false;
    }, 'pixels on the canvas');
    expect(plainSpaces(canvas.getAttribute('aria-label'))).to.equal(
      'Сақиналы диаграмма. Барлығы 23 000 000 ₸. Ең үлкені: Көлік, 12 500 000 ₸ (54%).',
    );
    const files = requested(frame);
    expect(files.some((file) => file.startsWith('impact-chart-'))).to.be.true;
    const chartjs = files.filter((file) => file.startsWith('chartjs-')).map((file) => /^chartjs-([a-z]+)-/.exec(file)?.[1]);
    expect(chartjs).to.deep.equal(['doughnut']);
    expect(files.some((file) => file.startsWith('impact-counter-'))).to.be.false;
    expect((frame.contentWindow as FixtureWindow).recorded.errors).to.deep.equal([]);
  });
});
