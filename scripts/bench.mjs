// npm run bench: what visitors pay, measured side by side with Shoelace 2 in one run (never asserted
// by a test: timings depend on the machine). Writes docs/performance.md and prints the same tables.
//
//   node scripts/bench.mjs [--quick] [--no-lighthouse] [--no-build] [--out FILE] [--serve]
//
// 1. Render: 1,000 <qoldau-donation-progress> (and 1,000 <qoldau-impact-counter>) against 1,000
//    <sl-progress-bar>, scripts from the HTTP cache, and 200 of each at 4x CPU. Runs are
//    interleaved (Qoldau, Shoelace, Shoelace, Qoldau, …) so a load change on the machine hits both;
//    medians, min–max and the ratio of the medians. Two moments: every element's `updateComplete`,
//    and the next frame after that (style, layout and paint included); and the main thread's CPU
//    time over the same span (from a trace), which a loaded machine disturbs far less. A last row
//    puts a meter's figures, status and donor count around each progress bar (page CSS, Intl):
//    Shoelace for the same content, so the first ratio can be split into content and overhead.
// 2. Bytes, requests and the request chain of a page with one meter against one progress bar
//    (brotli q11 from a local HTTP/1.1 server, cache off).
// 3. Lighthouse 12 mobile (simulated throttling) on the demo page: medians of score, CLS, TBT and
//    LCP, with the layout-shift sources and long tasks of the median run named.
// 4. The first widget on an emulated slow phone (4x CPU, 400 ms RTT, 400 kbit/s), one-meter pages,
//    Qoldau (plain and with the generated modulepreload hints) against Shoelace; and the demo page.
// 5. Twenty live meters on one campaign, the data answered after 500 ms: how many requests, and
//    how long from the answer to every meter showing it (test/many-widgets.test.ts asserts the
//    one request and the one render each; this measures the time).
import { spawnSync } from 'node:child_process';
import { createServer } from 'node:http';
import { existsSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { cpus, loadavg, totalmem } from 'node:os';
import { extname, join, normalize, resolve } from 'node:path';
import { brotliCompressSync, constants } from 'node:zlib';
import { chromium } from 'playwright';
import { chromiumArgs, chromiumPath } from './chromium.mjs';

const args = process.argv.slice(2);
const quick = args.includes('--quick');
const out = args.includes('--out') ? args[args.indexOf('--out') + 1] : 'docs/performance.md';
const RUNS = Number(process.env.BENCH_RUNS ?? (quick ? 3 : 7));
const LH_RUNS = Number(process.env.BENCH_LH_RUNS ?? (quick ? 2 : 5));

if (!args.includes('--no-build')) {
  const build = spawnSync('npm', ['run', '--silent', 'build:cdn'], { stdio: 'inherit' });
  if (build.status !== 0) process.exit(build.status ?? 1);
}

// ---------------------------------------------------------------------------------------------
// One local server for both libraries: /cdn and /demo from packages/qoldau, /shoelace from the
// Shoelace package's CDN folder, /bench from the pages below. Brotli q11 like a CDN; a short
// max-age so "from the HTTP cache" means what it says (cache-disabled runs bypass it).
const roots = {
  '/shoelace/': resolve('node_modules/@shoelace-style/shoelace/cdn'),
  '/': resolve('packages/qoldau'),
};
const types = { '.html': 'text/html', '.js': 'text/javascript', '.css': 'text/css', '.json': 'application/json' };
const compressed = new Map();
const brotli = (bytes) => brotliCompressSync(bytes, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } });

const shell = (title, head, body) =>
  `<!doctype html><html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>${title}</title>${head}</head><body>${body}</body></html>`;
