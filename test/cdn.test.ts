// The built CDN bundle as a script-tag user gets it: plain HTML pages in iframes, tags in the
// markup before the script, locale switching, two copies on one page, strict CSP.
import { expect } from '@open-wc/testing';
import { openPage, plainSpaces, until, type FixtureWindow } from './helpers.js';

const shadowText = (frame: HTMLIFrameElement, selector: string, index = 0) =>
  plainSpaces(
    frame.contentDocument!.querySelectorAll('qoldau-donation-progress')[index]?.shadowRoot?.querySelector(selector)
      ?.textContent,
  );

const requested = (frame: HTMLIFrameElement) =>
  (frame.contentWindow!.performance.getEntriesByType('resource') as PerformanceResourceTiming[]).map((entry) =>
    new URL(entry.name).pathname.split('/').pop()!,
  );

describe('CDN bundle (packages/qoldau/cdn/qoldau.js)', () => {
  afterEach(() => document.querySelectorAll('iframe').forEach((frame) => frame.remove()));

  it('upgrades tags that were in the markup before the script, then follows <html lang> changes', async () => {
    const frame = await openPage('/test/fixtures/cdn-upgrade.html');
    const status = () => shadowText(frame, '[part="details"]');
    expect(await until(() => status() === '314 жертвователей' && status(), 10_000, 'Russian text')).to.equal(
      '314 жертвователей',
    );
    const meter = frame
      .contentDocument!.querySelector('qoldau-donation-progress')!
      .shadowRoot!.querySelector('[role="progressbar"]')!;
    expect(plainSpaces(meter.getAttribute('aria-valuetext'))).to.equal('Собрано 8 420 000 ₸ из 12 500 000 ₸');
    expect(requested(frame).some((file) => file.startsWith('locale-ru-'))).to.be.true;
    expect(requested(frame).some((file) => file.startsWith('locale-kk-'))).to.be.false;
    // Its meter shows a donor count (donors="314") but names no resource: no adapter is fetched
    // (the donor wall's donors="…" names one; the attribute alone must not decide).
    expect(requested(frame).filter((file) => file.startsWith('data-'))).to.deep.equal([]);

    frame.contentDocument!.documentElement.lang = 'kk';
    await until(() => status() === '314 адам қолдады', 10_000, 'Kazakh text after <html lang> changed');
    expect(plainSpaces(meter.getAttribute('aria-valuetext'))).to.equal('8 420 000 ₸ жиналды, мақсат — 12 500 000 ₸');
    frame.contentDocument!.documentElement.lang = 'en';
    await until(() => status() === '314 donors', 10_000, 'English text');
    expect((frame.contentWindow as FixtureWindow).recorded.errors).to.deep.equal([]);
  });

  it('hides the fallback link once upgraded (it was visible before)', async () => {
    const frame = await openPage('/test/fixtures/cdn-upgrade.html');
    const link = frame.contentDocument!.querySelector('a')!;
    await until(() => shadowText(frame, '[part="raised"]'), 10_000, 'render');
    expect(link.getClientRects().length).to.equal(0);
  });

  it('honours data-locale on the script tag over <html lang>', async () => {
    const frame = await openPage('/test/fixtures/cdn-data-locale.html');
    expect(await until(() => shadowText(frame, '[part="status"]'), 10_000, 'status')).to.not.equal('');
    await until(
      () => shadowText(frame, '[part="status"]') === 'Бірінші болып қолдау көрсетіңіз',
      10_000,
      'Kazakh text',
    );
  });

  it('survives two copies of the bundle on one page: no exception, one definition', async () => {
    const frame = await openPage('/test/fixtures/cdn-double.html');
    await until(() => shadowText(frame, '[part="percent"]') === '50%', 10_000, 'render');
    const win = frame.contentWindow as FixtureWindow;
    await until(() => (win as unknown as { doubleLoaded?: boolean }).doubleLoaded, 10_000, 'both copies loaded');
    // Both copies really ran: each bundled Lit registers its version.
    expect((win as unknown as { litElementVersions: string[] }).litElementVersions).to.have.length(2);
    const element = frame.contentDocument!.querySelector('qoldau-donation-progress')!;
    expect(element.constructor).to.equal(win.customElements.get('qoldau-donation-progress'));
    expect(win.recorded.errors).to.deep.equal([]);
  });

  it('renders under a strict Content-Security-Policy without violations', async () => {
    const frame = await openPage('/test/fixtures/cdn-csp.html');
    await until(() => shadowText(frame, '[part="percent"]', 1) === '50%', 10_000, 'render');
    await new Promise((resolve) => setTimeout(resolve, 300));
    const win = frame.contentWindow as FixtureWindow;
    expect(win.recorded.violations).to.deep.equal([]);
    expect(win.recorded.errors).to.deep.equal([]);
    const bar = frame.contentDocument!.querySelectorAll('qoldau-donation-progress')[1].shadowRoot!;
    const fill = bar.querySelector('[part="fill"]')!;
    // The geometry set from code reached the rendering (reduced motion: no transition to wait for).
    expect(getComputedStyle(fill).clipPath).to.equal('inset(0px 50% 0px 0px round 999px)');
    expect(bar.querySelector<HTMLElement>('.mark')!.style.getPropertyValue('--_at')).to.equal('0.3');
  });
});
