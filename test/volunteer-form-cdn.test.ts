// The volunteer form as a script-tag user gets it (the CDN build): its strings and the form
// foundation's arrive in chunks of their own, shared with the event sign-up, and follow the page's language.
import { expect } from '@open-wc/testing';
import { openPage, plainSpaces, until, type FixtureWindow } from './helpers.js';

const requested = (frame: HTMLIFrameElement) =>
  (frame.contentWindow!.performance.getEntriesByType('resource') as PerformanceResourceTiming[]).map((entry) =>
    new URL(entry.name).pathname.split('/').pop()!,
  );

describe('<qoldau-volunteer-form> from the CDN build', () => {
  afterEach(() => document.querySelectorAll('iframe').forEach((frame) => frame.remove()));

  it('shows the form with its Kazakh strings and spots, then Russian when <html lang> changes', async () => {
    const frame = await openPage('/test/fixtures/cdn-volunteer-form.html', 1400);
    const el = frame.contentDocument!.querySelector('qoldau-volunteer-form')!;
    const text = (selector: string) => plainSpaces(el.shadowRoot?.querySelector(selector)?.textContent);
    await until(() => text('button[type="submit"]') === 'Өтінішті жіберу', 10_000, 'Kazakh submit button');
    expect(text('[part="heading"]')).to.equal('Шеберханадағы көмекші');
    expect(text('.note')).to.equal('2 орын қалды (барлығы 5)');
    expect(plainSpaces(el.shadowRoot!.querySelector('form')!.textContent)).to.contain('Zhurekten Zhurekke PF');
    const files = requested(frame);
    for (const prefix of ['volunteer-form-', 'volunteer-locale-kk-', 'form-locale-kk-'])
      expect(
        files.some((file) => file.startsWith(prefix)),
        prefix,
      ).to.be.true;
    expect(files.some((file) => /^(volunteer-locale-ru|form-locale-ru|event-signup)-/.test(file))).to.be.false;
    frame.contentDocument!.documentElement.lang = 'ru';
    await until(() => text('button[type="submit"]') === 'Отправить заявку', 10_000, 'Russian after <html lang>');
    expect(text('.note')).to.equal('Осталось 2 места из 5');
    expect((frame.contentWindow as FixtureWindow).recorded.errors).to.deep.equal([]);
  });
});
