// Real-browser tests: TypeScript sources in headless Debian Chromium, a real HTTP server for the
// data adapter, v8 coverage with a threshold, and Lit dev-mode warnings turned into failures.
import { esbuildPlugin } from '@web/dev-server-esbuild';
import { chromeLauncher } from '@web/test-runner-chrome';
import { chromiumPath, chromiumArgs } from './scripts/chromium.mjs';
import { testServerPlugin } from './test/server/wtr-plugin.mjs';
import { a11yPlugin } from './test/a11y-plugin.mjs';

export default {
  files: ['packages/*/test/**/*.test.ts', 'test/**/*.test.ts'],
  nodeResolve: {
    // "development" gives Lit's dev build, whose warnings we want to see (and fail on).
    exportConditions: ['@qoldau/source', 'development', 'browser'],
  },
  middleware: [
    // The CDN build served from a second path: a page can load two real copies of the SDK.
    function secondCopy(context, next) {
      if (context.url.startsWith('/second-copy/'))
        context.url = context.url.replace('/second-copy/', '/packages/qoldau/cdn/');
      return next();
    },
    // The CDN build behind a slow network (150 ms a file): makes round trips visible to tests.
    // `/slow-cdn-<name>/` serves it too, under a path of its own (nothing found in the cache).
    async function slowCdn(context, next) {
      const prefix = /^\/slow-cdn(-\w+)?\//.exec(context.url)?.[0];
      if (!prefix) return next();
      context.url = context.url.replace(prefix, '/packages/qoldau/cdn/');
      await new Promise((resolve) => setTimeout(resolve, 150));
      return next();
    },
  ],
  plugins: [esbuildPlugin({ ts: true, target: 'es2022', tsconfig: 'tsconfig.json' }), testServerPlugin(), a11yPlugin()],
  browsers: [
    chromeLauncher({
      launchOptions: {
        executablePath: chromiumPath(),
        args: chromiumArgs,
      },
    }),
  ],
  // One tab at a time: a background tab gets no animation frames and no IntersectionObserver
  // callbacks (even with the anti-throttling flags), so visibility-driven tests would hang.
  concurrency: 1,
  testFramework: { config: { timeout: 20000 } },
  coverageConfig: {
    include: ['packages/core/src/**/*.ts', 'packages/elements/src/**/*.ts'],
    exclude: ['**/generated/**', '**/node_modules/**'],
    threshold: { lines: 90, statements: 90, functions: 80, branches: 75 },
    reportDir: 'coverage',
  },
  testRunnerHtml: (testFramework) => `<!doctype html>
<html lang="en">
  <head><meta charset="utf-8"></head>
  <body>
    <script>
      // Lit prints one dev-mode banner; any other Lit warning fails the test file.
      globalThis.litIssuedWarnings = new Set(['dev-mode']);
      const originalWarn = console.warn;
      console.warn = (...args) => {
        originalWarn.apply(console, args);
        const text = args.map(String).join(' ');
        if (text.includes('lit.dev/msg') || text.includes('Lit is in dev mode')) {
          setTimeout(() => { throw new Error('Lit dev-mode warning: ' + text); });
        }
      };
    </script>
    <script type="module" src="${testFramework}"></script>
  </body>
</html>`,
};
