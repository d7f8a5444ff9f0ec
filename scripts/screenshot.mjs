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
    // Widgets animate once they are first seen: scroll through the page, a screen at a time, so
    // every one below the fold is seen and fills (a full-page screenshot alone would catch them
    // empty; a jump to the bottom would skip the middle of the page).
    await page.waitForTimeout(1500);
    // A screen at a time: a jump to the bottom would pass over widgets in the middle unseen.
    await page.evaluate(async () => {
      for (let y = 0; y < document.body.scrollHeight; y += window.innerHeight / 2) {
        window.scrollTo(0, y);
        await new Promise((resolve) => setTimeout(resolve, 150));
      }
    });
    await page.waitForTimeout(2000); // meters fill in 1.2 s, counters count for 1.5 s once seen
    await page.evaluate(() => window.scrollTo(0, 0));
    await page.waitForTimeout(500);
    await page.screenshot({ path: `docs/images/demo-${lang}.png`, fullPage: true });
    console.log(`docs/images/demo-${lang}.png`);
  }
  await browser.close();
} finally {
  server.kill();
}
