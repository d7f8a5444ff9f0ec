// The sign-up as a script-tag user gets it (the CDN build): the form strings arrive in a chunk of
// their own, and a page without a form downloads no form code at all.
import { expect } from '@open-wc/testing';
import { openPage, plainSpaces, until, type FixtureWindow } from './helpers.js';

const requested = (frame: HTMLIFrameElement) =>
  (frame.contentWindow!.performance.getEntriesByType('resource') as PerformanceResourceTiming[]).map((entry) =>
    new URL(entry.name).pathname.split('/').pop()!,
  );

describe('<qoldau-event-signup> from the CDN build', () => {
  afterEach(() => document.querySelectorAll('iframe').forEach((frame) => frame.remove()));

  it('shows the fallback link before the script, then the form with its Kazakh strings', async () => {
    const frame = await openPage('/test/fixtures/cdn-event-signup.html', 1400);
    const el = frame.contentDocument!.querySelector('qoldau-event-signup')!;
    const text = (selector: string) => plainSpaces(el.shadowRoot?.querySelector(selector)?.textContent);
    await until(() => text('button[type="submit"]') === 'Тіркелу', 10_000, 'Kazakh submit button');
    expect(text('[part="seats"]')).to.equal('3 орын қалды');
    expect(text('label[for="f-consent"]')).to.contain('Atyrau Clay PF');
    const files = requested(frame);
    expect(files.some((file) => file.startsWith('form-locale-kk-'))).to.be.true;
    expect(files.some((file) => file.startsWith('form-locale-ru-'))).to.be.false;
    // The light-DOM link is what a visitor without the script sees; the widget no longer shows it.
    expect(el.querySelector('a')!.getAttribute('href')).to.equal('https://example.kz/register');
    expect(el.shadowRoot!.querySelector('slot:not([name])')).to.be.null;
    frame.contentDocument!.documentElement.lang = 'ru';
    await until(() => text('button[type="submit"]') === 'Записаться', 10_000, 'Russian after <html lang> changed');
    expect(text('[part="seats"]')).to.equal('Осталось 3 места');
    expect((frame.contentWindow as FixtureWindow).recorded.errors).to.deep.equal([]);
  });

  it('a page without a form loads no form code', async () => {
    const frame = await openPage('/test/fixtures/cdn-no-chart.html');
    const doc = frame.contentDocument!;
    await until(() => doc.querySelector('qoldau-donation-progress')?.shadowRoot?.querySelector('[part="raised"]'));
    await new Promise((resolve) => setTimeout(resolve, 300)); // time for any stray lazy import to start
    const files = requested(frame);
    expect(files.some((file) => file.startsWith('locale-ru-'))).to.be.true;
    expect(
      files.filter((file) =>
        /^(event-signup|volunteer-form|volunteer-locale|form-locale|shared-form-locale|data|shared-outbox-queue)-/.test(
          file,
        ),
      ),
    ).to.deep.equal([]);
  });
});
