// <qoldau-event-signup> against the real receiver (scripts/form-receiver.mjs in the reference test
// server): the server decides confirmed / waitlisted / rejected, and the form shows exactly that.
import { expect, fixture, html } from '@open-wc/testing';
import { configure } from '@qoldau/core';
import '@qoldau/elements/event-signup/define.js';
import type { QoldauEventSignup } from '@qoldau/elements';
import { freshAdapter } from '../packages/core/test/data/helpers.js';
import { LOCALES, daysFromNow, partText, until, useLocale } from './helpers.js';
import { testServer } from './server/control.js';
import { formOf } from './form-suite.js';

const START_DAY = daysFromNow(60).slice(0, 10);

const EVENT = {
  id: 'clay-2027',
  title: { en: 'Clay workshop', ru: 'Мастерская глины', kk: 'Саз шеберханасы' },
  // Some weeks ahead, whenever the tests run; 11:00 in Almaty (UTC+5), 06:00 UTC, for the .ics check.
  startsAt: `${START_DAY}T11:00:00+05:00`,
  endsAt: `${START_DAY}T13:00:00+05:00`,
  location: { en: 'Atyrau', ru: 'Атырау', kk: 'Атырау' },
  capacity: 12,
  registered: 9,
  maxPerSignup: 2,
};

async function useEvent(overrides: Record<string, unknown> = {}): Promise<void> {
  await testServer.reset();
  await testServer.heal();
  await testServer.resource('event', EVENT.id, { ...EVENT, ...overrides });
  const base = await testServer.url();
  freshAdapter();
  configure({
    source: { type: 'json', url: `${base}/api/{kind}/{id}.json` },
    sink: { type: 'http', url: `${base}/api/forms/{form}`, retryDelay: 0.05, maxRetryDelay: 0.2 },
  });
}

async function mount(): Promise<QoldauEventSignup> {
  const el = await fixture<QoldauEventSignup>(
    html`<qoldau-event-signup
      event="clay-2027"
      operator="Atyrau Clay PF"
      privacy-url="https://example.kz/privacy"
    ></qoldau-event-signup>`,
  );
  await until(() => el.shadowRoot!.querySelector('.widget:not(.loading) form'), 10_000, 'the form');
  // The receiver treats forms filled in under 3 s as suspected spam: this one took its time.
  (el as unknown as { controller: { startedAt: number } }).controller.startedAt -= 10_000;
  return el;
}

function fill(el: QoldauEventSignup, name: string, attendees = '1'): void {
  const f = formOf(el);
  f.set('name', name);
  f.set('email', `${name.toLowerCase()}@example.kz`);
  if (f.field('attendees')) f.set('attendees', attendees); // only asked when more than one may come
  f.set('consent', true);
}

const outcome = (el: QoldauEventSignup) => el.shadowRoot!.querySelector('.outcome')?.getAttribute('data-outcome');

