import { expect } from '@open-wc/testing';
import { configure, getConfig, configFromScriptTag, registerScriptTag, read, watch } from '../../src/index.js';
import type { ResourceState } from '../../src/index.js';
import { testServer } from '../../../../test/server/control.js';
import { freshAdapter, rejection, sleep, until } from './helpers.js';

let base = '';

describe('data adapter: reading', () => {
  before(async () => {
    base = await testServer.url();
  });
  beforeEach(async () => {
    freshAdapter();
    await testServer.reset();
    configure({ source: { type: 'json', url: `${base}/api/{kind}/{id}.json` } });
  });

  it('shares one request among 10 parallel reads of one campaign', async () => {
    const results = await Promise.all(Array.from({ length: 10 }, () => read({ kind: 'campaign', id: 'batyr-van' })));
    for (const campaign of results) expect(campaign.goal).to.equal(12_500_000);
    expect(results[0].endsAt).to.be.instanceOf(Date);
    const stats = await testServer.stats();
    expect(stats.requests['GET /api/campaign/batyr-van.json']).to.equal(1);
  });

  it('shares one request among 10 watchers (ten widgets)', async () => {
    const states: ResourceState[] = [];
    const stops = Array.from({ length: 10 }, () =>
      watch({ kind: 'campaign', id: 'botashym-amina' }, {}, (state) => states.push(state)),
    );
    await until(() => states.filter((state) => state.status === 'ready').length === 10);
    stops.forEach((stop) => stop());
    expect((await testServer.stats()).requests['GET /api/campaign/botashym-amina.json']).to.equal(1);
  });

  it('serves from cache within the TTL and refetches after it', async () => {
    configure({ cacheTtl: 0.3 });
    await read({ kind: 'metric', id: 'families' });
    await read({ kind: 'metric', id: 'families' });
    expect((await testServer.stats()).requests['GET /api/metric/families.json']).to.equal(1);
    await sleep(350);
    const metric = await read({ kind: 'metric', id: 'families' });
    expect(metric.value).to.equal(1000);
    expect((await testServer.stats()).requests['GET /api/metric/families.json']).to.equal(2);
  });

  it('refetches after the configuration changed', async () => {
    await read({ kind: 'event', id: 'grant-seminar' });
    configure({ locale: 'ru' });
    await read({ kind: 'event', id: 'grant-seminar' });
    expect((await testServer.stats()).requests['GET /api/event/grant-seminar.json']).to.equal(2);
  });

  it('URL-encodes ids in templates', async () => {
    const id = 'зима 2026/#1?&';
    await testServer.resource('campaign', id, { goal: 100, raised: 5 });
    const campaign = await read({ kind: 'campaign', id });
    expect(campaign.raised).to.equal(5);
    const stats = await testServer.stats();
    expect(stats.requests[`GET /api/campaign/${encodeURIComponent(id)}.json`]).to.equal(1);
  });

  it('accepts one URL per kind', async () => {
    configure({ source: { type: 'json', url: { role: `${base}/api/role/{id}.json` } } });
    const role = await read({ kind: 'role', id: 'batyr-driver' });
    expect(role.minAge).to.equal(18);
    expect((await rejection(() => read({ kind: 'campaign', id: 'batyr-van' }))).code).to.equal('config');
  });

  it('reads every kind from the reference server', async () => {
    expect((await read({ kind: 'allocation', id: 'batyr-2026' })).items).to.have.length(4);
    expect((await read({ kind: 'donors', id: 'batyr-van' })).items[0].name).to.equal('Айгерим');
    expect((await read({ kind: 'event', id: 'atyrau-clay-workshop' })).capacity).to.equal(20);
    expect((await read({ kind: 'metric', id: 'employed' })).format).to.equal('percent');
  });

  it('maps server and network failures to codes', async () => {
    expect((await rejection(() => read({ kind: 'campaign', id: 'nope' }))).code).to.equal('not-found');
    await testServer.fail({ match: 'GET /api/campaign/batyr-van', mode: 'status', status: 500, times: 1 });
    expect((await rejection(() => read({ kind: 'campaign', id: 'batyr-van' }))).code).to.equal('http');
    await testServer.fail({ match: 'GET /api/campaign/batyr-van', mode: 'malformed', times: 1 });
    expect((await rejection(() => read({ kind: 'campaign', id: 'batyr-van' }))).code).to.equal('invalid-json');
    // Not `times: 1`: Chromium silently retries a GET whose reused connection was dropped.
    await testServer.fail({ match: 'GET /api/campaign/batyr-van', mode: 'drop' });
    expect((await rejection(() => read({ kind: 'campaign', id: 'batyr-van' }))).code).to.equal('network');
    await testServer.heal();
    await testServer.respond('/api/campaign/evil.json', { body: { goal: 10, title: '<img src=x onerror=alert(1)>' } });
    const error = await rejection(() => read({ kind: 'campaign', id: 'evil' }));
    expect(error.code).to.equal('markup-in-text');
    expect(error.name).to.equal('QoldauError');
  });

  it('gives up on a hanging server after the timeout', async () => {
    configure({ source: { type: 'json', url: `${base}/api/{kind}/{id}.json`, timeout: 0.3 } });
    await testServer.fail({ match: 'GET /api/campaign', mode: 'hang', times: 1 });
    const started = Date.now();
    expect((await rejection(() => read({ kind: 'campaign', id: 'batyr-van' }))).code).to.equal('network');
    expect(Date.now() - started).to.be.lessThan(2000);
  });

  it('waits for a slow server within the timeout', async () => {
    await testServer.fail({ match: 'GET /api/campaign', mode: 'slow', delay: 200, times: 1 });
    expect((await read({ kind: 'campaign', id: 'batyr-van' })).donors).to.equal(314);
  });

  it('sends configured headers (with a CORS preflight)', async () => {
    configure({ source: { type: 'json', url: `${base}/api/{kind}/{id}.json`, headers: { 'X-Api-Key': 'k' } } });
    await read({ kind: 'campaign', id: 'batyr-van' });
    expect((await testServer.stats()).preflights['/api/campaign/batyr-van.json']).to.equal(1);
  });

  it('reports connection refused as network and recovers when the server is back', async () => {
    await testServer.stop();
    try {
      expect((await rejection(() => read({ kind: 'campaign', id: 'batyr-van' }))).code).to.equal('network');
    } finally {
      await testServer.start();
    }
    expect((await read({ kind: 'campaign', id: 'batyr-van' })).raised).to.equal(8_420_000);
  });
});

