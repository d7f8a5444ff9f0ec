// Vitest: the Storybook story tests (every story renders, its play function passes and axe finds
// no violations) in headless Debian Chromium, driven by Playwright without a downloaded browser.
import { defineConfig } from 'vitest/config';
import { playwright } from '@vitest/browser-playwright';
import { storybookTest } from '@storybook/addon-vitest/vitest-plugin';
import { chromiumArgs, chromiumPath } from './scripts/chromium.mjs';

export default defineConfig({
  test: {
    projects: [
      {
        extends: true,
        plugins: [storybookTest({ configDir: '.storybook' })],
        test: {
          name: 'storybook',
          browser: {
            enabled: true,
            headless: true,
            provider: playwright({
              launchOptions: {
                executablePath: chromiumPath() ?? '/usr/bin/chromium',
                // Playwright sets headless mode itself.
                args: chromiumArgs.filter((arg: string) => !arg.startsWith('--headless')),
              },
            }),
            instances: [{ browser: 'chromium' }],
          },
        },
      },
    ],
  },
});
