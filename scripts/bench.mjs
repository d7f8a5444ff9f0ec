// npm run bench: what visitors pay, measured (never asserted by a test).
// 1. Bytes: the CDN size report (scripts/size.mjs).
// 2. Time: headless Chromium (Playwright driving Debian's Chromium) loads the demo page from the
//    local demo server with a slow phone emulated (4x CPU slowdown, "slow 4G": 400 ms RTT,
//    ~400 kbit/s down), and reports the median over several runs of: time until the first widget
//    has rendered, the top one, every widget, chart.js downloaded, and the bytes of script
//    transferred by then. Then 100 donation meters and 100 counters on one page: time to render
//    them all (CPU slowdown only).
import { spawn, spawnSync } from 'node:child_process';
import { chromium } from 'playwright';
import { chromiumArgs, chromiumPath } from './chromium.mjs';

const RUNS = Number(process.env.BENCH_RUNS ?? 5);
const port = 8766;

const build = spawnSync('npm', ['run', '--silent', 'size'], { stdio: 'inherit' });
if (build.status !== 0) process.exit(build.status ?? 1);

const server = spawn(process.execPath, ['scripts/serve-demo.mjs'], {
  env: { ...process.env, PORT: String(port) },
  stdio: 'ignore',
});
const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];

/**
 * Resolves in the page once every Qoldau widget has rendered and chart.js has arrived for every
 * chart; returns timings since navigation: the first widget rendered, the top one (first in the
 * page, what a visitor sees first), all of them, chart.js downloaded, and the script bytes by then.
 */
const waitForWidgets = () =>
  new Promise((resolve) => {
    const tags = 'qoldau-donation-progress, qoldau-impact-counter, qoldau-impact-chart';
    const isRendered = (widget) => widget.shadowRoot?.querySelector('[part="base"]:not(.loading)');
    // chart.js arrives in chunks named chartjs-<type>- (or chartjs-all- for pages mixing types);
    // charts draw only once scrolled into view, so its arrival is what is timed here.
    const chartJs = () =>
      performance.getEntriesByType('resource').filter((entry) => /\/chartjs-\w+-[^/]*\.js$/.test(entry.name));
    const covered = (chart, files) => {
      const type = ['bar', 'doughnut', 'line'].includes(chart.getAttribute('type'))
        ? chart.getAttribute('type')
        : 'bar';
      return files.some((entry) => new RegExp(`/chartjs-(${type}|all)-`).test(entry.name));
    };
    let first, top, all;
    const check = () => {
      const widgets = [...document.querySelectorAll(tags)];
      const rendered = widgets.filter(isRendered);
      const now = performance.now();
      if (rendered.length && first === undefined) first = now;
      if (widgets.length && isRendered(widgets[0]) && top === undefined) top = now;
      if (widgets.length && rendered.length === widgets.length && all === undefined) all = now;
      const charts = widgets.filter((widget) => widget.localName === 'qoldau-impact-chart');
      const files = chartJs().filter((entry) => entry.responseEnd > 0);
      if (all !== undefined && charts.every((chart) => covered(chart, files))) {
        const scripts = performance
          .getEntriesByType('resource')
          .filter((entry) => entry.initiatorType === 'script' || entry.name.endsWith('.js'));
        resolve({
          first,
          top,
          all,
          chartJs: Math.max(0, ...files.map((entry) => entry.responseEnd)),
          widgets: widgets.length,
          charts: charts.length,
          scriptBytes: scripts.reduce((sum, entry) => sum + entry.transferSize, 0),
          scriptFiles: scripts.length,
        });
      } else requestAnimationFrame(check);
    };
    check();
  });

try {
  await new Promise((resolve) => setTimeout(resolve, 400));
  const browser = await chromium.launch({ executablePath: chromiumPath(), args: chromiumArgs });
  const results = { slowPhone: [], manyWidgets: [] };
  for (let run = 0; run < RUNS; run++) {
    const context = await browser.newContext({ viewport: { width: 412, height: 915 } });
    const page = await context.newPage();
    const cdp = await context.newCDPSession(page);
    await cdp.send('Network.enable');
    await cdp.send('Network.setCacheDisabled', { cacheDisabled: true });
    await cdp.send('Network.emulateNetworkConditions', {
      offline: false,
      latency: 400,
      downloadThroughput: 50_000,
      uploadThroughput: 50_000,
    });
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 });
    await page.goto(`http://localhost:${port}/demo/?lang=kk`, { waitUntil: 'commit' });
    results.slowPhone.push(await page.evaluate(waitForWidgets));
    await context.close();
  }
  for (let run = 0; run < RUNS; run++) {
    const context = await browser.newContext();
    const page = await context.newPage();
    const cdp = await context.newCDPSession(page);
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 });
    await page.goto(`http://localhost:${port}/demo/bench.html`, { waitUntil: 'commit' });
    results.manyWidgets.push(await page.evaluate(waitForWidgets));
    await context.close();
  }
  await browser.close();

  const fmt = (ms) => `${Math.round(ms)} ms`;
  const slow = results.slowPhone;
  const many = results.manyWidgets;
  console.log(`\nDemo page, slow phone (4x CPU, 400 ms RTT, 400 kbit/s), median of ${RUNS}:`);
  console.log(`  first widget rendered  ${fmt(median(slow.map((r) => r.first)))}`);
  console.log(`  top widget rendered    ${fmt(median(slow.map((r) => r.top)))} (the first in the page)`);
  console.log(`  all ${slow[0].widgets} widgets rendered ${fmt(median(slow.map((r) => r.all)))}`);
  console.log(`  chart.js for ${slow[0].charts} charts ${fmt(median(slow.map((r) => r.chartJs)))} (downloaded)`);
  console.log(
    `  script transferred     ${median(slow.map((r) => r.scriptBytes))} B in ${slow[0].scriptFiles} files (brotli, headers included)`,
  );
  console.log(`\n${many[0].widgets} widgets on one page (4x CPU), median of ${RUNS}:`);
  console.log(`  all rendered           ${fmt(median(many.map((r) => r.all)))}`);
} finally {
  server.kill();
}
