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
    // An allow-list, not a deny-list: a new form chunk (or a shared one a form drags in) fails here
    // by itself. The page's widgets: a meter and counters, their Russian strings and shared helpers.
    const allowed = new Set([
      '__web-dev-server__web-socket.js', // the test runner's own
      'record-errors.js',
      'qoldau.js',
      'donation-progress',
      'impact-counters',
      'impact-counter',
      'locale-ru',
      'shared-format-date',
      'shared-validate-metric',
    ]);
    const chunk = (file: string) => file.replace(/-\d+\.\d+\.\d+(?:-[\w.]+)?\.js$/, '');
    expect(files.map(chunk).filter((name) => !allowed.has(name))).to.deep.equal([]);
  });

  it('without the script (blocked, or a wrong src), visitors see the NGO’s own registration link', async () => {
    // The same fixture page with its script pointing at a file that is not there (404).
    const page = await (await fetch('/test/fixtures/cdn-event-signup.html')).text();
    const broken = page
      .replace('/packages/qoldau/cdn/qoldau.js', '/packages/qoldau/cdn/missing.js')
      .replace('./record-errors.js', '/test/fixtures/record-errors.js');
    expect(broken).to.contain('<script type="module" src="/packages/qoldau/cdn/missing.js"></script>');
    expect(broken).to.not.contain('/packages/qoldau/cdn/qoldau.js');
    expect(broken).to.contain('<script src="/test/fixtures/record-errors.js"></script>');
    const frame = document.createElement('iframe');
    frame.style.width = '800px';
    frame.style.height = '600px';
    const loaded = new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
    frame.srcdoc = broken;
    document.body.append(frame);
    await loaded;
    const el = frame.contentDocument!.querySelector('qoldau-event-signup')!;
    await new Promise((resolve) => setTimeout(resolve, 300)); // time for a script that did load to run
    expect(frame.contentWindow!.customElements.get('qoldau-event-signup')).to.be.undefined;
    expect(el.shadowRoot).to.be.null;
    const link = el.querySelector('a')!;
    expect(link.getAttribute('href')).to.equal('https://example.kz/register');
    expect(link.textContent).to.equal('Тіркелу беті');
    expect(link.checkVisibility()).to.be.true;
    const box = link.getBoundingClientRect();
    expect(box.width).to.be.greaterThan(0);
    expect(box.height).to.be.greaterThan(0);
    // The missing script breaks nothing else: the page's own inline script ran, and nothing was thrown.
    expect(el.getAttribute('starts')).to.be.a('string');
    expect((frame.contentWindow as FixtureWindow).recorded.errors).to.deep.equal([]);
  });
});
