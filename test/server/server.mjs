// The reference Qoldau data server for tests: speaks the protocol of docs/data.md and fails on demand.
import { createServer } from 'node:http';
import { readFileSync } from 'node:fs';
import { createFormReceiver } from '../../scripts/form-receiver.mjs';
import { freshEventDates } from '../../scripts/fresh-dates.mjs';

const sample = JSON.parse(readFileSync(new URL('./sample-data.json', import.meta.url), 'utf8'));

/** Resources by kind and id, as GET /api/{kind}/{id}.json serves them. */
function buildFixtures() {
  const byId = (list) => Object.fromEntries(list.map((item) => [item.id, item]));
  return {
    // Campaign end dates likewise (a campaign past its end shows as ended).
    campaign: byId(sample.campaigns.map((campaign) => freshEventDates(campaign))),
    metric: byId(sample.metrics),
    // The sample events' dates are written as seen on SAMPLES_WRITTEN_ON and served as far ahead of today
    // (scripts/fresh-dates.mjs), so their sign-ups never close with time.
    event: byId(sample.events.map((event) => freshEventDates(event))),
    role: byId(sample.volunteerRoles),
    allocation: byId([sample.allocation]),
    donate: { 'niyet-food-basket': { id: 'niyet-food-basket', campaign: 'niyet-winter-baskets', ...sample.donate } },
    donors: {
      'batyr-van': {
        id: 'batyr-van',
        currency: 'KZT',
        items: [
          { name: 'Айгерим', amount: 50000, message: 'Сәттілік!', date: '2026-11-20T10:00:00+05:00' },
          { name: 'Anonymous', amount: 10000 },
        ],
      },
    },
  };
}

/**
 * Published-sheet CSVs, with the quirks real sheets have (BOM, CRLF, quotes, separators). Their
 * dates are parsing fixtures, not moved like the JSON resources' (batyr-van ends 2026-12-31 here).
 */
const SHEETS = {
  campaign:
    '\ufeffid,raised,goal,currency,donors,endsAt,title_en,title_ru,title_kk\r\n' +
    'batyr-van,8 420 000,"12,500,000",KZT,314,2026-12-31T23:59:00+05:00,"A van with a lift for Batyr\'s children","Микроавтобус с подъёмником для детей «Батыра»","«Батыр» балаларына көтергіші бар микроавтобус"\r\n' +
    'botashym-amina,1\u00a0870\u00a0000,1650000,KZT,96,2026-11-30,"Rehabilitation course for Amina, 7","Курс реабилитации\nдля Амины, 7 лет","Аминаға (7 жас) оңалту курсы"\r\n',
  metric:
    'id,value,format,currency,label_en,label_ru,label_kk,noun_en,noun_ru,noun_kk\n' +
    'families,1000,number,,,,,family|families,семья|семьи|семей,отбасы\n' +
    'employed,"0,9",percent,,of graduates employed,выпускников трудоустроены,түлектер жұмысқа орналасты,,,\n',
};

