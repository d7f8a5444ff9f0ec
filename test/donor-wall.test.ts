// <qoldau-donor-wall> (#14) in a real browser: inline JSON and the real test server (never a
// stubbed fetch), every state in kk/ru/en with axe, hostile donors' words, 1,000 donors, live
// refresh that keeps the reader's place, the announcement throttle, and the total agreeing with a
// <qoldau-donation-progress> on the same campaign.
import { expect, fixture, html, nextFrame } from '@open-wc/testing';
import '@qoldau/elements/donor-wall/define.js';
import '@qoldau/elements/donation-progress/define.js';
import { QoldauDonorWall } from '@qoldau/elements';
import { formatTimeAgo } from '@qoldau/core';
import { useJsonSource } from '../packages/core/test/data/helpers.js';
import { testServer } from './server/control.js';
import { LOCALES, partText, plainSpaces, recordEvents, until, useLocale } from './helpers.js';

const HOUR = 3_600_000;
const ago = (ms: number) => new Date(Date.now() - ms).toISOString();
const rows = (el: Element) => [...el.shadowRoot!.querySelectorAll<HTMLLIElement>('li[part~="entry"]')];
const isReady = (el: Element) => !!el.shadowRoot?.firstElementChild && !el.shadowRoot.querySelector('.loading');
/** The summary has its words (not the skeleton's placeholder). */
const summaryReady = (el: Element) => isReady(el) && !el.shadowRoot!.querySelector('[part="summary"] .bone');
const texts = (el: Element, part: string) =>
  [...el.shadowRoot!.querySelectorAll(`[part~="${part}"]`)].map((node) => plainSpaces(node.textContent));

/** A wall with inline JSON, as an NGO writes it. */
async function inlineWall(data: unknown, attributes = ''): Promise<QoldauDonorWall> {
  const holder = document.createElement('div');
  holder.innerHTML = `<qoldau-donor-wall ${attributes}><script type="application/json"></script><a href="/donate">Donate</a></qoldau-donor-wall>`;
  holder.querySelector('script')!.textContent = JSON.stringify(data);
  const el = holder.firstElementChild as QoldauDonorWall;
  await fixture(holder);
  await el.updateComplete;
  return el;
}

const useServer = (): Promise<string> => useJsonSource({ cacheTtl: 60 });

const donors = (count: number, from = 0) =>
  Array.from({ length: count }, (_, index) => ({
    name: `Donor ${from + index}`,
    amount: 1000,
    message: index % 3 === 0 ? 'Good luck with the van, you are doing great work for the children!' : undefined,
    date: ago((index + 1) * 60_000 - from * 1000),
  }));