describe('data adapter: watch', () => {
  before(async () => {
    base = await testServer.url();
  });
  beforeEach(async () => {
    freshAdapter();
    await testServer.reset();
    configure({ source: { type: 'json', url: `${base}/api/{kind}/{id}.json` } });
  });

  it('polls, keeps the last good value when a refresh fails, and marks it stale', async () => {
    const states: ResourceState[] = [];
    const stop = watch({ kind: 'campaign', id: 'batyr-van' }, { refresh: 0.15 }, (state) => states.push(state));
    expect(states[0]).to.include({ status: 'loading', stale: false, fromStorage: false });
    await until(() => states.some((state) => state.status === 'ready'));
    await testServer.fail({ match: 'GET /api/campaign/batyr-van', mode: 'status', status: 503 });
    const stale = await until(() => states.find((state) => state.stale));
    expect(stale.status).to.equal('ready');
    expect(stale.error?.code).to.equal('http');
    expect((stale.data as { raised: number }).raised).to.equal(8_420_000);
    await testServer.heal();
    await testServer.resource('campaign', 'batyr-van', { goal: 12_500_000, raised: 9_000_000 });
    const fresh = await until(() =>
      states.find((state) => (state.data as { raised: number } | undefined)?.raised === 9_000_000),
    );
    expect(fresh.stale).to.equal(false);
    stop();
    const count = (await testServer.stats()).requests['GET /api/campaign/batyr-van.json'];
    await sleep(400);
    expect((await testServer.stats()).requests['GET /api/campaign/batyr-van.json']).to.equal(count);
  });

  it('does not poll while the page is hidden, and resumes when visible', async () => {
    const visibility = Object.getOwnPropertyDescriptor(Document.prototype, 'visibilityState')!;
    let hidden = false;
    Object.defineProperty(document, 'visibilityState', {
      configurable: true,
      get: () => (hidden ? 'hidden' : 'visible'),
    });
    try {
      const states: ResourceState[] = [];
      const stop = watch({ kind: 'metric', id: 'families' }, { refresh: 0.1 }, (state) => states.push(state));
      await until(() => states.some((state) => state.status === 'ready'));
      hidden = true;
      document.dispatchEvent(new Event('visibilitychange'));
      const before = (await testServer.stats()).requests['GET /api/metric/families.json'];
      await sleep(400);
      expect((await testServer.stats()).requests['GET /api/metric/families.json']).to.equal(before);
      hidden = false;
      document.dispatchEvent(new Event('visibilitychange'));
      await until(async () => (await testServer.stats()).requests['GET /api/metric/families.json'] > before);
      stop();
    } finally {
      delete (document as unknown as Record<string, unknown>).visibilityState;
      Object.defineProperty(Document.prototype, 'visibilityState', visibility);
    }
  });

  it('paints the last good value of a previous visit first', async () => {
    const namespace = freshAdapter();
    configure({ source: { type: 'json', url: `${base}/api/{kind}/{id}.json` } });
    await read({ kind: 'campaign', id: 'botashym-amina' });
    // A new visit: same storage, empty memory; the server now fails.
    freshAdapter();
    const { setStorageNamespace } = await import('../../src/data/storage.js');
    setStorageNamespace(namespace);
    configure({ source: { type: 'json', url: `${base}/api/{kind}/{id}.json` } });
    await testServer.fail({ match: 'GET /api/campaign/botashym-amina', mode: 'status', status: 500 });
    const states: ResourceState[] = [];
    const stop = watch({ kind: 'campaign', id: 'botashym-amina' }, {}, (state) => states.push(state));
    expect(states[0].status).to.equal('loading');
    expect(states[0].fromStorage).to.equal(true);
    expect((states[0].data as { raised: number }).raised).to.equal(1_870_000);
    const failed = await until(() => states.find((state) => state.stale));
    expect(failed).to.include({ status: 'ready', fromStorage: true });
    stop();
  });

  it('reports an error state without data', async () => {
    const states: ResourceState[] = [];
    watch({ kind: 'campaign', id: 'missing' }, {}, (state) => states.push(state));
    const failed = await until(() => states.find((state) => state.status === 'error'));
    expect(failed.error?.code).to.equal('not-found');
  });

  it('reports a broken configuration as an error state', () => {
    const script = document.createElement('script');
    script.type = 'application/json';
    script.id = 'qoldau-config';
    script.textContent = '{ "source": ';
    document.body.append(script);
    try {
      freshAdapter();
      const states: ResourceState[] = [];
      watch({ kind: 'campaign', id: 'x' }, {}, (state) => states.push(state));
      expect(states[0].error?.code).to.equal('invalid-json');
    } finally {
      script.remove();
    }
  });
});

