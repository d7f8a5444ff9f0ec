// Screenshots of widgets on a plain page in a serif and a sans-serif site theme, light and dark,
// into docs/images/site-*.png: the widgets take the site's font and sit --qoldau-gap apart.
// Run after `npm run build:cdn`: node test/release/site-look/screenshots.mjs
import { createServer } from 'node:http';
import { existsSync, readFileSync } from 'node:fs';
import { extname, join, resolve, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright';
import { chromiumArgs, chromiumPath } from '../../../scripts/chromium.mjs';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '../../..');
const types = { '.html': 'text/html; charset=utf-8', '.js': 'text/javascript' };
const server = createServer((request, response) => {
  const path = join(root, decodeURIComponent(new URL(request.url, 'http://x').pathname));
  if (!path.startsWith(root) || !existsSync(path)) return response.writeHead(404).end();
  response.writeHead(200, { 'content-type': types[extname(path)] ?? 'application/octet-stream' });
  response.end(readFileSync(path));
});
await new Promise((done) => server.listen(0, '127.0.0.1', done));
const browser = await chromium.launch({ executablePath: chromiumPath(), args: chromiumArgs });
const page = await browser.newPage({ viewport: { width: 760, height: 560 } });
for (const theme of ['serif', 'sans']) {
  for (const scheme of ['light', 'dark']) {
    await page.goto(
      `http://127.0.0.1:${server.address().port}/test/release/site-look/page.html?theme=${theme}&scheme=${scheme}`,
    );
    await page.waitForFunction(() =>
      [...document.querySelectorAll('qoldau-donation-progress, qoldau-impact-counter')].every((el) =>
        el.shadowRoot?.querySelector('[part]'),
      ),
    );
    await page.evaluate(() => document.fonts.ready);
    await page.screenshot({ path: join(root, `docs/images/site-${theme}-${scheme}.png`), fullPage: true });
  }
}
await browser.close();
server.close();
