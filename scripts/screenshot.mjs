// Screenshots of the demo page in kk, ru and en (docs/images/demo-*.png), through Playwright
// driving Debian's Chromium. Starts its own demo server; run `npm run build:cdn` first.
import { spawn } from 'node:child_process';
import { chromium } from 'playwright';
import { chromiumArgs, chromiumPath } from './chromium.mjs';

const port = 8765;
const server = spawn(process.execPath, ['scripts/serve-demo.mjs'], {
  env: { ...process.env, PORT: String(port) },
  stdio: 'ignore',
});
try {
  await new Promise((resolve) => setTimeout(resolve, 500));
  const browser = await chromium.launch({ executablePath: chromiumPath(), args: chromiumArgs });
  const page = await browser.newPage({ viewport: { width: 1200, height: 900 } });
  for (const lang of process.argv.slice(2).length ? process.argv.slice(2) : ['kk', 'ru', 'en']) {
    await page.goto(`http://localhost:${port}/demo/?lang=${lang}`);
    await page.waitForTimeout(3500); // meters fill in 1.2 s, counters count for 1.5 s once seen
    await page.screenshot({ path: `docs/images/demo-${lang}.png`, fullPage: true });
    console.log(`docs/images/demo-${lang}.png`);
  }
  await browser.close();
} finally {
  server.kill();
}
