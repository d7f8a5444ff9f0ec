// The NGO guides followed literally: every HTML snippet of docs/guide/{kk,ru,en}.md pasted into a
// plain page with the guide's own script tag (version-pinned URL and integrity hash), served from
// this build instead of the CDN, renders working widgets and a visible donate link. Also checks
// that the import map of docs/cdn.md is accepted: every chunk then loads under its hash.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { createServer } from 'node:http';
import { extname, join, resolve, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright';
import { chromiumArgs, chromiumPath } from '../../scripts/chromium.mjs';
import { elements } from '../../scripts/frameworks.mjs';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const cdnDir = join(root, 'packages/qoldau/cdn');
const { version } = JSON.parse(readFileSync(join(root, 'packages/qoldau/package.json'), 'utf8'));
const cdnBase = `https://cdn.jsdelivr.net/npm/qoldau@${version}/cdn/`;
let browser;
let server;
/** Pages by path, served next to this build's CDN files at /cdn/. */
const pages = new Map();

before(async () => {
  execFileSync(process.execPath, ['scripts/prepack.mjs', 'packages/qoldau'], { cwd: root, stdio: 'inherit' });
  server = createServer((request, response) => {
    const path = new URL(request.url, 'http://x').pathname;
    if (pages.has(path)) return response.writeHead(200, { 'content-type': 'text/html' }).end(pages.get(path));
    if (path === '/favicon.ico') return response.writeHead(204).end();
    const file = join(cdnDir, path.replace(/^\/cdn\//, ''));
    if (!path.startsWith('/cdn/') || !existsSync(file)) return response.writeHead(404).end();
    response.writeHead(200, { 'content-type': extname(file) === '.js' ? 'text/javascript' : 'application/json' });
    response.end(readFileSync(file));
  });
  await new Promise((done) => server.listen(0, '127.0.0.1', done));
  browser = await chromium.launch({ executablePath: chromiumPath(), args: chromiumArgs });
});

after(async () => {
  await browser?.close();
  server?.close();
});

const local = () => `http://127.0.0.1:${server.address().port}/cdn/`;

/** Opens `html` as a page; returns what every <qoldau-*> widget shows, and the page's errors. */
async function open(path, html) {
  pages.set(path, html);
  const page = await browser.newPage();
  const errors = [];
  page.on('pageerror', (error) => errors.push(error.message));
  page.on('console', (message) => message.type() === 'error' && errors.push(message.text()));
  await page.goto(`http://127.0.0.1:${server.address().port}${path}`);
  await page.waitForFunction(
    () =>
      [...document.querySelectorAll('body *')]
        .filter((el) => el.localName.startsWith('qoldau-'))
        .every((el) => el.shadowRoot?.querySelector('[part]')),
    null,
    { timeout: 15000 },
  );
  const widgets = await page.evaluate(() =>
    [...document.querySelectorAll('body *')]
      .filter((el) => el.localName.startsWith('qoldau-'))
      .map((el) => ({
        tag: el.localName,
        error: Boolean(el.shadowRoot.querySelector('.error, [part~="error"]')),
        footer: [...el.querySelectorAll('a[slot="footer"]')].map((a) => a.getBoundingClientRect().height > 0),
      })),
  );
  await page.close();
  return { widgets, errors };
}

for (const lang of ['kk', 'ru', 'en']) {
  test(`docs/guide/${lang}.md, followed literally, gives working widgets and a visible donate link`, async () => {
    const guide = readFileSync(join(root, `docs/guide/${lang}.md`), 'utf8');
    const blocks = [...guide.matchAll(/```html\n([\s\S]*?)```/g)].map((match) => match[1]);
    const script = blocks.find((block) => block.includes('qoldau.js'));
    assert.match(script, new RegExp(`src="${cdnBase.replaceAll('.', '\\.')}qoldau\\.js"\\s+integrity="sha384-`));
    // Every widget snippet except the Google-Sheet one, which needs a published sheet.
    const widgets = blocks.filter((block) => block.includes('<qoldau-') && !block.includes('campaign='));
    assert.ok(widgets.length >= 4, 'the guide shows every widget');
    const html = `<!doctype html><html lang="${lang}" data-qoldau-motion="reduce"><head><meta charset="utf-8">
      ${script.replace(cdnBase, local())}</head><body>${widgets.join('\n')}</body></html>`;
    const { widgets: shown, errors } = await open(`/guide-${lang}.html`, html);
    const tags = new Set(shown.map((widget) => widget.tag));
    // Every tag of the manifests: a new widget fails this until the guides show it.
    for (const tag of elements().map((element) => element.tag)) {
      assert.ok(tags.has(tag), `${tag} in the ${lang} guide`);
    }
    assert.deepEqual(
      shown.filter((widget) => widget.error),
      [],
      'no widget shows an error',
    );
    const meter = shown.find((widget) => widget.tag === 'qoldau-donation-progress');
    assert.deepEqual(meter.footer, [true], 'the donate link is visible under the meter');
    assert.deepEqual(errors, []);
  });
}

test("docs/cdn.md's import map: every chunk loads under its integrity hash", async () => {
  const doc = readFileSync(join(root, 'docs/cdn.md'), 'utf8');
  const block = /```html\n(<script type="importmap">[\s\S]*?)```/.exec(doc)[1];
  const html = `<!doctype html><html lang="ru" data-qoldau-motion="reduce"><head><meta charset="utf-8">
    ${block.replaceAll(cdnBase, local())}</head><body>
    <qoldau-donation-progress raised="10" goal="100"></qoldau-donation-progress>
    <qoldau-impact-counter value="5" one="ребёнок" few="ребёнка" many="детей"></qoldau-impact-counter>
    </body></html>`;
  const { widgets, errors } = await open('/import-map.html', html);
  assert.equal(widgets.length, 2);
  assert.deepEqual(errors, []);
  // A chunk whose bytes differ from its hash is refused: the map is enforced, not decoration.
  const tampered = html.replace(/("[^"]*donation-progress-[^"]*\.js": ")sha384-[^"]+/, '$1sha384-AAAA');
  const page = await browser.newPage();
  const failures = [];
  page.on('console', (message) => message.type() === 'error' && failures.push(message.text()));
  pages.set('/tampered.html', tampered);
  await page.goto(`http://127.0.0.1:${server.address().port}/tampered.html`);
  await page.waitForFunction(() => document.querySelector('qoldau-impact-counter')?.shadowRoot);
  assert.equal(await page.evaluate(() => customElements.get('qoldau-donation-progress')), undefined);
  await page.close();
  assert.ok(
    failures.some((text) => /integrity|digest|could not load/i.test(text)),
    failures.join('\n'),
  );
});