// The harness each render page carries: insert n tags at once, wait for every updateComplete, then
// for the next frame. One element is rendered beforehand (and removed), so only render cost is
// timed: not the chunk's download, nor one-time set-up such as Intl's number data.
const harness = (tag, attrs, inner = '', warm = '', element = tag) => {
  // `inner` goes into a JS string inside this <script>: its own </script> must not end it.
  inner = inner.replaceAll('</', '<\\/');
  return `<div id="box"></div><script>
  const frame = () => new Promise((r) => requestAnimationFrame(() => setTimeout(r)));
  window.ready = (async () => {
    // One element like the timed ones, so one-time costs (the chunk, Intl data) are paid here.
    const i = 0;
    document.body.insertAdjacentHTML('beforeend', \`<${tag} ${attrs}>${inner}</${tag}>\`);
    const probe = document.body.lastElementChild;
    await customElements.whenDefined('${element}');
    await probe.querySelector('${element}')?.updateComplete;
    await probe.updateComplete;
    ${warm}
    probe.remove();
    await frame();
  })();
  window.render = async (n) => {
    const box = document.getElementById('box');
    box.replaceChildren();
    await frame();
    const t0 = performance.now();
    let markup = '';
    for (let i = 0; i < n; i++) markup += \`<${tag} ${attrs}>${inner}</${tag}>\`;
    box.innerHTML = markup;
    await Promise.all([...box.children].map((el) => el.updateComplete ?? el.querySelector('${element}')?.updateComplete));
    const t1 = performance.now();
    await frame();
    return { update: t1 - t0, frame: performance.now() - t0 };
  };
</script>`;
};
const qoldauHead = '<script type="module" src="/cdn/qoldau.js"></script>';
const shoelaceHead =
  '<link rel="stylesheet" href="/shoelace/themes/light.css"><script type="module" src="/shoelace/shoelace-autoloader.js"></script>';
const meterAttrs = 'raised="${i * 1000}" goal="1250000" donors="${i}"';
const pages = {
  '/bench/render-qoldau.html': shell('render meters', qoldauHead, harness('qoldau-donation-progress', meterAttrs)),
  // The same, on a page that opts its widgets in to content-visibility (docs/performance.md).
  '/bench/render-qoldau-cv.html': shell(
    'render meters, content-visibility',
    `${qoldauHead}<style>qoldau-donation-progress { content-visibility: auto; contain-intrinsic-size: auto 14rem; }</style>`,
    harness('qoldau-donation-progress', meterAttrs),
  ),
  '/bench/render-counter.html': shell(
    'render counters',
    qoldauHead,
    harness('qoldau-impact-counter', 'value="${i}" one="child" many="children"'),
  ),
  // Charts with their data inline (no network); chart.js draws those in view once they are seen.
  '/bench/render-chart.html': shell(
    'render charts',
    qoldauHead,
    harness(
      'qoldau-impact-chart',
      'type="bar"',
      `<script type="application/json">${JSON.stringify({
        series: [
          {
            label: { en: 'Children', ru: 'Дети', kk: 'Балалар' },
            points: ['2026-07', '2026-08', '2026-09', '2026-10', '2026-11', '2026-12'].map((x, i) => ({
              x,
              y: 10 + i * 3,
            })),
          },
        ],
      })}</script>`,
      // chart.js is imported when the first chart is seen: wait until the probe has drawn.
      `for (let t = 0; t < 100 && probe.shadowRoot.querySelector('canvas')?.width === 300; t++) await frame();`,
    ),
  ),
  '/bench/render-shoelace.html': shell(
    'render progress bars',
    shoelaceHead,
    harness('sl-progress-bar', 'value="${i % 100}" label="Raised"'),
  ),
  // The same content as a meter (its figures, status and donor count, formatted with Intl, laid out
  // by the page's CSS like the meter's), around each progress bar: what Shoelace costs for what a
  // meter shows, so the ratio above it can be read as content or as overhead (docs/performance.md).
  '/bench/render-shoelace-text.html': shell(
    'render progress bars with the figures of a meter',
    `${shoelaceHead}<style>.card { display: block; margin: 0 0 1.5rem; padding: 16px; border: 1px solid #d5dce3; border-radius: 12px; line-height: 1.4 } .figures { display: flex; flex-wrap: wrap; align-items: baseline; column-gap: 8px; font-variant-numeric: tabular-nums } .raised { font-size: 1.6em; font-weight: 700 } .percent { margin-inline-start: auto; font-weight: 700 } sl-progress-bar { margin-top: 8px } .card p { margin: 8px 0 0; font-size: 0.92em } .status { font-weight: 600 }</style><script>window.money = new Intl.NumberFormat('en', { style: 'currency', currency: 'KZT', currencyDisplay: 'narrowSymbol', maximumFractionDigits: 0 }); window.percent = new Intl.NumberFormat('en', { style: 'percent' });</script>`,
    harness(
      'div',
      'class="card"',
      '<div class="figures"><span class="raised">${money.format(i * 1000)}</span><span>raised of ${money.format(1250000)}</span><span class="percent">${percent.format(Math.floor((i * 1000) / 12500) / 100)}</span></div><sl-progress-bar value="${Math.min(100, (i * 1000) / 12500)}" label="Raised"></sl-progress-bar><p class="status">${money.format(Math.max(0, 1250000 - i * 1000))} to go</p><p>${i} donors</p>',
      '',
      'sl-progress-bar',
    ),
  ),
  '/bench/one-qoldau.html': shell(
    'one meter',
    qoldauHead,
    '<qoldau-donation-progress raised="8420000" goal="12500000" donors="314"></qoldau-donation-progress>',
  ),
  '/bench/one-shoelace.html': shell(
    'one progress bar',
    shoelaceHead,
    '<sl-progress-bar value="67" label="Raised">67%</sl-progress-bar>',
  ),
};
// The one-meter page with the hints scripts/preload-hints.mjs generates (one JS round trip).
const hints = existsSync('packages/qoldau/cdn/preload.json')
  ? JSON.parse(readFileSync('packages/qoldau/cdn/preload.json', 'utf8'))
  : undefined;
