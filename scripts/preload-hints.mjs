// modulepreload hints: a page's widgets in one JS round trip after the HTML (issue #9).
//
// Without hints the browser learns of a component's chunk only once qoldau.js has run and seen the
// tag: HTML → qoldau.js → donation-progress-….js is two round trips of JS (800 ms on a slow phone).
// With `<link rel="modulepreload">` for the chunks a page needs, next to the script tag, they are
// fetched in parallel with qoldau.js: one round trip. Chunk names carry the release's version, so the
// hints belong to one release: this script writes them for the build in packages/qoldau/cdn, and
// docs/cdn.md (scripts/cdn-docs.mjs) lists them per component for NGOs to paste.
//
//   node scripts/preload-hints.mjs                       writes cdn/preload.json (run by build:cdn)
//   node scripts/preload-hints.mjs TAG… [--data json|static|sheet] [--lang kk|ru] [--base URL]
//                                                        prints the <link> lines for a page, from
//                                                        cdn/preload.json
//
//   --data json|static|sheet   the page's widgets name resources (campaign=, metric=, event=…), read
//                              from a JSON endpoint, the page's inline JSON or a Google Sheet
//
// preload.json maps each tag to the files it adds to qoldau.js, imports included; `TAG kk` and
// `TAG ru` to the strings of its own it needs in that language (the forms', the donor wall's…);
// `TAG data` to the validator of its resources when they are read (read.ts loads them by kind);
// `data` to the adapter's read side, `data static` and `data sheet` to what reading inline JSON or
// a sheet adds (source.ts); `locale-kk`, `locale-ru` to the language chunks every widget shares.
//
// hintFiles() is plain ES (test/cdn-preload.test.ts and scripts/cdn-docs.mjs import it, the test in
// the browser); the file system is touched only when run as a script.
const dir = 'packages/qoldau/cdn';
const entry = 'qoldau.js';
const languages = ['kk', 'ru'];
/** Widgets whose resources (metric, metrics, series, allocation) core's validate-resources.ts checks. */
const readsResources = ['qoldau-impact-counter', 'qoldau-impact-counters', 'qoldau-impact-chart'];

/** preload.json's index, from the build's chunks.json. */
function buildHints(chunks) {
  /** A chunk and what it imports statically, without the entry (the page loads that anyway). */
  function closure(file, seen = new Set()) {
    if (seen.has(file) || file === entry) return seen;
    seen.add(file);
    for (const imported of chunks[file].imports) closure(imported, seen);
    return seen;
  }
  const hints = {};
  for (const [file, chunk] of Object.entries(chunks)) {
    if (chunk.defines) {
      const files = closure(file);
      hints[chunk.defines] = [...files];
      // The component's own strings: locale chunks its files load by language (not the shared
      // locale-kk/-ru, which the entry loads for every widget).
      for (const language of languages) {
        const strings = [...files]
          .flatMap((own) => chunks[own].dynamicImports)
          .filter((name) => new RegExp(`^[a-z]+-locale-${language}-`).test(name))
          .flatMap((name) => [...closure(name)]);
        if (strings.length) hints[`${chunk.defines} ${language}`] = strings;
      }
    }
    // `data` is the adapter's read side, what a widget naming a resource needs (forms import the
    // write side themselves when they send).
    const named = /^(data-read|locale-kk|locale-ru)-\d/.exec(file);
    if (named) hints[named[1].replace('-read', '')] = [...closure(file)];
    if (file.startsWith('shared-static-')) hints['data static'] = [...closure(file)];
    if (file.startsWith('shared-sheet-')) hints['data sheet'] = [...closure(file)];
    if (chunk.facade === 'packages/core/src/validate-resources.ts')
      for (const tag of readsResources) hints[`${tag} data`] = [...closure(file)];
  }
  return Object.fromEntries(
    Object.keys(hints)
      .sort()
      .map((key) => [key, [...new Set(hints[key])].sort()]),
  );
}

/**
 * The files to preload for a page with `tags` in `lang`; `data` says where their resources are read
 * from (`json`, `static`, `sheet`; none when every widget has its figures in attributes).
 */
export function hintFiles(hints, tags, { data, lang = 'en' } = {}) {
  if (data !== undefined && !['json', 'static', 'sheet'].includes(data))
    throw new Error(`--data says where resources are read from: json, static or sheet (not "${data}")`);
  const keys = [...tags];
  if (data) keys.push('data', ...(data === 'json' ? [] : [`data ${data}`]));
  if (lang !== 'en') keys.push(`locale-${lang}`);
  const files = new Set();
  for (const key of keys) {
    if (!hints[key]) throw new Error(`Unknown: ${key} (known: ${Object.keys(hints).join(', ')})`);
    for (const file of hints[key]) files.add(file);
  }
  // Strings of a component's own in that language (absent when it has none).
  for (const tag of tags) for (const file of hints[`${tag} ${lang}`] ?? []) files.add(file);
  if (data) for (const tag of tags) for (const file of hints[`${tag} data`] ?? []) files.add(file);
  return [...files];
}

/** Run as a script (not imported): write preload.json, or print a page's lines. */
if (globalThis.process?.argv[1] && import.meta.url.endsWith(globalThis.process.argv[1].replace(/^.*\//, '/'))) {
  const { readFileSync, writeFileSync } = await import('node:fs');
  const args = process.argv.slice(2);
  if (!args.length) {
    const chunks = JSON.parse(readFileSync(`${dir}/chunks.json`, 'utf8'));
    writeFileSync(`${dir}/preload.json`, `${JSON.stringify(buildHints(chunks), null, 2)}\n`);
  } else {
    // An option's value is the next argument; a missing one is an error, not a silent default.
    const option = (name) => {
      if (!args.includes(name)) return undefined;
      const value = args[args.indexOf(name) + 1];
      if (value === undefined || value.startsWith('--')) {
        console.error(`${name} needs a value`);
        process.exit(1);
      }
      return value;
    };
    const base = option('--base') ?? '';
    const options = ['--lang', '--base', '--data'];
    const tags = args.filter((arg, index) => !arg.startsWith('--') && !options.includes(args[index - 1]));
    try {
      const hints = JSON.parse(readFileSync(`${dir}/preload.json`, 'utf8'));
      const files = hintFiles(hints, tags, { data: option('--data'), lang: option('--lang') ?? 'en' });
      console.log(`<script type="module" src="${base}${entry}"></script>`);
      for (const file of files) console.log(`<link rel="modulepreload" href="${base}${file}" />`);
    } catch (error) {
      console.error(error.message);
      process.exit(1);
    }
  }
}
