// Prints raw / gzip / brotli bytes of every CDN file and of what typical pages download, then each
// budget with its margin, and fails when a budget is exceeded. Budgets are in KiB (1 KiB = 1024
// bytes) of brotli (quality 11), the compression CDNs serve to current browsers. Run after `npm run build:cdn` (npm run size does both).
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';
import { decode } from '@jridgewell/sourcemap-codec';

const dir = 'packages/qoldau/cdn';
const chunks = JSON.parse(readFileSync(join(dir, 'chunks.json'), 'utf8'));

const sizes = {};
for (const file of readdirSync(dir).filter((name) => name.endsWith('.js'))) {
  const source = readFileSync(join(dir, file));
  sizes[file] = {
    raw: source.length,
    gzip: gzipSync(source, { level: 9 }).length,
    brotli: brotliCompressSync(source, {
      params: { [constants.BROTLI_PARAM_QUALITY]: 11, [constants.BROTLI_PARAM_SIZE_HINT]: source.length },
    }).length,
  };
}

/** A chunk and everything it imports statically: what the browser fetches for it. */
function closure(file, seen = new Set()) {
  if (seen.has(file)) return seen;
  seen.add(file);
  for (const imported of chunks[file].imports) closure(imported, seen);
  return seen;
}
const fileOf = (pattern) => Object.keys(chunks).find((file) => pattern.test(file));
const entry = 'qoldau.js';
const total = (files) =>
  [...files].reduce(
    (sum, file) => ({
      raw: sum.raw + sizes[file].raw,
      gzip: sum.gzip + sizes[file].gzip,
      brotli: sum.brotli + sizes[file].brotli,
    }),
    {
      raw: 0,
      gzip: 0,
      brotli: 0,
    },
  );

const donationPage = new Set([...closure(entry), ...closure(fileOf(/^donation-progress-/))]);
const livePage = new Set([...donationPage, ...closure(fileOf(/^data-read-/))]);
const counterPage = new Set([...donationPage, ...closure(fileOf(/^impact-counter-/))]);
// A chart's own chunks: the element, and a copy of chart.js (loaded when the chart connects): the
// copy for its type, or for a page that mixes types the one with all three (charts/…/load-chartjs.ts).
const chartChunksWith = (copy) => {
  const own = new Set([fileOf(/^impact-chart-/), ...closure(fileOf(new RegExp(`^chartjs-${copy}-`)))]);
  for (const file of closure(entry)) own.delete(file);
  return own;
};
const chartTypes = ['bar', 'doughnut', 'line'];
const chartChunks = Object.fromEntries(chartTypes.map((type) => [type, chartChunksWith(type)]));
const chartPage = new Set([...closure(entry), ...closure(fileOf(/^impact-chart-/)), ...chartChunks.bar]);
const mixedChartChunks = chartChunksWith('all');
const pages = {
  'page with <qoldau-donation-progress> (entry + its chunks)': donationPage,
  'same, with campaign="…" (adds the data adapter)': livePage,
  'donation progress + <qoldau-impact-counter>': counterPage,
  ...Object.fromEntries(
    chartTypes.map((type) => [`${type} chart chunks (impact-chart + chartjs-${type})`, chartChunks[type]]),
  ),
  'page with a bar <qoldau-impact-chart> (entry + its chunks + chart.js)': chartPage,
  'chart chunks for a page mixing chart types (impact-chart + chartjs-all)': mixedChartChunks,
};

const KiB = 1024;
/**
 * The budgets (issue #9's decision). What a visitor feels is round trips, so the unit is TCP's first
 * congestion window, about 14 KiB: a file that fits arrives in one round trip after it is asked for.
 *
 * 1. Every file a page needs for its first paint is ≤ 14 KiB brotli (checked for every CDN file but
 *    those in `notFirstPaint`, each with its reason).
 * 2. One row per page (or per addition to a page) below: `load` lists the chunks the page imports
 *    besides the entry `qoldau.js` (a chunk is named by the start of its file name: 'impact-counter'
 *    is impact-counter-<hash>.js; everything they import statically is added); `addedTo`, when
 *    given, turns the row into what `load` adds to the page that loads those chunks (`[]`: the entry
 *    alone). `files` instead of `load` counts just those chunks, not what they import (the chart
 *    rows: the element and its chart.js copy, as when their budget was set). `budget`: brotli bytes.
 *
 * To give a new component or page its budget, add a row (one line, so branches merge cleanly), e.g.
 *   { name: 'page with <qoldau-donate-form>', load: ['donate-form'], budget: 20 * KiB },
 * Forms pages get 24 KiB, donate pages 20 KiB; every component gets a row of this kind.
 * A budget is never raised to get green: make the code smaller, or write in docs/architecture.md
 * why the budget cannot be met.
 */
