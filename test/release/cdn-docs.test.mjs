// docs/cdn.md and every pasted script tag (README, package README, NGO guides) carry the version
// and the SRI hashes of the current CDN build: this fails when they are stale (fix: npm run
// cdn:docs). It also checks that each published hash is the hash of the file it names.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join, resolve, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
// Builds the CDN files only if they are older than their sources (as `npm pack` would).
execFileSync(process.execPath, ['scripts/prepack.mjs', 'packages/qoldau'], { cwd: root, stdio: 'inherit' });

test('docs/cdn.md and the pasted script tags match the CDN build', () => {
  execFileSync(process.execPath, ['scripts/cdn-docs.mjs', '--check'], { cwd: root, stdio: 'inherit' });
});

test('every hash in docs/cdn.md is the SHA-384 of the file it names, and every chunk has one', () => {
  const { version } = JSON.parse(readFileSync(join(root, 'packages/qoldau/package.json'), 'utf8'));
  const doc = readFileSync(join(root, 'docs/cdn.md'), 'utf8');
  const map = JSON.parse(/<script type="importmap">\s*([\s\S]+?)\s*<\/script>/.exec(doc)[1]);
  const chunks = JSON.parse(readFileSync(join(root, 'packages/qoldau/cdn/chunks.json'), 'utf8'));
  const lazy = Object.keys(chunks).filter((file) => file !== 'qoldau.js');
  assert.ok(lazy.length > 5);
  const prefix = `https://cdn.jsdelivr.net/npm/qoldau@${version}/cdn/`;
  assert.deepEqual(Object.keys(map.integrity).sort(), lazy.map((file) => prefix + file).sort());
  for (const [url, hash] of Object.entries(map.integrity)) {
    const bytes = readFileSync(join(root, 'packages/qoldau/cdn', url.slice(prefix.length)));
    assert.equal(hash, `sha384-${createHash('sha384').update(bytes).digest('base64')}`);
  }
  // The README's tag is pinned and hashed.
  const readme = readFileSync(join(root, 'README.md'), 'utf8');
  assert.match(readme, new RegExp(`src="${prefix.replaceAll('.', '\\.')}qoldau\\.js"\\s+integrity="sha384-`));
});
