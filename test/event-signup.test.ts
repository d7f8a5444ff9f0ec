// <qoldau-event-signup>: the shared form suite, then what is particular to events (time zones,
// seats, waiting list, closed, extra fields, adapter data), against the real test server.
import { expect, fixture, html } from '@open-wc/testing';
import { configure } from '@qoldau/core';
import '@qoldau/elements/event-signup/define.js';
import type { QoldauEventSignup } from '@qoldau/elements';
import { freshAdapter, useJsonSource } from '../packages/core/test/data/helpers.js';
import { daysFromNow, partText, until, useLocale } from './helpers.js';
import { testServer } from './server/control.js';
import { formOf, runFormBaseTests, useSink } from './form-suite.js';

function signup(attributes: Record<string, string> = {}): QoldauEventSignup {
  const el = document.createElement('qoldau-event-signup') as QoldauEventSignup;
  const defaults = {
    event: '',
    heading: 'Clay workshop',
    starts: daysFromNow(30),
    capacity: '20',
    registered: '5',
    'privacy-url': 'https://example.kz/privacy',
    operator: 'Atyrau Clay PF',
    'operator-bin': '123456789012',
  };
  for (const [name, value] of Object.entries({ ...defaults, ...attributes }))
    if (value !== '') el.setAttribute(name, value);
  return el;
}

runFormBaseTests({
  tag: 'qoldau-event-signup',
  form: 'event-signup',
  create: () => signup({ 'max-per-signup': '4' }),
  valid: { name: 'Айгерім Сейітова', email: 'aigerim@example.kz', consent: true },
  autocomplete: { name: 'name', email: 'email' },
  // name → email → people → accessibility → consent (Space) → privacy link → button (Enter).
  keyboard: [
    { type: 'Әлия Нұрланқызы' },
    { press: 'Tab' },
    { type: 'aliya@example.kz' },
    { press: 'Tab' },
    { press: 'Tab' },
    { press: 'Tab' },
    { press: 'Space' },
    { press: 'Tab' },
    { press: 'Tab' },
    { press: 'Enter' },
  ],
  invalidCases: [
    { name: 'no name', field: 'name', apply: (set) => set('name', '  ') },
    { name: 'no email', field: 'email', apply: (set) => set('email', '') },
    { name: 'email without @', field: 'email', apply: (set) => set('email', 'aigerim.example.kz') },
    { name: 'too many people', field: 'attendees', apply: (set) => set('attendees', '9') },
    { name: 'zero people', field: 'attendees', apply: (set) => set('attendees', '0') },
    { name: 'note too long', field: 'accessibility', apply: (set) => set('accessibility', 'x'.repeat(1001)) },
    { name: 'half a person', field: 'attendees', apply: (set) => set('attendees', '1.5') },
    { name: 'consent not given', field: 'consent', apply: (set) => set('consent', false) },
  ],
});

const at = (iso: string) => new Date(iso).getTime() > Date.now();
/** Next year: its dates are always ahead, whenever the tests run. */
const year = String(new Date().getFullYear() + 1);
/** The English weekday of `year`-`month`-`day`, worked out without Intl. */
const weekday = (month: number, day: number) =>
  ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'][
    new Date(Date.UTC(Number(year), month - 1, day)).getUTCDay()
  ];