if (hints?.['qoldau-donation-progress']) {
  pages['/bench/one-qoldau-preload.html'] = shell(
    'one meter, preloaded',
    qoldauHead +
      hints['qoldau-donation-progress'].map((file) => `<link rel="modulepreload" href="/cdn/${file}">`).join(''),
    '<qoldau-donation-progress raised="8420000" goal="12500000" donors="314"></qoldau-donation-progress>',
  );
}

// 20 live meters reading one campaign from a JSON endpoint of this server (section 5).
pages['/bench/live-20.html'] = shell(
  '20 live meters on one campaign',
  `<script type="application/json" id="qoldau-config">{ "source": { "type": "json", "url": "/bench/data/{kind}/{id}.json" } }</script>${qoldauHead}`,
  '<qoldau-donation-progress campaign="van"></qoldau-donation-progress>'.repeat(20),
);
const LIVE_DELAY = 500;
const liveData = JSON.stringify({ raised: 8420000, goal: 12500000, donors: 314 });

function body(pathname) {
  if (pages[pathname]) return { bytes: Buffer.from(pages[pathname]), type: types['.html'] };
  if (pathname === '/bench/data/campaign/van.json') return { bytes: Buffer.from(liveData), type: types['.json'] };
  const prefix = Object.keys(roots).find((root) => pathname.startsWith(root));
  let file = join(roots[prefix], normalize(decodeURIComponent(pathname.slice(prefix.length - 1))));
  if (!file.startsWith(roots[prefix])) return undefined;
  try {
    if (statSync(file).isDirectory()) file = join(file, 'index.html');
    return { bytes: readFileSync(file), type: types[extname(file)] ?? 'application/octet-stream', file };
  } catch {
    return undefined;
  }
}
const server = createServer(async (request, response) => {
  const { pathname } = new URL(request.url ?? '/', 'http://localhost');
  if (pathname.startsWith('/bench/data/')) await new Promise((done) => setTimeout(done, LIVE_DELAY));
  const found = body(pathname);
  if (!found) return void response.writeHead(404).end();
  const br = /\bbr\b/.test(String(request.headers['accept-encoding'] ?? '')) && !found.type.startsWith('image');
  const key = `${pathname}|${found.file ? statSync(found.file).mtimeMs : ''}`;
  if (br && !compressed.has(key)) compressed.set(key, brotli(found.bytes));
  response.writeHead(200, {
    'content-type': `${found.type}; charset=utf-8`,
    'cache-control': pathname.startsWith('/bench/data/') ? 'no-store' : 'max-age=600',
    ...(br ? { 'content-encoding': 'br' } : {}),
  });
  response.end(br ? compressed.get(key) : found.bytes);
});
await new Promise((done) => server.listen(Number(process.env.PORT ?? 0), '127.0.0.1', done));
const origin = `http://127.0.0.1:${server.address().port}`;
if (args.includes('--serve')) {
  // Only serve the bench pages (e.g. to profile one in DevTools): PORT=8777 … --serve --no-build.
  console.log(
    `Bench pages: ${Object.keys(pages)
      .map((path) => origin + path)
      .join('  ')}`,
  );
  await new Promise(() => {});
}

