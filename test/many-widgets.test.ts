// Many widgets on one page (issue #9): 20 live meters, counters or charts on one resource cost one
// request, and one render each when the data arrives — no render when they are first seen unless
// something visible changes, none per widget for the locale. Counts, never timings (timings belong
// to `npm run bench`).
import { expect, fixture, html, nextFrame } from '@open-wc/testing';
import { emulateMedia, setViewport } from '@web/test-runner-commands';
import { Chart } from 'chart.js';
import '../packages/elements/src/donation-progress/define.js';
import '../packages/elements/src/impact-counter/define.js';
import '../packages/charts/src/impact-chart/define.js';
import { QoldauDonationProgress } from '../packages/elements/src/donation-progress/donation-progress.js';
import { QoldauImpactCounter } from '../packages/elements/src/impact-counter/impact-counter.js';
import { QoldauImpactChart } from '../packages/charts/src/impact-chart/impact-chart.js';
import { loadChartJs } from '../packages/charts/src/impact-chart/load-chartjs.js';
import { useJsonSource } from '../packages/core/test/data/helpers.js';
import { testServer } from './server/control.js';
import { partText, until, useLocale } from './helpers.js';

const isReady = (el: Element) =>
  !!el.shadowRoot?.querySelector('[role="progressbar"]') && !el.shadowRoot.querySelector('.loading');

describe('20 live widgets on one campaign', () => {
  const updates = countUpdates(QoldauDonationProgress);

  after(async () => {
    await testServer.heal();
    await useLocale(null);
  });

  it('make one request, and render once each when the data arrives (also once seen)', async () => {
    await useJsonSource({ cacheTtl: 60 });
    // The answer waits, so the widgets settle in their loading state (and are seen) first.
    await testServer.fail({ match: 'GET /api/campaign', mode: 'slow', delay: 600 });
    const wrapper = await fixture<HTMLElement>(
      html`<div>
        ${Array.from({ length: 20 }, () => html`<qoldau-donation-progress campaign="batyr-van"></qoldau-donation-progress>`)}
      </div>`,
    );
    const widgets = [...wrapper.querySelectorAll('qoldau-donation-progress')];
    await Promise.all(widgets.map((widget) => (widget as QoldauDonationProgress).updateComplete));
    // The adapter (a lazily imported chunk) has asked the server: every widget is waiting for data.
    const path = 'GET /api/campaign/batyr-van.json';
    await until(async () => (await testServer.stats()).requests[path] === 1, 5000, 'the request');
    await nextFrame();
    await nextFrame();
    expect(
      widgets.every((widget) => widget.shadowRoot!.querySelector('.loading')),
      'loading',
    ).to.be.true;
    updates.clear();

    await until(() => widgets.every(isReady), 5000, 'all widgets ready');
    // Frames for a reveal, a locale event or a late second render to happen, if any would.
    for (let frame = 0; frame < 5; frame++) await nextFrame();
    expect(widgets.map((widget) => updates.get(widget) ?? 0)).to.deep.equal(Array(20).fill(1));
    expect((await testServer.stats()).requests[path]).to.equal(1);
    expect(widgets.map((widget) => partText(widget, 'raised'))).to.deep.equal(Array(20).fill('₸8,420,000'));
  });

  it('do not render again when scrolled into view: the fill moves without a render', async () => {
    const wrapper = await fixture<HTMLElement>(
      html`<div>
        <div style="height: 3000px"></div>
        <qoldau-donation-progress raised="500" goal="1000"></qoldau-donation-progress>
      </div>`,
    );
    const widget = wrapper.querySelector('qoldau-donation-progress')!;
    await widget.updateComplete;
    await nextFrame();
    const meter = widget.shadowRoot!.querySelector<HTMLElement>('.meter')!;
    expect(meter.style.getPropertyValue('--_progress'), 'not seen yet').to.equal('0');
    updates.clear();
    widget.scrollIntoView();
    await until(() => meter.style.getPropertyValue('--_progress') === '0.5', 3000, 'the fill to move');
    expect(widget.shadowRoot!.querySelector('[part="base"]')!.classList.contains('animate')).to.be.true;
    expect(updates.get(widget) ?? 0).to.equal(0);
  });

  it('follow the locale through one shared listener, and only while on the page', async () => {
    const wrapper = await fixture<HTMLElement>(
      html`<div><qoldau-donation-progress raised="500" goal="1000"></qoldau-donation-progress></div>`,
    );
    const widget = wrapper.querySelector('qoldau-donation-progress')!;
    await widget.updateComplete;
    widget.remove();
    updates.clear();
    await useLocale('ru');
    await nextFrame();
    expect(updates.get(widget) ?? 0, 'a removed widget is not rendered').to.equal(0);
    wrapper.append(widget);
    await useLocale('kk');
    await until(() => partText(widget, 'goal').includes('1 000 ₸'), 3000, 'the kk figures');
    expect(updates.get(widget) ?? 0).to.be.at.least(1);
  });
});

