// The demo page holds still (issue #9): no widget's box changes while its data loads (skeleton)
// and once the data is there, and every live widget of the demo has the same size before the
// script arrives (its fallback, sized by the page's CSS: demo.css), in kk, ru and en, on a phone
// and on a desktop. The demo's own markup, styles and texts (demo.css, demo.js) are used, plus a
// counter and a donate widget on their own naming live resources, with no page CSS: they test the
// skeletons themselves (before the script only a page's CSS can reserve a size, so their fallback
// is not compared). The data files are served by the reference server with a delay, so the
// loading state is always seen. The page is an iframe with its own copy of the SDK
// (test/layout-frame.ts), whose widgets are defined after the markup is in, as on a real page.
import { expect } from '@open-wc/testing';
import { setViewport } from '@web/test-runner-commands';
import { testServer } from './server/control.js';
import { LOCALES, until } from './helpers.js';

const demo = '/packages/qoldau/demo/';
const widgets =
  'qoldau-donation-progress, qoldau-impact-counters, qoldau-impact-counter, qoldau-impact-chart, qoldau-donor-wall, qoldau-donate';
/** The attributes that name a widget's live resource. */
const LIVE: Record<string, string[]> = {
  'qoldau-donation-progress': ['campaign'],
  'qoldau-impact-counters': ['set'],
  'qoldau-impact-counter': ['metric'],
  'qoldau-impact-chart': ['allocation', 'series'],
  'qoldau-donor-wall': ['donors'],
  'qoldau-donate': ['donate-id'],
};
const isLive = (widget: Element) => LIVE[widget.localName].some((name) => widget.hasAttribute(name));

/** The options of the standalone donate widget, embedded as well (as a meter embeds its title). */
const DONATE = {
  frequency: 'both',
  defaultAmount: 5000,
  min: 500,
  max: 1000000,
  amounts: [
    {
      amount: 2000,
      impact: {
        kk: 'Бір отбасына бір аптаға нан мен сүт',
        ru: 'Хлеб и молоко для семьи на неделю',
        en: 'Bread and milk for a family for a week',
      },
    },
    {
      amount: 5000,
      impact: {
        kk: 'Отбасына азық-түлік себеті',
        ru: 'Продуктовая корзина для семьи',
        en: 'A food basket for a family',
      },
    },
    {
      amount: 15000,
      impact: {
        kk: 'Балаға қысқы етік пен күртеше',
        ru: 'Зимние сапоги и куртка для ребёнка',
        en: 'Winter boots and a coat for a child',
      },
    },
  ],
};

/** Markup a page might add: a counter and a donate widget on their own, each naming a resource. */
const standalone = `<section class="wrap" data-added>
  <qoldau-impact-counter metric="families"><p>1 000 отбасы</p></qoldau-impact-counter>
  <div class="cards">
    <qoldau-donate
      donate-id="winter-baskets"
      provider="url"
      payment-url="https://example.org/pay?amount={amount}&amp;frequency={frequency}"
    >
      <script type="application/json">${JSON.stringify(DONATE)}</script>
      <a href="https://example.org/donate">Donate</a>
    </qoldau-donate>
  </div>
</section>`;

/** True while any widget (or a counter inside a group) shows its loading skeleton. */
function loading(root: ParentNode): boolean {
  return [...root.querySelectorAll('*')].some(
    (element) =>
      !!element.shadowRoot && (!!element.shadowRoot.querySelector('.loading') || loading(element.shadowRoot)),
  );
}
const rendered = (root: ParentNode) =>
  [...root.querySelectorAll(widgets)].every((widget) => widget.shadowRoot?.querySelector('[part~="base"]'));

/** A widget's name in the results: its tag and what tells it apart ("qoldau-impact-chart[allocation=batyr-2026]"). */
function nameOf(widget: Element): string {
  const telling = [...LIVE[widget.localName], 'variant', 'type', 'provider'].find((name) => widget.hasAttribute(name));
  return telling ? `${widget.localName}[${telling}=${widget.getAttribute(telling)}]` : widget.localName;
}