// ---------------------------------------------------------------------------------------------
const sorted = (values) => [...values].sort((a, b) => a - b);
const median = (values) => {
  const s = sorted(values);
  return s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
};
const ms = (value) => `${Math.round(value).toLocaleString('en-US')} ms`;
const range = (values) => `${Math.round(Math.min(...values))}–${Math.round(Math.max(...values))}`;
const bytes = (value) => `${value.toLocaleString('en-US')} B`;
const report = [];
const say = (line = '') => {
  console.log(line);
  report.push(line);
};

const browser = await chromium.launch({ executablePath: chromiumPath(), args: chromiumArgs });

/**
 * CPU time of the page's main thread in a trace (the busiest CrRendererMain): what the render
 * cost the thread itself, which other processes on a loaded machine inflate far less than the
 * wall-clock times (thread time, `tdur`, of its top-level tasks).
 */
function mainThreadTime(events) {
  const mains = events.filter((event) => event.name === 'thread_name' && event.args?.name === 'CrRendererMain');
  const times = mains.map(({ pid, tid }) =>
    events
      .filter((event) => event.pid === pid && event.tid === tid && event.name === 'RunTask' && event.ph === 'X')
      .reduce((sum, event) => sum + (event.tdur ?? event.dur ?? 0) / 1000, 0),
  );
  return Math.max(0, ...times);
}

/** Interleaved render runs: one warm context per page (HTTP cache), alternating order each run. */
async function renderBench(n, cpu) {
  const names = {
    qoldau: 'render-qoldau',
    cv: 'render-qoldau-cv',
    shoelace: 'render-shoelace',
    shoelaceText: 'render-shoelace-text',
    counter: 'render-counter',
    chart: 'render-chart',
  };
  const contexts = {};
  for (const [key, page] of Object.entries(names)) {
    contexts[key] = await browser.newContext();
    // Warm the HTTP cache.
    const warm = await contexts[key].newPage();
    await warm.goto(`${origin}/bench/${page}.html`);
    await warm.evaluate(() => window.ready);
    await warm.close();
  }
  const results = { qoldau: [], cv: [], shoelace: [], shoelaceText: [], counter: [], chart: [] };
  for (let run = 0; run < RUNS; run++) {
    const order =
      run % 2
        ? ['shoelaceText', 'shoelace', 'chart', 'counter', 'cv', 'qoldau']
        : ['qoldau', 'cv', 'counter', 'chart', 'shoelace', 'shoelaceText'];
    for (const key of order) {
      const page = await contexts[key].newPage();
      const cdp = await contexts[key].newCDPSession(page);
      await page.goto(`${origin}/bench/${names[key]}.html`);
      await page.evaluate(() => window.ready);
      if (cpu > 1) await cdp.send('Emulation.setCPUThrottlingRate', { rate: cpu });
      const events = [];
      cdp.on('Tracing.dataCollected', ({ value }) => events.push(...value));
      await cdp.send('Tracing.start', {
        categories: 'disabled-by-default-devtools.timeline,__metadata',
        transferMode: 'ReportEvents',
      });
      const result = await page.evaluate((count) => window.render(count), n);
      const complete = new Promise((done) => cdp.once('Tracing.tracingComplete', done));
      await cdp.send('Tracing.end');
      await complete;
      results[key].push({ ...result, cpu: mainThreadTime(events) });
      await page.close();
    }
  }
  for (const context of Object.values(contexts)) await context.close();
  return results;
}