/** Counts `update()` calls of every element of `type` while the tests of a describe run. */
function countUpdates(type: { prototype: object }): Map<Element, number> {
  const updates = new Map<Element, number>();
  const prototype = type.prototype as { update(changed: unknown): void };
  let original: (changed: unknown) => void;
  before(() => {
    original = prototype.update;
    prototype.update = function (this: Element, changed: unknown) {
      updates.set(this, (updates.get(this) ?? 0) + 1);
      original.call(this, changed);
    };
  });
  after(() => {
    // Deleting the own property restores the inherited update().
    delete (prototype as Partial<typeof prototype>).update;
  });
  return updates;
}

/** The number a counter shows right now (its `value` part also holds the final one, to keep the width). */
const shownNumber = (counter: Element) => counter.shadowRoot!.querySelector('.current')?.textContent;

/** Whether the shared IntersectionObserver has reported `widget` in view (motion.ts's callback ran). */
const seen = (widget: Element) => (widget as unknown as { revealed: boolean }).revealed;

/**
 * 20 widgets naming one resource, below the screen, with the answer held back: resolves once every
 * widget shows its skeleton and the request was made; `show()` brings them all into view and
 * resolves when the shared IntersectionObserver has reported each one.
 */
async function twentyLoading(tag: string, attributes: string, path: string) {
  await useJsonSource({ cacheTtl: 60 });
  await testServer.fail({ match: `GET ${path}`, mode: 'slow', delay: 1500 });
  const wrapper = await fixture<HTMLElement>(
    html`<div>
      <div style="height: 3000px"></div>
      <div style="display: grid; grid-template-columns: repeat(5, 1fr)"></div>
    </div>`,
  );
  const [spacer, grid] = [...wrapper.children] as HTMLElement[];
  grid.innerHTML = Array.from({ length: 20 }, () => `<${tag} ${attributes}></${tag}>`).join('');
  const widgets = [...grid.children] as HTMLElement[];
  await until(async () => (await testServer.stats()).requests[`GET ${path}`] === 1, 5000, 'the request');
  await until(() => widgets.every((widget) => widget.shadowRoot?.querySelector('.loading')), 3000, 'skeletons');
  await nextFrame();
  expect(widgets.some(seen), 'none seen yet').to.be.false;
  const show = async () => {
    spacer.remove();
    await until(() => widgets.every(seen), 3000, 'every widget seen');
    for (let frame = 0; frame < 3; frame++) await nextFrame();
    expect(
      widgets.every((widget) => widget.shadowRoot!.querySelector('.loading')),
      'still loading',
    ).to.be.true;
  };
  return { widgets, show };
}

describe('20 live counters on one metric', () => {
  const updates = countUpdates(QoldauImpactCounter);

  before(() => setViewport({ width: 1200, height: 2000 }));
  afterEach(() => delete document.documentElement.dataset.qoldauMotion);
  after(async () => {
    await testServer.heal();
    await setViewport({ width: 800, height: 600 });
  });

  it('make one request, are not rendered when seen while loading, and render once when the data arrives', async () => {
    const path = '/api/metric/families.json';
    const { widgets, show } = await twentyLoading('qoldau-impact-counter', 'metric="families"', path);
    updates.clear();
    await show();
    // Being seen while the data is on its way changes nothing visible: no render.
    expect(widgets.map((widget) => updates.get(widget) ?? 0)).to.deep.equal(Array(20).fill(0));
    // The count-up's frames are renders by design (the digits change); without motion the data
    // arrives as one render.
    document.documentElement.dataset.qoldauMotion = 'reduce';
    await until(() => widgets.every((widget) => shownNumber(widget) === '1,000'), 5000, 'the figures');
    for (let frame = 0; frame < 5; frame++) await nextFrame();
    expect(widgets.map((widget) => updates.get(widget) ?? 0)).to.deep.equal(Array(20).fill(1));
    expect((await testServer.stats()).requests[`GET ${path}`]).to.equal(1);
  });

  it('render on first view only when the number changes (it counts up; a 0 stays as it is)', async () => {
    const wrapper = await fixture<HTMLElement>(
      html`<div>
        <div style="height: 3000px"></div>
        <qoldau-impact-counter value="0" one="child" other="children"></qoldau-impact-counter>
        <qoldau-impact-counter value="500" duration="200"></qoldau-impact-counter>
      </div>`,
    );
    const [zero, counting] = [...wrapper.querySelectorAll('qoldau-impact-counter')];
    await Promise.all([zero, counting].map((widget) => widget.updateComplete));
    expect(shownNumber(counting), 'not seen yet').to.equal('0');
    updates.clear();
    zero.scrollIntoView();
    await until(() => seen(zero), 3000, 'the zero seen');
    for (let frame = 0; frame < 3; frame++) await nextFrame();
    expect(updates.get(zero) ?? 0, 'a 0 does not count').to.equal(0);
    expect([shownNumber(zero), partText(zero, 'noun')]).to.deep.equal(['0', 'children']);
    counting.scrollIntoView();
    await until(() => shownNumber(counting) === '500', 3000, 'the count-up');
    expect(updates.get(counting) ?? 0).to.be.at.least(2);
  });
});