const FILE_BUDGET = 14 * KiB;
const notFirstPaint = {
  // chart.js is fetched when a chart connects, after the chart has painted its skeleton (and a
  // copy of the library alone is 37–49 KiB): the chart rows below give it its own budget.
  chartjs: /^chartjs-/,
};
const budgetRows = [
  { name: 'page with <qoldau-donation-progress>, all JS', load: ['donation-progress'], budget: 14 * KiB },
  { name: 'data adapter added to that page', load: ['data-read'], addedTo: ['donation-progress'], budget: 3 * KiB },
  {
    name: 'impact counter added to that page',
    load: ['impact-counter'],
    addedTo: ['donation-progress'],
    budget: 2.75 * KiB,
  },
  ...chartTypes.map((type) => ({
    name: `${type} chart chunks (impact-chart + chartjs-${type})`,
    files: ['impact-chart', `chartjs-${type}`],
    budget: 45 * KiB,
  })),
  // The donor wall (#14): entry + its chunks (validate-donors, format-date), like the donation page.
  { name: 'page with <qoldau-donor-wall>, all JS', load: ['donor-wall'], budget: 20 * KiB },
  { name: 'donor wall strings added (kk)', load: ['donorwall-locale-kk'], addedTo: [], budget: 1.5 * KiB },
  { name: 'donor wall strings added (ru)', load: ['donorwall-locale-ru'], addedTo: [], budget: 1.5 * KiB },
  { name: 'page with <qoldau-donate> (entry + its chunks)', load: ['donate(?!-locale)'], budget: 20 * KiB },
  { name: 'locale-kk added to the entry', load: ['locale-kk'], addedTo: [], budget: 1.5 * KiB },
  { name: 'locale-ru added to the entry', load: ['locale-ru'], addedTo: [], budget: 1.5 * KiB },
];

const chunkFile = (name) => {
  const file = fileOf(new RegExp(`^${name}-`));
  if (!file) throw new Error(`scripts/size.mjs: no CDN chunk named ${name}-….js (budget row out of date?)`);
  return file;
};
/** The files of a page that loads the entry and the named chunks (with what they import). */
function pageFiles(names) {
  const files = new Set(closure(entry));
  for (const name of names) closure(chunkFile(name), files);
  return files;
}
// The donate page (#14) after a click: the Kaspi QR code's chunk (lean-qr) and, in Russian, the
// strings; shown, not budgeted (fetched on interaction or per language, like the other pages' strings).
pages['page with <qoldau-donate> + a Kaspi QR shown (+ qr-code chunk)'] = pageFiles(['donate(?!-locale)', 'qr-code']);
pages['same, in ru (+ locale and donate strings)'] = pageFiles([
  'donate(?!-locale)',
  'qr-code',
  'locale-ru',
  'donate-locale-ru',
]);
const budgets = budgetRows.map(({ name, load, addedTo, files, budget }) => {
  if (files) return [name, total(files.map(chunkFile)).brotli, budget];
  const base = addedTo ? total(pageFiles(addedTo)).brotli : 0;
  return [name, total(pageFiles([...(addedTo ?? []), ...load])).brotli - base, budget];
});
for (const [file, size] of Object.entries(sizes).sort()) {
  if (!Object.values(notFirstPaint).some((pattern) => pattern.test(file))) {
    budgets.push([`first-paint file ${file}`, size.brotli, FILE_BUDGET]);
  }
}
// Forms (#11): a page with <qoldau-event-signup>, measured like the donation page (entry + its
// chunks: the 24 KiB forms budget); what it adds when it sends (data adapter + outbox) and its
// ru strings (the locale chunk and the form strings) are shown, and the whole journey in all.
const signupPage = new Set([...closure(entry), ...closure(fileOf(/^event-signup-/))]);
const signupSending = new Set([...closure(fileOf(/^data-(?!read-)/)), ...closure(fileOf(/^shared-outbox-queue-/))]);
const signupJourney = new Set([...signupPage, ...signupSending, fileOf(/^locale-ru-/), fileOf(/^form-locale-ru-/)]);
pages['page with <qoldau-event-signup> (entry + its chunks)'] = signupPage;
pages['same, all it downloads to send a sign-up in ru (+ adapter, outbox, strings)'] = signupJourney;
budgets.push(['page with <qoldau-event-signup> (entry + its chunks)', total(signupPage).brotli, 24 * KiB]);
for (const file of signupJourney) budgets.push([`${file} (sign-up page)`, sizes[file].brotli, 14 * KiB]);
for (const set of ['form', 'volunteer', 'donate'])
  for (const locale of ['kk', 'ru'])
    budgets.push([
      fileOf(new RegExp(`^${set}-locale-${locale}-`)),
      sizes[fileOf(new RegExp(`^${set}-locale-${locale}-`))].brotli,
      1.5 * KiB,
    ]);
// Forms, part 2 (#12): a page with <qoldau-volunteer-form>, measured like the sign-up page (the
// 24 KiB forms budget, each file 14 KiB), its whole journey in ru, and a page with both forms: the
// foundation is one shared chunk (shared-signup-messages, named after its largest module), so the
// second form adds only its own chunk, its validator and its strings.
const volunteerPage = new Set([...closure(entry), ...closure(fileOf(/^volunteer-form-/))]);
const volunteerJourney = new Set([
  ...volunteerPage,
  ...signupSending,
  fileOf(/^locale-ru-/),
  fileOf(/^form-locale-ru-/),
  fileOf(/^volunteer-locale-ru-/),
]);
const bothForms = new Set([...signupPage, ...volunteerPage]);
pages['page with <qoldau-volunteer-form> (entry + its chunks)'] = volunteerPage;
pages['same, all it downloads to send an application in ru'] = volunteerJourney;
pages['page with both forms (entry + their chunks)'] = bothForms;
budgets.push(['page with <qoldau-volunteer-form> (entry + its chunks)', total(volunteerPage).brotli, 24 * KiB]);
for (const file of volunteerJourney) budgets.push([`${file} (volunteer page)`, sizes[file].brotli, 14 * KiB]);