function renderTable(title, results) {
  say(`### ${title}`);
  say('');
  say(
    '| what | median to `updateComplete` | min–max | median to next frame | min–max | ratio to Shoelace (frame) | main-thread CPU, median | min–max | ratio to Shoelace (CPU) |',
  );
  say('| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |');
  const base = median(results.shoelace.map((r) => r.frame));
  const baseCpu = median(results.shoelace.map((r) => r.cpu));
  for (const [key, label] of [
    ['qoldau', '`qoldau-donation-progress`'],
    ['cv', '`qoldau-donation-progress`, page opts in to `content-visibility: auto`'],
    ['counter', '`qoldau-impact-counter`'],
    ['chart', '`qoldau-impact-chart` (bar, 6 points inline; chart.js draws the ones in view)'],
    ['shoelace', '`sl-progress-bar` (Shoelace 2.20.1)'],
    ['shoelaceText', "`sl-progress-bar` with a meter's figures, status and donor count around it (page CSS)"],
  ]) {
    const update = results[key].map((r) => r.update);
    const frame = results[key].map((r) => r.frame);
    const cpu = results[key].map((r) => r.cpu);
    say(
      `| ${label} | ${ms(median(update))} | ${range(update)} | ${ms(median(frame))} | ${range(frame)} | ${(median(frame) / base).toFixed(2)} | ${ms(median(cpu))} | ${range(cpu)} | ${(median(cpu) / baseCpu).toFixed(2)} |`,
    );
  }
  say('');
}

/** Requests of one page load (cache off): bytes on the wire, and each request's depth in the chain. */
async function requestChain(path) {
  const context = await browser.newContext();
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  await cdp.send('Network.enable');
  await cdp.send('Network.setCacheDisabled', { cacheDisabled: true });
  const requests = new Map();
  cdp.on('Network.requestWillBeSent', ({ requestId, request, initiator }) => {
    const from =
      initiator.url ?? initiator.stack?.callFrames?.[0]?.url ?? initiator.stack?.parent?.callFrames?.[0]?.url;
    requests.set(requestId, { url: request.url, from, size: 0 });
  });
  cdp.on('Network.loadingFinished', ({ requestId, encodedDataLength }) => {
    if (requests.has(requestId)) requests.get(requestId).size = encodedDataLength;
  });
  await page.goto(`${origin}${path}`, { waitUntil: 'networkidle' });
  await context.close();
  const list = [...requests.values()];
  const depth = (request, seen = new Set()) => {
    const parent = list.find((other) => other.url === request.from);
    if (!parent || seen.has(parent)) return 0;
    seen.add(parent);
    return 1 + depth(parent, seen);
  };
  return list.map((request) => ({ ...request, depth: depth(request), name: request.url.replace(origin, '') }));
}

/** Time until the first widget in the page has rendered, on the slow-phone profile (cache off). */
async function slowPhone(path, selector) {
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
  await page.goto(`${origin}${path}`, { waitUntil: 'commit' });
  const time = await page.evaluate(
    (tags) =>
      new Promise((done) => {
        const check = () => {
          const widget = document.querySelector(tags);
          if (widget?.shadowRoot?.querySelector('[part="base"]:not(.loading)')) done(performance.now());
          else requestAnimationFrame(check);
        };
        check();
      }),
    selector,
  );
  await context.close();
  return time;
}

