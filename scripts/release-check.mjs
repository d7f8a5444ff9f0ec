// `npm run release:check`: everything a release does except `npm publish` (docs/release.md).
//   1. the release plan of the pending changesets (versions, changelog entries);
//   2. a clean build of every package (npm's dist, the CDN files, the manifests);
//   3. docs/cdn.md and the pasted script tags match that build (SRI hashes, version);
//   4. each package packed once, its files, size, metadata, publint --strict and attw checked;
//   5. `npm publish --dry-run` of every package: npm's own publish path, stopped before upload.
import { execFileSync } from 'node:child_process';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const step = (title, cmd, args) => {
  console.log(`\n▶ ${title}: ${cmd} ${args.join(' ')}`);
  execFileSync(cmd, args, { cwd: root, stdio: 'inherit' });
};

// --since=HEAD: the plan of the changesets in .changeset/, whatever branch this runs on.
step('release plan', 'npx', ['changeset', 'status', '--verbose', '--since=HEAD']);
step('clean build', 'npm', ['run', 'build']);
step('CDN docs', process.execPath, ['scripts/cdn-docs.mjs', '--check']);
step('packages', 'npm', ['run', 'test:release']);
step('publish (dry run)', 'npm', ['publish', '--dry-run', '--workspaces', '--access', 'public']);
console.log('\nrelease:check passed. To release: see docs/release.md.');
