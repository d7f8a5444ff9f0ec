// Fails the build when a kk or ru translation is missing, has other placeholders than the English
// source, or when the generated locale modules are stale. It changes no tracked file: extraction and
// generation run on a copy in a temporary folder and are compared with what is committed.
import { execFileSync } from 'node:child_process';
import { cpSync, mkdirSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';

const packageDir = resolve('packages/elements');
const config = JSON.parse(readFileSync(join(packageDir, 'lit-localize.json'), 'utf8'));
const tmp = join(packageDir, '.qoldau-tmp');
rmSync(tmp, { recursive: true, force: true });
mkdirSync(tmp, { recursive: true });
cpSync(join(packageDir, config.interchange.xliffDir), join(tmp, 'xliff'), { recursive: true });
const tmpConfig = {
  ...config,
  inputFiles: config.inputFiles.map((glob) => `../${glob}`),
  output: { ...config.output, outputDir: 'generated' },
  interchange: { ...config.interchange, xliffDir: 'xliff' },
};
writeFileSync(join(tmp, 'lit-localize.json'), JSON.stringify(tmpConfig));
const run = (command) =>
  execFileSync(
    process.execPath,
    [
      resolve('node_modules/@lit/localize-tools/bin/lit-localize.js'),
      command,
      '--config',
      join(tmp, 'lit-localize.json'),
    ],
    {
      stdio: 'pipe',
    },
  );

const problems = [];
try {
  run('extract');
  const placeholders = (text) =>
    [...text.matchAll(/<x id="(\d+)"/g)]
      .map((match) => match[1])
      .sort()
      .join(',');
  for (const locale of config.targetLocales) {
    const xliff = readFileSync(join(tmp, 'xliff', `${locale}.xlf`), 'utf8');
    const units = [...xliff.matchAll(/<trans-unit id="([^"]+)">([\s\S]*?)<\/trans-unit>/g)];
    for (const [, id, body] of units) {
      // The CDN build leaves out @lit/localize's text-hash ids (rollup.config.mjs, explicitMessageIds).
      if (/^[sh][0-9a-f]{16}$/.test(id))
        problems.push(`${locale}: a message has no explicit id (msg(…, { id })): "${id}"`);
      const source = /<source>([\s\S]*?)<\/source>/.exec(body)?.[1] ?? '';
      const target = /<target>([\s\S]*?)<\/target>/.exec(body)?.[1];
      if (target === undefined || target.trim() === '') problems.push(`${locale}: no translation for "${id}"`);
      else if (placeholders(source) !== placeholders(target))
        problems.push(`${locale}: "${id}" has other placeholders than its source`);
    }
    console.log(`${locale}: ${units.length} messages checked`);
  }
  if (problems.length === 0) {
    run('build');
    for (const file of readdirSync(join(tmp, 'generated'))) {
      const fresh = readFileSync(join(tmp, 'generated', file), 'utf8');
      let committed = '';
      try {
        committed = readFileSync(join(packageDir, config.output.outputDir, file), 'utf8');
      } catch {
        // reported below as stale
      }
      if (fresh !== committed) problems.push(`${config.output.outputDir}/${file} is stale: run "npm run i18n:build"`);
      // The CDN's message lookup handles strings and str`` only (rollup.config.mjs, explicitMessageIds).
      if (/\bhtml`/.test(fresh))
        problems.push(`${file}: an html\`\` message; use a string or str\`\` (and markup around it)`);
    }
  }
} finally {
  rmSync(tmp, { recursive: true, force: true });
}

if (problems.length) {
  console.error(
    `Translations incomplete (add them to packages/elements/xliff/*.xlf after "npm run i18n:extract"):\n- ${problems.join('\n- ')}`,
  );
  process.exit(1);
}
console.log('Translations complete: every kk and ru message has a target.');
