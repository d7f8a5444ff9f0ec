// The demo page holds still (issue #9): every widget's box is the same while its data loads
// (skeleton) and once the data is there, in each locale. The demo's own markup, styles and texts
// (demo.js) are used, its data files served by the reference server with a delay, so the
// loading state is always seen. The live widgets start loading before they are measured.
import { expect, nextFrame } from '@open-wc/testing';
import { setViewport } from '@web/test-runner-commands';
import '../packages/elements/src/donation-progress/define.js';
import '../packages/elements/src/impact-counters/define.js';
import '../packages/charts/src/impact-chart/define.js';
import '../packages/elements/src/donor-wall/define.js';
import { configure } from '@qoldau/core';
import { freshAdapter } from '../packages/core/test/data/helpers.js';
import { testServer } from './server/control.js';
import { LOCALES, until, useLocale } from './helpers.js';

const demo = '/packages/qoldau/demo/';
const widgets = 'qoldau-donation-progress, qoldau-impact-counters, qoldau-impact-chart, qoldau-donor-wall';

/** True while any widget (or a counter inside a group) shows its loading skeleton. */
function loading(root: ParentNode): boolean {
  return [...root.querySelectorAll('*')].some(
    (element) =>
      !!element.shadowRoot && (!!element.shadowRoot.querySelector('.loading') || loading(element.shadowRoot)),
  );
}
const rendered = (root: ParentNode) =>
  [...root.querySelectorAll(widgets)].every((widget) => widget.shadowRoot?.querySelector('[part~="base"]'));

/** Each widget's box relative to the page column, to the half pixel. */
function boxes(root: HTMLElement): string[] {
  const origin = root.getBoundingClientRect();
  const half = (value: number) => Math.round(value * 2) / 2;
  return [...root.querySelectorAll(widgets)].map((widget) => {
    const box = widget.getBoundingClientRect();
    const name = `${widget.localName}${widget.getAttribute('variant') ? `[${widget.getAttribute('variant')}]` : ''}`;
    return `${name} ${half(box.left - origin.left)},${half(box.top - origin.top)} ${half(box.width)}×${half(box.height)}`;
  });
}

describe('the demo page: no widget changes size when its data arrives', () => {
  let page: HTMLElement;
  let style: HTMLLinkElement;

  before(async () => {
    // A phone's width, and tall enough for every widget to be on screen (charts draw, counters
    // count, only once seen).
    await setViewport({ width: 412, height: 4000 });
    await testServer.reset();
    for (const [kind, id] of [
      ['campaign', 'batyr-van'],
      ['metrics', 'batyr-2026'],
      ['allocation', 'batyr-2026'],
      ['donors', 'batyr-van'],
    ]) {
      const data: unknown = await (await fetch(`${demo}data/${kind}/${id}.json`)).json();
      await testServer.resource(kind, id, data);
    }
    style = Object.assign(document.createElement('link'), { rel: 'stylesheet', href: `${demo}demo.css` });
    const styled = new Promise((resolve) => style.addEventListener('load', resolve, { once: true }));
    document.head.append(style);
    await styled;
  });

  after(async () => {
    await testServer.heal();
    page?.remove();
    style.remove();
    document.documentElement.lang = 'en';
    await useLocale(null);
    await setViewport({ width: 800, height: 600 });
  });

  for (const locale of LOCALES) {
    it(`in ${locale}, on a phone`, async () => {
      freshAdapter();
      configure({ source: { type: 'json', url: `${await testServer.url()}/api/{kind}/{id}.json` }, cacheTtl: 60 });
      await testServer.heal();
      await testServer.fail({ match: 'GET /api/', mode: 'slow', delay: 1200 });
      const html = new DOMParser().parseFromString(await (await fetch(demo)).text(), 'text/html');
      page?.remove();
      page = document.createElement('div');
      page.innerHTML = html.body.innerHTML;
      document.body.append(page);
      // The demo's texts for this locale (demo.js: headings, <html lang>, which the widgets follow).
      await import(`${demo}demo.js?${locale}`); // a fresh copy wires this copy of the markup
      page.querySelector<HTMLButtonElement>(`[data-lang="${locale}"]`)!.click();
      await useLocale(null);

      await until(() => rendered(page), 5000, 'every widget rendered');
      await nextFrame();
      await nextFrame();
      expect(loading(page), 'the live widgets show their skeletons').to.be.true;
      const before = boxes(page);
      // The hero's skeleton now carries the embedded title and milestone rows: still accessible.
      await expect(page.querySelector('qoldau-donation-progress[campaign]')).to.be.accessible();

      await until(() => !loading(page), 8000, 'every widget filled');
      for (let frame = 0; frame < 3; frame++) await nextFrame();
      expect(boxes(page)).to.deep.equal(before);
    });
  }
});
