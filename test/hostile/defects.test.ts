// Issue #8: the component defects it names, one test each (each failed before its fix).
import { expect, fixture, html } from '@open-wc/testing';
import '@qoldau/elements/donation-progress/define.js';
import '@qoldau/elements/impact-counter/define.js';
import '@qoldau/charts/impact-chart/define.js';
import { configure } from '@qoldau/core';
import { freshAdapter } from '../../packages/core/test/data/helpers.js';
import { testServer } from '../server/control.js';
import { partText, until } from '../helpers.js';

type Widget = HTMLElement & { updateComplete: Promise<unknown> };

/** The widget shows the localized error and the page's fallback. */
async function expectInvalid(element: Widget): Promise<void> {
  await element.updateComplete;
  const root = element.shadowRoot!;
  expect(root.querySelector('.invalid slot:not([name])')).to.exist;
  expect(partText(element, 'error')).to.not.equal('');
}

describe('issue #8 defects in the components', () => {
  beforeEach(() => {
    delete document.documentElement.dataset.qoldauMotion;
  });

  it('duration="abc" counts up and stops (it showed "NaN" and asked for frames forever)', async () => {
    const element = await fixture<Widget>(
      html`<qoldau-impact-counter value="1000" duration="abc"></qoldau-impact-counter>`,
    );
    const current = () => element.shadowRoot!.querySelector('.current')?.textContent;
    await until(() => current() === '1,000', 5000, 'the final value');
    expect(element.shadowRoot!.textContent).to.not.contain('NaN');
  });

  it('refresh="60s" with a campaign gets ready (NaN compared unequal to itself: loading forever)', async () => {
    freshAdapter();
    await testServer.reset();
    configure({ source: { type: 'json', url: `${await testServer.url()}/api/{kind}/{id}.json` } });
    const element = await fixture<Widget>(
      html`<qoldau-donation-progress campaign="batyr-van" refresh="60s"></qoldau-donation-progress>`,
    );
    await until(() => element.shadowRoot!.querySelector('[role="progressbar"]:not([aria-busy])'), 5000, 'ready');
    expect((await testServer.stats()).requests['GET /api/campaign/batyr-van.json']).to.equal(1);
  });

  it('goal="5e-324" is an invalid goal (it showed "₸0 … ∞% Goal reached")', async () => {
    const element = await fixture<Widget>(
      html`<qoldau-donation-progress raised="10" goal="5e-324"><a href="/donate">Donate</a></qoldau-donation-progress>`,
    );
    await expectInvalid(element);
    expect(element.shadowRoot!.textContent).to.not.contain('∞');
  });

  it('el.raised = Object.create(null) is an invalid number, not a TypeError out of the component', async () => {
    const element = await fixture<Widget>(html`<qoldau-donation-progress goal="100"></qoldau-donation-progress>`);
    (element as unknown as { raised: unknown }).raised = Object.create(null);
    await expectInvalid(element);
  });

  for (const x of ['2026-13', '2026-00', '2026-99-99']) {
    it(`a series month "${x}" shows the error and the fallback (it threw out of willUpdate: blank chart)`, async () => {
      const json = JSON.stringify({ series: [{ points: [{ x, y: 1 }] }] });
      const element = document.createElement('qoldau-impact-chart') as Widget;
      element.innerHTML = `<script type="application/json">${json}</script><a href="/impact">Our impact</a>`;
      await fixture(element);
      await expectInvalid(element);
    });
  }

  it('a series x of {} is refused (it showed "[object Object]")', async () => {
    const json = JSON.stringify({ series: [{ points: [{ x: {}, y: 1 }] }] });
    const element = document.createElement('qoldau-impact-chart') as Widget;
    element.innerHTML = `<script type="application/json">${json}</script>`;
    await fixture(element);
    await expectInvalid(element);
    expect(element.shadowRoot!.textContent).to.not.contain('[object Object]');
  });
});
