// The CDN build (packages/qoldau/cdn): ES modules, code-split, minified, lit bundled.
// qoldau.js is the entry; each component, each locale and the shared runtime are chunks that the
// entry imports only when a page needs them. A chunks.json map lets `npm run size` add up what a
// given page downloads.
import { nodeResolve } from '@rollup/plugin-node-resolve';
import typescript from '@rollup/plugin-typescript';
import terser from '@rollup/plugin-terser';
import minifyHTML from '@lit-labs/rollup-plugin-minify-html-literals';
import MagicString from 'magic-string';
import { readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';

/**
 * Chunk names end in the release's version, not a content hash: `donation-progress-0.1.0.js`.
 * Every URL of the CDN build is versioned anyway (`qoldau@0.1.0/cdn/…` on jsDelivr, a folder per
 * version when self-hosted, docs/cdn.md), so the version busts caches exactly as a hash would,
 * while the entry, which names every chunk, compresses ~155 B better (random hash characters do
 * not compress) and its size no longer moves with unrelated hash changes.
 */
const { version } = JSON.parse(readFileSync('packages/qoldau/package.json', 'utf8'));

/** Readable chunk names: the component folder for define modules, the locale for translations, the module otherwise. */
function chunkName(chunk) {
  // A dynamic entry that other chunks also import has no facade; look at the modules it holds.
  const ids = chunk.facadeModuleId ? [chunk.facadeModuleId] : chunk.moduleIds;
  for (const id of ids) {
    const component = /(?:elements|charts)\/src\/(?!base\/)([\w-]+)\/define\.ts$/.exec(id);
    if (component) return `${component[1]}-${version}.js`;
    // chart.js for one chart type (see chartjsPerType).
    const chartType = /charts\/src\/impact-chart\/chart-(\w+)\.ts$/.exec(id);
    if (chartType) return `chartjs-${chartType[1]}-${version}.js`;
    // The QR code library, with the module that draws with it (donate/qr-code.ts).
    if (/elements\/src\/donate\/qr-code\.ts$/.test(id)) return `qr-code-${version}.js`;
    // CloudPayments' loader, fetched when a visitor presses the button.
    if (/elements\/src\/donate\/cloudpayments\.ts$/.test(id)) return `cloudpayments-${version}.js`;
    // A component's own strings (see formMessages): form-locale-kk, volunteer-locale-ru, …
    const ownLocale = /generated\/locales\/([a-z]+)-(\w+)\.js$/.exec(id);
    if (ownLocale) return `${ownLocale[1]}-locale-${ownLocale[2]}-${version}.js`;
    const locale = /generated\/locales\/(\w+)\.ts$/.exec(id);
    if (locale) return `locale-${locale[1]}-${version}.js`;
    // The adapter's read side (what widgets showing data load) and the whole adapter (forms).
    if (/core\/src\/data\/read-side\.ts$/.test(id)) return `data-read-${version}.js`;
    if (/core\/src\/data\/index\.ts$/.test(id)) return `data-${version}.js`;
    if (/elements\/src\/error-messages\.ts$/.test(id)) return `error-messages-${version}.js`;
  }
  // Code several chunks import (a validator, the date formatting): named after its main module.
  const main = ids.findLast((id) => /packages\/\w+\/src\//.test(id));
  return `shared-${main ? /([\w-]+)\.ts$/.exec(main)[1] : 'runtime'}-${version}.js`;
}

/**
 * Gives each chart type (charts/src/impact-chart/chart-<type>.ts) its own copy of chart.js (and of
 * its helpers and color modules), tree-shaken to what that type registers. chart.js ships as one
 * module, so a single copy would hold every type's controllers; this way a page with a bar chart
 * downloads one self-contained chunk without the line and doughnut code.
 */
function chartjsPerType() {
  return {
    name: 'qoldau-chartjs-per-type',
    async resolveId(source, importer, options) {
      if (!importer) return null;
      const type =
        /charts\/src\/impact-chart\/chart-(\w+)\.ts$/.exec(importer)?.[1] ??
        /node_modules\/(?:chart\.js|@kurkle\/color)\/.+\?(\w+)$/.exec(importer)?.[1];
      if (!type || (source !== 'chart.js' && !importer.includes('node_modules'))) return null;
      const resolved = await this.resolve(source, importer.replace(/\?\w+$/, ''), { ...options, skipSelf: true });
      return resolved && `${resolved.id}?${type}`;
    },
    load(id) {
      const copy = /^(.+node_modules\/.+\.m?js)\?\w+$/.exec(id);
      return copy ? readFileSync(copy[1], 'utf8') : null;
    },
  };
}

/**
 * Every msg() in Qoldau has an explicit id and is a string or a str`` template, never an html``
 * one (scripts/check-translations.mjs fails otherwise), so two parts of @lit/localize's runtime are
 * dead code in our bundle: the fallback that hashes a message's text into an id (id-generation.js,
 * fnv1a64) and the lookup's branch for html`` templates (runtime-msg.js). This leaves both out
 * (about 0.4 KiB brotli on every page): the lookup below is runtime-msg.js without them.
 */
function explicitMessageIds() {
  const lookup = '\0qoldau-runtime-msg';
  const internal = resolve('node_modules/@lit/localize/internal');
  return {
    name: 'qoldau-explicit-message-ids',
    resolveId(source, importer) {
      return source === '../internal/runtime-msg.js' && importer?.includes('@lit/localize/') ? lookup : null;
    },
    load(id) {
      if (id !== lookup) return null;
      return `import { defaultMsg } from ${JSON.stringify(`${internal}/default-msg.js`)};
import { joinStringsAndValues } from ${JSON.stringify(`${internal}/str-tag.js`)};
export function runtimeMsg(templates, template, options) {
  const localized = templates?.[options?.id];
  if (typeof localized === 'string') return localized;
  if (localized) return joinStringsAndValues(localized.strings, template.values, localized.values);
  return defaultMsg(template);
}`;
    },
  };
}

/**
 * Splits the form strings out of the generated locale modules into chunks of their own, one set per
 * importer: ids `form.*` and `signup.*` into form-locale-kk/-ru (imported by form/form-locale.ts),
 * ids `volunteer.*` into volunteer-locale-kk/-ru (imported by volunteer-form/volunteer-locale.ts), ids
 * `donorwall.*` into donorwall-locale-kk/-ru (donor-wall/donor-wall-locale.ts), ids `donate.*` into
 * donate-locale-kk/-ru (donate/donate-locale.ts).
 * The locale chunk every page downloads at first paint then carries only what every widget needs,
 * and a page with one form only that form's strings. The generated modules hold one
 * `'id': template,` entry per line, which is what this relies on.
 */
function formMessages() {
  const sets = {
    form: { importer: 'elements/src/form/form-locale.ts', ids: /^\s*'(?:form|signup)\./ },
    volunteer: { importer: 'elements/src/volunteer-form/volunteer-locale.ts', ids: /^\s*'volunteer\./ },
    donorwall: { importer: 'elements/src/donor-wall/donor-wall-locale.ts', ids: /^\s*'donorwall\./ },
    donate: { importer: 'elements/src/donate/donate-locale.ts', ids: /^\s*'donate\./ },
  };
  const isEntry = /^\s*'[\w.-]+':/;
  /** The lines of a generated module for one set (`keep`), or for the main chunk (no set's ids). */
  const split = (code, keep) =>
    code
      .split('\n')
      .filter(
        (line) =>
          !isEntry.test(line) || (keep ? keep.test(line) : !Object.values(sets).some(({ ids }) => ids.test(line))),
      )
      .join('\n');
  const generated = /packages\/elements\/src\/generated\/locales\/(\w+)\.ts$/;
  return {
    name: 'qoldau-form-messages',
    resolveId(source, importer) {
      const locale = /generated\/locales\/(\w+)\.js$/.exec(source)?.[1];
      const set = Object.keys(sets).find((name) => importer?.endsWith(sets[name].importer));
      if (!locale || !set) return null;
      return resolve(dirname(importer), `../generated/locales/${set}-${locale}.js`);
    },
    load(id) {
      const [, set, locale] = /generated\/locales\/([a-z]+)-(\w+)\.js$/.exec(id) ?? [];
      return sets[set] ? split(readFileSync(id.replace(/\w+-\w+\.js$/, `${locale}.ts`), 'utf8'), sets[set].ids) : null;
    },
    transform(code, id) {
      return generated.test(id) ? { code: split(code), map: null } : null;
    },
  };
}

/**
 * Fetches a lazily imported chunk and the chunks it imports statically in parallel. Without this
 * the browser learns of a chunk's own imports (a shared validator, the date formatting) only after
 * it has downloaded and parsed the chunk: one more round trip, 400 ms on a slow phone. Each
 * `import('./x.js')` becomes `Promise.all([import('./x.js'), import('./dependency.js')])`, which
 * is what Vite's preload helper does, without a helper: the dependencies are side-effect free
 * chunks, so evaluating them a moment early changes nothing.
 */
function parallelChunkImports() {
  return {
    name: 'qoldau-parallel-chunk-imports',
    renderChunk(code, chunk, _options, { chunks }) {
      /** A chunk's static imports, transitively. */
      const closure = (fileName, seen = new Set()) => {
        for (const imported of chunks[fileName]?.imports ?? []) {
          if (!seen.has(imported)) closure(imported, seen.add(imported));
        }
        return seen;
      };
      const loaded = closure(chunk.fileName).add(chunk.fileName);
      const output = new MagicString(code);
      for (const target of chunk.dynamicImports) {
        const dependencies = [...closure(target)].filter((fileName) => !loaded.has(fileName));
        if (dependencies.length === 0) continue;
        const call = `import('./${target}')`;
        const parallel = `Promise.all([${[target, ...dependencies].map((file) => `import('./${file}')`).join(', ')}]).then((modules) => modules[0])`;
        for (let at = code.indexOf(call); at !== -1; at = code.indexOf(call, at + call.length)) {
          output.overwrite(at, at + call.length, parallel);
        }
      }
      return output.hasChanged() ? { code: output.toString(), map: output.generateMap({ hires: true }) } : null;
    },
  };
}

/** `qoldau-<folder>` when the chunk holds a component's define.ts, else null. */
function definedTag(chunk) {
  for (const id of chunk.moduleIds) {
    const component = /(?:elements|charts)\/src\/(?!base\/)([\w-]+)\/define\.ts$/.exec(id);
    if (component) return `qoldau-${component[1]}`;
  }
  return null;
}

/** Writes chunks.json: for every file, its static and dynamic imports and the modules it holds. */
function chunkMap() {
  return {
    name: 'qoldau-chunk-map',
    generateBundle(_options, bundle) {
      const map = {};
      for (const [fileName, chunk] of Object.entries(bundle)) {
        if (chunk.type !== 'chunk') continue;
        map[fileName] = {
          isEntry: chunk.isEntry,
          imports: chunk.imports,
          dynamicImports: chunk.dynamicImports,
          facade: chunk.facadeModuleId?.replace(process.cwd() + '/', '') ?? null,
          // The tag this chunk defines, also when it has no facade (the event sign-up's chunk is
          // imported by its calendar links too): scripts/preload-hints.mjs maps tags to files with it.
          defines: definedTag(chunk),
        };
      }
      this.emitFile({ type: 'asset', fileName: 'chunks.json', source: JSON.stringify(map, null, 2) });
    },
  };
}

export default {
  input: { qoldau: 'packages/qoldau/src/cdn.ts' },
  // 'strict' would turn the entry into a facade plus a chunk: one more request on every page.
  preserveEntrySignatures: 'allow-extension',
  output: {
    dir: 'packages/qoldau/cdn',
    format: 'es',
    entryFileNames: '[name].js',
    chunkFileNames: chunkName,
    sourcemap: true,
  },
  plugins: [
    explicitMessageIds(),
    formMessages(),
    chartjsPerType(),
    nodeResolve({ exportConditions: ['@qoldau/source'], extensions: ['.ts', '.mjs', '.js'] }),
    typescript({
      tsconfig: 'tsconfig.json',
      include: ['packages/*/src/**/*.ts'],
      compilerOptions: { noEmit: false, declaration: false, sourceMap: true, types: [] },
    }),
    // Lit's own minifier for html`` and css`` literals (terser leaves template strings alone).
    minifyHTML(),
    parallelChunkImports(),
    terser({
      ecma: 2022,
      module: true,
      compress: { passes: 3, pure_getters: true, unsafe_arrows: true, unsafe_methods: true },
      format: { comments: false },
    }),
    chunkMap(),
  ],
};
