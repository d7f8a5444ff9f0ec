// How widgets sit on an NGO's page: they take the page's font unless the --qoldau-font-family
// token names another, and widgets placed one after another are --qoldau-gap apart (1.5rem unless
// set), while the counters inside a group keep the group's own grid spacing.
import { expect, fixture, html } from '@open-wc/testing';
import '@qoldau/elements/donation-progress/define.js';
import '@qoldau/elements/impact-counters/define.js';
import type { QoldauDonationProgress } from '@qoldau/elements/donation-progress/donation-progress.js';

const gapBetween = (first: Element, second: Element) =>
  second.getBoundingClientRect().top - first.getBoundingClientRect().bottom;

describe('widgets on a plain page', () => {
  it("inherit the page's font, and the token still overrides it", async () => {
    const page = await fixture<HTMLElement>(
      html`<div style="font-family: Georgia, serif">
        <qoldau-donation-progress raised="10" goal="100"></qoldau-donation-progress>
        <qoldau-donation-progress raised="10" goal="100" style="--qoldau-font-family: monospace">
        </qoldau-donation-progress>
      </div>`,
    );
    const [inherits, themed] = page.querySelectorAll('qoldau-donation-progress');
    await Promise.all([inherits, themed].map((el) => (el as QoldauDonationProgress).updateComplete));
    const inner = (el: Element) => getComputedStyle(el.shadowRoot!.querySelector('[part]')!).fontFamily;
    expect(inner(inherits!)).to.equal('Georgia, serif');
    expect(inner(themed!)).to.equal('monospace');
  });

  it('are --qoldau-gap apart (1.5rem by default), and the last one adds no space', async () => {
    const page = await fixture<HTMLElement>(
      html`<div style="font-size: 16px">
        <qoldau-donation-progress raised="10" goal="100"></qoldau-donation-progress>
        <qoldau-donation-progress raised="20" goal="100"></qoldau-donation-progress>
        <qoldau-donation-progress raised="30" goal="100" style="--qoldau-gap: 40px"></qoldau-donation-progress>
        <qoldau-donation-progress raised="40" goal="100"></qoldau-donation-progress>
      </div>`,
    );
    const [a, b, c, d] = page.querySelectorAll('qoldau-donation-progress');
    expect(gapBetween(a!, b!)).to.equal(24);
    expect(gapBetween(c!, d!)).to.equal(40);
    expect(getComputedStyle(d!).marginBlockEnd).to.equal('0px');
  });

  it('leave the spacing of counters inside a group to the group', async () => {
    const group = await fixture<HTMLElement>(
      html`<qoldau-impact-counters>
        <qoldau-impact-counter value="5" noun="meals"></qoldau-impact-counter>
        <qoldau-impact-counter value="7" noun="beds"></qoldau-impact-counter>
      </qoldau-impact-counters>`,
    );
    for (const counter of group.querySelectorAll('qoldau-impact-counter')) {
      expect(getComputedStyle(counter).marginBlockEnd).to.equal('0px');
    }
  });
});
