// Packs every published package once (`npm pack --workspaces`, which runs each `prepack`: see
// scripts/prepack.mjs) and checks the tarballs as a registry and a user would meet them: the file
// list (exactly what users need), the size against a budget, the metadata, then `publint --strict`
// and `attw` (profile esm-only: Qoldau ships ES modules only, see README) on the same tarballs.
// Run: `npm run test:release` (node's test runner; no browser).
import { test, before } from 'node:test';
import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { mkdirSync, readFileSync, rmSync } from 'node:fs';
import { join, resolve, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { elements } from '../../scripts/frameworks.mjs';

const run = promisify(execFile);
const root = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const bin = (name) => join(root, 'node_modules', '.bin', name);
const rootPkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));
const workspaces = rootPkg.workspaces.map((dir) => ({
  dir,
  pkg: JSON.parse(readFileSync(join(root, dir, 'package.json'), 'utf8')),
}));

/**
 * Unpacked-size budgets in bytes. Each is about twice what the package weighed when the budget was
 * set (core 268 kB, elements 333 kB, charts 129 kB, qoldau 914 kB), which leaves room for new
 * widgets but fails on the accidents this test exists for: chart.js's 3 MB of source maps, a
 * tsbuildinfo, a stray folder.
 */
const budgets = {
  '@qoldau/core': 550_000,
  '@qoldau/elements': 800_000,
  '@qoldau/charts': 300_000,
  qoldau: 1_900_000,
  '@qoldau/react': 60_000, // 14 kB when set
};

/** What a user needs, by package; anything else in a tarball fails the test. */
const common = [
  /^package\.json$/,
  /^LICENSE$/,
  /^README\.md$/,
  /^CHANGELOG\.md$/, // written by `changeset version`
  /^dist\/.+\.(js|d\.ts)$/, // the npm build: readable ES2022 and types, no maps (docs/release.md)
  /^src\/(?!generated\/).+\.ts$/, // the TypeScript sources (the `@qoldau/source` condition)
];
const allowed = {
  '@qoldau/core': common,
  '@qoldau/elements': [...common, /^custom-elements\.json$/],
  '@qoldau/charts': [...common, /^custom-elements\.json$/],
  '@qoldau/react': common,
  // The CDN build and its source maps, except chart.js's (3 MB of maps of a library we only bundle).
  qoldau: [
    ...common,
    /^custom-elements\.json$/,
    /^cdn\/[\w.-]+\.js$/,
    /^cdn\/(?!chartjs-)[\w.-]+\.js\.map$/,
    // Generated from the manifests by scripts/frameworks.mjs.
    /^frameworks\/(react|preact|solid|vue)\.d\.ts$/,
    /^frameworks\/(vscode\.html-custom-data|web-types)\.json$/,
  ],
};
const required = {
  '@qoldau/core': ['dist/index.js', 'dist/index.d.ts', 'dist/data/index.js'],
  '@qoldau/elements': ['dist/index.js', 'dist/index.d.ts', 'custom-elements.json'],
  '@qoldau/charts': ['dist/index.js', 'dist/index.d.ts', 'custom-elements.json'],
  '@qoldau/react': ['dist/index.js', 'dist/index.d.ts'],
  qoldau: [
    'dist/index.js',
    'dist/index.d.ts',
    'cdn/qoldau.js',
    'cdn/qoldau.js.map',
    'custom-elements.json',
    'frameworks/react.d.ts',
    'frameworks/vue.d.ts',
    'frameworks/web-types.json',
    'frameworks/vscode.html-custom-data.json',
  ],
};

// Kept after the run: frameworks.test.mjs installs these same tarballs.
const destination = join(root, '.qoldau-tmp', 'pack');
/** name → npm pack's JSON report (files, size, unpackedSize, filename). */
const packed = {};

before(async () => {
  rmSync(destination, { recursive: true, force: true });
  mkdirSync(destination, { recursive: true });
  const { stdout } = await run('npm', ['pack', '--workspaces', '--json', '--pack-destination', destination], {
    cwd: root,
    maxBuffer: 64 * 1024 * 1024,
  });
  // npm's JSON report is the last thing printed, starting with a line that is just "[".
  const start = stdout.lastIndexOf('\n[\n') + 1;
  for (const report of JSON.parse(stdout.slice(start))) packed[report.name] = report;
});