describe('<qoldau-donor-wall>', () => {
  afterEach(async () => {
    await testServer.heal();
    await useLocale(null);
    QoldauDonorWall.announceInterval = 60_000;
    delete document.documentElement.dataset.qoldauMotion;
  });

  it('lists gifts newest first: name or Anonymous, the amount only where given, message, <time datetime>', async () => {
    const el = await inlineWall({
      currency: 'KZT',
      items: [
        { name: 'Ержан', amount: 5000, date: ago(2 * HOUR) },
        { amount: 10000, message: 'Сәттілік!', date: ago(5 * 60_000) },
        { name: 'Айгерим', message: 'Для Амины', date: ago(26 * HOUR) },
        { name: '   ', amount: 2000 },
      ],
    });
    const list = el.shadowRoot!.querySelector('ol')!;
    expect(list.getAttribute('aria-labelledby')).to.equal('heading');
    expect(partText(el, 'heading')).to.equal('Recent donations');
    expect(texts(el, 'name')).to.deep.equal(['Anonymous', 'Ержан', 'Айгерим', 'Anonymous']);
    expect(rows(el).map((row) => plainSpaces(row.querySelector('[part="amount"]')?.textContent))).to.deep.equal([
      '₸10,000',
      '₸5,000',
      '',
      '₸2,000',
    ]);
    expect(texts(el, 'time')).to.deep.equal(['5 minutes ago', '2 hours ago', 'yesterday']);
    const time = el.shadowRoot!.querySelector('time')!;
    expect(new Date(time.dateTime).getTime()).to.be.closeTo(Date.now() - 5 * 60_000, 5000);
    expect(texts(el, 'message')).to.deep.equal(['Сәттілік!', 'Для Амины']);
    await expect(el).to.be.accessible();
  });

  it('says how long ago in kk, ru and en with plurals; the future and clock skew are handled', () => {
    const now = Date.UTC(2026, 11, 3, 12);
    const at = (ms: number) => new Date(now - ms);
    const cases: [number, string, string, string][] = [
      [10_000, 'now', 'сейчас', 'қазір'],
      [-5 * 60_000, 'now', 'сейчас', 'қазір'], // a few minutes "in the future": the donor's clock
      [60_000, '1 minute ago', '1 минуту назад', '1 минут бұрын'],
      [2 * HOUR, '2 hours ago', '2 часа назад', '2 сағат бұрын'],
      [5 * HOUR, '5 hours ago', '5 часов назад', '5 сағат бұрын'],
      [21 * HOUR, '21 hours ago', '21 час назад', '21 сағат бұрын'],
      [3 * 24 * HOUR, '3 days ago', '3 дня назад', '3 күн бұрын'],
      [14 * 24 * HOUR, '2 weeks ago', '2 недели назад', '2 апта бұрын'],
      [400 * 24 * HOUR, 'last year', 'в прошлом году', /^(былтыр|1 жыл бұрын)$/ as unknown as string],
    ];
    for (const [ms, en, ru, kk] of cases) {
      expect(formatTimeAgo(at(ms), 'en', now).text, `en ${ms}`).to.equal(en);
      expect(formatTimeAgo(at(ms), 'ru', now).text, `ru ${ms}`).to.equal(ru);
      const kazakh = formatTimeAgo(at(ms), 'kk', now).text;
      if (typeof kk === 'string') expect(kazakh, `kk ${ms}`).to.equal(kk);
      else expect(kazakh).to.match(kk);
    }
    // A date days ahead is a data error: the date itself, never "in 3 days".
    expect(plainSpaces(formatTimeAgo(at(-3 * 24 * HOUR), 'en', now).text)).to.equal('December 6, 2026');
    // The words can next change when the count does.
    expect(formatTimeAgo(at(2 * HOUR + 10 * 60_000), 'en', now).refreshIn).to.equal(50 * 60_000);
  });

  it('keeps the words current as time passes, without rebuilding the rows', async () => {
    const el = await inlineWall({ items: [{ name: 'Ержан', amount: 5000, date: ago(44_000) }] });
    const row = rows(el)[0];
    const time = row.querySelector('time')!;
    expect(plainSpaces(time.textContent)).to.equal('now');
    await until(() => plainSpaces(time.textContent) === '1 minute ago', 5000, 'the minute');
    expect(rows(el)[0]).to.equal(row);
    expect(row.querySelector('time')).to.equal(time);
  });

  it('renders hostile names and messages as text: markup, scripts, control characters, long and RTL', async () => {
    window.__pwned = 0;
    const long = 'W'.repeat(5000);
    const hostile = [
      '<script>window.__pwned++</script>',
      '<img src=x onerror="window.__pwned++">',
      '"><svg onload="window.__pwned++">',
      `${long}`,
      'مرحبا \u202eevil\u202c 🎉👩‍👩‍👧',
    ];
    const el = await inlineWall(
      {
        items: [
          ...hostile.map((text, index) => ({ name: text, message: text, amount: index })),
          { name: 'a\u0000b\u0007c', message: 'line\u0001one\nline two' },
        ],
      },
      'max="10" style="width: 320px"',
    );
    expect(el.shadowRoot!.querySelector('script, img, svg:not(.icon), iframe')).to.equal(null);
    await nextFrame();
    expect(window.__pwned).to.equal(0);
    const names = texts(el, 'name');
    expect(names.slice(0, 3)).to.deep.equal(hostile.slice(0, 3));
    expect(names).to.include('abc');
    expect(texts(el, 'message')).to.include('lineone line two');
    // The long message is shortened to 280 characters; the long name wraps inside the row.
    expect(texts(el, 'message').find((text) => text.startsWith('WWW'))).to.equal(`${'W'.repeat(280)}…`);
    for (const row of rows(el)) expect(row.scrollWidth, 'nothing overflows the row').to.be.at.most(row.clientWidth + 1);
    // The RTL name keeps its direction to itself.
    const rtl = rows(el).find((row) => row.textContent!.includes('مرحبا'))!;
    expect(rtl.querySelector('[part="name"]')!.getAttribute('dir')).to.equal('auto');
    expect(getComputedStyle(rtl.querySelector('[part="name"]')!).unicodeBidi).to.equal('isolate');
  });

  it('shows max of 1,000 donors (the DOM stays small) and clamps nonsense in max with a console note', async () => {
    const many = { items: donors(1000) };
    const el = await inlineWall(many);
    expect(rows(el)).to.have.length(10);
    expect(el.shadowRoot!.querySelectorAll('*').length).to.be.below(120);
    expect(partText(el, 'summary')).to.equal('Showing the latest 10 of 1,000 gifts.');
    const warnings: string[] = [];
    const warn = console.warn;
    console.warn = (...args: unknown[]) => warnings.push(args.map(String).join(' '));
    try {
      for (const [max, shown] of [
        ['50', 50],
        ['500', 50],
        ['0', 1],
        ['-3', 1],
        ['7.6', 8],
        ['abc', 10],
        ['', 10],
      ] as const) {
        const wall = await inlineWall(many, `max="${max}"`);
        expect(rows(wall), `max="${max}"`).to.have.length(shown);
      }
    } finally {
      console.warn = warn;
    }
    expect(warnings).to.have.length(6);
    expect(warnings[0]).to.equal(
      'Qoldau: <qoldau-donor-wall max="500"> is not a whole number from 1 to 50; showing 50.',
    );
  });

  it('is empty, invalid (localized, with the fallback) and accessible in kk, ru and en', async () => {
    const expected = {
      en: ['No donations yet. Be the first to give!', 'Recent donations'],
      ru: ['Пожертвований пока нет. Станьте первым!', 'Последние пожертвования'],
      kk: ['Әзірге қайырмалдық жоқ. Бірінші болыңыз!', 'Соңғы қайырмалдықтар'],
    };
    for (const locale of LOCALES) {
      await useLocale(locale);
      const empty = await inlineWall({ items: [] });
      expect(partText(empty, 'empty')).to.equal(expected[locale][0]);
      expect(partText(empty, 'heading')).to.equal(expected[locale][1]);
      await expect(empty).to.be.accessible();

      const list = await inlineWall({ items: donors(3) });
      expect(texts(list, 'name')).to.have.length(3);
      await expect(list).to.be.accessible();

      const events = recordEvents(document, 'qoldau-error');
      const invalid = await inlineWall({ items: [{ amount: -5 }] });
      expect(invalid.shadowRoot!.querySelector('.invalid slot:not([name])')).to.exist;
      expect(partText(invalid, 'error')).to.not.equal('');
      await until(() => events.length, 3000, 'qoldau-error');
      await expect(invalid).to.be.accessible();
    }
  });

  it('reads the adapter: loading has the final height, the total agrees with a donation progress (one request)', async () => {
    await useServer();
    await testServer.resource('donors', 'van', {
      campaign: 'batyr-van',
      items: [
        { name: 'Айгерим', amount: 50_000, message: 'Сәттілік!', date: ago(HOUR) },
        { amount: 10_000, date: ago(2 * HOUR) },
        { name: 'Ержан', date: ago(3 * HOUR) },
      ],
    });
    await testServer.fail({ match: 'GET /api/', mode: 'slow', delay: 500 });
    const wrapper = await fixture<HTMLElement>(
      html`<div>
        <qoldau-donation-progress campaign="batyr-van"></qoldau-donation-progress>
        <qoldau-donor-wall donors="van" max="2"></qoldau-donor-wall>
      </div>`,
    );
    const meter = wrapper.querySelector('qoldau-donation-progress')!;
    const wall = wrapper.querySelector('qoldau-donor-wall')!;
    await wall.updateComplete;
    expect(wall.shadowRoot!.querySelector('.loading'), 'skeleton').to.exist;
    expect(wall.shadowRoot!.querySelector('ol')!.getAttribute('aria-busy')).to.equal('true');
    const loadingHeight = wall.getBoundingClientRect().height;
    for (const locale of ['kk', 'ru', 'en'] as const) {
      await useLocale(locale);
      await expect(wall).to.be.accessible();
    }
    await until(() => summaryReady(wall) && isReady(meter), 5000, 'data');
    await nextFrame();
    expect(wall.getBoundingClientRect().height).to.equal(loadingHeight);
    const raised = partText(meter, 'raised');
    expect(raised).to.equal('₸8,420,000');
    expect(partText(wall, 'summary')).to.equal(
      `${raised} from 314 donors — showing the latest 2. ` +
        'The total also counts 312 earlier gifts and gifts without a public amount.',
    );
    const stats = await testServer.stats();
    expect(stats.requests['GET /api/campaign/batyr-van.json']).to.equal(1);
    expect(stats.requests['GET /api/donors/van.json']).to.equal(1);
  });

  it('explains the total exactly: all listed, amounts hidden, the list ahead of the total, another currency', async () => {
    await useServer();
    const cases: [Record<string, unknown>, Record<string, unknown>, string][] = [
      [
        { raised: 15_000, goal: 100_000, donors: 2 },
        {
          items: [
            { name: 'A', amount: 5000 },
            { name: 'B', amount: 10_000 },
          ],
        },
        '₸15,000 from 2 donors — showing the latest 1. The total also counts 1 earlier gift not shown here.',
      ],
      [
        { raised: 20_000, goal: 100_000, donors: 2 },
        { items: [{ name: 'A', amount: 5000 }, { name: 'B' }] },
        '₸20,000 from 2 donors — showing the latest 1. The total also counts 1 earlier gift and gifts without a public amount.',
      ],
      [
        { raised: 10_000, goal: 100_000, donors: 5 },
        { items: [{ name: 'A', amount: 5000 }] },
        '₸10,000 from 5 donors — showing the latest 1. The total also counts 4 earlier gifts not shown here.',
      ],
      [
        { raised: 1000, goal: 100_000 },
        { items: [{ name: 'A', amount: 5000 }] },
        '₸1,000 raised. The total is updated separately and does not include the newest gifts yet.',
      ],
      [{ raised: 1000, goal: 100_000, currency: 'EUR', donors: 1 }, { items: [{ amount: 5 }] }, '€1,000 from 1 donor.'],
    ];
    for (const [index, [campaign, list, summary]] of cases.entries()) {
      await testServer.resource('campaign', `c${index}`, campaign);
      const el = await inlineWall(list, `campaign="c${index}" max="1"`);
      await until(() => summaryReady(el), 5000, 'summary');
      expect(partText(el, 'summary'), JSON.stringify(campaign)).to.equal(summary);
    }
    // An empty list beside a campaign with gifts: not "be the first", which the total contradicts.
    const unlisted = await inlineWall({ items: [] }, 'campaign="c0"');
    await until(() => summaryReady(unlisted), 5000, 'summary');
    expect(partText(unlisted, 'empty')).to.equal('No gifts are listed here yet.');
    expect(partText(unlisted, 'summary')).to.match(/^₸15,000 from 2 donors\./);
    // A campaign that cannot be read: the list stays, and the wall says why there is no total.
    const el = await inlineWall({ items: [{ name: 'A' }] }, 'campaign="not-there"');
    await until(() => summaryReady(el), 5000, 'summary');
    expect(partText(el, 'summary')).to.equal('The campaign total could not be loaded.');
    expect(texts(el, 'name')).to.deep.equal(['A']);
  });

  it('says in ru and kk how the total adds up, with plurals', async () => {
    await useServer();
    await testServer.resource('campaign', 'plural', { raised: 8_420_000, goal: 12_500_000, donors: 314 });
    const expected = {
      ru: '8 420 000 ₸ от 314 жертвователей — показаны 3 последних. В итог входят ещё 311 более ранних пожертвований, которых здесь нет.',
      kk: '314 демеушіден 8 420 000 ₸ жиналды — соңғы 3 көрсетілген. Жалпы сомаға мұнда көрсетілмеген бұрынғы тағы 311 қайырмалдық кіреді.',
    };
    for (const locale of ['ru', 'kk'] as const) {
      await useLocale(locale);
      const el = await inlineWall({ items: donors(3) }, 'campaign="plural"');
      await until(() => summaryReady(el), 5000, 'summary');
      expect(partText(el, 'summary')).to.equal(expected[locale]);
    }
  });

  it('shows a note when a refresh fails, keeps the list, and says the adapter error in the invalid view', async () => {
    await useServer();
    await testServer.resource('donors', 'live', { items: donors(2) });
    const el = await fixture<QoldauDonorWall>(
      html`<qoldau-donor-wall donors="live" refresh="0.3"></qoldau-donor-wall>`,
    );
    await until(() => rows(el).length === 2, 5000, 'list');
    await testServer.stop();
    try {
      await until(() => partText(el, 'stale'), 5000, 'stale note');
      expect(rows(el)).to.have.length(2);
      for (const locale of LOCALES) {
        await useLocale(locale);
        await el.updateComplete;
        expect(partText(el, 'stale'), locale).to.not.equal('');
        await expect(el).to.be.accessible();
      }
    } finally {
      await testServer.start();
    }
    const missing = await fixture<QoldauDonorWall>(
      html`<qoldau-donor-wall donors="nobody"><a href="/donate">Donate</a></qoldau-donor-wall>`,
    );
    await until(() => missing.shadowRoot!.querySelector('.invalid [part="error"]'), 5000, 'invalid view');
    expect(partText(missing, 'error')).to.not.equal('');
    const nothingAtAll = await fixture<QoldauDonorWall>(html`<qoldau-donor-wall></qoldau-donor-wall>`);
    expect(nothingAtAll.shadowRoot!.querySelector('.invalid')).to.exist;
  });

  for (const where of ['list', 'page'] as const) {
    it(`live refresh adds new gifts without moving what the reader sees (${where} scrolled)`, async () => {
      await useServer();
      QoldauDonorWall.announceInterval = 0;
      let items = donors(20);
      await testServer.resource('donors', 'anchor', { items });
      const wrapper = await fixture<HTMLElement>(
        html`<div>
          <div class="spacer" style="height: ${where === 'page' ? 1200 : 0}px"></div>
          <qoldau-donor-wall donors="anchor" refresh="0.2" max="20"></qoldau-donor-wall>
          <div style="height: 2000px"></div>
        </div>`,
      );
      const el = wrapper.querySelector('qoldau-donor-wall')!;
      await until(() => rows(el).length === 20, 5000, 'list');
      const list = el.shadowRoot!.querySelector('ol')!;
      if (where === 'list') list.scrollTop = 250;
      else window.scrollTo(0, el.getBoundingClientRect().top + window.scrollY + 120);
      await nextFrame();
      // The reader's first visible entry, and where it is on screen.
      const top = Math.max(list.getBoundingClientRect().top, 0);
      const first = rows(el).find((row) => row.getBoundingClientRect().bottom > top)!;
      const name = first.querySelector('[part="name"]')!.textContent;
      const before = first.getBoundingClientRect().top;
      const scrollYBefore = window.scrollY;

      items = [...donors(3, 100).map((donor, index) => ({ ...donor, date: ago(index * 1000) })), ...items];
      await testServer.resource('donors', 'anchor', { items });
      await until(() => texts(el, 'name')[0] === 'Donor 100', 5000, 'new gifts');
      await nextFrame();
      const same = rows(el).find((row) => row.querySelector('[part="name"]')!.textContent === name)!;
      expect(same.getBoundingClientRect().top).to.be.closeTo(before, 1);
      expect(window.scrollY).to.equal(scrollYBefore);
      window.scrollTo(0, 0);
    });
  }

  it('does not announce rows that appear because max grew', async () => {
    QoldauDonorWall.announceInterval = 0;
    const el = await inlineWall({ items: donors(5) }, 'max="2"');
    expect(rows(el)).to.have.length(2);
    el.max = 5;
    await el.updateComplete;
    expect(rows(el)).to.have.length(5);
    await new Promise((resolve) => setTimeout(resolve, 100));
    expect(plainSpaces(el.shadowRoot!.querySelector('[role="status"]')!.textContent)).to.equal('');
  });

  it('announces new gifts politely, at most once per interval, coalesced, with plurals', async () => {
    await useServer();
    document.documentElement.dataset.qoldauMotion = 'reduce';
    QoldauDonorWall.announceInterval = 1500;
    let items = donors(2);
    await testServer.resource('donors', 'news', { items });
    const el = await fixture<QoldauDonorWall>(
      html`<qoldau-donor-wall donors="news" refresh="0.1"></qoldau-donor-wall>`,
    );
    await until(() => rows(el).length === 2, 5000, 'list');
    const region = el.shadowRoot!.querySelector('[role="status"]')!;
    expect(plainSpaces(region.textContent)).to.equal(''); // the first list is not news
    const add = async (count: number, from: number) => {
      items = [...donors(count, from).map((donor, index) => ({ ...donor, date: ago(index * 1000) })), ...items];
      await testServer.resource('donors', 'news', { items });
      await until(() => texts(el, 'name').includes(`Donor ${from}`), 5000, `gift ${from}`);
    };
    await add(1, 100);
    await until(() => plainSpaces(region.textContent) === '1 new donation', 3000, 'first announcement');
    // Two more refreshes inside the interval: one announcement for both, after the interval.
    await add(1, 200);
    await add(2, 300);
    expect(plainSpaces(region.textContent)).to.equal('1 new donation');
    await until(() => plainSpaces(region.textContent) === '3 new donations', 5000, 'coalesced announcement');
    expect(rows(el).some((row) => row.classList.contains('new'))).to.equal(false); // reduced motion: no fade

    await useLocale('ru');
    await add(5, 400);
    await until(() => plainSpaces(region.textContent) === '5 новых пожертвований', 5000, 'ru many');
    await add(2, 500);
    await until(() => plainSpaces(region.textContent) === '2 новых пожертвования', 5000, 'ru few');
    await useLocale('kk');
    await add(1, 600);
    await until(() => plainSpaces(region.textContent) === '1 жаңа қайырмалдық', 5000, 'kk');
    await expect(el).to.be.accessible();
  });
});
