// docs/security.md's CSP, tried on the CDN build (run `npm run build:cdn` first): Trusted Types
// need the policy name `lit-html`, and `'allow-duplicates'` once two copies of the SDK meet.
import { expect } from '@open-wc/testing';
import { openPage, until, type FixtureWindow } from '../helpers.js';

const percent = (frame: HTMLIFrameElement): string | undefined =>
  frame.contentDocument
    ?.querySelector('qoldau-donation-progress')
    ?.shadowRoot?.querySelector('[part="percent"]')
    ?.textContent?.trim();

describe('Trusted Types (docs/security.md)', () => {
  it("renders with `trusted-types lit-html 'allow-duplicates'` and two copies, without violations", async () => {
    const frame = await openPage('/test/fixtures/cdn-trusted-types.html');
    await until(() => percent(frame) === '50%', 10_000, 'render');
    await until(() =>
      frame.contentDocument!.querySelector('qoldau-impact-counter')?.shadowRoot?.querySelector('[part~="value"]'),
    );
    const win = frame.contentWindow as FixtureWindow;
    expect(win.recorded.violations).to.deep.equal([]);
    expect(win.recorded.errors).to.deep.equal([]);
  });

  it("without 'allow-duplicates' the second copy is refused its policy (why the docs ask for it)", async () => {
    const frame = await openPage('/test/fixtures/cdn-trusted-types-no-duplicates.html');
    const win = frame.contentWindow as FixtureWindow;
    await until(() => win.recorded.violations.length + win.recorded.errors.length > 0, 10_000, 'a violation');
    expect([...win.recorded.violations, ...win.recorded.errors].join(' ')).to.match(/trusted-types|lit-html|policy/i);
  });
});
