// <qoldau-volunteer-form> in a real browser against the real test server and its receiver: the
// shared form suite, the minors' paths, the configuration matrix, steps, full shifts and axe.
import { expect, fixture, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { configure } from '@qoldau/core';
import '@qoldau/elements/volunteer-form/define.js';
import type { QoldauVolunteerForm } from '@qoldau/elements/volunteer-form/volunteer-form.js';
import { freshAdapter, useJsonSource } from '../packages/core/test/data/helpers.js';
import { LOCALES, partText, until, useLocale } from './helpers.js';
import { testServer } from './server/control.js';
import { formOf, runFormBaseTests, useSink } from './form-suite.js';

/** "Step 2 of 3" as its numbers, sorted (['2', '3']): the word order differs in kk. */
const stepNumbers = (el: Element) => partText(el, 'progress').match(/\d+/g)!.sort();

/** The workshop helpers' role (Zhurekten Zhurekke): 2 of 5 spots on Saturdays, Sundays full. */
const helperRole = {
  id: 'zhurekten-helper',
  title: { en: 'Workshop helper', ru: 'Помощник на мастер-классах', kk: 'Шеберханадағы көмекші' },
  minAge: 18,
  guardian: true,
  guardianMinAge: 14,
  skills: [
    { id: 'sewing', label: { en: 'Sewing', ru: 'Шитьё', kk: 'Тігін' } },
    { id: 'drawing', label: { en: 'Drawing', ru: 'Рисование', kk: 'Сурет салу' } },
  ],
  shifts: [
    {
      id: 'saturday-morning',
      label: { en: 'Saturday mornings', ru: 'Суббота, утро', kk: 'Сенбі, таңертең' },
      capacity: 5,
      taken: 3,
    },
    {
      id: 'sunday-afternoon',
      label: { en: 'Sunday afternoons', ru: 'Воскресенье, день', kk: 'Жексенбі, түстен кейін' },
      capacity: 4,
      taken: 4,
    },
    { id: 'weekday-evening', label: { en: 'Weekday evenings', ru: 'Будни, вечер', kk: 'Жұмыс күндері, кешке' } },
  ],
};

function volunteer(attributes: Record<string, string> = {}, role: object = helperRole): QoldauVolunteerForm {
  const el = document.createElement('qoldau-volunteer-form') as QoldauVolunteerForm;
  const defaults = {
    'privacy-url': 'https://example.kz/privacy',
    operator: 'Zhurekten Zhurekke PF',
    'operator-bin': '123456789012',
    steps: 'never',
  };
  for (const [name, value] of Object.entries({ ...defaults, ...attributes })) el.setAttribute(name, value);
  const script = document.createElement('script');
  script.type = 'application/json';
  script.textContent = JSON.stringify(role);
  el.append(script);
  return el;
}

/** Today's date in `timeZone` (default Almaty) as [year, month, day]. */
function todayIn(timeZone = 'Asia/Almaty'): [number, number, number] {
  const parts = new Intl.DateTimeFormat('en-CA', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit' })
    .format(new Date())
    .split('-')
    .map(Number);
  return [parts[0], parts[1], parts[2]];
}
const almatyToday = () => todayIn();

/**
 * The birth date of someone who turns `age` `daysFromToday` days from today (in `timeZone`,
 * default Almaty): [d, m, y] as text.
 */
function birthday(age: number, daysFromToday = 0, timeZone?: string): [string, string, string] {
  const [y, m, d] = todayIn(timeZone);
  const date = new Date(Date.UTC(y - age, m - 1, d + daysFromToday));
  return [String(date.getUTCDate()), String(date.getUTCMonth() + 1), String(date.getUTCFullYear())];
}

/** As if the visitor took 10 s to fill the form in (the receiver keeps faster ones apart as spam). */
const fillTime = (el: QoldauVolunteerForm) =>
  ((el as unknown as { controller: { startedAt: number } }).controller.startedAt -= 10_000);

/** Types a date of birth as a visitor does (input events, so the form follows the age). */
async function typeBirthDate(el: QoldauVolunteerForm, [day, month, year]: [string, string, string]): Promise<void> {
  const f = formOf(el);
  for (const [name, value] of [
    ['dob-day', day],
    ['dob-month', month],
    ['dob-year', year],
  ]) {
    f.set(name, value);
    f.field(name).dispatchEvent(new Event('input', { bubbles: true, composed: true }));
  }
  await el.updateComplete;
}

/** Types an age in years (`age-by="age"`), with the input event the form follows. */
async function typeAge(el: QoldauVolunteerForm, age: string): Promise<void> {
  const f = formOf(el);
  f.set('age', age);
  f.field('age').dispatchEvent(new Event('input', { bubbles: true, composed: true }));
  await el.updateComplete;
}

/** Whether the guardian's fieldset shows (a boolean: a failing check then prints no DOM node). */
const hasGuardian = (el: Element) => Boolean(el.shadowRoot!.querySelector('.guardian'));

/** The labels of the inputs named `name`, in order. */
const labelsOf = (root: ShadowRoot, name: string) =>
  [...root.querySelectorAll<HTMLInputElement>(`[name="${name}"]`)].map((input) =>
    root.querySelector(`label[for="${input.id}"]`)!.textContent!.trim(),
  );

/** Presses Tab until the focused node in the form matches (keyboard only), or fails after 40 presses. */
async function tabTo(el: Element, match: (node: HTMLElement) => boolean, what: string): Promise<HTMLElement> {
  for (let presses = 0; presses <= 40; presses++) {
    const active = el.shadowRoot!.activeElement as HTMLElement | null;
    if (active && match(active)) return active;
    await sendKeys({ press: 'Tab' });
  }
  throw new Error(`Tab never reached ${what}`);
}
const named = (name: string, value?: string) => (node: HTMLElement) =>
  (node as HTMLInputElement).name === name && (value === undefined || (node as HTMLInputElement).value === value);
const button = (which: 'next' | 'secondary' | 'submit') => (node: HTMLElement) =>
  node.tagName === 'BUTTON' &&
  (which === 'submit' ? node.getAttribute('part') === 'submit' : node.classList.contains(which));
/** Tab to a node, then press a key on it, or type into it. */
const byKeyboard = (el: Element) => ({
  press: async (match: (node: HTMLElement) => boolean, what: string, key: string) => {
    await tabTo(el, match, what);
    await sendKeys({ press: key });
  },
  type: async (match: (node: HTMLElement) => boolean, what: string, text: string) => {
    await tabTo(el, match, what);
    await sendKeys({ type: text });
  },
  /** Tabs through the three date-of-birth fields, typing a birthday `age` years ago; returns it. */
  typeBirthday: async (age: number) => {
    const [day, month, year] = birthday(age);
    for (const [name, what, text] of [
      ['dob-day', 'day', day],
      ['dob-month', 'month', month],
      ['dob-year', 'year', year],
    ]) {
      await tabTo(el, named(name), what);
      await sendKeys({ type: text });
    }
    return [day, month, year];
  },
});

const adult = {
  name: 'Айгерім Сейітова',
  email: 'aigerim@example.kz',
  'dob-day': '12',
  'dob-month': '5',
  'dob-year': '1990',
};

runFormBaseTests({
  tag: 'qoldau-volunteer-form',
  form: 'volunteer:zhurekten-helper',
  create: () => volunteer({ fields: 'shifts' }),
  valid: { ...adult, shifts: true, consent: true },
  autocomplete: {
    name: 'name',
    email: 'email',
    phone: 'tel',
    'dob-day': 'bday-day',
    'dob-month': 'bday-month',
    'dob-year': 'bday-year',
  },
  // name → email → phone → day → month → year → Saturday (Space) → (Sunday is full) → weekday
  // evenings → consent (Space) → privacy link → button (Enter).
  keyboard: [
    { type: 'Әлия Нұрланқызы' },
    { press: 'Tab' },
    { type: 'aliya@example.kz' },
    { press: 'Tab' },
    { press: 'Tab' },
    { type: '7' },
    { press: 'Tab' },
    { type: '3' },
    { press: 'Tab' },
    { type: '1995' },
    { press: 'Tab' },
    { press: 'Space' },
    { press: 'Tab' },
    { press: 'Tab' },
    { press: 'Space' },
    { press: 'Tab' },
    { press: 'Tab' },
    { press: 'Enter' },
  ],
  invalidCases: [
    { name: 'no name', field: 'name', apply: (set) => set('name', '  ') },
    { name: 'no contact', field: 'email', apply: (set) => set('email', '') },
    { name: 'email without @', field: 'email', apply: (set) => set('email', 'aigerim.example.kz') },
    { name: 'phone with letters', field: 'phone', apply: (set) => set('phone', '+7 701 abc') },
    {
      name: 'no date of birth',
      field: 'dob-day',
      apply: (set) => ['dob-day', 'dob-month', 'dob-year'].forEach((f) => set(f, '')),
    },
    { name: '31 February', field: 'dob-day', apply: (set) => (set('dob-day', '31'), set('dob-month', '2')) },
    { name: 'born in the future', field: 'dob-day', apply: (set) => set('dob-year', '2999') },
    { name: 'year of two digits', field: 'dob-day', apply: (set) => set('dob-year', '90') },
    { name: 'ten years old', field: 'dob-day', apply: (set) => set('dob-year', String(almatyToday()[0] - 10)) },
    { name: 'no shift', field: 'shifts', apply: (set) => set('shifts', false) },
    { name: 'consent not given', field: 'consent', apply: (set) => set('consent', false) },
  ],
});

describe('<qoldau-volunteer-form>', () => {
  beforeEach(async () => {
    await useSink();
  });
  afterEach(async () => {
    await useLocale(null);
    await testServer.heal();
  });

  const submitted = async () =>
    (await testServer.stats()).submissions.map(
      (s) => s.body as { data: Record<string, unknown>; consent: { text: string } },
    );

  describe('shifts and spots', () => {
    it('says how many spots are left, with plurals, and a full shift cannot be chosen', async () => {
      const el = await fixture<QoldauVolunteerForm>(volunteer());
      const f = formOf(el);
      const notes = () => [...f.root.querySelectorAll('.group .note')].map((node) => node.textContent!.trim());
      expect(notes()).to.deep.equal(['2 of 5 spots left', 'Full']);
      const boxes = [...f.root.querySelectorAll<HTMLInputElement>('[name="shifts"]')];
      expect(boxes.map((box) => box.disabled)).to.deep.equal([false, true, false]);
      await useLocale('ru');
      await el.updateComplete;
      expect(notes()).to.deep.equal(['Осталось 2 места из 5', 'Мест нет']);
      await useLocale('kk');
      await el.updateComplete;
      expect(notes()[0]).to.match(/5/);
      expect(notes()[0]).to.match(/2/);
      await expect(el).to.be.accessible();
    });

    it('the receiver confirms while a shift has spots, then waitlists, per shift', async () => {
      configure({ source: { type: 'json', url: `${await testServer.url()}/api/{kind}/{id}.json` } });
      const outcomes: string[][] = [];
      for (let i = 0; i < 3; i++) {
        const el = await fixture<QoldauVolunteerForm>(
          html`<qoldau-volunteer-form
            role-id="zhurekten-helper"
            steps="never"
            operator="Zhurekten Zhurekke PF"
          ></qoldau-volunteer-form>`,
        );
        await until(() => el.shadowRoot!.querySelector('.widget:not(.loading) form'));
        fillTime(el);
        const f = formOf(el);
        for (const [name, value] of Object.entries(adult)) f.set(name, value);
        f.root
          .querySelectorAll<HTMLInputElement>('[name="shifts"]:not(:disabled)')
          .forEach((box) => (box.checked = true));
        f.set('consent', true);
        f.form().requestSubmit();
        const outcome = await until(() => el.shadowRoot!.querySelector<HTMLElement>('.outcome'));
        outcomes.push([
          outcome.dataset.outcome!,
          ...[...outcome.querySelectorAll('li')].map((li) => li.textContent!.trim()),
        ]);
        el.remove();
      }
      expect(outcomes[0]).to.deep.equal(['confirmed', 'Saturday mornings: confirmed', 'Weekday evenings: confirmed']);
      expect(outcomes[2]).to.deep.equal([
        'confirmed',
        'Saturday mornings: waiting list',
        'Weekday evenings: confirmed',
      ]);
      const role = await (await fetch(`${await testServer.url()}/api/role/zhurekten-helper.json`)).json();
      expect(role.shifts[0].taken).to.equal(5);
    });

    it('when every chosen shift is full, the whole application is waitlisted', async () => {
      configure({ source: { type: 'json', url: `${await testServer.url()}/api/{kind}/{id}.json` } });
      const apply = async () => {
        const el = await fixture<QoldauVolunteerForm>(
          html`<qoldau-volunteer-form role-id="zhurekten-helper" steps="never"></qoldau-volunteer-form>`,
        );
        await until(() => el.shadowRoot!.querySelector('.widget:not(.loading) form'));
        fillTime(el);
        const f = formOf(el);
        for (const [name, value] of Object.entries(adult)) f.set(name, value);
        f.set('shifts', true);
        f.set('consent', true);
        f.form().requestSubmit();
        return until(() => el.shadowRoot!.querySelector<HTMLElement>('.outcome'));
      };
      await apply();
      await apply();
      const third = await apply();
      expect(third.dataset.outcome).to.equal('waitlisted');
      expect(third.textContent).to.contain('You are on the waiting list');
      // The waitlisted outcome, with its per-shift list, passes axe in every locale.
      const el = (third.getRootNode() as ShadowRoot).host as QoldauVolunteerForm;
      for (const locale of LOCALES) {
        await useLocale(locale);
        await el.updateComplete;
        expect(partText(el, 'outcome'), locale).to.contain(
          locale === 'en' ? 'Saturday' : locale === 'ru' ? 'Суббота' : 'Сенбі',
        );
        await expect(el).to.be.accessible();
      }
    });
  });

  describe('minors', () => {
    it('a 16-year-old applies with a guardian: their fields appear, are required, and the payload says so', async () => {
      const el = await fixture<QoldauVolunteerForm>(volunteer({ fields: 'shifts' }));
      const f = formOf(el);
      expect(hasGuardian(el)).to.be.false;
      f.set('name', 'Дана Ерланқызы');
      f.set('email', 'dana@example.kz');
      await typeBirthDate(el, birthday(16));
      expect(hasGuardian(el)).to.be.true;
      expect(f.field('guardian-name').getAttribute('autocomplete')).to.equal('section-guardian name');
      expect(f.field('guardian-phone').getAttribute('autocomplete')).to.equal('section-guardian tel');
      await expect(el).to.be.accessible();
      f.set('shifts', true);
      f.set('consent', true);
      f.form().requestSubmit();
      await until(() => f.summary());
      expect(f.summaryLinks().map((link) => link.getAttribute('href'))).to.deep.equal([
        '#f-guardian-name',
        '#f-guardian-phone',
        '#f-guardian-consent',
      ]);
      await expect(el).to.be.accessible();
      f.set('guardian-name', 'Ерлан Сапаров');
      f.set('guardian-phone', '8 701 234 56 78');
      f.set('guardian-consent', true);
      f.form().requestSubmit();
      await until(() => el.shadowRoot!.querySelector('.outcome'));
      const [body] = await submitted();
      expect(body.data).to.include({ age: 16, minor: true });
      expect(body.data.guardian).to.deep.equal({ name: 'Ерлан Сапаров', phone: '+77012345678', consent: true });
      expect(body.consent.text).to.contain('parent or guardian');
    });

    it('17 turning 18 today counts as 18 (in Almaty): no guardian asked', async () => {
      const el = await fixture<QoldauVolunteerForm>(volunteer({ fields: 'shifts' }));
      const f = formOf(el);
      await typeBirthDate(el, birthday(18, 1));
      expect(hasGuardian(el), 'turning 18 tomorrow').to.be.true;
      await typeBirthDate(el, birthday(18, 0));
      expect(hasGuardian(el), 'turning 18 today').to.be.false;
      f.set('name', 'Тимур Асқаров');
      f.set('phone', '+7 777 123 45 67');
      f.set('shifts', true);
      f.set('consent', true);
      f.form().requestSubmit();
      await until(() => el.shadowRoot!.querySelector('.outcome'));
      const [body] = await submitted();
      expect(body.data).to.include({ age: 18, minor: false });
      expect(body.data.guardian).to.equal(undefined);
    });

    it('under the minimum with no guardian allowed, explains why it cannot be sent, in every locale', async () => {
      const driver = { id: 'batyr-driver', title: 'Volunteer driver', minAge: 21, shifts: ['weekday-morning'] };
      for (const locale of LOCALES) {
        await useLocale(locale);
        const el = await fixture<QoldauVolunteerForm>(volunteer({}, driver));
        const f = formOf(el);
        await typeBirthDate(el, birthday(19));
        const notice = partText(el, 'notice');
        expect(notice, locale).to.contain('21');
        expect(hasGuardian(el)).to.be.false;
        await expect(el).to.be.accessible();
        f.set('name', 'Bota');
        f.set('email', 'bota@example.kz');
        f.set('shifts', true);
        f.set('consent', true);
        f.form().requestSubmit();
        await until(() => f.summary());
        expect(f.field('dob-day').getAttribute('aria-invalid')).to.equal('true');
        expect(f.inlineErrors().join(' ')).to.contain('21');
        await expect(el).to.be.accessible();
      }
      expect(await submitted()).to.have.length(0);
    });

    it('under the guardian minimum (14) the form refuses too, and an age field works the same way', async () => {
      const el = await fixture<QoldauVolunteerForm>(volunteer({ 'age-by': 'age', fields: '' }));
      const f = formOf(el);
      expect(f.field('dob-day')).to.be.null;
      for (const [age, guardian] of [
        ['13', false],
        ['15', true],
        ['18', false],
        ['abc', false],
      ] as const) {
        await typeAge(el, age);
        expect(hasGuardian(el), age).to.equal(guardian);
      }
      await typeAge(el, '13');
      expect(partText(el, 'notice')).to.contain('14');
    });
  });

  describe('a role from 16', () => {
    const from16 = { ...helperRole, minAge: 16 };

    it('with a guardian: 16 today applies with one; 16 tomorrow and 14 are told why not, in every locale', async () => {
      for (const locale of LOCALES) {
        await useLocale(locale);
        const el = await fixture<QoldauVolunteerForm>(volunteer({ fields: 'shifts' }, from16));
        const f = formOf(el);
        for (const [age, days] of [
          [16, 1],
          [14, 0],
        ]) {
          await typeBirthDate(el, birthday(age, days));
          expect(partText(el, 'notice'), `${locale}: ${age}, ${days}`).to.contain('16');
          expect(hasGuardian(el), `${locale}: ${age}, ${days}`).to.be.false;
        }
        await expect(el).to.be.accessible();
        await typeBirthDate(el, birthday(16));
        expect(partText(el, 'notice'), locale).to.equal('');
        expect(hasGuardian(el), locale).to.be.true;
        expect(f.root.querySelector('.guardian .hint')!.textContent, locale).to.contain('18');
        await expect(el).to.be.accessible();
      }
      await useLocale(null);
      // Refused: the summary says the same, and nothing is sent.
      const young = await fixture<QoldauVolunteerForm>(volunteer({ fields: 'shifts' }, from16));
      const y = formOf(young);
      for (const [name, value] of Object.entries(adult)) y.set(name, value);
      await typeBirthDate(young, birthday(16, 1));
      y.set('shifts', true);
      y.set('consent', true);
      y.form().requestSubmit();
      await until(() => y.summary());
      expect(y.summaryLinks().map((link) => link.getAttribute('href'))).to.deep.equal(['#f-dob-day']);
      expect(y.inlineErrors().join(' ')).to.contain('16');
      expect(await submitted()).to.have.length(0);
      // 16 today, with the guardian's name, phone and consent: sent as a minor.
      await typeBirthDate(young, birthday(16));
      y.set('guardian-name', 'Ерлан Сапаров');
      y.set('guardian-phone', '+7 701 765 43 21');
      y.set('guardian-consent', true);
      y.form().requestSubmit();
      await until(() => young.shadowRoot!.querySelector('.outcome'));
      const [body] = await submitted();
      expect(body.data).to.include({ age: 16, minor: true });
      expect(body.data.guardian).to.deep.equal({ name: 'Ерлан Сапаров', phone: '+77017654321', consent: true });
    });

    it('without a guardian: under 18 is told 18, whatever the minimum says; 18 today applies alone', async () => {
      const el = await fixture<QoldauVolunteerForm>(volunteer({ fields: 'shifts' }, { ...from16, guardian: false }));
      for (const age of [15, 16, 17]) {
        await typeBirthDate(el, birthday(age));
        expect(partText(el, 'notice'), String(age)).to.contain('18');
        expect(hasGuardian(el)).to.be.false;
      }
      await typeBirthDate(el, birthday(18));
      expect(partText(el, 'notice')).to.equal('');
      expect(hasGuardian(el)).to.be.false;
    });
  });

  describe('attributes over data', () => {
    /** The data says: its own title, 18 and over only, ages counted in Pago Pago (UTC−11). */
    const strictData = {
      ...helperRole,
      title: 'From the data',
      minAge: 18,
      guardian: false,
      timezone: 'Pacific/Pago_Pago',
    };
    /** The page says: its own heading, from 16 with a guardian, ages counted in Kiritimati (UTC+14). */
    const pageSays = { heading: 'From the page', 'min-age': '16', guardian: '', timezone: 'Pacific/Kiritimati' };

    /** What the element decided: heading, guardian shown (typed age), notice, and the age the zone gives. */
    async function decisions(el: QoldauVolunteerForm) {
      const result: Record<string, unknown> = { heading: partText(el, 'heading') };
      // 18 today in Kiritimati is still 17 in Pago Pago (25 hours behind).
      await typeBirthDate(el, birthday(18, 0, 'Pacific/Kiritimati'));
      result.turning18 = hasGuardian(el) ? 'guardian' : partText(el, 'notice') ? 'refused' : 'alone';
      await typeBirthDate(el, birthday(16));
      result.sixteen = hasGuardian(el) ? 'guardian' : partText(el, 'notice') ? 'refused' : 'alone';
      await typeBirthDate(el, birthday(15));
      result.fifteen = partText(el, 'notice').match(/\d+/)?.[0];
      return result;
    }

    it('heading, min-age, guardian and timezone win over inline JSON', async () => {
      const dataOnly = await fixture<QoldauVolunteerForm>(volunteer({ fields: 'shifts' }, strictData));
      expect(await decisions(dataOnly)).to.deep.equal({
        heading: 'From the data',
        turning18: 'refused',
        sixteen: 'refused',
        fifteen: '18',
      });
      const el = await fixture<QoldauVolunteerForm>(volunteer({ fields: 'shifts', ...pageSays }, strictData));
      expect(await decisions(el)).to.deep.equal({
        heading: 'From the page',
        turning18: 'alone',
        sixteen: 'guardian',
        fifteen: '16',
      });
    });

    it('heading, min-age, guardian and timezone win over the adapter’s data, and reach the payload', async () => {
      await testServer.resource('role', 'strict-helper', { ...strictData, id: 'strict-helper' });
      configure({ source: { type: 'json', url: `${await testServer.url()}/api/{kind}/{id}.json` } });
      const load = async (attributes: Record<string, string>) => {
        const el = document.createElement('qoldau-volunteer-form') as QoldauVolunteerForm;
        for (const [name, value] of Object.entries({
          'role-id': 'strict-helper',
          steps: 'never',
          fields: 'shifts',
          ...attributes,
        }))
          el.setAttribute(name, value);
        await fixture(el);
        await until(() => el.shadowRoot!.querySelector('.widget:not(.loading) form'));
        return el;
      };
      expect(await decisions(await load({}))).to.deep.equal({
        heading: 'From the data',
        turning18: 'refused',
        sixteen: 'refused',
        fifteen: '18',
      });
      const el = await load(pageSays);
      expect(await decisions(el)).to.deep.equal({
        heading: 'From the page',
        turning18: 'alone',
        sixteen: 'guardian',
        fifteen: '16',
      });
      const f = formOf(el);
      for (const [name, value] of Object.entries(adult)) f.set(name, value);
      f.set('shifts', true);
      f.set('consent', true);
      f.form().requestSubmit();
      await until(() => el.shadowRoot!.querySelector('.outcome'));
      const [body] = await submitted();
      expect(body.data).to.include({ role: 'strict-helper', timezone: 'Pacific/Kiritimati', minor: false });
    });

    it('guardian="false" (or the property false) turns off a guardian the data allows; absent, the data decides', async () => {
      for (const off of ['false', 'no', '0']) {
        const el = await fixture<QoldauVolunteerForm>(volunteer({ 'age-by': 'age', fields: '', guardian: off }));
        await typeAge(el, '16');
        expect(hasGuardian(el), off).to.be.false;
        expect(partText(el, 'notice'), off).to.contain('18');
      }
      const el = await fixture<QoldauVolunteerForm>(volunteer({ 'age-by': 'age', fields: '' }));
      await typeAge(el, '16');
      expect(hasGuardian(el), 'from the data').to.be.true;
      el.guardian = false;
      await el.updateComplete;
      await typeAge(el, '16');
      expect(hasGuardian(el), 'property false').to.be.false;
      expect(partText(el, 'notice')).to.contain('18');
      el.guardian = true;
      await el.updateComplete;
      await typeAge(el, '16');
      expect(hasGuardian(el), 'property true').to.be.true;
      // A flag that is neither: the data is refused with a message, not guessed.
      const odd = await fixture<QoldauVolunteerForm>(volunteer({ guardian: 'perhaps' }));
      expect(odd.shadowRoot!.querySelector('form')).to.be.null;
      expect(partText(odd, 'error')).to.not.equal('');
    });
  });

  describe('configuration', () => {
    const names = (el: Element) =>
      new Set([...formOf(el).form().elements].map((node) => (node as HTMLInputElement).name));

    it('shows only the fields asked for, and requires those marked required', async () => {
      const all = await fixture<QoldauVolunteerForm>(volunteer());
      for (const name of ['city', 'languages', 'languages-other', 'skills', 'shifts', 'motivation'])
        expect(names(all).has(name), name).to.be.true;
      const few = await fixture<QoldauVolunteerForm>(volunteer({ fields: 'city' }));
      expect(
        [...names(few)].filter((name) => ['languages', 'skills', 'shifts', 'motivation'].includes(name)),
      ).to.deep.equal([]);
      expect(names(few).has('city')).to.be.true;

      const strict = await fixture<QoldauVolunteerForm>(
        volunteer({ 'required-fields': 'city languages skills shifts motivation', require: 'both' }),
      );
      formOf(strict).form().requestSubmit();
      await until(() => formOf(strict).summary());
      const fields = formOf(strict)
        .summaryLinks()
        .map((link) => link.getAttribute('href')!.slice(3));
      expect(fields).to.deep.equal([
        'name',
        'email',
        'phone',
        'city',
        'dob-day',
        'languages',
        'skills',
        'shifts',
        'motivation',
        'consent',
      ]);
      await expect(strict).to.be.accessible();

      const lenient = await fixture<QoldauVolunteerForm>(volunteer({ 'required-fields': '' }));
      formOf(lenient).form().requestSubmit();
      await until(() => formOf(lenient).summary());
      expect(
        formOf(lenient)
          .summaryLinks()
          .map((link) => link.getAttribute('href')!.slice(3)),
      ).to.deep.equal(['name', 'email', 'dob-day', 'consent']);
    });

    it('takes the field configuration from inline JSON too, and names operator and BIN in the consent', async () => {
      const el = await fixture<QoldauVolunteerForm>(
        volunteer({}, { ...helperRole, fields: ['motivation'], requiredFields: ['motivation'] }),
      );
      const f = formOf(el);
      expect(f.field('city')).to.be.null;
      expect(f.field('motivation')).to.exist;
      expect(f.root.querySelector('label[for="f-consent"]')!.textContent).to.contain(
        'Zhurekten Zhurekke PF (BIN 123456789012)',
      );
      expect(f.field('consent').checked).to.be.false;
    });

    it('shows the role’s description from the data in the active locale, and the NGO’s own in slot="description"', async () => {
      const described = {
        ...helperRole,
        description: {
          en: 'Help at sewing workshops in Atyrau.',
          ru: 'Помогайте на мастер-классах по шитью в Атырау.',
          kk: 'Атыраудағы тігін шеберханаларында көмектесіңіз.',
        },
      };
      const el = await fixture<QoldauVolunteerForm>(volunteer({}, described));
      const text = () => el.shadowRoot!.querySelector('.description')?.textContent?.trim();
      expect(text()).to.equal('Help at sewing workshops in Atyrau.');
      for (const locale of ['ru', 'kk'] as const) {
        await useLocale(locale);
        await el.updateComplete;
        expect(text(), locale).to.equal(described.description[locale]);
      }
      // Under the heading, before the form.
      const heading = el.shadowRoot!.querySelector('[part="heading"]')!;
      expect(heading.nextElementSibling!.classList.contains('description')).to.be.true;
      await expect(el).to.be.accessible();

      // No description in the data: no empty paragraph; the NGO's words go in the slot instead.
      const slotted = volunteer();
      const words = document.createElement('p');
      words.slot = 'description';
      words.textContent = 'Four hours on a Saturday, tea included.';
      slotted.append(words);
      await fixture(slotted);
      expect(slotted.shadowRoot!.querySelector('.description')).to.equal(null);
      const slot = slotted.shadowRoot!.querySelector<HTMLSlotElement>('slot[name="description"]')!;
      expect(slot.assignedElements()).to.deep.equal([words]);
      expect(words.getBoundingClientRect().height).to.be.above(0);
      // It shows between the heading and the form.
      const form = slotted.shadowRoot!.querySelector('form')!;
      expect(slot.compareDocumentPosition(form) & Node.DOCUMENT_POSITION_FOLLOWING).to.not.equal(0);
      expect(words.getBoundingClientRect().top).to.be.below(form.getBoundingClientRect().top);
      await expect(slotted).to.be.accessible();
    });

    it('sends the languages, skill and marketing consent ticked by their labels in kk, as the server stored them', async () => {
      await useLocale('kk');
      const el = await fixture<QoldauVolunteerForm>(volunteer({ marketing: '' }));
      const f = formOf(el);
      const labels = (name: string) => labelsOf(f.root, name);
      expect(labels('languages')).to.deep.equal(['Қазақ тілі', 'Орыс тілі', 'Ағылшын тілі', 'Қазақ ым тілі', 'Басқа']);
      expect(labels('skills')).to.deep.equal(['Тігін', 'Сурет салу']);
      const click = (name: string, label: string) =>
        [...f.root.querySelectorAll<HTMLLabelElement>('label')]
          .find(
            (node) =>
              node.textContent!.trim() === label && f.root.getElementById(node.htmlFor)?.getAttribute('name') === name,
          )!
          .click();
      for (const [name, value] of Object.entries(adult)) f.set(name, value);
      f.set('city', 'Атырау');
      click('languages', 'Қазақ тілі');
      click('languages', 'Қазақ ым тілі');
      f.set('languages-other', 'Türkçe');
      click('skills', 'Сурет салу');
      click('shifts', 'Жұмыс күндері, кешке');
      f.set('motivation', 'Балаларға көмектескім келеді.');
      f.set('consent', true);
      f.root.querySelector<HTMLLabelElement>('label[for="f-marketing"]')!.click();
      fillTime(el);
      f.form().requestSubmit();
      await until(() => el.shadowRoot!.querySelector('.outcome'));
      const [body] = await submitted();
      expect(body.data).to.deep.include({
        role: 'zhurekten-helper',
        city: 'Атырау',
        languages: ['kk', 'ksl'],
        languagesOther: 'Türkçe',
        skills: ['drawing'],
        shifts: ['weekday-evening'],
        motivation: 'Балаларға көмектескім келеді.',
        marketing: true,
      });
      // The receiver kept it as a volunteer (not spam), confirmed.
      const forms = (await testServer.stats()).forms as unknown as { volunteers: { status: string }[] };
      expect(forms.volunteers.map((item) => item.status)).to.deep.equal(['confirmed']);

      // In ru: the languages' and the role's skills' labels; marketing unticked is sent as false.
      await useLocale('ru');
      const ru = await fixture<QoldauVolunteerForm>(volunteer({ marketing: '' }));
      const r = formOf(ru);
      const ruLabels = (name: string) => labelsOf(r.root, name);
      expect(ruLabels('languages')).to.deep.equal([
        'Казахский',
        'Русский',
        'Английский',
        'Казахский жестовый язык',
        'Другой',
      ]);
      expect(ruLabels('skills')).to.deep.equal(['Шитьё', 'Рисование']);
      for (const [name, value] of Object.entries(adult)) r.set(name, value);
      r.set('shifts', true);
      r.set('consent', true);
      r.form().requestSubmit();
      await until(() => ru.shadowRoot!.querySelector('.outcome'));
      const second = (await submitted())[1];
      expect(second.data).to.deep.include({ languages: [], skills: [], marketing: false });
    });

    it('counts the motivation characters and announces the count politely when typing pauses', async () => {
      const el = await fixture<QoldauVolunteerForm>(volunteer());
      const f = formOf(el);
      const count = () => f.root.querySelector('#c-motivation')!.textContent!.trim();
      expect(count()).to.equal('You have 1,000 characters remaining');
      expect(f.field('motivation').getAttribute('aria-describedby')).to.contain('c-motivation');
      f.field('motivation').focus();
      await sendKeys({ type: 'Қазақша' });
      await el.updateComplete;
      expect(count()).to.equal('You have 993 characters remaining');
      const live = f.root.querySelector('[aria-live="polite"]')!;
      await until(() => live.textContent!.includes('993'), 3000, 'announcement');
      f.set('motivation', 'x'.repeat(1001));
      f.field('motivation').dispatchEvent(new Event('input', { bubbles: true, composed: true }));
      await el.updateComplete;
      expect(count()).to.equal('You have 1 character too many');
      await useLocale('ru');
      await el.updateComplete;
      expect(count()).to.match(/1 символ/);
    });

    it('renders data as text only and never throws on hostile or broken data', async () => {
      const el = await fixture<QoldauVolunteerForm>(
        volunteer({}, { ...helperRole, title: '<img src=x onerror=alert(1)>' }),
      );
      expect(el.shadowRoot!.querySelector('img')).to.be.null;
      expect(partText(el, 'error')).to.not.equal('');
      const bad = await fixture<QoldauVolunteerForm>(
        volunteer({}, { ...helperRole, shifts: [{ id: 'x', capacity: -1 }] }),
      );
      expect(bad.shadowRoot!.querySelector('form')).to.be.null;
      const nan = await fixture<QoldauVolunteerForm>(volunteer({ 'min-age': 'abc' }));
      expect(nan.shadowRoot!.textContent).to.not.contain('NaN');
    });
  });

  describe('steps', () => {
    for (const locale of LOCALES) {
      it(`goes in three steps, checked one by one, with the keyboard alone, in ${locale}`, async () => {
        await useLocale(locale);
        const el = await fixture<QoldauVolunteerForm>(volunteer({ steps: 'always', fields: 'shifts' }));
        const f = formOf(el);
        expect(stepNumbers(el)).to.deep.equal(['1', '3']);
        await expect(el).to.be.accessible();
        f.field('name').focus();
        // Enter in a field of step 1 checks step 1 only.
        await sendKeys({ press: 'Enter' });
        await until(() => f.summary());
        const fields = f.summaryLinks().map((link) => link.getAttribute('href')!.slice(3));
        expect(fields).to.deep.equal(['name', 'email', 'dob-day']);
        await expect(el).to.be.accessible();
        f.field('name').focus();
        for (const step of [
          { type: 'Әлия Нұрланқызы' },
          { press: 'Tab' },
          { type: 'aliya@example.kz' },
          { press: 'Tab' },
          { press: 'Tab' },
          { type: '7' },
          { press: 'Tab' },
          { type: '3' },
          { press: 'Tab' },
          { type: '1995' },
          { press: 'Tab' },
          { press: 'Enter' },
        ])
          await sendKeys(step);
        await until(() => f.root.activeElement?.id === 'step-1');
        expect(stepNumbers(el)).to.deep.equal(['2', '3']);
        await sendKeys({ press: 'Tab' });
        await sendKeys({ press: 'Space' });
        await sendKeys({ press: 'Tab' });
        await sendKeys({ press: 'Tab' });
        await sendKeys({ press: 'Enter' });
        await until(() => f.root.activeElement?.id === 'step-2');
        // Back and forth loses nothing.
        await tabTo(el, button('secondary'), 'Back');
        await sendKeys({ press: 'Enter' });
        await until(() => f.root.activeElement?.id === 'step-1');
        expect(f.root.querySelector<HTMLInputElement>('[name="shifts"]')!.checked).to.be.true;
        expect(f.field('name').value).to.equal('Әлия Нұрланқызы');
        await tabTo(el, button('next'), 'Next');
        await sendKeys({ press: 'Space' });
        await until(() => f.root.activeElement?.id === 'step-2');
        await sendKeys({ press: 'Tab' });
        await sendKeys({ press: 'Space' });
        await sendKeys({ press: 'Tab' });
        await sendKeys({ press: 'Tab' });
        await sendKeys({ press: 'Enter' });
        await until(() => el.shadowRoot!.querySelector('.outcome'));
        await expect(el).to.be.accessible();
        const [body] = await submitted();
        expect(body.data).to.include({ name: 'Әлия Нұрланқызы', email: 'aliya@example.kz' });
        expect(body.data.shifts).to.deep.equal(['saturday-morning']);
      });
    }

    for (const locale of LOCALES) {
      it(`completes the full default form in steps with the keyboard alone, a 16-year-old with a guardian, in ${locale}`, async () => {
        await useLocale(locale);
        const el = await fixture<QoldauVolunteerForm>(volunteer({ steps: 'always' }));
        const f = formOf(el);
        const at = () => f.root.activeElement?.id;
        const checked = (name: string) =>
          [...f.root.querySelectorAll<HTMLInputElement>(`[name="${name}"]:checked`)].map((box) => box.value);
        const { press, type, typeBirthday } = byKeyboard(el);
        // Step 1: about you (every field of the default form).
        f.field('name').focus();
        await sendKeys({ type: 'Дана Ерланқызы' });
        await type(named('email'), 'email', 'dana@example.kz');
        await type(named('city'), 'city', 'Атырау');
        const [, , year] = await typeBirthday(16);
        await press(named('languages', 'kk'), 'Kazakh', 'Space');
        await press(named('languages', 'ksl'), 'Kazakh sign language', 'Space');
        await type(named('languages-other'), 'other languages', 'Türkçe');
        await press(button('next'), 'Next', 'Enter');
        await until(() => at() === 'step-1', 5000, 'step 2');
        expect(stepNumbers(el), locale).to.deep.equal(['2', '3']);
        await expect(el).to.be.accessible();

        // Step 2 checks itself before moving on: a skill but no time is an error on this step.
        await press(named('skills', 'sewing'), 'sewing', 'Space');
        await press(button('next'), 'Next', 'Space');
        await until(() => f.summary());
        expect(f.summaryLinks().map((link) => link.getAttribute('href'))).to.deep.equal(['#f-shifts']);
        expect(f.field('shifts').getAttribute('aria-invalid')).to.equal('true');
        expect(f.root.querySelector('#step-1'), 'still on step 2').to.not.equal(null);
        await expect(el).to.be.accessible();
        await press(named('shifts', 'weekday-evening'), 'weekday evenings', 'Space');
        await type(named('motivation'), 'motivation', 'Көмектескім келеді.');

        // Back (Space) and Next (Enter), both reached by Tab, lose nothing.
        await press(button('secondary'), 'Back', 'Space');
        await until(() => at() === 'step-0', 5000, 'step 1 again');
        expect([f.field('name').value, f.field('city').value, f.field('dob-year').value]).to.deep.equal([
          'Дана Ерланқызы',
          'Атырау',
          year,
        ]);
        expect(checked('languages')).to.deep.equal(['kk', 'ksl']);
        await press(button('next'), 'Next', 'Enter');
        await until(() => at() === 'step-1', 5000, 'step 2 again');
        expect([checked('skills'), checked('shifts')]).to.deep.equal([['sewing'], ['weekday-evening']]);
        expect(f.field('motivation').value).to.equal('Көмектескім келеді.');
        await press(button('next'), 'Next', 'Enter');
        await until(() => at() === 'step-2', 5000, 'step 3');

        // Step 3: the guardian's fieldset (the visitor is 16), then the consent.
        expect(hasGuardian(el)).to.be.true;
        expect(stepNumbers(el), locale).to.deep.equal(['3', '3']);
        await expect(el).to.be.accessible();
        await type(named('guardian-name'), 'guardian name', 'Ерлан Сапаров');
        await type(named('guardian-phone'), 'guardian phone', '+7 701 765 43 21');
        await press(named('guardian-consent'), 'guardian consent', 'Space');
        await press(named('consent'), 'consent', 'Space');
        await press(button('submit'), 'submit', 'Enter');
        await until(() => el.shadowRoot!.querySelector('.outcome'));
        await expect(el).to.be.accessible();
        const [body] = await submitted();
        expect(body.data).to.deep.include({
          name: 'Дана Ерланқызы',
          email: 'dana@example.kz',
          city: 'Атырау',
          age: 16,
          minor: true,
          languages: ['kk', 'ksl'],
          languagesOther: 'Türkçe',
          skills: ['sewing'],
          shifts: ['weekday-evening'],
          motivation: 'Көмектескім келеді.',
          guardian: { name: 'Ерлан Сапаров', phone: '+77017654321', consent: true },
        });
      });
    }

    for (const locale of LOCALES) {
      it(`completes the full default form on one page with the keyboard alone, marketing too, in ${locale}`, async () => {
        await useLocale(locale);
        const el = await fixture<QoldauVolunteerForm>(volunteer({ marketing: '' }));
        const f = formOf(el);
        const { press, type, typeBirthday } = byKeyboard(el);
        f.field('name').focus();
        await sendKeys({ type: 'Тимур Асқаров' });
        await type(named('phone'), 'phone', '+7 777 123 45 67');
        await type(named('city'), 'city', 'Алматы');
        await typeBirthday(30);
        await press(named('languages', 'ru'), 'Russian', 'Space');
        await press(named('skills', 'drawing'), 'drawing', 'Space');
        await press(named('shifts', 'saturday-morning'), 'Saturday mornings', 'Space');
        await type(named('motivation'), 'motivation', 'Хочу помочь.');
        await press(named('consent'), 'consent', 'Space');
        await press(named('marketing'), 'marketing', 'Space');
        await press(button('submit'), 'submit', 'Enter');
        await until(() => el.shadowRoot!.querySelector('.outcome'));
        const [body] = await submitted();
        expect(body.data).to.deep.include({
          name: 'Тимур Асқаров',
          phone: '+77771234567',
          city: 'Алматы',
          age: 30,
          minor: false,
          languages: ['ru'],
          skills: ['drawing'],
          shifts: ['saturday-morning'],
          motivation: 'Хочу помочь.',
          marketing: true,
        });
      });
    }

    it('goes in steps in a narrow container and not in a wide one (the container, not the window)', async () => {
      const narrow = await fixture(html`<div style="width: 360px">${volunteer({ steps: 'auto' })}</div>`);
      const inNarrow = narrow.firstElementChild as QoldauVolunteerForm;
      await until(() => inNarrow.shadowRoot!.querySelector('.progress'));
      expect(inNarrow.shadowRoot!.querySelectorAll('.step:not([hidden])')).to.have.length(1);
      const wide = await fixture(html`<div style="width: 720px">${volunteer({ steps: 'auto' })}</div>`);
      const inWide = wide.firstElementChild as QoldauVolunteerForm;
      await inWide.updateComplete;
      await new Promise((resolve) => setTimeout(resolve, 100));
      expect(inWide.shadowRoot!.querySelector('.progress')).to.be.null;
      expect(inWide.shadowRoot!.querySelectorAll('.step:not([hidden])')).to.have.length(3);
    });
  });

  describe('states', () => {
    it('the invalid-data and loading states pass axe, in every locale', async () => {
      configure({ source: { type: 'json', url: `${await testServer.url()}/api/{kind}/{id}.json` } });
      await testServer.fail({ match: 'GET /api/role/slow-', mode: 'slow', delay: 4000 });
      for (const locale of LOCALES) {
        await useLocale(locale);
        const invalid = await fixture<QoldauVolunteerForm>(
          volunteer({}, { ...helperRole, shifts: [{ id: 'x', capacity: -1 }] }),
        );
        await until(() => partText(invalid, 'error'), 5000, `${locale} message`);
        expect(invalid.shadowRoot!.querySelector('form'), locale).to.equal(null);
        await expect(invalid).to.be.accessible();
        // A role that takes its time (each locale its own id: a loaded role is not fetched again).
        await testServer.resource('role', `slow-${locale}`, { ...helperRole, id: `slow-${locale}` });
        const loading = await fixture<QoldauVolunteerForm>(
          html`<qoldau-volunteer-form role-id=${`slow-${locale}`} steps="never"></qoldau-volunteer-form>`,
        );
        expect(Boolean(loading.shadowRoot!.querySelector('[aria-busy="true"]')), `${locale} loading`).to.be.true;
        await expect(loading).to.be.accessible();
      }
    });
  });

  describe('outcome', () => {
    it('shows the next steps in the NGO’s words (slot) after success', async () => {
      const el = volunteer({ fields: 'shifts' });
      const next = document.createElement('p');
      next.slot = 'next-steps';
      next.textContent = 'We will call you within a week.';
      el.append(next);
      await fixture(el);
      const f = formOf(el);
      for (const [name, value] of Object.entries(adult)) f.set(name, value);
      f.set('shifts', true);
      f.set('consent', true);
      f.form().requestSubmit();
      await until(() => el.shadowRoot!.querySelector('.outcome'));
      expect(
        el.shadowRoot!.querySelector<HTMLSlotElement>('slot[name="next-steps"]')!.assignedElements(),
      ).to.deep.equal([next]);
    });

    it('without a sink, says so (no exception)', async () => {
      freshAdapter();
      const el = await fixture<QoldauVolunteerForm>(volunteer({ fields: 'shifts' }));
      const f = formOf(el);
      for (const [name, value] of Object.entries(adult)) f.set(name, value);
      f.set('shifts', true);
      f.set('consent', true);
      f.form().requestSubmit();
      await until(() => f.root.querySelector('.failure'));
      expect(f.root.querySelector('.failure')!.textContent).to.contain('kept');
    });
  });
});

// The skeleton is the card as it will be (#9): in steps (a phone-wide card) the first step has no
// field a role changes, so with a one-line title and no description the box does not move when
// the role arrives.
describe('<qoldau-volunteer-form> while its role loads', () => {
  afterEach(async () => {
    await useLocale(null);
    await testServer.heal();
  });

  for (const locale of LOCALES) {
    it(`holds its final size, inert, in steps (${locale})`, async () => {
      await useLocale(locale);
      // First: useJsonSource resets the server, which would forget the resource and the delay.
      await useJsonSource();
      await testServer.resource('role', 'box-helper', {
        id: 'box-helper',
        title: 'Helper',
        shifts: [{ id: 'am', label: 'Mornings', capacity: 5, taken: 1 }],
      });
      await testServer.fail({ match: 'GET /api/role', mode: 'slow', delay: 800 });
      const wrapper = await fixture<HTMLElement>(
        html`<div style="width: 400px">
          <qoldau-volunteer-form role-id="box-helper" operator="Batyr PF" privacy-url="https://example.kz/privacy">
          </qoldau-volunteer-form>
        </div>`,
      );
      const el = wrapper.firstElementChild as QoldauVolunteerForm;
      await until(() => el.shadowRoot!.querySelector('.loading form .progress'), 5000, 'the skeleton, in steps');
      // The skeleton's height, measured at once: axe below takes a while, and the role is 800 ms away.
      const before = el.getBoundingClientRect().height;
      const skeleton = el.shadowRoot!.querySelector('.loading')!;
      expect(skeleton.hasAttribute('inert')).to.be.true;
      await expect(el).to.be.accessible();
      expect(el.shadowRoot!.querySelector('.loading'), 'still the skeleton after axe').to.equal(skeleton);
      await until(() => partText(el, 'heading') === 'Helper', 5000, 'the role');
      expect(el.shadowRoot!.querySelector('[inert]')).to.be.null;
      expect(el.getBoundingClientRect().height).to.equal(before);
    });
  }
});