describe('<qoldau-event-signup>', () => {
  beforeEach(async () => {
    await useSink();
  });
  afterEach(async () => {
    await useLocale(null);
    await testServer.heal();
  });

  describe('times', () => {
    // Next year's July and January: always ahead (the sign-up must be open), with Berlin on summer
    // and on winter time; Almaty is UTC+5 all year.
    const summer = `${year}-07-15T10:00:00+05:00`;
    const winter = `${year}-01-14T10:00:00+05:00`;

    it('shows an Almaty event in Almaty time and, seen from Berlin, in Berlin summer time too', async () => {
      expect(at(summer)).to.be.true;
      const el = await fixture<QoldauEventSignup>(
        signup({ starts: summer, ends: `${year}-07-15T13:00:00+05:00`, 'visitor-timezone': 'Europe/Berlin' }),
      );
      const details = partText(el, 'details');
      const day = `${weekday(7, 15)}, July 15, ${year}`;
      expect(details).to.contain(day);
      expect(details).to.match(/10:00\s*AM\s*–\s*01:00\s*PM GMT\+5/);
      expect(details).to.contain(`Your time: ${day}, 07:00`);
      expect(details).to.match(/Your time: [^:]+, 07:00\s*AM\s*–\s*10:00\s*AM GMT\+2/);
    });

    it('seen from Berlin in winter, the difference is six hours', async () => {
      const el = await fixture<QoldauEventSignup>(signup({ starts: winter, 'visitor-timezone': 'Europe/Berlin' }));
      expect(partText(el, 'details')).to.contain(`Your time: ${weekday(1, 14)}, January 14, ${year}, 06:00`);
      expect(partText(el, 'details')).to.match(/Your time: [^:]+, 06:00\s*AM GMT\+1/);
    });

    it('says nothing more when the visitor is in the event’s zone, and reads dates as words in ru and kk', async () => {
      await useLocale('ru');
      const el = await fixture<QoldauEventSignup>(signup({ starts: winter, 'visitor-timezone': 'Asia/Almaty' }));
      expect(partText(el, 'details')).to.contain(`14 января ${year}`);
      expect(partText(el, 'details')).to.not.contain('По вашему времени');
      await useLocale('kk');
      await el.updateComplete;
      // The month as a Kazakh word (the browser's or Qoldau's own), never digits or Russian.
      expect(partText(el, 'details')).to.match(/14 қаңтар(?!\p{L})/u);
      expect(partText(el, 'details')).to.contain(year);
    });
  });

  describe('seats', () => {
    const seats = async (registered: string) =>
      partText(await fixture<QoldauEventSignup>(signup({ capacity: '20', registered })), 'seats');

    it('counts the seats left with plurals in en, ru and kk', async () => {
      expect(await seats('19')).to.equal('1 seat left');
      expect(await seats('17')).to.equal('3 seats left');
      await useLocale('ru');
      expect(await seats('19')).to.equal('Осталось 1 место');
      expect(await seats('17')).to.equal('Осталось 3 места');
      expect(await seats('15')).to.equal('Осталось 5 мест');
      await useLocale('kk');
      expect(await seats('17')).to.equal('3 орын қалды');
    });

    it('limits the people per sign-up by max-per-signup and by the seats left', async () => {
      const el = await fixture<QoldauEventSignup>(signup({ capacity: '20', registered: '18', 'max-per-signup': '4' }));
      const f = formOf(el);
      expect(f.root.getElementById('h-attendees')!.textContent).to.equal('Up to 2');
      f.set('name', 'Ерлан');
      f.set('email', 'erlan@example.kz');
      f.set('consent', true);
      f.set('attendees', '3');
      f.form().requestSubmit();
      await until(() => f.field('attendees').getAttribute('aria-invalid'));
      expect(f.root.getElementById('e-attendees')!.textContent).to.contain('Enter 2 or fewer');
    });

    it('when full, becomes a waiting-list sign-up and says so', async () => {
      const el = await fixture<QoldauEventSignup>(signup({ capacity: '10', registered: '10' }));
      const f = formOf(el);
      expect(partText(el, 'seats')).to.equal('All seats are taken. You can join the waiting list.');
      expect(f.button().textContent!.trim()).to.equal('Join the waiting list');
      f.set('name', 'Ерлан');
      f.set('email', 'erlan@example.kz');
      f.set('consent', true);
      f.form().requestSubmit();
      await until(() => el.shadowRoot!.querySelector('.outcome'));
      const [stored] = (await testServer.stats()).submissions;
      expect((stored.body.data as Record<string, unknown>).waitlist).to.be.true;
      await expect(el).to.be.accessible();
    });
  });

  describe('closed', () => {
    it('after the start, shows a clear message and no form', async () => {
      const el = await fixture<QoldauEventSignup>(signup({ starts: daysFromNow(-1) }));
      expect(partText(el, 'seats')).to.equal('Registration for this event is closed.');
      expect(el.shadowRoot!.querySelector('form')).to.be.null;
      await expect(el).to.be.accessible();
    });

    it('after the deadline, in every locale', async () => {
      const el = await fixture<QoldauEventSignup>(signup({ deadline: daysFromNow(-0.5) }));
      expect(el.shadowRoot!.querySelector('form')).to.be.null;
      await useLocale('ru');
      await el.updateComplete;
      expect(partText(el, 'seats')).to.equal('Регистрация на это событие закрыта.');
      await expect(el).to.be.accessible();
      await useLocale('kk');
      await el.updateComplete;
      expect(partText(el, 'seats')).to.equal('Бұл іс-шараға тіркеу жабылды.');
      await expect(el).to.be.accessible();
    });

    it('shows the deadline while open', async () => {
      const el = await fixture<QoldauEventSignup>(
        signup({ starts: `${year}-07-15T10:00:00+05:00`, deadline: `${year}-07-10T18:00:00+05:00` }),
      );
      expect(partText(el, 'seats')).to.contain(`Sign up by July 10, ${year}`);
    });
  });

  describe('fields', () => {
    it('asks for a phone and sends it as E.164', async () => {
      const el = await fixture<QoldauEventSignup>(signup({ require: 'phone' }));
      const f = formOf(el);
      expect(f.field('email')).to.be.null;
      expect(f.field('phone').getAttribute('autocomplete')).to.equal('tel');
      expect(f.field('phone').type).to.equal('tel');
      f.set('name', 'Ерлан');
      f.set('phone', '8 (701) 234-56-78');
      f.set('consent', true);
      f.form().requestSubmit();
      await until(() => el.shadowRoot!.querySelector('.outcome'));
      const [stored] = (await testServer.stats()).submissions;
      expect((stored.body.data as Record<string, unknown>).phone).to.equal('+77012345678');
    });

    it('require="either" takes an email or a phone; neither is an error', async () => {
      const el = await fixture<QoldauEventSignup>(signup({ require: 'either' }));
      const f = formOf(el);
      f.set('name', 'Ерлан');
      f.set('consent', true);
      f.form().requestSubmit();
      await until(() => f.summary());
      expect(f.summaryLinks().map((link) => link.textContent!.trim())).to.deep.equal([
        'Enter an email address or a phone number',
      ]);
      f.set('phone', '+49 30 1234567');
      f.form().requestSubmit();
      await until(() => el.shadowRoot!.querySelector('.outcome'));
    });

    it('require="both" needs both, and a wrong phone says how to write it', async () => {
      const el = await fixture<QoldauEventSignup>(signup({ require: 'both' }));
      const f = formOf(el);
      f.set('name', 'Ерлан');
      f.set('phone', '12345');
      f.set('consent', true);
      f.form().requestSubmit();
      await until(() => f.summary());
      expect(f.summaryLinks().map((link) => link.getAttribute('href'))).to.deep.equal(['#f-email', '#f-phone']);
      expect(f.root.getElementById('e-phone')!.textContent).to.contain('+7 701 234 56 78');
    });

    it('adds extra fields from inline JSON with labels in the page language', async () => {
      await useLocale('kk');
      const el = await fixture<QoldauEventSignup>(
        html`<qoldau-event-signup heading="Семинар" starts=${daysFromNow(10)} operator="EFCA" marketing
          ><script type="application/json">
            {
              "fields": [
                {
                  "name": "org",
                  "type": "text",
                  "required": true,
                  "label": { "en": "Organisation", "ru": "Организация", "kk": "Ұйым" }
                },
                {
                  "name": "track",
                  "type": "select",
                  "required": true,
                  "label": { "en": "Track", "ru": "Секция", "kk": "Секция" },
                  "options": [{ "value": "a", "label": { "en": "Grants", "ru": "Гранты", "kk": "Гранттар" } }]
                },
                { "name": "lunch", "type": "checkbox", "label": { "en": "Lunch", "ru": "Обед", "kk": "Түскі ас" } }
              ]
            }
          </script></qoldau-event-signup
        >`,
      );
      const f = formOf(el);
      expect(f.root.querySelector('label[for="f-org"]')!.textContent).to.contain('Ұйым');
      expect(f.root.querySelector('label[for="f-marketing"]')!.textContent).to.contain('EFCA');
      f.set('name', 'Ерлан');
      f.set('email', 'erlan@example.kz');
      f.set('consent', true);
      f.form().requestSubmit();
      await until(() => f.summary());
      expect(f.summaryLinks().map((link) => link.textContent!.trim())).to.deep.equal([
        '«Ұйым» өрісін толтырыңыз',
        '«Секция» өрісінде нұсқаны таңдаңыз',
      ]);
      await expect(el).to.be.accessible();
      f.set('org', 'EFCA');
      f.set('track', 'a');
      f.set('lunch', true);
      f.set('marketing', true);
      f.form().requestSubmit();
      await until(() => el.shadowRoot!.querySelector('.outcome'));
      const [stored] = (await testServer.stats()).submissions;
      const data = stored.body.data as Record<string, unknown>;
      expect(data.extra).to.deep.equal({ org: 'EFCA', track: 'a', lunch: true });
      expect(data.marketing).to.be.true;
      expect(stored.body.locale).to.equal('kk');
      expect(String((stored.body.consent as Record<string, unknown>).text)).to.contain('EFCA');
    });

    it('names the operator and BIN in the consent and links the privacy policy', async () => {
      await useLocale('ru');
      const el = await fixture<QoldauEventSignup>(signup());
      const label = formOf(el).root.querySelector('label[for="f-consent"]')!.textContent!;
      expect(label).to.contain('Atyrau Clay PF (БИН 123456789012)');
      // The consent covers all the form asks (accessibility needs, extra questions), not "name and contacts".
      expect(label).to.contain('персональных данных, указанных мной в этой форме');
      await useLocale('kk');
      await el.updateComplete;
      expect(formOf(el).root.querySelector('label[for="f-consent"]')!.textContent).to.contain(
        'осы формаға енгізген дербес деректерімді',
      );
      await useLocale('en');
      await el.updateComplete;
      expect(formOf(el).root.querySelector('label[for="f-consent"]')!.textContent).to.contain(
        'the personal data I give in this form',
      );
      const link = formOf(el).root.querySelector<HTMLAnchorElement>('.check a')!;
      expect(link.href).to.equal('https://example.kz/privacy');
      expect(formOf(el).field('consent').checked).to.be.false;
    });
  });

  describe('description and online link', () => {
    const described = (slotted = '') => {
      const el = signup();
      el.innerHTML =
        slotted +
        `<script type="application/json">${JSON.stringify({
          description: {
            // Core refuses tags in data; an entity must still show as typed, not be decoded as HTML.
            en: 'Clay, aprons &amp; tea are on us: bring < nothing.',
            ru: 'Глина, фартуки и чай — от нас.',
            kk: 'Балшық, алжапқыш пен шай бізден.',
          },
        })}</script>`;
      return el;
    };

    it('shows the data’s description as text, in the page language', async () => {
      const el = await fixture<QoldauEventSignup>(described());
      const about = el.shadowRoot!.querySelector<HTMLElement>('[part="description"]')!;
      expect(about.checkVisibility()).to.be.true;
      expect(about.textContent).to.equal('Clay, aprons &amp; tea are on us: bring < nothing.');
      expect(about.children).to.have.length(0);
      await useLocale('kk');
      await el.updateComplete;
      expect(partText(el, 'description')).to.equal('Балшық, алжапқыш пен шай бізден.');
      await useLocale('ru');
      await el.updateComplete;
      expect(partText(el, 'description')).to.equal('Глина, фартуки и чай — от нас.');
      await expect(el).to.be.accessible();
    });

    it('the page’s description slot wins over the data’s', async () => {
      const el = await fixture<QoldauEventSignup>(described('<p slot="description">Our own words.</p>'));
      const slot = el.shadowRoot!.querySelector<HTMLSlotElement>('slot[name="description"]')!;
      expect(slot.assignedElements().map((node) => node.textContent)).to.deep.equal(['Our own words.']);
      expect(el.querySelector('p')!.checkVisibility()).to.be.true;
      // Fallback content stays in the shadow tree but is not rendered while the slot has content.
      const about = el.shadowRoot!.querySelector<HTMLElement>('[part="description"]');
      expect(about === null || !about.checkVisibility()).to.be.true;
    });

    for (const [locale, label] of [
      ['en', 'Join online'],
      ['ru', 'Подключиться онлайн'],
      ['kk', 'Онлайн қосылу'],
    ] as const) {
      it(`an https online link reads “${label}” in ${locale} and goes where the NGO said`, async () => {
        await useLocale(locale);
        const el = await fixture<QoldauEventSignup>(signup({ online: 'https://meet.example.kz/clay?room=7' }));
        const links = [...el.shadowRoot!.querySelectorAll<HTMLAnchorElement>('[part="details"] a')];
        expect(links.map((link) => [link.textContent!.trim(), link.href])).to.deep.equal([
          [label, 'https://meet.example.kz/clay?room=7'],
        ]);
        expect(links[0].rel).to.contain('noopener');
        await expect(el).to.be.accessible();
      });
    }
  });

  describe('bad input', () => {
    it('shows the invalid view with the fallback link for bad event data', async () => {
      const el = await fixture<QoldauEventSignup>(
        html`<qoldau-event-signup heading="X" starts="soon"
          ><a href="https://example.kz/register">Register on our site</a></qoldau-event-signup
        >`,
      );
      expect(partText(el, 'error')).to.contain('“starts” is not a valid date');
      expect(el.shadowRoot!.querySelector('slot:not([name])')).to.exist;
      await expect(el).to.be.accessible();
    });

    it('refuses an online link that is not https', async () => {
      const el = await fixture<QoldauEventSignup>(signup({ online: 'javascript:alert(1)' }));
      expect(partText(el, 'error')).to.contain('“online” must be an https link');
    });

    it('refuses malformed extra fields', async () => {
      const el = await fixture<QoldauEventSignup>(
        html`<qoldau-event-signup heading="X" starts=${daysFromNow(3)}
          ><script type="application/json">
            { "fields": [{ "name": "a b", "type": "text", "label": "A" }] }
          </script></qoldau-event-signup
        >`,
      );
      expect(el.shadowRoot!.querySelector('[part="error"]')).to.exist;
    });
  });

  describe('from the data source', () => {
    it('reads event="id" from the test server and signs up for it', async () => {
      const base = await testServer.url();
      await testServer.resource('event', 'clay-2027', {
        id: 'clay-2027',
        title: { en: 'Clay workshop', ru: 'Мастерская глины', kk: 'Саз шеберханасы' },
        startsAt: daysFromNow(90),
        location: { en: 'Atyrau', ru: 'Атырау', kk: 'Атырау' },
        capacity: 12,
        registered: 4,
      });
      freshAdapter();
      configure({
        source: { type: 'json', url: `${base}/api/{kind}/{id}.json` },
        sink: { type: 'http', url: `${base}/api/forms/{form}`, retryDelay: 0.05 },
      });
      const el = await fixture<QoldauEventSignup>(
        html`<qoldau-event-signup event="clay-2027" operator="Atyrau Clay PF"></qoldau-event-signup>`,
      );
      await until(() => partText(el, 'heading') === 'Clay workshop');
      expect(partText(el, 'seats')).to.equal('8 seats left');
      expect(partText(el, 'details')).to.contain('Atyrau');
      const f = formOf(el);
      f.set('name', 'Ерлан');
      f.set('email', 'erlan@example.kz');
      f.set('consent', true);
      f.form().requestSubmit();
      await until(() => el.shadowRoot!.querySelector('.outcome'));
      const [stored] = (await testServer.stats()).submissions;
      expect((stored.body.data as Record<string, unknown>).event).to.equal('clay-2027');
    });

    // The skeleton is the card as it will be (#9): when the data brings nothing the page did not
    // already show (one-line title and place, no deadline, no questions of its own, the event's
    // zone the visitor's), the box does not move at all when it arrives.
    for (const locale of ['en', 'ru', 'kk'] as const) {
      it(`while the event loads, the card holds its final size, inert (${locale})`, async () => {
        await useLocale(locale);
        // First: useJsonSource resets the server, which would forget the resource and the delay.
        await useJsonSource();
        await testServer.resource('event', 'clay-box', {
          id: 'clay-box',
          title: 'Clay',
          startsAt: daysFromNow(90),
          location: 'Atyrau',
          capacity: 12,
          registered: 4,
        });
        await testServer.fail({ match: 'GET /api/event', mode: 'slow', delay: 800 });
        const el = await fixture<QoldauEventSignup>(
          html`<div style="width: 600px">
            <qoldau-event-signup
              event="clay-box"
              operator="Atyrau Clay PF"
              privacy-url="https://example.kz/privacy"
              visitor-timezone="Asia/Almaty"
            ></qoldau-event-signup>
          </div>`,
        ).then((wrapper) => wrapper.firstElementChild as QoldauEventSignup);
        await until(() => el.shadowRoot!.querySelector('.loading form'), 5000, 'the skeleton');
        // The skeleton's height, measured at once: axe below takes a while, and the data is 800 ms away.
        const before = el.getBoundingClientRect().height;
        const skeleton = el.shadowRoot!.querySelector('.loading')!;
        expect(skeleton.hasAttribute('inert'), 'nothing to type into or announce yet').to.be.true;
        await expect(el).to.be.accessible();
        expect(el.shadowRoot!.querySelector('.loading'), 'still the skeleton after axe').to.equal(skeleton);
        await until(() => partText(el, 'heading') === 'Clay', 5000, 'the data');
        expect(el.shadowRoot!.querySelector('[inert]')).to.be.null;
        expect(el.getBoundingClientRect().height).to.equal(before);
      });
    }
  });
});