/** Each widget's box relative to the page, to the half pixel. */
function boxes(root: HTMLElement, which: (widget: Element) => boolean = () => true): string[] {
  const origin = root.getBoundingClientRect();
  const half = (value: number) => Math.round(value * 2) / 2;
  return [...root.querySelectorAll(widgets)].filter(which).map((widget) => {
    const box = widget.getBoundingClientRect();
    return `${nameOf(widget)} ${half(box.left - origin.left)},${half(box.top - origin.top)} ${half(box.width)}×${half(box.height)}`;
  });
}
/** Each widget's size only. */
const sizes = (boxes: string[]) => boxes.map((box) => box.replace(/ [\d.-]+,[\d.-]+ /, ' '));

describe('the demo page: no live widget changes size from its fallback to its data', () => {
  let markup: string;
  let frame: HTMLIFrameElement | undefined;

  before(async () => {
    await testServer.reset();
    for (const [kind, id] of [
      ['campaign', 'batyr-van'],
      ['metrics', 'batyr-2026'],
      ['allocation', 'batyr-2026'],
      ['donors', 'batyr-van'],
      ['donate', 'winter-baskets'],
    ]) {
      const data: unknown = await (await fetch(`${demo}data/${kind}/${id}.json`)).json();
      await testServer.resource(kind, id, data);
      if (kind === 'metrics') {
        const { items } = data as { items: { id: string }[] };
        await testServer.resource(
          'metric',
          'families',
          items.find((item) => item.id === 'families'),
        );
      }
    }
    const page = new DOMParser().parseFromString(await (await fetch(demo)).text(), 'text/html');
    page.querySelector('qoldau-impact-counters')!.closest('section')!.insertAdjacentHTML('afterend', standalone);
    markup = page.body.innerHTML;
    // Tall enough for every widget to be on screen (charts draw, counters count, only once seen).
    await setViewport({ width: 1200, height: 4000 });
  });

  after(async () => {
    frame?.remove();
    await testServer.heal();
    await setViewport({ width: 800, height: 600 });
  });

  for (const width of [412, 1200]) {
    for (const locale of LOCALES) {
      it(`in ${locale}, ${width} px wide`, async () => {
        await testServer.heal();
        await testServer.fail({ match: 'GET /api/', mode: 'slow', delay: 1200 });
        frame?.remove();
        frame = document.createElement('iframe');
        frame.style.cssText = `position: fixed; inset: 0 auto auto 0; width: ${width}px; height: 4000px; border: 0`;
        // demo.js gives the page its texts for <html lang>, which the widgets follow.
        frame.srcdoc = `<!doctype html><html lang="${locale}"><head><meta charset="utf-8">
          <link rel="stylesheet" href="${demo}demo.css">
          <script type="module" src="${demo}demo.js"></script>
          <script type="module" src="/test/layout-frame.ts"></script></head><body>${markup}</body></html>`;
        const loaded = new Promise((resolve) => frame!.addEventListener('load', resolve, { once: true }));
        document.body.append(frame);
        await loaded;
        const view = frame.contentWindow!;
        const page = frame.contentDocument!.body;
        await view.document.fonts.ready;
        const demoLive = (widget: Element) => isLive(widget) && !widget.closest('[data-added]');
        const fallbackLive = boxes(page, demoLive);

        await view.upgrade(`${await testServer.url()}/api/{kind}/{id}.json`);
        await until(() => rendered(page), 5000, 'every widget rendered');
        for (let step = 0; step < 2; step++) await new Promise((resolve) => view.requestAnimationFrame(resolve));
        expect(loading(page), 'the live widgets show their skeletons').to.be.true;
        const skeleton = boxes(page);

        await until(() => !loading(page), 8000, 'every widget filled');
        for (let step = 0; step < 3; step++) await new Promise((resolve) => view.requestAnimationFrame(resolve));
        const data = boxes(page);
        expect(data, 'skeleton → data').to.deep.equal(skeleton);
        expect(sizes(boxes(page, demoLive)), 'fallback → data').to.deep.equal(sizes(fallbackLive));
      });
    }
  }
});
