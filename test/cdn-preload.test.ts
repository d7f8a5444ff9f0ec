// The modulepreload hints docs/cdn.md gives NGOs (from cdn/preload.json, scripts/preload-hints.mjs):
// with them, every JS file of a page is requested while qoldau.js is still on its way, so the
// page's widgets arrive in one round trip after the HTML. The test server serves /slow-cdn/ 150 ms a
// file: a file the hints missed would be requested only once qoldau.js had arrived and run.
import { expect } from '@open-wc/testing';
import { hintFiles, type Hints } from '../scripts/preload-hints.mjs';
import { daysFromNow, until, type FixtureWindow } from './helpers.js';

/**
 * Every widget on one page, in `lang`; a live meter and a live counter read the page's inline JSON
 * (campaign=, metric=), so the adapter, its static source and the metric validator load too.
 */
const widgets = () => `
  <script type="application/json" id="qoldau-data">
    { "campaigns": [{ "id": "van", "raised": 8420000, "goal": 12500000 }],
      "metrics": [{ "id": "families", "value": 1000, "format": "number" }] }
  </script>
  <qoldau-donation-progress campaign="van"></qoldau-donation-progress>
  <qoldau-impact-counter metric="families"></qoldau-impact-counter>
  <qoldau-impact-counters><qoldau-impact-counter value="12"></qoldau-impact-counter></qoldau-impact-counters>
  <qoldau-impact-chart type="bar" data='[{"label":"2025","value":120},{"label":"2026","value":180}]'></qoldau-impact-chart>
  <qoldau-donor-wall><script type="application/json">
    { "items": [{ "name": "Айгерим", "amount": 50000, "date": "${daysFromNow(-1)}" }] }
  </script></qoldau-donor-wall>
  <qoldau-donate provider="url" amounts="2000 5000" payment-url="https://example.kz/pay?amount={amount}"></qoldau-donate>
  <qoldau-event-signup heading="Семинар" starts="${daysFromNow(30)}" capacity="12" registered="3"
    operator="Atyrau Clay PF" privacy-url="https://example.kz/privacy"></qoldau-event-signup>
  <qoldau-volunteer-form operator="Zhurekten Zhurekke PF" privacy-url="https://example.kz/privacy" steps="never">
    <script type="application/json">{ "title": "Көмекші" }</script>
  </qoldau-volunteer-form>`;

for (const lang of ['kk', 'ru']) {
  describe(`modulepreload hints of docs/cdn.md, every widget on a page in ${lang}, behind a slow network`, () => {
    let files: PerformanceResourceTiming[] = [];
    let hinted: string[] = [];
    const name = (entry: PerformanceResourceTiming) => new URL(entry.name).pathname.split('/').pop()!;

    // A path of its own per page: the second page must not find the first one's files in the cache.
    const cdn = `/slow-cdn-${lang}/`;

    before(async () => {
      const hints = (await (await fetch('/packages/qoldau/cdn/preload.json')).json()) as Hints;
      const tags = Object.keys(hints).filter((key) => /^qoldau-[\w-]+$/.test(key));
      hinted = hintFiles(hints, tags, { data: 'static', lang });
      const frame = document.createElement('iframe');
      frame.style.cssText = 'width: 800px; height: 900px';
      frame.srcdoc = `<!doctype html><html lang="${lang}"><head><meta charset="utf-8">
        <script src="/test/fixtures/record-errors.js"></script>
        <script type="module" src="${cdn}qoldau.js"></script>
        ${hinted.map((file) => `<link rel="modulepreload" href="${cdn}${file}">`).join('')}
        </head><body>${widgets()}</body></html>`;
      const loaded = new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
      document.body.append(frame);
      await loaded;
      const doc = frame.contentDocument!;
      await until(
        () =>
          tags.every((tag) => doc.querySelector(tag)?.shadowRoot?.childElementCount) &&
          doc.querySelector('qoldau-event-signup')!.shadowRoot!.querySelector('form') &&
          doc.querySelector('qoldau-volunteer-form')!.shadowRoot!.querySelector('form') &&
          doc.querySelector('qoldau-donation-progress')!.shadowRoot!.querySelector('[part~="base"]:not(.loading)') &&
          doc.querySelector('qoldau-impact-counter')!.shadowRoot!.querySelector('.figure .visually-hidden'),
        15_000,
        'every widget rendered, the forms, the live meter and counter with their data',
      );
      files = (frame.contentWindow!.performance.getEntriesByType('resource') as PerformanceResourceTiming[]).filter(
        (entry) => new URL(entry.name).pathname.startsWith(cdn),
      );
      expect((frame.contentWindow as FixtureWindow).recorded.errors).to.deep.equal([]);
    });

    after(() => document.querySelectorAll('iframe').forEach((frame) => frame.remove()));

    it('the hints name every widget, its own strings in this language and the shared language chunk', () => {
      const wanted = ['donation-progress', 'event-signup', 'volunteer-form', 'donor-wall', 'donate', 'impact-chart'];
      for (const file of [...wanted, 'data-read', 'shared-static', 'shared-validate-resources'])
        expect(hinted.some((hint) => hint.startsWith(`${file}-`))).to.equal(true, file);
      for (const file of ['locale', 'form-locale', 'volunteer-locale', 'donorwall-locale', 'donate-locale'])
        expect(hinted.some((hint) => hint.startsWith(`${file}-${lang}-`))).to.equal(true, `${file}-${lang}`);
    });

    it('no JS file is requested after qoldau.js has arrived: one round trip', () => {
      const entry = files.find((file) => name(file) === 'qoldau.js')!;
      expect(entry.responseEnd - entry.startTime).to.be.at.least(150);
      const late = files.filter((file) => file.startTime >= entry.responseEnd).map(name);
      expect(late).to.deep.equal([]);
      // …and the page did load chunks, every one of them hinted (none fetched twice).
      expect(files.length).to.be.above(10);
      const fetched = files.map(name);
      expect(fetched.filter((file) => file !== 'qoldau.js' && !hinted.includes(file))).to.deep.equal([]);
      expect(fetched.filter((file, index) => fetched.indexOf(file) !== index)).to.deep.equal([]);
    });
  });
}
