// modulepreload hints: a page's widgets in one JS round trip after the HTML (issue #9).
//
// Without hints the browser learns of a component's chunk only once qoldau.js has run and seen the
// tag: HTML → qoldau.js → donation-progress-….js is two round trips of JS (800 ms on a slow phone).
// With `<link rel="modulepreload">` for the chunks a page needs, next to the script tag, they are
// fetched in parallel with qoldau.js: one round trip. Chunk names carry the release's version, so the
// hints belong to one release: this script writes them for the build in packages/qoldau/cdn.
//
//   node scripts/preload-hints.mjs                       writes cdn/preload.json (run by build:cdn)
//   node scripts/preload-hints.mjs TAG… [--data] [--lang kk|ru] [--base URL]
//                                                        prints the <link> lines for a page
//
// preload.json maps each tag (and `data`, the adapter for widgets that name a resource, and
// `locale-kk`, `locale-ru`) to the files it adds to qoldau.js, imports included.
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

const dir = 'packages/qoldau/cdn';
const chunks = JSON.parse(readFileSync(join(dir, 'chunks.json'), 'utf8'));
const entry = 'qoldau.js';

/** A chunk and what it imports statically, without the entry (the page loads that anyway). */
function closure(file, seen = new Set()) {
  if (seen.has(file) || file === entry) return seen;
  seen.add(file);
  for (const imported of chunks[file].imports) closure(imported, seen);
  return seen;
}

const hints = {};
for (const [file, chunk] of Object.entries(chunks)) {
  // Components: the chunk of packages/*/src/<name>/define.ts defines <qoldau-<name>>.
  const component = /\/src\/([\w-]+)\/define\.ts$/.exec(chunk.facade ?? '');
  if (component) hints[`qoldau-${component[1]}`] = [...closure(file)];
  // `data` is the adapter's read side, what a widget naming a resource needs (forms import the
  // write side themselves, it is in their closure).
  const named = /^(data-read|locale-kk|locale-ru)-\d/.exec(file);
  if (named) hints[named[1].replace('-read', '')] = [...closure(file)];
}
const sortedHints = Object.fromEntries(
  Object.keys(hints)
    .sort()
    .map((key) => [key, hints[key].sort()]),
);

const args = process.argv.slice(2);
if (!args.length) {
  writeFileSync(join(dir, 'preload.json'), `${JSON.stringify(sortedHints, null, 2)}\n`);
} else {
  const option = (name) => (args.includes(name) ? args[args.indexOf(name) + 1] : undefined);
  const base = option('--base') ?? '';
  const keys = args.filter((arg, index) => !arg.startsWith('--') && !['--lang', '--base'].includes(args[index - 1]));
  if (args.includes('--data')) keys.push('data');
  if (option('--lang') && option('--lang') !== 'en') keys.push(`locale-${option('--lang')}`);
  const files = new Set();
  for (const key of keys) {
    if (!sortedHints[key]) {
      console.error(`Unknown: ${key} (known: ${Object.keys(sortedHints).join(', ')})`);
      process.exit(1);
    }
    for (const file of sortedHints[key]) files.add(file);
  }
  console.log(`<script type="module" src="${base}${entry}"></script>`);
  for (const file of files) console.log(`<link rel="modulepreload" href="${base}${file}" />`);
}
