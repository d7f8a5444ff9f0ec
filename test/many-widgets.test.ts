// Many widgets on one page (issue #9): 20 live meters on one campaign cost one request, and one
// render each when the data arrives — no second render when they are first seen, none per widget
// for the locale. Counts, never timings (timings belong to `npm run bench`).
import { expect, fixture, html, nextFrame } from '@open-wc/testing';
import '../packages/elements/src/donation-progress/define.js';
import { QoldauDonationProgress } from '../packages/elements/src/donation-progress/donation-progress.js';
import { configure } from '@qoldau/core';
import { freshAdapter } from '../packages/core/test/data/helpers.js';
import { testServer } from './server/control.js';
import { partText, until, useLocale } from './helpers.js';

const isReady = (el: Element) =>
  !!el.shadowRoot?.querySelector('[role="progressbar"]') && !el.shadowRoot.querySelector('.loading');

describe('20 live widgets on one campaign', () => {
  const updates = new Map<Element, number>();
  const prototype = QoldauDonationProgress.prototype as unknown as { update(changed: unknown): void };
  const original = prototype.update;

  before(() => {
    prototype.update = function (this: Element, changed: unknown) {
      updates.set(this, (updates.get(this) ?? 0) + 1);
      original.call(this, changed);
    };
  });
  after(async () => {
    prototype.update = original;
    await testServer.heal();
    await useLocale(null);
  });

  it('make one request, and render once each when the data arrives (also once seen)', async () => {
    freshAdapter();
    await testServer.reset();
    configure({ source: { type: 'json', url: `${await testServer.url()}/api/{kind}/{id}.json` }, cacheTtl: 60 });
    // The answer waits, so the widgets settle in their loading state (and are seen) first.
    await testServer.fail({ match: 'GET /api/campaign', mode: 'slow', delay: 600 });
    const wrapper = await fixture<HTMLElement>(
      html`<div>
        ${Array.from({ length: 20 }, () => html`<qoldau-donation-progress campaign="batyr-van"></qoldau-donation-progress>`)}
      </div>`,
    );
    const widgets = [...wrapper.querySelectorAll('qoldau-donation-progress')];
    await Promise.all(widgets.map((widget) => (widget as QoldauDonationProgress).updateComplete));
    // The adapter (a lazily imported chunk) has asked the server: every widget is waiting for data.
    const path = 'GET /api/campaign/batyr-van.json';
    await until(async () => (await testServer.stats()).requests[path] === 1, 5000, 'the request');
    await nextFrame();
    await nextFrame();
    expect(
      widgets.every((widget) => widget.shadowRoot!.querySelector('.loading')),
      'loading',
    ).to.be.true;
    updates.clear();

    await until(() => widgets.every(isReady), 5000, 'all widgets ready');
    // Frames for a reveal, a locale event or a late second render to happen, if any would.
    for (let frame = 0; frame < 5; frame++) await nextFrame();
    expect(widgets.map((widget) => updates.get(widget) ?? 0)).to.deep.equal(Array(20).fill(1));
    expect((await testServer.stats()).requests[path]).to.equal(1);
    expect(widgets.map((widget) => partText(widget, 'raised'))).to.deep.equal(Array(20).fill('₸8,420,000'));
  });

  it('do not render again when scrolled into view: the fill moves without a render', async () => {
    const wrapper = await fixture<HTMLElement>(
      html`<div>
        <div style="height: 3000px"></div>
        <qoldau-donation-progress raised="500" goal="1000"></qoldau-donation-progress>
      </div>`,
    );
    const widget = wrapper.querySelector('qoldau-donation-progress')!;
    await widget.updateComplete;
    await nextFrame();
    const meter = widget.shadowRoot!.querySelector<HTMLElement>('.meter')!;
    expect(meter.style.getPropertyValue('--_progress'), 'not seen yet').to.equal('0');
    updates.clear();
    widget.scrollIntoView();
    await until(() => meter.style.getPropertyValue('--_progress') === '0.5', 3000, 'the fill to move');
    expect(widget.shadowRoot!.querySelector('[part="base"]')!.classList.contains('animate')).to.be.true;
    expect(updates.get(widget) ?? 0).to.equal(0);
  });

  it('follow the locale through one shared listener, and only while on the page', async () => {
    const wrapper = await fixture<HTMLElement>(
      html`<div><qoldau-donation-progress raised="500" goal="1000"></qoldau-donation-progress></div>`,
    );
    const widget = wrapper.querySelector('qoldau-donation-progress')!;
    await widget.updateComplete;
    widget.remove();
    updates.clear();
    await useLocale('ru');
    await nextFrame();
    expect(updates.get(widget) ?? 0, 'a removed widget is not rendered').to.equal(0);
    wrapper.append(widget);
    await useLocale('kk');
    await until(() => partText(widget, 'goal').includes('1 000 ₸'), 3000, 'the kk figures');
    expect(updates.get(widget) ?? 0).to.be.at.least(1);
  });
});
