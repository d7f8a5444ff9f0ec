// `prepack` of every published package (npm runs it in the package's folder before `npm pack` and
// `npm publish`): builds what that package ships, so a pack from a clean clone is complete.
//   @qoldau/core      dist/ (tsc -b)
//   @qoldau/react     dist/ (tsc -b)
//   @qoldau/elements  dist/ + custom-elements.json
//   @qoldau/charts    dist/ + custom-elements.json
//   qoldau            dist/ + cdn/ (rollup) + custom-elements.json (both manifests merged)
//                     + frameworks/ (JSX and Vue types, editor data: scripts/frameworks.mjs)
// Each step is skipped when its output is newer than every input, so packing all packages right
// after a build (npm test's release step, `npm run release:check`) costs seconds, not a rebuild.
// `tsc -b` decides that for itself (its .tsbuildinfo, which `files` leaves out of the tarballs).
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import { basename, dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const pkgDir = process.argv[2] ? resolve(process.argv[2]) : process.cwd();
const pkg = basename(pkgDir);
const bin = (name) => join(root, 'node_modules', '.bin', name);
const run = (cmd, args, cwd = root) => {
  console.error(`prepack ${pkg}: ${cmd} ${args.join(' ')}`);
  // Tools' output goes to stderr: stdout is npm pack's --json report.
  execFileSync(cmd, args, { cwd, stdio: ['ignore', 2, 'inherit'] });
};

/** Newest modification time of a file or of any file below a folder. */
function newest(path) {
  if (!existsSync(path)) return 0;
  const stat = statSync(path);
  if (!stat.isDirectory()) return stat.mtimeMs;
  return Math.max(0, ...readdirSync(path).map((name) => newest(join(path, name))));
}
const stale = (output, inputs) => !existsSync(output) || statSync(output).mtimeMs < Math.max(...inputs.map(newest));
const src = (...names) => names.map((name) => join(root, 'packages', name, 'src'));

function manifest(name) {
  const out = join(root, 'packages', name, 'custom-elements.json');
  if (!stale(out, [...src(name), join(root, 'packages', name, 'custom-elements-manifest.config.mjs')])) return;
  const args = ['analyze', '--litelement', '--globs', 'src/**/*.ts', '--outdir', '.'];
  if (name === 'elements') args.push('--exclude', 'src/generated/**');
  run(bin('cem'), args, join(root, 'packages', name));
}

/** A member no user of a tag can reach: private, protected, `#private`, or documented `@internal`. */
const isHidden = (member) =>
  member.privacy === 'private' ||
  member.privacy === 'protected' ||
  member.name?.startsWith('#') ||
  /@internal\b/.test(member.description ?? '');

/**
 * The manifest as the tarball ships it: the public surface only (IDEs, Storybook and linters list
 * what a page can use; a component's private fields and methods are not part of it, and were 21 %
 * of the bytes), without cem's two-space indentation (44 %: tools parse it, nobody reads it in
 * node_modules). Keeps @qoldau/elements within its unpacked-size budget with seven widgets.
 */
function compactManifest(name) {
  const file = join(root, 'packages', name, 'custom-elements.json');
  const manifest = JSON.parse(readFileSync(file, 'utf8'));
  for (const module of manifest.modules)
    for (const declaration of module.declarations ?? [])
      if (declaration.members) declaration.members = declaration.members.filter((member) => !isHidden(member));
  writeFileSync(file, JSON.stringify(manifest) + '\n');
}

/**
 * qoldau's manifest: the elements' and the charts' modules in one file, so tools that read the
 * `customElements` field of the package an app installs (IDE plugins, Storybook, linters) see every
 * tag. Module paths are rewritten to where the files are in node_modules, relative to this package.
 */
function mergedManifest() {
  const parts = ['elements', 'charts'].map((name) => {
    const manifest = JSON.parse(readFileSync(join(root, 'packages', name, 'custom-elements.json'), 'utf8'));
    const prefix = `../@qoldau/${name}/`;
    const rewrite = (value) => (typeof value === 'string' && !value.startsWith('../') ? prefix + value : value);
    for (const module of manifest.modules) {
      module.path = rewrite(module.path);
      for (const declaration of module.declarations ?? []) delete declaration.source;
      for (const ex of module.exports ?? [])
        if (ex.declaration?.module) ex.declaration.module = rewrite(ex.declaration.module);
    }
    return manifest;
  });
  const merged = { schemaVersion: parts[0].schemaVersion, readme: '', modules: parts.flatMap((part) => part.modules) };
  writeFileSync(join(pkgDir, 'custom-elements.json'), JSON.stringify(merged, null, 2) + '\n');
}

const tscBuild = () => run(bin('tsc'), ['-b', relative(root, join(pkgDir, 'tsconfig.build.json'))]);

switch (pkg) {
  case 'core':
  case 'react':
    tscBuild();
    break;
  case 'elements':
  case 'charts':
    tscBuild();
    manifest(pkg);
    compactManifest(pkg);
    break;
  case 'qoldau': {
    tscBuild();
    manifest('elements');
    manifest('charts');
    mergedManifest();
    run(process.execPath, [join(root, 'scripts', 'frameworks.mjs')]);
    const inputs = [
      ...src('core', 'elements', 'charts', 'qoldau'),
      join(root, 'rollup.config.mjs'),
      join(root, 'package-lock.json'),
    ];
    if (stale(join(pkgDir, 'cdn', 'qoldau.js'), inputs)) {
      run(process.execPath, [join(root, 'scripts', 'clean.mjs'), 'packages/qoldau/cdn']);
      run(bin('rollup'), ['-c', 'rollup.config.mjs']);
    }
    break;
  }
  default:
    throw new Error(`prepack: no build for packages/${pkg}`);
}
