// A React 18, a React 19 and a Vue 3 app (test/release/apps/) built with Vite from the packed
// tarballs, as an app outside this repository would get Qoldau: type-checked (tsc; vue-tsc
// --strictTemplates) and run in Chromium, where properties, attributes and every qoldau-* event
// must reach the framework's handlers. A Preact and a Solid file are type-checked only.
//
// Cost: one `npm install` of the three apps as workspaces of one temporary project (React 18 and
// 19 side by side; each app's tsconfig `paths` and Vite `resolve.dedupe` pick its own React), reused
// between runs in .qoldau-tmp/apps while its package.json is unchanged (npm then only swaps the
// tarballs); the tarballs are those pack.test.mjs just made. About 40 s on a quiet machine with a
// warm npm cache (install ≈ 15 s, three type-checks and builds ≈ 20 s, Chromium ≈ 5 s).
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:http';
import { extname, join, resolve, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { chromium } from 'playwright';
import { chromiumArgs, chromiumPath } from '../../scripts/chromium.mjs';

const exec = promisify(execFile);
const root = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const tmp = join(root, '.qoldau-tmp');
const packDir = join(tmp, 'pack');
const appsDir = join(tmp, 'apps');
const templates = join(root, 'test/release/apps');
/** Runs a command; on failure the error says what it printed (tsc reports on stdout). */
const run = (cmd, args, cwd) =>
  exec(cmd, args, { cwd, maxBuffer: 64 * 1024 * 1024 }).catch((error) => {
    throw new Error(`${cmd} ${args.join(' ')} failed:\n${error.stdout}\n${error.stderr}`);
  });

/** Tool versions, pinned (all run on Node 20.19+). */
const tools = {
  vite: '8.3.8',
  '@vitejs/plugin-react': '6.3.0',
  '@vitejs/plugin-vue': '6.0.11',
  typescript: '5.9.3',
  'vue-tsc': '3.3.14',
};

/** Type-checked only: their JSX types are generated the same way as React's. */
const typedOnly = { preact: 'preact', solid: 'solid-js' };

const apps = {
  react18: { check: ['tsc', '-p', '.'], plugin: "import react from '@vitejs/plugin-react';", use: 'react()' },
  react19: { check: ['tsc', '-p', '.'], plugin: "import react from '@vitejs/plugin-react';", use: 'react()' },
  vue: {
    check: ['vue-tsc', '-p', '.'],
    plugin: "import vue from '@vitejs/plugin-vue';",
    // Tags with a dash that Vue should leave to the browser (docs/frameworks.md).
    use: "vue({ template: { compilerOptions: { isCustomElement: (tag) => tag.startsWith('qoldau-') } } })",
  },
};

let browser;
let server;
let origin;

before(async () => {
  // The tarballs of this build (pack.test.mjs leaves them; packed here when run alone).
  if (!existsSync(packDir) || !readdirSync(packDir).some((file) => file.endsWith('.tgz'))) {
    mkdirSync(packDir, { recursive: true });
    await run('npm', ['pack', '--workspaces', '--pack-destination', packDir], root);
  }
  const tarballs = Object.fromEntries(
    readdirSync(packDir)
      .filter((file) => file.endsWith('.tgz'))
      .map((file) => [tarballName(file), `file:../pack/${file}`]),
  );
  mkdirSync(appsDir, { recursive: true });
  const manifest = {
    name: 'qoldau-framework-apps',
    private: true,
    type: 'module',
    workspaces: [...Object.keys(apps), ...Object.keys(typedOnly)],
    // Every Qoldau package from its tarball, so no dependency of one is fetched from the registry.
    dependencies: tarballs,
    devDependencies: tools,
  };
  writeFileSync(join(appsDir, 'package.json'), JSON.stringify(manifest, null, 2));
  cpSync(join(templates, 'shared.ts'), join(appsDir, 'shared.ts'));
  for (const [name, source] of Object.entries(typedOnly)) {
    const dir = join(appsDir, name);
    rmSync(join(dir, 'src'), { recursive: true, force: true });
    cpSync(join(templates, name), dir, { recursive: true });
    const config = tsconfig(name);
    config.compilerOptions.jsx = name === 'solid' ? 'preserve' : 'react-jsx';
    config.compilerOptions.jsxImportSource = source;
    writeFileSync(join(dir, 'tsconfig.json'), JSON.stringify(config, null, 2));
  }
  for (const [name, app] of Object.entries(apps)) {
    const dir = join(appsDir, name);
    rmSync(join(dir, 'src'), { recursive: true, force: true });
    cpSync(join(templates, name), dir, { recursive: true });
    writeFileSync(join(dir, 'index.html'), indexHtml(name));
    writeFileSync(join(dir, 'vite.config.js'), viteConfig(app));
    writeFileSync(join(dir, 'tsconfig.json'), JSON.stringify(tsconfig(name), null, 2));
  }
  // The tarballs change with every build while their names do not, and npm would reinstall the
  // old ones from its cache by the lockfile's integrity: forget them, keep the rest of the lock.
  // (node_modules/.package-lock.json is npm's copy of the lock: it would restore them as well.)
  rmSync(join(appsDir, 'node_modules', '.package-lock.json'), { force: true });
  const lockFile = join(appsDir, 'package-lock.json');
  if (existsSync(lockFile)) {
    const lock = JSON.parse(readFileSync(lockFile, 'utf8'));
    for (const key of Object.keys(lock.packages)) {
      if (/node_modules\/(qoldau|@qoldau\/[\w-]+)$/.test(key)) delete lock.packages[key];
    }
    writeFileSync(lockFile, JSON.stringify(lock, null, 2));
  }
  rmSync(join(appsDir, 'node_modules', 'qoldau'), { recursive: true, force: true });
  rmSync(join(appsDir, 'node_modules', '@qoldau'), { recursive: true, force: true });
  await run('npm', ['install', '--no-audit', '--no-fund', '--prefer-offline'], appsDir);

  // The apps must test this build, not a tarball npm kept from an earlier run.
  for (const file of ['cdn/qoldau.js', 'frameworks/react.d.ts', 'frameworks/vue.d.ts']) {
    assert.ok(
      readFileSync(join(appsDir, 'node_modules/qoldau', file)).equals(
        readFileSync(join(root, 'packages/qoldau', file)),
      ),
      `the apps installed this build's qoldau (${file})`,
    );
  }

  server = await serve(appsDir);
  browser = await chromium.launch({ executablePath: chromiumPath(), args: chromiumArgs });
});

after(async () => {
  await browser?.close();
  server?.close();
});

/** `qoldau-elements-0.1.0.tgz` → `@qoldau/elements`; `qoldau-0.1.0.tgz` → `qoldau`. */
function tarballName(file) {
  const name = file.replace(/-\d+\.\d+\.\d+.*\.tgz$/, '');
  return name === 'qoldau' ? 'qoldau' : `@qoldau/${name.slice('qoldau-'.length)}`;
}

function indexHtml(name) {
  return `<!doctype html>
<html lang="en" data-qoldau-motion="reduce">
  <head><meta charset="utf-8" /><title>${name}</title></head>
  <body><div id="root"></div><script type="module" src="./src/main.${name === 'vue' ? 'ts' : 'tsx'}"></script></body>
</html>
`;
}

function viteConfig(app) {
  return `${app.plugin}
export default {
  base: './',
  plugins: [${app.use}],
  // React 18 and 19 both live in this install: each app and the packages it imports use its own.
  resolve: { dedupe: ['react', 'react-dom', 'vue'] },
  logLevel: 'warn',
};
`;
}

function tsconfig(name) {
  const own = (pkg) => [`./node_modules/${pkg}`, `../node_modules/${pkg}`];
  return {
    compilerOptions: {
      target: 'ES2022',
      lib: ['ES2023', 'DOM', 'DOM.Iterable'],
      module: 'ESNext',
      moduleResolution: 'bundler',
      jsx: name === 'vue' ? 'preserve' : 'react-jsx',
      strict: true,
      noEmit: true,
      skipLibCheck: false,
      types: [],
      // The app's own React types, also for the React imports inside node_modules.
      paths: name.startsWith('react') ? { react: own('@types/react'), 'react/*': own('@types/react/*') } : {},
    },
    include: ['src', '../shared.ts'],
    ...(name === 'vue' ? { vueCompilerOptions: { strictTemplates: true } } : {}),
  };
}

function serve(dir) {
  const types = { '.html': 'text/html', '.js': 'text/javascript', '.css': 'text/css' };
  return new Promise((done) => {
    const http = createServer((request, response) => {
      const path = join(dir, decodeURIComponent(new URL(request.url, 'http://x').pathname));
      if (!path.startsWith(dir) || !existsSync(path)) return response.writeHead(404).end();
      response.writeHead(200, { 'content-type': types[extname(path)] ?? 'application/octet-stream' });
      response.end(readFileSync(path));
    });
    http.listen(0, '127.0.0.1', () => {
      origin = `http://127.0.0.1:${http.address().port}`;
      done(http);
    });
  });
}

for (const name of Object.keys(typedOnly)) {
  test(`${name}: the tags, their properties and qoldau-* events type-check`, async () => {
    await run(join(appsDir, 'node_modules', '.bin', 'tsc'), ['-p', '.'], join(appsDir, name));
  });
}

for (const [name, app] of Object.entries(apps)) {
  test(`${name}: type-checks, builds, and gets properties, attributes and every qoldau-* event`, async () => {
    const dir = join(appsDir, name);
    const bin = (tool) => join(appsDir, 'node_modules', '.bin', tool);
    await run(bin(app.check[0]), app.check.slice(1), dir);
    await run(bin('vite'), ['build'], dir);

    const page = await browser.newPage();
    const errors = [];
    page.on('pageerror', (error) => errors.push(error.message));
    await page.goto(`${origin}/${name}/dist/index.html`);
    await page.waitForFunction(() => window.qoldauEvents?.length >= 4, null, { timeout: 15000 });
    const seen = await page.evaluate(() => {
      const valid = document.getElementById('valid');
      return {
        events: [...window.qoldauEvents].sort(),
        raisedType: typeof valid.raised,
        variant: valid.variant,
        app: valid.getAttribute('data-app'),
        heading: valid.shadowRoot.textContent.includes('Van'),
        footer: valid.querySelector('a[slot="footer"]')?.assignedSlot?.name,
      };
    });
    await page.close();
    assert.deepEqual(seen, {
      events: ['qoldau-error:invalid', 'qoldau-goal-reached:reached', 'qoldau-load:reached', 'qoldau-load:valid'],
      raisedType: 'number', // a property, not a string attribute
      variant: 'ring',
      app: name, // a plain attribute still reaches the element
      heading: true,
      footer: 'footer', // the donate link stays visible under the meter
    });
    assert.deepEqual(errors, []);
  });
}