export function createTestServer() {
  let fixtures = buildFixtures();
  let sheets = { ...SHEETS };
  /** path → { status, body, contentType, headers } set by tests. */
  let overrides = new Map();
  /** Failure rules, checked in order: { match, mode, times, rate, status, retryAfter, delay }. */
  let rules = [];
  let requests = {};
  let stored = new Map(); // idempotency key → { form, body, at }
  let attempts = []; // every POST that reached the handler: { key, at, outcome }
  let preflights = {};
  // The real receiver (scripts/form-receiver.mjs), in memory: decides each submission's outcome
  // (capacity, waitlist, closed, invalid, spam) for the events served at /api/event/{id}.json.
  const receiver = createFormReceiver({ events: (id) => fixtures.event?.[id], roles: (id) => fixtures.role?.[id] });
  let listener;
  let port = 0;
  const sockets = new Set();

  function reset() {
    fixtures = buildFixtures();
    sheets = { ...SHEETS };
    overrides = new Map();
    rules = [];
    requests = {};
    stored = new Map();
    attempts = [];
    preflights = {};
    receiver.reset();
  }

  function cors(req, res) {
    res.setHeader('Access-Control-Allow-Origin', req.headers.origin ?? '*');
    res.setHeader('Access-Control-Allow-Methods', 'GET, POST, OPTIONS');
    res.setHeader('Access-Control-Allow-Headers', 'Content-Type, Idempotency-Key, Authorization, X-Api-Key');
    res.setHeader('Access-Control-Expose-Headers', 'Retry-After');
    res.setHeader('Access-Control-Max-Age', '0');
    res.setHeader('Cache-Control', 'no-store');
  }

  function send(res, status, body, contentType = 'application/json; charset=utf-8', headers = {}) {
    if (res.destroyed) return;
    res.writeHead(status, { 'Content-Type': contentType, ...headers });
    res.end(typeof body === 'string' ? body : JSON.stringify(body));
  }

  function pickRule(method, path) {
    for (const rule of rules) {
      if (rule.match && !`${method} ${path}`.includes(rule.match)) continue;
      if (rule.times !== undefined && rule.times <= 0) continue;
      if (rule.rate !== undefined && Math.random() >= rule.rate) continue;
      if (rule.times !== undefined) rule.times -= 1;
      if (rule.mode !== 'random') return rule;
      const modes = ['500', '503', 'drop', 'drop-after', '429'];
      const mode = modes[Math.floor(Math.random() * modes.length)];
      return mode === '500' || mode === '503' || mode === '429'
        ? { mode: 'status', status: Number(mode), retryAfter: mode === '429' ? 0 : undefined }
        : { mode };
    }
    return undefined;
  }

  function readBody(req) {
    return new Promise((resolve) => {
      const chunks = [];
      req.on('data', (chunk) => chunks.push(chunk));
      req.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
      req.on('error', () => resolve(''));
    });
  }

  /** Stores a submission once per idempotency key; answers 201 (new), 200 (replay) or 400. */
  function acceptSubmission(req, form, text) {
    let body;
    try {
      body = JSON.parse(text);
    } catch {
      return { status: 400, body: { error: 'invalid-json' } };
    }
    const key = req.headers['idempotency-key'] ?? body?.idempotencyKey;
    if (typeof key !== 'string' || key === '' || typeof body !== 'object' || body === null) {
      return { status: 400, body: { error: 'missing-idempotency-key' } };
    }
    if (stored.has(key)) return { status: 200, body: { ok: true, duplicate: true }, key };
    stored.set(key, {
      form,
      body,
      at: Date.now(),
      contentType: req.headers['content-type'] ?? '',
      headerKey: req.headers['idempotency-key'] ?? null,
      headers: { authorization: req.headers.authorization ?? null, 'x-api-key': req.headers['x-api-key'] ?? null },
    });
    return { status: 201, body: { ok: true }, key };
  }

  async function handle(req, res) {
    const url = new URL(req.url ?? '/', 'http://localhost');
    const path = url.pathname;
    const method = req.method ?? 'GET';
    cors(req, res);
    if (method === 'OPTIONS') {
      preflights[path] = (preflights[path] ?? 0) + 1;
      res.writeHead(204);
      res.end();
      return;
    }
    const counter = `${method} ${path}`;
    requests[counter] = (requests[counter] ?? 0) + 1;
    const text = method === 'POST' ? await readBody(req) : '';

    const rule = pickRule(method, path);
    if (rule?.mode === 'hang') return; // never answers; the client's timeout must fire
    if (rule?.mode === 'drop') {
      req.socket.destroy();
      return;
    }
    if (rule?.delay) await new Promise((resolve) => setTimeout(resolve, rule.delay));
    if (rule?.mode === 'status') {
      const headers = rule.retryAfter !== undefined ? { 'Retry-After': String(rule.retryAfter) } : {};
      if (method === 'POST') attempts.push({ path, at: Date.now(), outcome: rule.status });
      send(res, rule.status, { error: `injected ${rule.status}` }, undefined, headers);
      return;
    }
    if (rule?.mode === 'malformed') {
      send(res, 200, '{"raised": 100, "goal": ');
      return;
    }

    const override = overrides.get(path);
    if (override && method === 'GET') {
      send(res, override.status ?? 200, override.body, override.contentType ?? 'application/json; charset=utf-8');
      return;
    }

    let match;
    if (method === 'GET' && (match = /^\/api\/([a-z]+)\/(.+)\.json$/.exec(path))) {
      const [, kind, id] = match;
      const item = fixtures[kind]?.[decodeURIComponent(id)];
      if (item === undefined) send(res, 404, { error: 'not-found' });
      else if (kind === 'event') send(res, 200, receiver.liveEvent(decodeURIComponent(id), item));
      else if (kind === 'role') send(res, 200, receiver.liveRole(decodeURIComponent(id), item));
      else send(res, 200, item);
      return;
    }
    if (method === 'GET' && (match = /^\/sheets\/([a-z]+)\.csv$/.exec(path))) {
      const csv = sheets[match[1]];
      if (csv === undefined) send(res, 404, 'not found', 'text/plain');
      else send(res, 200, csv, 'text/csv; charset=utf-8');
      return;
    }
    if (method === 'POST' && (match = /^\/api\/forms\/([^/]+)$/.exec(path))) {
      const form = decodeURIComponent(match[1]);
      const result = acceptSubmission(req, form, text);
      // The reply (status and body) is the receiver's decision: docs/data.md, "The reply".
      if (result.status !== 400) Object.assign(result, receiver.receive({ form, text, headers: req.headers }));
      attempts.push({ path, key: result.key, at: Date.now(), outcome: result.status });
      if (rule?.mode === 'drop-after') {
        // Stored, but the confirmation is lost on the way back: the client must retry safely.
        req.socket.destroy();
        return;
      }
      send(res, result.status, result.body);
      return;
    }
    send(res, 404, { error: 'not-found' });
  }

  const server = createServer((req, res) => {
    handle(req, res).catch((error) => {
      if (!res.headersSent) send(res, 500, { error: String(error) });
    });
  });
  server.on('connection', (socket) => {
    sockets.add(socket);
    socket.on('close', () => sockets.delete(socket));
  });

  function listen(onPort) {
    return new Promise((resolve, reject) => {
      server.once('error', reject);
      server.listen(onPort, '127.0.0.1', () => {
        server.off('error', reject);
        port = server.address().port;
        listener = true;
        resolve(port);
      });
    });
  }

  function stop() {
    if (!listener) return Promise.resolve();
    listener = false;
    return new Promise((resolve) => {
      server.close(() => resolve());
      for (const socket of sockets) socket.destroy();
    });
  }

  /** The control API: what tests can ask through the `qoldau-server` command. */
  async function control(payload = {}) {
    switch (payload.action) {
      case 'url':
        return { url: `http://127.0.0.1:${port}` };
      case 'reset':
        reset();
        return { ok: true };
      case 'fail':
        rules.push({ ...payload.rule });
        return { ok: true };
      case 'heal':
        rules = [];
        return { ok: true };
      case 'respond':
        overrides.set(payload.path, payload.response);
        return { ok: true };
      case 'sheet':
        sheets[payload.name] = payload.csv;
        return { ok: true };
      case 'resource':
        fixtures[payload.kind] = { ...fixtures[payload.kind], [payload.id]: payload.body };
        return { ok: true };
      case 'resources': // many at once (the hostile suite sets hundreds); `responses` likewise
        for (const { kind, id, body } of payload.items) fixtures[kind] = { ...fixtures[kind], [id]: body };
        for (const { path, response } of payload.responses ?? []) overrides.set(path, response);
        return { ok: true };
      case 'stats':
        return {
          requests,
          preflights,
          attempts,
          submissions: [...stored.entries()].map(([key, value]) => ({ key, ...value })),
          listening: Boolean(listener),
          forms: receiver.snapshot(),
        };
      case 'stop':
        await stop();
        return { ok: true };
      case 'start':
        if (!listener) await listen(port);
        return { ok: true };
      default:
        throw new Error(`qoldau-server: unknown action ${payload.action}`);
    }
  }

  return {
    listen,
    stop,
    control,
    get port() {
      return port;
    },
  };
}

// `node test/server/server.mjs [port]` runs it by hand (e.g. for the demo or curl).
if (import.meta.url === `file://${process.argv[1]}`) {
  const server = createTestServer();
  server
    .listen(Number(process.argv[2] ?? 8787))
    .then((port) => console.log(`qoldau test server on http://127.0.0.1:${port}`));
}
