// Vitest: the Storybook story tests (every story renders, its play function passes and axe finds
// no violations) in headless Debian Chromium, driven by Playwright without a downloaded browser.
//
// `storybook` runs every story as written (English, light theme unless a story pins others).
// `storybook-<locale>-<theme>` (issue #10) renders every story again in each other locale and theme
// and runs axe on it: 8 more passes. Play functions are left out there (they assert English text
// and are already run by `storybook`), which keeps each pass to rendering plus axe.
import { defineConfig, type Plugin } from 'vitest/config';
import { playwright } from '@vitest/browser-playwright';
import { storybookTest } from '@storybook/addon-vitest/vitest-plugin';
import { chromiumArgs, chromiumPath } from './scripts/chromium.mjs';

// A fresh object per project: Vitest writes each project's name into its browser instances.
const browser = () => ({
  enabled: true,
  headless: true,
  provider: playwright({
    launchOptions: {
      executablePath: chromiumPath() ?? '/usr/bin/chromium',
      // Playwright sets headless mode itself.
      args: chromiumArgs.filter((arg: string) => !arg.startsWith('--headless')),
    },
  }),
  instances: [{ browser: 'chromium' as const }],
});

/** Drops the stories' play functions (renamed, so Storybook does not run them). */
const withoutPlay: Plugin = {
  name: 'qoldau-stories-without-play',
  enforce: 'pre',
  transform: (code, id) => (id.endsWith('.stories.ts') ? code.replace(/\bplay:/g, 'skippedPlay:') : undefined),
};

const sweep = ['en', 'ru', 'kk']
  .flatMap((locale) => ['light', 'dark', 'brand'].map((theme) => ({ locale, theme })))
  .filter(({ locale, theme }) => locale !== 'en' || theme !== 'light')
  .map(({ locale, theme }) => ({
    extends: true as const,
    plugins: [storybookTest({ configDir: '.storybook', initialGlobals: { locale, theme } }), withoutPlay],
    test: { name: `storybook-${locale}-${theme}`, browser: browser() },
  }));

export default defineConfig({
  test: {
    // Nine passes share this machine's two CPUs: a story that renders in one second alone has
    // taken over 15 s (Vitest's default) at a load average of 8, in a different story each run.
    // A harness limit, not a timed assertion: a story that hangs still fails.
    testTimeout: 30_000,
    projects: [
      {
        extends: true,
        plugins: [storybookTest({ configDir: '.storybook' })],
        test: { name: 'storybook', browser: browser() },
      },
      ...sweep,
    ],
  },
});