describe('<qoldau-event-signup> with the real receiver', () => {
  afterEach(async () => {
    await useLocale(null);
  });

  it('confirmed: says so, offers the calendar, and the seats left come from the receiver', async () => {
    await useEvent();
    const el = await mount();
    expect(partText(el, 'seats')).to.equal('3 seats left');
    fill(el, 'Erlan', '2');
    formOf(el).form().requestSubmit();
    await until(() => outcome(el));
    expect(outcome(el)).to.equal('confirmed');
    expect(partText(el, 'outcome')).to.contain('You are signed up');
    expect(partText(el, 'seats')).to.equal('1 seat left');
    // The live counts are read again past the cache after the sign-up.
    await until(async () => (await testServer.stats()).requests['GET /api/event/clay-2027.json'] >= 2);
    await el.updateComplete; // the calendar links are a chunk loaded after the confirmation
    const links = [...el.shadowRoot!.querySelectorAll<HTMLAnchorElement>('.calendar a')];
    expect(links.map((link) => link.textContent!.trim())).to.deep.equal([
      'Download .ics file',
      'Google Calendar',
      'Outlook',
    ]);
    expect(links[0].download).to.equal('clay-2027.ics');
    expect(decodeURIComponent(links[0].href)).to.contain(`DTSTART:${START_DAY.replaceAll('-', '')}T060000Z`);
    expect(links[1].href).to.match(/^https:\/\/calendar\.google\.com\//);
    const { forms } = await testServer.stats();
    expect(forms.signups).to.have.length(1);
    expect(forms.signups[0]).to.include({ eventId: 'clay-2027', attendees: 2, status: 'confirmed' });
    await expect(el).to.be.accessible();
  });

  for (const locale of LOCALES) {
    it(`waitlisted when full, with the place on the list (${locale})`, async () => {
      await useLocale(locale);
      await useEvent({ registered: 12 });
      const el = await mount();
      fill(el, 'Aigerim');
      formOf(el).form().requestSubmit();
      await until(() => outcome(el));
      expect(outcome(el)).to.equal('waitlisted');
      expect(partText(el, 'outcome')).to.contain(
        { en: 'Your place on the list: 1.', ru: 'Ваше место в очереди: 1.', kk: 'Кезектегі орныңыз: 1.' }[locale],
      );
      await expect(el).to.be.accessible();
    });
  }

  it('full without a waiting list: closed, no form', async () => {
    await useEvent({ registered: 12, waitlist: false });
    const el = await fixture<QoldauEventSignup>(html`<qoldau-event-signup event="clay-2027"></qoldau-event-signup>`);
    await until(() => partText(el, 'seats'));
    expect(el.shadowRoot!.querySelector('form')).to.be.null;
  });

  it('rejected as full when the last seats went while the form was open: says why, keeps the values', async () => {
    await useEvent({ waitlist: false });
    const el = await mount();
    await testServer.resource('event', EVENT.id, { ...EVENT, registered: 12, waitlist: false });
    fill(el, 'Dana');
    formOf(el).form().requestSubmit();
    await until(() => el.shadowRoot!.querySelector('.failure'));
    expect(partText(el, 'failure')).to.contain('All seats were taken before your sign-up arrived.');
    expect(formOf(el).field('name').value).to.equal('Dana');
    await expect(el).to.be.accessible();
  });

  for (const [locale, closed] of [
    ['en', 'Registration for this event is closed.'],
    ['kk', 'Бұл іс-шараға тіркеу жабылды.'],
  ] as const) {
    it(`rejected as closed when the receiver's deadline passed while the form was open (${locale})`, async () => {
      await useLocale(locale);
      await useEvent();
      const el = await mount();
      // The NGO closed registration on its side; the page still holds the open event it read.
      await testServer.resource('event', EVENT.id, { ...EVENT, deadline: daysFromNow(-0.1) });
      fill(el, 'Marat');
      formOf(el).form().requestSubmit();
      await until(() => el.shadowRoot!.querySelector('.failure'));
      expect(partText(el, 'failure')).to.contain(closed);
      expect(formOf(el).field('name').value).to.equal('Marat');
      expect((await testServer.stats()).forms.signups).to.have.length(0);
      await expect(el).to.be.accessible();
    });
  }

  it('field errors from the receiver fill the same summary, and the values stay', async () => {
    await useEvent();
    // The page allows more people per sign-up than the receiver's event does (2).
    const el = await fixture<QoldauEventSignup>(
      html`<qoldau-event-signup event="clay-2027" max-per-signup="3"></qoldau-event-signup>`,
    );
    await until(() => el.shadowRoot!.querySelector('.widget:not(.loading) form'), 10_000, 'the form');
    (el as unknown as { controller: { startedAt: number } }).controller.startedAt -= 10_000;
    fill(el, 'Saule', '3');
    formOf(el).form().requestSubmit();
    await until(() => formOf(el).summary());
    // The receiver's error names the limit when it sends one (`limit`), otherwise the sentence has none.
    const [message, ...more] = formOf(el)
      .summaryLinks()
      .map((link) => link.textContent!.trim());
    expect(more).to.deep.equal([]);
    expect(message).to.match(/^(Enter 2 or fewer|Enter a smaller number)$/);
    expect(el.shadowRoot!.activeElement).to.equal(formOf(el).summary());
    expect(formOf(el).field('name').value).to.equal('Saule');
    expect(formOf(el).field('attendees').getAttribute('aria-invalid')).to.equal('true');
    await expect(el).to.be.accessible();
  });

  it('two simultaneous sign-ups for the last seat: one confirmed, one waitlisted', async () => {
    await useEvent({ registered: 11 });
    const first = await mount();
    const second = await mount();
    fill(first, 'Asel');
    fill(second, 'Bolat');
    formOf(first).form().requestSubmit();
    formOf(second).form().requestSubmit();
    await until(() => outcome(first) && outcome(second));
    expect([outcome(first), outcome(second)].sort()).to.deep.equal(['confirmed', 'waitlisted']);
    const { forms } = await testServer.stats();
    expect(forms.signups.map((signup) => signup.status).sort()).to.deep.equal(['confirmed', 'waitlisted']);
  });

  it('a form filled too fast is received (kept apart by the receiver), never dropped', async () => {
    await useEvent();
    const el = await mount();
    (el as unknown as { controller: { startedAt: number } }).controller.startedAt = Date.now();
    fill(el, 'Bot');
    formOf(el).form().requestSubmit();
    await until(() => outcome(el));
    expect(outcome(el)).to.equal('received');
    const { forms } = await testServer.stats();
    expect(forms.spam).to.have.length(1);
    expect(forms.spam[0].reasons).to.deep.equal(['too-fast']);
  });

  it('offline: saved, then delivered once and confirmed when the server is back', async () => {
    await useEvent();
    const el = await mount();
    await testServer.stop();
    try {
      fill(el, 'Nurlan');
      formOf(el).form().requestSubmit();
      await until(() => el.shadowRoot!.querySelector('[data-state="queued"]'));
      expect(formOf(el).status()).to.contain('saved');
    } finally {
      await testServer.start();
    }
    await until(() => outcome(el));
    expect(outcome(el)).to.equal('confirmed');
    const { forms } = await testServer.stats();
    expect(forms.signups).to.have.length(1);
  });
});
