// The demo page's two forms, end to end (#11, #12: "works end to end on the demo in kk, ru and en,
// narrow and wide"): `npm start`'s own server (scripts/serve-demo.mjs, its receiver storing in a
// temporary file), the CDN build, Debian's Chromium. A visitor signs up for the workshop and a
// 16-year-old applies to volunteer with a guardian; the page shows the receiver's outcome and the
// receiver holds exactly those submissions. Screenshots of each outcome go to
// .qoldau-tmp/screenshots/ (gitignored) for a person to look at.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright';
import { chromiumArgs, chromiumPath } from '../../scripts/chromium.mjs';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const shots = join(root, '.qoldau-tmp/screenshots');
/** The receiver's minimum fill time (scripts/form-receiver.mjs, MIN_FILL_MS) and a margin. */
const HUMAN_PACE_MS = 3300;
let dir;
let server;
let base;
let browser;

before(async () => {
  if (!existsSync(join(root, 'packages/qoldau/cdn/qoldau.js'))) throw new Error('Run `npm run build:cdn` first.');
  mkdirSync(shots, { recursive: true });
  dir = mkdtempSync(join(tmpdir(), 'qoldau-demo-'));
  server = spawn(process.execPath, ['scripts/serve-demo.mjs'], {
    cwd: root,
    env: { ...process.env, PORT: '0', QOLDAU_FORMS_FILE: join(dir, 'forms.json') },
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  base = await new Promise((done, fail) => {
    server.once('error', fail);
    // Settles the promise only if the port never came (a settled promise ignores a later call).
    server.once('exit', (code, signal) =>
      fail(new Error(`scripts/serve-demo.mjs exited (${signal ?? `code ${code}`}) before printing its port`)),
    );
    server.stdout.on('data', (chunk) => {
      const port = /localhost:(\d+)/.exec(String(chunk))?.[1];
      if (port) done(`http://127.0.0.1:${port}`);
    });
  });
  browser = await chromium.launch({ executablePath: chromiumPath(), args: chromiumArgs });
});

after(async () => {
  await browser?.close();
  server?.kill();
  if (dir) rmSync(dir, { recursive: true, force: true });
});

/** The receiver's stored state (the demo server writes it after every submission). */
const stored = () => JSON.parse(readFileSync(join(dir, 'forms.json'), 'utf8'));

/** Fills the named fields that are visible now (a form in steps shows one step at a time). */
async function fillVisible(form, values) {
  for (const [name, value] of Object.entries(values)) {
    const field = form.locator(`[name="${name}"]`).first();
    if (!(await field.isVisible())) continue;
    if (value === true) await field.check();
    else if ((await field.evaluate((node) => node.localName)) === 'select') await field.selectOption(value);
    else if (value === 'first open') await form.locator(`[name="${name}"]:not([disabled])`).first().check();
    else if ((await field.inputValue()) !== value) await field.fill(value);
  }
}

/** Presses the form's Next/submit button until it shows an outcome; returns the outcome's status. */
async function submit(form, values) {
  for (let step = 0; step < 4; step++) {
    await fillVisible(form, values);
    await form.locator('form button[type="submit"]').press('Enter');
    const outcome = form.locator('[part="outcome"]');
    try {
      await outcome.waitFor({ timeout: step < 3 ? 1500 : 10_000 });
      return outcome.getAttribute('data-outcome');
    } catch {
      // Still in steps (or sending): fill the next step.
    }
  }
  const says = await form.evaluate((host) => host.shadowRoot.textContent.replace(/\s+/g, ' '));
  throw new Error(`no outcome; the form says: ${says}`);
}

/** Today in Asia/Almaty, where the demo's role counts ages, as [year, month, day]. */
const [year, month, day] = ['year', 'month', 'day'].map((type) =>
  Number(
    new Intl.DateTimeFormat('en-US', { timeZone: 'Asia/Almaty', year: 'numeric', month: 'numeric', day: 'numeric' })
      .formatToParts(new Date())
      .find((part) => part.type === type).value,
  ),
);
/**
 * Turned 16 thirty days ago: exactly 16 on the day of the test, whatever the day (not by a birthday
 * today, nor one a clock in another zone or a run past midnight could move), 17 only in 11 months.
 */
const born = new Date(Date.UTC(year - 16, month - 1, day - 30));
const sixteen = {
  'dob-day': String(born.getUTCDate()),
  'dob-month': String(born.getUTCMonth() + 1),
  'dob-year': String(born.getUTCFullYear()),
};

for (const lang of ['kk', 'ru', 'en']) {
  for (const width of [390, 1200]) {
    test(`the demo in ${lang} at ${width} px: a sign-up and a minor's application reach the receiver`, async () => {
      const page = await browser.newPage({ viewport: { width, height: 900 } });
      page.setDefaultTimeout(10_000);
      const errors = [];
      page.on('pageerror', (error) => errors.push(String(error)));
      await page.goto(`${base}/demo/?lang=${lang}`);
      const signup = page.locator('qoldau-event-signup');
      const volunteer = page.locator('qoldau-volunteer-form');
      await signup.scrollIntoViewIfNeeded();
      await signup.locator('form').waitFor();
      await volunteer.scrollIntoViewIfNeeded();
      await volunteer.locator('form').waitFor();
      // A person takes a few seconds: faster than the receiver's minimum, it keeps the sign-up
      // apart as suspected spam (and answers "received").
      await page.waitForTimeout(HUMAN_PACE_MS);

      const name = `Тест ${lang} ${width}`;
      const signedUp = await submit(signup, {
        name,
        email: `test-${lang}-${width}@example.kz`,
        group: 'youth-caregiver', // the demo event's own question (a required select)
        consent: true,
      });
      assert.ok(['confirmed', 'waitlisted'].includes(signedUp), `sign-up outcome: ${signedUp}`);
      await signup.screenshot({ path: join(shots, `demo-${lang}-${width}-signup-${signedUp}.png`) });

      const applied = await submit(volunteer, {
        name: `${name} (16)`,
        email: `minor-${lang}-${width}@example.kz`,
        city: 'Алматы',
        ...sixteen,
        shifts: 'first open', // a full shift cannot be chosen: each run takes a spot
        'guardian-name': 'Ерлан Сапаров',
        'guardian-phone': '8 701 234 56 78',
        'guardian-consent': true,
        consent: true,
      });
      assert.ok(['confirmed', 'waitlisted'].includes(applied), `application outcome: ${applied}`);
      await volunteer.screenshot({ path: join(shots, `demo-${lang}-${width}-volunteer-${applied}.png`) });
      assert.deepEqual(errors, []);

      // The receiver holds this sign-up and this application, once each, with the page's language,
      // the minor's guardian, and nothing kept apart as spam.
      const state = stored();
      const signups = state.signups.filter((entry) => entry.submission.data.name === name);
      assert.equal(signups.length, 1, 'one sign-up stored');
      assert.equal(signups[0].status, signedUp);
      assert.equal(signups[0].submission.locale, lang);
      const volunteers = state.volunteers.filter((entry) => entry.submission.data.name === `${name} (16)`);
      assert.equal(volunteers.length, 1, 'one application stored');
      assert.equal(volunteers[0].status, applied);
      assert.equal(volunteers[0].submission.locale, lang);
      assert.equal(volunteers[0].submission.data.minor, true);
      assert.deepEqual(volunteers[0].submission.data.guardian, {
        name: 'Ерлан Сапаров',
        phone: '+77012345678',
        consent: true,
      });
      assert.deepEqual(
        state.spam.filter((entry) => JSON.stringify(entry).includes(name)),
        [],
        'nothing kept apart as spam',
      );
      await page.close();
    });
  }
}