/**
 * One load of the 20-live-meter page (fresh storage, so the adapter has nothing cached): the data
 * requests made, and the time from the data's arrival to the frame in which all 20 show it.
 */
async function liveTwenty() {
  const context = await browser.newContext();
  const page = await context.newPage();
  await page.goto(`${origin}/bench/live-20.html`);
  const result = await page.evaluate(
    () =>
      new Promise((done) => {
        const check = () => {
          const meters = [...document.querySelectorAll('qoldau-donation-progress')];
          const shown = meters.filter((meter) => meter.shadowRoot?.querySelector('[part~="base"]:not(.loading)'));
          if (shown.length < meters.length) return void requestAnimationFrame(check);
          const data = performance.getEntriesByType('resource').filter((entry) => entry.name.includes('/bench/data/'));
          done({ requests: data.length, afterData: performance.now() - data[0].responseEnd });
        };
        check();
      }),
  );
  await context.close();
  return result;
}

/**
 * The layout shifts of one load of `path` on the slow-phone profile, with the nodes that moved
 * (Chromium's layout-shift entries; Lighthouse 12.2.3's own layout-shifts audit fails on this
 * Chromium's traces). Waits for the network to go idle, then a second for late renders.
 */
async function layoutShifts(path) {
  const context = await browser.newContext({ viewport: { width: 412, height: 823 }, deviceScaleFactor: 1.75 });
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  await cdp.send('Network.enable');
  await cdp.send('Network.setCacheDisabled', { cacheDisabled: true });
  await cdp.send('Network.emulateNetworkConditions', {
    offline: false,
    latency: 150,
    downloadThroughput: 200_000,
    uploadThroughput: 90_000,
  });
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 });
  await page.addInitScript(() => {
    const name = (node) => {
      const parts = [];
      for (let at = node; at && parts.length < 4; at = at.parentNode ?? at.host) {
        if (at.nodeType !== 1) continue;
        parts.unshift(
          at.localName + (at.id ? `#${at.id}` : '') + (at.classList?.length ? `.${[...at.classList].join('.')}` : ''),
        );
      }
      return parts.join(' > ');
    };
    window.shifts = [];
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries()) {
        if (entry.hadRecentInput) continue;
        window.shifts.push({
          value: entry.value,
          time: entry.startTime,
          sources: entry.sources.map((source) => ({
            node: source.node ? name(source.node) : '(gone)',
            from: `${Math.round(source.previousRect.y)}+${Math.round(source.previousRect.height)}`,
            to: `${Math.round(source.currentRect.y)}+${Math.round(source.currentRect.height)}`,
          })),
        });
      }
    }).observe({ type: 'layout-shift', buffered: true });
  });
  await page.goto(`${origin}${path}`, { waitUntil: 'networkidle' });
  await page.waitForTimeout(1000);
  const shifts = await page.evaluate(() => window.shifts);
  await context.close();
  return shifts;
}

async function lighthouseRuns(path) {
  const { default: lighthouse } = await import('lighthouse');
  const runs = [];
  for (let run = 0; run < LH_RUNS; run++) {
    const port = 9300 + run;
    const lhBrowser = await chromium.launch({
      executablePath: chromiumPath(),
      args: [...chromiumArgs, `--remote-debugging-port=${port}`],
    });
    try {
      const result = await lighthouse(`${origin}${path}`, {
        port,
        output: 'json',
        logLevel: 'error',
        onlyCategories: ['performance'],
      });
      const { lhr } = result;
      const audit = (id) => lhr.audits[id];
      runs.push({
        score: Math.round(lhr.categories.performance.score * 100),
        cls: audit('cumulative-layout-shift').numericValue,
        tbt: audit('total-blocking-time').numericValue,
        lcp: audit('largest-contentful-paint').numericValue,
        longTasks: (audit('long-tasks')?.details?.items ?? []).map((item) => ({
          url: String(item.url).replace(origin, ''),
          duration: item.duration,
          start: item.startTime,
        })),
      });
    } finally {
      await lhBrowser.close();
    }
  }
  return runs;
}

