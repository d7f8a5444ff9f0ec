// <qoldau-donate> as a script-tag user gets it (the CDN build): its strings in chunks of their own,
// and the QR code library fetched only when a QR code is shown.
import { expect } from '@open-wc/testing';
import { openPage, plainSpaces, until, type FixtureWindow } from './helpers.js';

const requested = (frame: HTMLIFrameElement) =>
  (frame.contentWindow!.performance.getEntriesByType('resource') as PerformanceResourceTiming[]).map((entry) =>
    new URL(entry.name).pathname.split('/').pop()!,
  );

describe('<qoldau-donate> from the CDN build', () => {
  afterEach(() => document.querySelectorAll('iframe').forEach((frame) => frame.remove()));

  it('a page without a QR code never fetches the QR library', async () => {
    const frame = await openPage('/test/fixtures/cdn-donate.html');
    const el = frame.contentDocument!.querySelector('qoldau-donate')!;
    // (The skeleton draws the form too, inert: wait for the ready one.)
    await until(
      () => el.shadowRoot?.querySelector('.widget:not(.loading) [type="submit"]'),
      10_000,
      'the donate button',
    );
    const files = requested(frame);
    expect(files.some((file) => /^donate-(?!locale)/.test(file))).to.be.true;
    expect(files.filter((file) => /^qr-code-/.test(file))).to.deep.equal([]);
    // No form foundation beyond what the widget uses, no adapter (campaign here names no resource).
    expect(files.some((file) => /^(data-read|event-signup|volunteer-form|shared-outbox)/.test(file))).to.be.false;
    expect((frame.contentWindow as FixtureWindow).recorded.errors).to.deep.equal([]);
  });

  it('fetches the QR chunk when a Kaspi QR code is shown, in Kazakh', async () => {
    const frame = await openPage('/test/fixtures/cdn-donate-kaspi.html');
    const el = frame.contentDocument!.querySelector('qoldau-donate')!;
    const text = (selector: string) => plainSpaces(el.shadowRoot?.querySelector(selector)?.textContent);
    await until(
      () => text('.widget:not(.loading) [type="submit"]') === '5 000 ₸ аудару',
      10_000,
      'the Kazakh button, ready',
    );
    expect(requested(frame).some((file) => /^qr-code-/.test(file))).to.be.false;
    (el.shadowRoot!.querySelector('button[type="submit"]') as HTMLElement).click();
    await until(() => el.shadowRoot!.querySelector('[part="qr"] svg path'), 10_000, 'the QR code');
    expect(requested(frame).filter((file) => /^qr-code-/.test(file))).to.have.length(1);
    expect(text('[part="qr"] h3')).to.equal('Телефон камерасымен немесе Kaspi қосымшасымен сканерлеңіз');
    expect((frame.contentWindow as FixtureWindow).recorded.errors).to.deep.equal([]);
  });
});