const row = (name, size) =>
  `${name.padEnd(62)} ${String(size.raw).padStart(8)} ${String(size.gzip).padStart(8)} ${String(size.brotli).padStart(8)}`;
console.log(`${'file'.padEnd(62)} ${'raw'.padStart(8)} ${'gzip'.padStart(8)} ${'brotli'.padStart(8)}`);
for (const [file, size] of Object.entries(sizes).sort()) console.log(row(file, size));
console.log('');
for (const [name, files] of Object.entries(pages)) console.log(row(name, total(files)));
console.log('');

/**
 * Where a set of files' brotli bytes come from, by source: each file's minified bytes are traced to
 * their sources through its source map, and its brotli size is shared out in proportion. An
 * estimate (brotli does not compress every byte alike), good to a few per cent: the map of a budget.
 */
function bySource(files) {
  const shares = new Map();
  for (const file of files) {
    const map = JSON.parse(readFileSync(join(dir, `${file}.map`), 'utf8'));
    const lines = readFileSync(join(dir, file), 'utf8').split('\n');
    const bytes = new Map();
    decode(map.mappings).forEach((segments, line) => {
      segments.forEach((segment, index) => {
        const end = segments[index + 1]?.[0] ?? lines[line].length;
        const source = segment.length > 1 ? map.sources[segment[1]] : '(generated)';
        bytes.set(source, (bytes.get(source) ?? 0) + end - segment[0]);
      });
    });
    const mapped = [...bytes.values()].reduce((sum, value) => sum + value, 0);
    for (const [source, count] of bytes) {
      const group = /node_modules\/(lit-html|lit-element|@lit\/reactive-element)\//.test(source)
        ? 'lit'
        : /node_modules\/@lit\/localize\//.test(source)
          ? '@lit/localize'
          : source.replace(/^(\.\.\/)+/, '').replace(/^node_modules\//, '');
      shares.set(group, (shares.get(group) ?? 0) + (sizes[file].brotli * count) / mapped);
    }
  }
  return [...shares].sort((a, b) => b[1] - a[1]);
}

for (const [name, files] of [
  ['page with <qoldau-donation-progress>', donationPage],
  ['data adapter added to that page', new Set([...livePage].filter((file) => !donationPage.has(file)))],
  ['impact counter added to that page', new Set([...counterPage].filter((file) => !donationPage.has(file)))],
  ['volunteer form added to the entry', new Set([...volunteerPage].filter((file) => !closure(entry).has(file)))],
]) {
  console.log(`Where the brotli bytes of the ${name} come from (estimated from source maps):`);
  for (const [source, brotli] of bySource(files)) {
    if (brotli >= 40) console.log(`  ${String(Math.round(brotli)).padStart(6)}  ${source}`);
  }
  console.log('');
}

// The form foundation (elements/src/form/) is shared, not copied (#12): all of it lives in one chunk
// that both forms import, so a page with both forms downloads it once.
const sourcesOf = (file) => JSON.parse(readFileSync(join(dir, `${file}.map`), 'utf8')).sources;
const foundationChunks = Object.keys(chunks).filter((file) =>
  sourcesOf(file).some((source) => /elements\/src\/form\//.test(source)),
);
const sharedFoundation =
  foundationChunks.length === 1 &&
  [fileOf(/^event-signup-/), fileOf(/^volunteer-form-/)].every((form) => closure(form).has(foundationChunks[0]));
console.log(
  `The form foundation (elements/src/form/) is in ${foundationChunks.join(', ')}` +
    (sharedFoundation ? ', imported by both forms.\n' : ': it should be one chunk that both forms import.\n'),
);

let overBudget = false;
console.log(`${'budget'.padEnd(62)} ${'brotli'.padStart(8)} ${'budget'.padStart(8)} ${'margin'.padStart(8)}`);
for (const [name, brotli, limit] of budgets) {
  const within = brotli <= limit;
  overBudget ||= !within;
  const margin = limit - brotli;
  console.log(
    `${(within ? 'ok   ' : 'FAIL ') + name}`.padEnd(62) +
      ` ${String(brotli).padStart(8)} ${String(limit).padStart(8)} ${String(margin).padStart(8)}` +
      (within ? '' : `  (${-margin} B over)`),
  );
}
if (overBudget)
  console.error('\nA size budget is exceeded (see the FAIL rows: margin is budget minus size, in bytes).');
if (!sharedFoundation) console.error('\nThe form foundation is split or copied across chunks (see above).');
if (overBudget || !sharedFoundation) process.exit(1);