test('every workspace package is packed', () => {
  assert.deepEqual(Object.keys(packed).sort(), workspaces.map(({ pkg }) => pkg.name).sort());
});

for (const { dir, pkg } of workspaces) {
  test(`${pkg.name}: files are exactly what users need`, () => {
    const files = packed[pkg.name].files.map((file) => file.path);
    const stray = files.filter((file) => !allowed[pkg.name].some((pattern) => pattern.test(file)));
    assert.deepEqual(stray, [], `files a user does not need in ${pkg.name}`);
    for (const file of required[pkg.name]) assert.ok(files.includes(file), `${pkg.name} lacks ${file}`);
    if (pkg.customElements) assert.ok(files.includes(pkg.customElements), 'customElements points into the tarball');
    if (pkg['web-types'])
      assert.ok(files.includes(pkg['web-types'].replace(/^\.\//, '')), 'web-types points into the tarball');
  });

  test(`${pkg.name}: size within budget`, () => {
    const { unpackedSize, size } = packed[pkg.name];
    assert.ok(
      unpackedSize <= budgets[pkg.name],
      `${pkg.name} unpacks to ${unpackedSize} B, budget ${budgets[pkg.name]} B`,
    );
    // Compressed, a tarball holding ES modules, maps and sources is about a third of that.
    assert.ok(size <= budgets[pkg.name] / 2, `${pkg.name} tarball ${size} B`);
  });

  test(`${pkg.name}: metadata a registry page needs`, () => {
    assert.equal(pkg.license, 'MIT');
    assert.equal(readFileSync(join(root, dir, 'LICENSE'), 'utf8'), readFileSync(join(root, 'LICENSE'), 'utf8'));
    assert.equal(pkg.repository?.directory, dir);
    assert.match(pkg.repository?.url ?? '', /^git\+https:\/\/github\.com\/qoldau\/qoldau\.git$/);
    assert.match(readFileSync(join(root, dir, 'CHANGELOG.md'), 'utf8'), new RegExp(`^## ${pkg.version}$`, 'm'));
    assert.ok(pkg.homepage && pkg.bugs?.url && pkg.keywords?.length >= 3 && pkg.description);
    assert.equal(pkg.scripts?.prepack, 'node ../../scripts/prepack.mjs');
    // Caret ranges, so an app with another patch of lit gets one copy; sibling packages at the
    // version they are released with (changesets' fixed group keeps these in step).
    for (const [name, range] of Object.entries(pkg.dependencies ?? {})) {
      const sibling = workspaces.find((other) => other.pkg.name === name);
      assert.equal(range, sibling ? `^${sibling.pkg.version}` : range, `${name} follows its package's version`);
      assert.match(range, /^\^\d+\.\d+\.\d+$/, `${pkg.name} depends on ${name}@${range}: use a caret range`);
    }
  });

  test(`${pkg.name}: publint --strict`, async () => {
    const { stdout } = await run(bin('publint'), ['run', packed[pkg.name].filename, '--strict'], { cwd: destination });
    assert.match(stdout, /All good!/);
  });

  test(`${pkg.name}: are the types wrong (esm-only profile)`, async () => {
    // Throws (non-zero exit) on any problem; the esm-only profile accepts that CommonJS and
    // `moduleResolution: node` cannot load an ES-module-only package (documented in README.md).
    await run(bin('attw'), [packed[pkg.name].filename, '--profile', 'esm-only', '--format', 'ascii'], {
      cwd: destination,
    });
  });
}

test('changesets release every package together (one fixed group, one version)', () => {
  const config = JSON.parse(readFileSync(join(root, '.changeset/config.json'), 'utf8'));
  const group = config.fixed.find((patterns) => patterns.includes('qoldau'));
  for (const { pkg } of workspaces) {
    assert.ok(
      group.some(
        (pattern) => pattern === pkg.name || (pattern.endsWith('/*') && pkg.name.startsWith(pattern.slice(0, -1))),
      ),
      `${pkg.name} is in the fixed group`,
    );
    assert.equal(pkg.version, workspaces[0].pkg.version, `${pkg.name} has the group's version`);
  }
});

test('@qoldau/react wraps every tag of the manifests', () => {
  const source = readFileSync(join(root, 'packages/react/src/index.ts'), 'utf8');
  const missing = elements()
    .map((element) => element.tag)
    .filter((tag) => !source.includes(`'${tag}'`));
  assert.deepEqual(missing, [], 'add a wrapper in packages/react/src/index.ts');
});
