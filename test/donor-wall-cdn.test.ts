// The donor wall as a script-tag user gets it (the CDN build): its own chunk and its strings'
// chunk (donorwall-locale-*), no form code, and the page's language followed.
import { expect } from '@open-wc/testing';
import { openPage, plainSpaces, until, type FixtureWindow } from './helpers.js';

const requested = (frame: HTMLIFrameElement) =>
  (frame.contentWindow!.performance.getEntriesByType('resource') as PerformanceResourceTiming[]).map((entry) =>
    new URL(entry.name).pathname.split('/').pop()!,
  );

describe('<qoldau-donor-wall> from the CDN build', () => {
  afterEach(() => document.querySelectorAll('iframe').forEach((frame) => frame.remove()));

  it('shows the latest gifts in Kazakh, then Russian when <html lang> changes', async () => {
    const frame = await openPage('/test/fixtures/cdn-donor-wall.html', 900);
    const el = frame.contentDocument!.querySelector('qoldau-donor-wall')!;
    const texts = (part: string) =>
      [...(el.shadowRoot?.querySelectorAll(`[part~="${part}"]`) ?? [])].map((node) => plainSpaces(node.textContent));
    await until(() => texts('heading')[0] === 'Соңғы қайырмалдықтар', 10_000, 'Kazakh heading');
    expect(texts('name')).to.deep.equal(['Айгерим', 'Аноним', 'Ержан']);
    expect(texts('amount')).to.deep.equal(['50 000 ₸', '10 000 ₸']);
    expect(texts('message')).to.deep.equal(['Сәттілік, балалар!', '<b>Алға!</b>']);
    for (const time of texts('time')) expect(time).to.match(/ бұрын$|^өткен /);
    expect(texts('summary')).to.deep.equal(['4 қайырмалдықтың соңғы 3 көрсетілген.']);
    const files = requested(frame);
    for (const prefix of ['donor-wall-', 'donorwall-locale-kk-'])
      expect(
        files.some((file) => file.startsWith(prefix)),
        prefix,
      ).to.be.true;
    expect(files.some((file) => /^(form-locale|volunteer|event-signup|donorwall-locale-ru|data-)/.test(file))).to.be
      .false;
    frame.contentDocument!.documentElement.lang = 'ru';
    await until(() => texts('heading')[0] === 'Последние пожертвования', 10_000, 'Russian after <html lang>');
    expect(texts('name')[1]).to.equal('Аноним');
    for (const time of texts('time')) expect(time).to.match(/ назад$|^на прошлой неделе$|^в прошлом (месяце|году)$/);
    expect(texts('summary')).to.deep.equal(['Показаны последние 3 из 4 пожертвований.']);
    expect((frame.contentWindow as FixtureWindow).recorded.errors).to.deep.equal([]);
  });
});
