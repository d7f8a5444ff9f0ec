// Serves the demo page and the CDN build from packages/qoldau on localhost, and is the demo's only
// backend: its data (live counts) and the forms' receiver (scripts/form-receiver.mjs). No
// dependencies. PORT overrides the port (default 8000); HOST the address it listens on (default
// 127.0.0.1: the demo is for this machine; HOST=0.0.0.0 shows it to the local network). Text is served brotli- or gzip-compressed
// when the browser accepts it, as a CDN would, so the demo and `npm run bench` see real sizes.
import { createServer } from 'node:http';
import { readFileSync, statSync } from 'node:fs';
import { extname, join, normalize, resolve } from 'node:path';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';
import { createFormReceiver, handleFormHttp } from './form-receiver.mjs';
import { freshEventDates } from './fresh-dates.mjs';

const root = resolve('packages/qoldau');
const port = Number(process.env.PORT ?? 8000);
const host = process.env.HOST || '127.0.0.1';
const types = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.csv': 'text/csv; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
};

const cache = new Map();

// Sign-ups: POST /api/forms/{form} goes to a real receiver (scripts/form-receiver.mjs) whose state
// survives a restart in QOLDAU_FORMS_FILE (default .qoldau-tmp/demo-forms.json, gitignored). Events
// are the demo's data files; their live counts are served where the demo reads them.
// QOLDAU_EVENTS_DIR points elsewhere (the receiver's node test uses its own events).
const eventsDir = resolve(process.env.QOLDAU_EVENTS_DIR ?? join(root, 'demo', 'data', 'event'));
const eventFile = (id) => join(eventsDir, `${id}.json`);
// The demo's own events are dated as seen on SAMPLES_WRITTEN_ON and served (and decided) as far ahead of
// today (scripts/fresh-dates.mjs), so the demo's sign-up never closes with time; events from
// QOLDAU_EVENTS_DIR are served as written.
const demoEvent = (event) => (process.env.QOLDAU_EVENTS_DIR ? event : freshEventDates(event));
// Volunteer roles likewise (QOLDAU_ROLES_DIR, default the demo's data/role).
const rolesDir = resolve(process.env.QOLDAU_ROLES_DIR ?? join(root, 'demo', 'data', 'role'));
const readJson = (file) => {
  try {
    return JSON.parse(readFileSync(file, 'utf8'));
  } catch {
    return undefined;
  }
};
const receiver = createFormReceiver({
  file: resolve(process.env.QOLDAU_FORMS_FILE ?? '.qoldau-tmp/demo-forms.json'),
  events: (id) => (/^[\w-]+$/.test(id) ? demoEvent(readJson(eventFile(id))) : undefined),
  roles: (id) => (/^[\w-]+$/.test(id) ? readJson(join(rolesDir, `${id}.json`)) : undefined),
});

// The donor wall's live demo: the demo's donor list and campaign files, as if gifts kept coming.
// The list's dates are moved so its newest gift is three minutes old when the server starts; then
// a gift from GIFTS arrives every 40 s (at most 60), counted in the campaign's `raised` and
// `donors` too, so the meter and the wall's total agree. Worked out from the clock on each request:
// no timers, nothing stored.
const GIFT_EVERY = 40_000;
const started = Date.now();
const GIFTS = [
  { name: 'Әсел', amount: 5000, message: 'Балаларға сәттілік!' },
  { name: 'Андрей', amount: 10000, message: 'Пусть всё получится.' },
  { amount: 3000 },
  { name: 'Жанар Қасымова', amount: 20000, message: 'Көлік тезірек келсін!' },
  { name: 'Марат', message: 'Удачи ребятам из «Батыра».' },
  { name: 'Динара', amount: 2000 },
];
const liveGifts = () =>
  Array.from({ length: Math.min(60, Math.floor((Date.now() - started) / GIFT_EVERY)) }, (_, index) => ({
    ...GIFTS[index % GIFTS.length],
    date: new Date(started + (index + 1) * GIFT_EVERY).toISOString(),
  })).reverse();
const liveData = {
  '/demo/data/donors/batyr-van.json': (file) => {
    const list = readJson(file);
    const newest = Math.max(...list.items.map((item) => Date.parse(item.date) || 0));
    const shift = started - 3 * 60_000 - newest;
    const items = list.items.map((item) =>
      item.date ? { ...item, date: new Date(Date.parse(item.date) + shift).toISOString() } : item,
    );
    return { ...list, items: [...liveGifts(), ...items] };
  },
  '/demo/data/campaign/batyr-van.json': (file) => {
    const campaign = readJson(file);
    const gifts = liveGifts();
    const sum = gifts.reduce((total, gift) => total + (gift.amount ?? 0), 0);
    // Its end date moves with the calendar like the events' (scripts/fresh-dates.mjs): the demo's
    // campaign never ends with time.
    return freshEventDates({ ...campaign, raised: campaign.raised + sum, donors: campaign.donors + gifts.length });
  },
};

/** The file's bytes, compressed once per version (brotli quality 11, like a CDN's static assets). */
function encoded(file, encoding) {
  const key = `${file}|${encoding}|${statSync(file).mtimeMs}`;
  if (!cache.has(key)) {
    const raw = readFileSync(file);
    cache.set(
      key,
      encoding === 'br'
        ? brotliCompressSync(raw, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } })
        : encoding === 'gzip'
          ? gzipSync(raw, { level: 9 })
          : raw,
    );
  }
  return cache.get(key);
}

const server = createServer(async (request, response) => {
  const url = new URL(request.url ?? '/', 'http://localhost');
  const live = /^\/demo\/data\/(event|role)\/([\w-]+)\.json$/.exec(url.pathname);
  if (live) request.url = `/api/${live[1]}/${live[2]}.json`;
  if (await handleFormHttp(receiver, request, response)) return;
  if (url.pathname === '/') {
    response.writeHead(302, { location: '/demo/' }).end();
    return;
  }
  // Browsers ask for /favicon.ico on pages without an icon link (the bench page).
  if (url.pathname === '/favicon.ico') url.pathname = '/demo/favicon.svg';
  let file = join(root, normalize(decodeURIComponent(url.pathname)).replace(/^(\.\.[/\\])+/, ''));
  try {
    if (statSync(file).isDirectory()) file = join(file, 'index.html');
    statSync(file);
  } catch {
    response.writeHead(404, { 'content-type': 'text/plain' }).end('Not found');
    return;
  }
  if (!file.startsWith(root)) {
    response.writeHead(403).end();
    return;
  }
  if (liveData[url.pathname]) {
    response.writeHead(200, { 'content-type': types['.json'], 'cache-control': 'no-store' });
    response.end(JSON.stringify(liveData[url.pathname](file)));
    return;
  }
  const type = types[extname(file)] ?? 'application/octet-stream';
  const accepted = String(request.headers['accept-encoding'] ?? '');
  const encoding = !/text|javascript|json|svg/.test(type)
    ? undefined
    : /\bbr\b/.test(accepted)
      ? 'br'
      : /\bgzip\b/.test(accepted)
        ? 'gzip'
        : undefined;
  const body = encoded(file, encoding);
  response.writeHead(200, {
    'content-type': type,
    'cache-control': 'no-cache',
    vary: 'accept-encoding',
    ...(encoding ? { 'content-encoding': encoding } : {}),
  });
  response.end(body);
});

server.listen(port, host, () => {
  const shown = host === '127.0.0.1' || host === '::1' ? 'localhost' : host.includes(':') ? `[${host}]` : host;
  console.log(`Qoldau demo: http://${shown}:${server.address().port}/demo/  (Ctrl+C to stop)`);
});