const load = loadavg().map((value) => value.toFixed(1));
try {
  say('# Performance');
  say('');
  say(
    `Written by \`npm run bench\`${quick ? ' --quick' : ''} (scripts/bench.mjs) on ${new Date().toISOString().slice(0, 16).replace('T', ' ')} UTC; do not edit by hand.`,
  );
  say(
    `Machine: ${cpus().length} × ${cpus()[0]?.model.trim()}, ${Math.round(totalmem() / 2 ** 30)} GiB, load average ${load.join(' / ')} at the start; ` +
      `Chromium ${browser.version()} (headless), Node ${process.version}. Shoelace 2.20.1, Lighthouse 12.2.3.`,
  );
  say(
    'The machine may be shared (other builds running): absolute times move with its load; the ratios of interleaved runs are what to compare.',
  );
  say('');
  say('## 1. Render cost');
  say('');
  renderTable(`1,000 of each, scripts from the HTTP cache (${RUNS} interleaved runs)`, await renderBench(1000, 1));
  renderTable(`200 of each at 4× CPU slowdown (${RUNS} interleaved runs)`, await renderBench(200, 4));

  say('## 2. Bytes, requests and request chain of a one-widget page');
  say('');
  say('Cache off, brotli q11, local HTTP/1.1. Depth 0 is the HTML; each level is one more round trip.');
  say('');
  say('| page | bytes on the wire (JS + CSS, headers included) | requests | JS round trips after the HTML | chain |');
  say('| --- | ---: | ---: | ---: | --- |');
  for (const [label, path] of [
    ['Qoldau, one meter', '/bench/one-qoldau.html'],
    ['Qoldau, one meter + modulepreload hints', '/bench/one-qoldau-preload.html'],
    ['Shoelace, one progress bar', '/bench/one-shoelace.html'],
  ]) {
    if (!pages[path]) continue;
    const chain = (await requestChain(path)).filter((request) => !request.name.endsWith('.html'));
    const levels = Math.max(0, ...chain.map((request) => request.depth));
    const byLevel = Array.from({ length: levels }, (_, level) =>
      chain
        .filter((request) => request.depth === level + 1)
        .map((request) => request.name.split('/').pop())
        .join(', '),
    );
    say(
      `| ${label} | ${bytes(chain.reduce((sum, request) => sum + request.size, 0))} | ${chain.length} | ${levels} | ${byLevel.map((files, level) => `${level + 1}: ${files}`).join('<br>')} |`,
    );
  }
  say('');

  say('## 3. Lighthouse mobile on the demo page');
  say('');
  if (args.includes('--no-lighthouse')) {
    say('Skipped (--no-lighthouse).');
  } else {
    const runs = await lighthouseRuns('/demo/?lang=kk');
    const pick = (key) => runs.map((run) => run[key]);
    say(`Lighthouse 12.2.3, mobile preset (simulated throttling), performance only, ${runs.length} runs.`);
    say('');
    say('| metric | median | min–max |');
    say('| --- | ---: | ---: |');
    say(`| score | ${median(pick('score'))} | ${range(pick('score'))} |`);
    say(
      `| CLS | ${median(pick('cls')).toFixed(3)} | ${Math.min(...pick('cls')).toFixed(3)}–${Math.max(...pick('cls')).toFixed(3)} |`,
    );
    say(`| TBT | ${ms(median(pick('tbt')))} | ${range(pick('tbt'))} ms |`);
    say(`| LCP | ${ms(median(pick('lcp')))} | ${range(pick('lcp'))} ms |`);
    say('');
    const medianRun = [...runs].sort((a, b) => a.score - b.score)[Math.floor(runs.length / 2)];
    const shifts = await layoutShifts('/demo/?lang=kk');
    say(
      `Layout shifts, with the nodes that moved (one load in Chromium at 4× CPU and Lighthouse's mobile viewport and network; total ${shifts.reduce((sum, shift) => sum + shift.value, 0).toFixed(3)}):`,
    );
    say('');
    if (!shifts.length) say('- none');
    for (const shift of shifts) {
      say(
        `- ${shift.value.toFixed(4)} at ${ms(shift.time)}: ${shift.sources.map((source) => `\`${source.node}\` (y+height ${source.from} → ${source.to})`).join('; ')}`,
      );
    }
    say('');
    say('The longest tasks of the median run (simulated):');
    say('');
    if (!medianRun.longTasks.length) say('- none');
    for (const task of medianRun.longTasks.slice(0, 8)) say(`- ${ms(task.duration)} at ${ms(task.start)}: ${task.url}`);
    say('');
  }

  say('## 4. First widget on an emulated slow phone');
  say('');
  say(
    `4× CPU, 400 ms RTT, 400 kbit/s, cache off; time from navigation until the widget has rendered, ${RUNS} interleaved runs.`,
  );
  say('');
  say('| page | median | min–max |');
  say('| --- | ---: | ---: |');
  const slow = { qoldau: [], preload: [], shoelace: [], demo: [] };
  const slowPages = {
    qoldau: ['/bench/one-qoldau.html', 'qoldau-donation-progress', 'Qoldau, one meter'],
    preload: ['/bench/one-qoldau-preload.html', 'qoldau-donation-progress', 'Qoldau, one meter + modulepreload hints'],
    shoelace: ['/bench/one-shoelace.html', 'sl-progress-bar', 'Shoelace, one progress bar'],
    demo: ['/demo/?lang=kk', 'qoldau-donation-progress', 'Qoldau demo page, the live hero meter (data fetched)'],
  };
  for (let run = 0; run < RUNS; run++) {
    for (const key of run % 2 ? Object.keys(slow).reverse() : Object.keys(slow)) {
      const [path, selector] = slowPages[key];
      if (path.startsWith('/bench/') && !pages[path]) continue;
      slow[key].push(await slowPhone(path, selector));
    }
  }
  for (const [key, values] of Object.entries(slow)) {
    if (values.length) say(`| ${slowPages[key][2]} | ${ms(median(values))} | ${range(values)} ms |`);
  }
  say('');
  say('## 5. Twenty live meters on one campaign');
  say('');
  const live = [];
  for (let run = 0; run < RUNS; run++) live.push(await liveTwenty());
  const afterData = live.map((run) => run.afterData);
  say(
    `The campaign's JSON answered after ${LIVE_DELAY} ms, fresh storage each load, ${RUNS} runs: ${[...new Set(live.map((run) => run.requests))].join(' or ')} data request(s) per load; from the answer's arrival to the frame in which all 20 meters show it: median ${ms(median(afterData))} (${range(afterData)} ms).`,
  );
  say('');
  say('## How to rerun');
  say('');
  say('`npm run bench` (about 5 minutes on 2 cores; `npm run bench -- --quick` for fewer runs,');
  say('`--no-lighthouse` to skip section 3). It builds the CDN files first and rewrites this file;');
  say('`BENCH_RUNS` and `BENCH_LH_RUNS` set the number of runs.');
} finally {
  await browser.close();
  server.close();
}

const previous = existsSync(out) ? readFileSync(out, 'utf8') : '';
// The hand-written part (history of each optimization, profiles) follows the generated part.
const marker = '<!-- end of generated figures -->';
const kept = previous.includes(marker) ? previous.slice(previous.indexOf(marker)) : `${marker}\n`;
writeFileSync(out, `${report.join('\n')}\n\n${kept}`);
spawnSync('npx', ['prettier', '--write', out], { stdio: 'ignore' }); // npm run lint checks docs too
console.log(`\nWrote ${out}`);