describe('data adapter: configuration and other sources', () => {
  beforeEach(() => freshAdapter());

  it('reads the page JSON config lazily, and JS wins over it', async () => {
    const script = document.createElement('script');
    script.type = 'application/json';
    script.id = 'qoldau-config';
    script.textContent = JSON.stringify({
      source: { type: 'json', url: `${base}/api/{kind}/{id}.json` },
      currency: 'usd',
      cacheTtl: 5,
    });
    document.body.append(script);
    try {
      configure({ cacheTtl: 9 });
      const config = getConfig();
      expect(config.source).to.deep.equal({ type: 'json', url: `${base}/api/{kind}/{id}.json` });
      expect(config.currency).to.equal('usd');
      expect(config.cacheTtl).to.equal(9);
      expect(config.refresh).to.equal(0);
    } finally {
      script.remove();
    }
  });

  it('reads script-tag attributes, below the page JSON', () => {
    const tag = document.createElement('script');
    Object.assign(tag.dataset, {
      source: 'sheet',
      sourceUrl: 'https://docs.google.com/x/pub?output=csv',
      sinkUrl: 'https://script.google.com/macros/s/ID/exec',
      sinkSimple: '',
      locale: 'kk',
      currency: 'KZT',
      refresh: '60',
      cacheTtl: '30',
    });
    expect(configFromScriptTag(tag)).to.deep.equal({
      source: { type: 'sheet', url: 'https://docs.google.com/x/pub?output=csv' },
      sink: { type: 'http', url: 'https://script.google.com/macros/s/ID/exec', simple: true },
      locale: 'kk',
      currency: 'KZT',
      refresh: 60,
      cacheTtl: 30,
    });
    const page = document.createElement('script');
    page.type = 'application/json';
    page.id = 'qoldau-config';
    page.textContent = '{ "locale": "ru" }';
    document.body.append(page);
    try {
      registerScriptTag(tag);
      expect(getConfig()).to.include({ locale: 'ru', refresh: 60 });
      expect(getConfig().source?.type).to.equal('sheet');
    } finally {
      page.remove();
    }
    const plain = document.createElement('script');
    plain.dataset.sourceUrl = '/api/{kind}/{id}.json';
    expect(configFromScriptTag(plain)).to.deep.equal({ source: { type: 'json', url: '/api/{kind}/{id}.json' } });
  });

  it('rejects unusable configuration with code config', () => {
    const attempts: unknown[] = [
      null,
      { source: { type: 'ftp' } },
      { source: { type: 'json' } },
      { source: { type: 'json', url: { campaign: 5 } } },
      { source: { type: 'static' } },
      { source: { type: 'custom' } },
      { sink: { type: 'mail' } },
      { sink: { type: 'http' } },
      { sink: { type: 'custom' } },
      { sink: { type: 'http', url: '/x', timeout: -1 } },
      { cacheTtl: 'soon' },
      { refresh: -5 },
      { locale: 7 },
    ];
    for (const config of attempts) {
      expect(() => configure(config as never), JSON.stringify(config))
        .to.throw()
        .with.property('code', 'config');
    }
    expect(() => configure({ currency: 'XYZ' }))
      .to.throw()
      .with.property('code', 'unknown-currency');
    const tag = document.createElement('script');
    tag.dataset.sourceUrl = 'x';
    tag.dataset.source = 'ftp';
    expect(() => configFromScriptTag(tag))
      .to.throw()
      .with.property('code', 'config');
  });

  it('rejects reads without a source', async () => {
    expect((await rejection(() => read({ kind: 'campaign', id: 'x' }))).code).to.equal('config');
  });

  it('reads static data in the sample-data shape', async () => {
    const sample = await (await fetch('/test/server/sample-data.json')).json();
    configure({ source: { type: 'static', data: sample } });
    expect((await read({ kind: 'campaign', id: 'efca-mini-grants' })).currency).to.equal('EUR');
    expect((await read({ kind: 'role', id: 'dara-mentor' })).skills.map((skill) => skill.id)).to.include('mentoring');
    expect((await read({ kind: 'allocation', id: 'batyr-2026' })).items[2].amount).to.equal(6_300_000);
    expect((await rejection(() => read({ kind: 'metric', id: 'nope' }))).code).to.equal('not-found');
    expect((await read({ kind: 'metrics', id: 'all' })).items.map((metric) => metric.id)).to.deep.equal(
      sample.metrics.map((metric: { id: string }) => metric.id),
    );
    configure({ source: { type: 'static', data: { donors: { 'batyr-van': { items: [] } } } } });
    expect((await read({ kind: 'donors', id: 'batyr-van' })).items).to.deep.equal([]);
  });

  it('uses #qoldau-data as a static source when none is configured', async () => {
    const script = document.createElement('script');
    script.type = 'application/json';
    script.id = 'qoldau-data';
    script.textContent = JSON.stringify({ metrics: [{ id: 'trees', value: '1 250' }] });
    document.body.append(script);
    try {
      expect((await read({ kind: 'metric', id: 'trees' })).value).to.equal(1250);
    } finally {
      script.remove();
    }
  });

  it('calls a custom source and validates what it returns', async () => {
    const asked: unknown[] = [];
    configure({
      source: {
        type: 'custom',
        read: async (ref) => {
          asked.push(ref);
          if (ref.id === 'boom') throw new TypeError('backend down');
          return { goal: ref.id === 'bad' ? -1 : 10 };
        },
      },
    });
    expect((await read({ kind: 'campaign', id: 'ok' })).goal).to.equal(10);
    expect(asked).to.deep.equal([{ kind: 'campaign', id: 'ok' }]);
    expect((await rejection(() => read({ kind: 'campaign', id: 'bad' }))).code).to.equal('negative-value');
    expect((await rejection(() => read({ kind: 'campaign', id: 'boom' }))).code).to.equal('network');
  });
});