describe('20 live charts on one allocation', () => {
  const updates = countUpdates(QoldauImpactChart);

  before(async () => {
    await setViewport({ width: 1200, height: 2000 });
    // chart.js is loaded once for the page; its arrival draws canvases, it renders nothing.
    await loadChartJs('bar');
  });
  after(async () => {
    await testServer.heal();
    await setViewport({ width: 800, height: 600 });
  });

  it('make one request, are not rendered when seen while loading, and render once when the data arrives', async () => {
    const path = '/api/allocation/batyr-2026.json';
    const { widgets, show } = await twentyLoading('qoldau-impact-chart', 'allocation="batyr-2026"', path);
    updates.clear();
    await show();
    expect(widgets.map((widget) => updates.get(widget) ?? 0)).to.deep.equal(Array(20).fill(0));
    const canvas = (widget: Element) => widget.shadowRoot!.querySelector('canvas');
    await until(() => widgets.every((widget) => canvas(widget) && Chart.getChart(canvas(widget)!)), 8000, 'drawn');
    for (let frame = 0; frame < 5; frame++) await nextFrame();
    expect(widgets.map((widget) => updates.get(widget) ?? 0)).to.deep.equal(Array(20).fill(1));
    expect((await testServer.stats()).requests[`GET ${path}`]).to.equal(1);
  });

  it('draw on first view without a render', async () => {
    const wrapper = await fixture<HTMLElement>(
      html`<div>
        <div style="height: 3000px"></div>
        <qoldau-impact-chart
          ><script type="application/json">
            {
              "series": [
                {
                  "label": "Children",
                  "points": [
                    { "x": "2026-01", "y": 12 },
                    { "x": "2026-02", "y": 19 }
                  ]
                }
              ]
            }
          </script></qoldau-impact-chart
        >
      </div>`,
    );
    const widget = wrapper.querySelector('qoldau-impact-chart')!;
    await widget.updateComplete;
    for (let frame = 0; frame < 3; frame++) await nextFrame();
    const canvas = widget.shadowRoot!.querySelector('canvas')!;
    expect(Chart.getChart(canvas), 'not drawn before it is seen').to.equal(undefined);
    updates.clear();
    widget.scrollIntoView();
    await until(() => Chart.getChart(canvas), 3000, 'the chart drawn');
    expect(updates.get(widget) ?? 0).to.equal(0);
  });

  it('share one colour-scheme listener, removed with the last chart, and re-theme every chart when the scheme changes', async () => {
    const scheme = '(prefers-color-scheme: dark)';
    const calls = { add: 0, remove: 0 };
    const { addEventListener, removeEventListener } = MediaQueryList.prototype;
    MediaQueryList.prototype.addEventListener = function (
      this: MediaQueryList,
      ...args: Parameters<typeof addEventListener>
    ) {
      if (this.media === scheme && args[0] === 'change') calls.add++;
      return addEventListener.apply(this, args);
    };
    MediaQueryList.prototype.removeEventListener = function (
      this: MediaQueryList,
      ...args: Parameters<typeof removeEventListener>
    ) {
      if (this.media === scheme && args[0] === 'change') calls.remove++;
      return removeEventListener.apply(this, args);
    };
    // The page lets the visitor's setting choose (the widgets follow the page's color-scheme).
    document.documentElement.style.colorScheme = 'light dark';
    try {
      const series = JSON.stringify({ series: [{ label: 'Children', points: [{ x: '2026-01', y: 12 }] }] });
      const wrapper = await fixture<HTMLElement>(
        html`<div style="display: grid; grid-template-columns: repeat(5, 1fr)">
          ${Array.from(
            { length: 20 },
            () =>
              html`<qoldau-impact-chart
                ><script type="application/json">
                  ${series}
                </script></qoldau-impact-chart
              >`,
          )}
        </div>`,
      );
      const charts = [...wrapper.children] as QoldauImpactChart[];
      const colours = () =>
        charts.map((chart) => {
          const canvas = chart.shadowRoot!.querySelector('canvas');
          return canvas && Chart.getChart(canvas)?.data.datasets[0].backgroundColor;
        });
      await until(() => colours().every((colour) => colour === 'rgba(0, 104, 127, 1)'), 5000, 'light charts');
      expect(calls, '20 charts, one listener').to.deep.equal({ add: 1, remove: 0 });

      await emulateMedia({ colorScheme: 'dark' });
      await until(() => new Set(colours()).size === 1 && colours()[0] !== 'rgba(0, 104, 127, 1)', 3000, 'dark');
      await emulateMedia({ colorScheme: 'light' });
      await until(() => colours().every((colour) => colour === 'rgba(0, 104, 127, 1)'), 3000, 'light again');

      charts.forEach((chart) => chart.remove());
      expect(calls, 'removed with the last chart').to.deep.equal({ add: 1, remove: 1 });
      wrapper.append(charts[0]);
      await charts[0].updateComplete;
      expect(calls, 'added again for a chart that comes back').to.deep.equal({ add: 2, remove: 1 });
    } finally {
      MediaQueryList.prototype.addEventListener = addEventListener;
      MediaQueryList.prototype.removeEventListener = removeEventListener;
      document.documentElement.style.colorScheme = '';
    }
  });
});
