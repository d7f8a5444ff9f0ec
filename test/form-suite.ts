// The shared test suite of every Qoldau form (FORMS.md §3): each form's test file calls
// runFormBaseTests() with how to create it, fill it and break it. Real browser, real test server.
import { expect, fixture } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { configure } from '@qoldau/core';
import type { QoldauElement } from '@qoldau/elements';
import { freshAdapter } from '../packages/core/test/data/helpers.js';
import { LOCALES, recordEvents, until, useLocale } from './helpers.js';
import { testServer } from './server/control.js';

export interface InvalidCase {
  /** What the case is about, e.g. "email without @". */
  name: string;
  /** Fills the form validly, then breaks it (`set(field, value)`). */
  apply: (set: (field: string, value: string | boolean) => void) => void;
  /** The field that must be reported. */
  field: string;
}

export interface FormSuiteOptions {
  /** The element's tag, e.g. `qoldau-event-signup`. */
  tag: string;
  /** The form's name in the sink URL. */
  form: string;
  /** A fresh element (not yet attached), ready to take a sign-up. */
  create: () => QoldauElement;
  /** Valid values for every required field: name → value (checkboxes: true). */
  valid: Record<string, string | boolean>;
  /** Expected `autocomplete` token per field name. */
  autocomplete: Record<string, string>;
  invalidCases: InvalidCase[];
  /**
   * A keyboard-only sign-up from the first field: keys to type (`type`) or press (`press`), e.g.
   * type the name, Tab, type the email, Tab to the consent box, Space, Enter.
   */
  keyboard: ({ type: string } | { press: string })[];
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** The submit button while a form is on its way. */
const SENDING = { en: 'Sending…', ru: 'Отправляется…', kk: 'Жіберілуде…' };
/** What a form says when the site configured no sink. */
const NO_SINK = {
  en: 'This form cannot be sent: the site has not set where forms go. What you typed is kept on this page.',
  ru: 'Форму нельзя отправить: на сайте не настроено, куда отправлять формы. Введённые данные остаются на этой странице.',
  kk: 'Форманы жіберу мүмкін емес: сайтта формалар қайда жіберілетіні бапталмаған. Енгізген деректеріңіз осы бетте қалады.',
};

export async function useSink(): Promise<void> {
  freshAdapter();
  await testServer.reset();
  await testServer.heal();
  const base = await testServer.url();
  configure({ sink: { type: 'http', url: `${base}/api/forms/{form}`, retryDelay: 0.05, maxRetryDelay: 0.2 } });
}

/** Helpers to drive a form element's shadow root. */
export function formOf(el: Element) {
  const root = el.shadowRoot!;
  const field = (name: string) => root.querySelector<HTMLInputElement>(`[name="${name}"]`)!;
  return {
    root,
    form: () => root.querySelector('form')!,
    field,
    set(name: string, value: string | boolean) {
      const input = field(name);
      if (input.type === 'checkbox') input.checked = value === true;
      else input.value = String(value);
    },
    button: () => root.querySelector<HTMLButtonElement>('button[type="submit"]')!,
    summary: () => root.querySelector<HTMLElement>('.summary'),
    summaryLinks: () => [...root.querySelectorAll<HTMLAnchorElement>('.summary a')],
    inlineErrors: () => [...root.querySelectorAll('.field-error')].map((node) => node.textContent!.trim()),
    status: () => root.querySelector('[role="status"]')!.textContent!.trim(),
  };
}

export function runFormBaseTests(options: FormSuiteOptions): void {
  const { tag } = options;

  async function mount(): Promise<QoldauElement> {
    const el = await fixture<QoldauElement>(options.create());
    await el.updateComplete;
    return el;
  }

  function fillValid(el: Element): void {
    const f = formOf(el);
    for (const [name, value] of Object.entries(options.valid)) f.set(name, value);
  }

  describe(`${tag}: the shared form suite`, () => {
    beforeEach(async () => {
      await useSink();
    });
    afterEach(async () => {
      await testServer.heal();
      await testServer.start();
      await useLocale(null);
    });

    it('renders a native <form novalidate> with a submit button; every control is named, labelled and autofilled', async () => {
      const el = await mount();
      const f = formOf(el);
      expect(f.form().noValidate).to.be.true;
      expect(f.button().type).to.equal('submit');
      for (const control of f.form().querySelectorAll<HTMLInputElement>('input, select, textarea')) {
        expect(control.name, control.outerHTML).to.not.equal('');
        if (control.closest('.hp')) continue;
        expect(f.root.querySelector(`label[for="${control.id}"]`), control.name).to.exist;
      }
      for (const [name, token] of Object.entries(options.autocomplete))
        expect(f.field(name).getAttribute('autocomplete'), name).to.equal(token);
    });

    it('resolves every IDREF inside the same shadow root', async () => {
      const el = await mount();
      const f = formOf(el);
      f.form().requestSubmit();
      await until(() => f.summary());
      for (const node of f.root.querySelectorAll('[for], [aria-describedby], [aria-labelledby]')) {
        const ids = ['for', 'aria-describedby', 'aria-labelledby'].flatMap((name) =>
          (node.getAttribute(name) ?? '').split(/\s+/).filter(Boolean),
        );
        for (const id of ids) expect(f.root.getElementById(id), `#${id}`).to.exist;
      }
    });

    it('shows no errors while tabbing through or leaving untouched fields', async () => {
      const el = await mount();
      const f = formOf(el);
      f.field('name').focus();
      for (let i = 0; i < 8; i++) await sendKeys({ press: 'Tab' });
      f.field('name').focus();
      f.field('name').blur();
      await el.updateComplete;
      expect(f.inlineErrors()).to.deep.equal([]);
      expect(f.root.querySelector('[aria-invalid="true"]')).to.be.null;
    });

    it('an empty submit queues nothing, focuses the summary and links each error to its field', async () => {
      const el = await mount();
      const f = formOf(el);
      const queued = recordEvents(el, 'qoldau-queued');
      f.form().requestSubmit();
      await until(() => f.summary());
      await el.updateComplete;
      expect(queued).to.have.length(0);
      expect(f.root.activeElement).to.equal(f.summary());
      const links = f.summaryLinks();
      expect(links.length).to.be.greaterThan(0);
      expect(links.map((link) => link.textContent!.trim())).to.deep.equal(
        f.inlineErrors().map((t) => t.replace(/^\S+\s+/, '')),
      );
      for (const link of links) {
        const name = link.getAttribute('href')!.slice(3);
        const input = f.field(name);
        expect(input.getAttribute('aria-invalid'), name).to.equal('true');
        expect(input.getAttribute('aria-describedby')).to.contain(`e-${name}`);
      }
      const hash = location.hash;
      // Every link, not only the first: each focuses its own field and leaves the page's URL alone.
      for (const link of links) {
        link.click();
        const name = link.getAttribute('href')!.slice(3);
        expect(f.root.activeElement, name).to.equal(f.field(name));
        expect(location.hash, name).to.equal(hash);
      }
      expect((await testServer.stats()).submissions).to.have.length(0);
    });

    for (const locale of LOCALES) {
      it(`has a message for every invalid case in ${locale}, never the browser's own`, async () => {
        await useLocale(locale);
        const el = await mount();
        const f = formOf(el);
        for (const invalid of options.invalidCases) {
          fillValid(el);
          invalid.apply(f.set);
          f.form().requestSubmit();
          await until(() => f.field(invalid.field).getAttribute('aria-invalid') === 'true', 5000, invalid.name);
          const message = f.root.getElementById(`e-${invalid.field}`)!.textContent!.trim();
          expect(message, invalid.name).to.not.equal('');
          expect(message).to.not.contain(f.field(invalid.field).validationMessage || '\u0000');
          if (locale !== 'en') expect(message, invalid.name).to.match(/[а-яәғқңөұүһі]/i);
        }
        await expect(el).to.be.accessible();
      });
    }

    it('translates shown errors when the locale changes', async () => {
      const el = await mount();
      const f = formOf(el);
      f.form().requestSubmit();
      await until(() => f.summary());
      const english = f.inlineErrors();
      await useLocale('ru');
      await el.updateComplete;
      const russian = f.inlineErrors();
      expect(russian).to.have.length(english.length);
      expect(russian[0]).to.not.equal(english[0]);
    });

    it('fixing a field clears its error; a new error waits for change or submit', async () => {
      const el = await mount();
      const f = formOf(el);
      f.form().requestSubmit();
      await until(() => f.summary());
      const name = f.field('name');
      name.value = 'Айгерім Сейітова';
      name.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
      await el.updateComplete;
      expect(name.hasAttribute('aria-invalid')).to.be.false;
      name.value = '';
      name.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
      await el.updateComplete;
      expect(name.hasAttribute('aria-invalid')).to.be.false;
      name.dispatchEvent(new Event('change', { bubbles: true, composed: true }));
      await el.updateComplete;
      expect(name.getAttribute('aria-invalid')).to.equal('true');
    });

    it('a valid submit fires submit → queued → success and the server stores it once, with the spam signals', async () => {
      const el = await mount();
      const seen: string[] = [];
      for (const type of ['qoldau-submit', 'qoldau-queued', 'qoldau-success'])
        el.addEventListener(type, () => seen.push(type));
      fillValid(el);
      formOf(el).set('qoldau_hp_k7', 'autofilled');
      formOf(el).form().requestSubmit();
      await until(() => seen.includes('qoldau-success'));
      expect(seen).to.deep.equal(['qoldau-submit', 'qoldau-queued', 'qoldau-success']);
      const { submissions } = await testServer.stats();
      expect(submissions).to.have.length(1);
      expect(submissions[0].form).to.equal(options.form);
      const body = submissions[0].body as {
        data: Record<string, unknown>;
        consent: Record<string, unknown>;
        locale: string;
      };
      // The trap's value is sent, not acted on: the receiver decides.
      expect(body.data.honeypot).to.equal('autofilled');
      expect(body.data.elapsedMs).to.be.a('number');
      expect(body.consent.given).to.be.true;
      expect(body.consent.version).to.be.a('string');
      expect(body.consent.text).to.be.a('string').and.not.equal('');
      expect(body.consent.at).to.be.a('string');
      expect(body.locale).to.equal('en');
    });

    for (const locale of LOCALES) {
      it(`two clicks and two requestSubmit() calls store one entry; the button stays focusable and says Sending… (${locale})`, async () => {
        await useLocale(locale);
        // Slow enough for axe to check the sending state before the reply arrives, with room for a
        // loaded machine; the guard after axe fails if it was not.
        await testServer.fail({ match: 'POST /api/forms', mode: 'slow', delay: 3000 });
        const el = await mount();
        const f = formOf(el);
        fillValid(el);
        f.button().click();
        f.button().click();
        f.form().requestSubmit();
        await el.updateComplete;
        expect(f.button().disabled).to.be.false;
        expect(f.button().getAttribute('aria-disabled')).to.equal('true');
        expect(f.button().textContent!.trim()).to.equal(SENDING[locale]);
        f.button().focus();
        expect(f.root.activeElement).to.equal(f.button());
        f.form().requestSubmit();
        await expect(el).to.be.accessible();
        expect(el.shadowRoot!.querySelector('.outcome'), 'still sending after axe').to.be.null;
        await until(() => el.shadowRoot!.querySelector('.outcome'));
        expect((await testServer.stats()).submissions).to.have.length(1);
      });
    }

    for (const locale of LOCALES) {
      it(`can be completed with the keyboard alone in ${locale}`, async () => {
        await useLocale(locale);
        const el = await mount();
        const f = formOf(el);
        f.field('name').focus();
        for (const step of options.keyboard) await sendKeys(step);
        await until(() => el.shadowRoot!.querySelector('.outcome'));
        expect(el.shadowRoot!.activeElement?.tagName).to.equal('H3');
        const [stored] = (await testServer.stats()).submissions;
        expect(stored.body.locale).to.equal(locale);
      });
    }

    it('Enter in a text input submits', async () => {
      const el = await mount();
      const f = formOf(el);
      fillValid(el);
      f.field('name').focus();
      await sendKeys({ press: 'Enter' });
      await until(() => el.shadowRoot!.querySelector('.outcome'));
      expect((await testServer.stats()).submissions).to.have.length(1);
    });

    it('offline: says it is saved, keeps the values, and delivers exactly once when back online', async () => {
      await testServer.stop();
      const el = await mount();
      const f = formOf(el);
      fillValid(el);
      f.form().requestSubmit();
      await until(() => f.root.querySelector('[data-state="queued"]'));
      await expect(el).to.be.accessible();
      expect(f.field('name').value).to.equal(options.valid.name);
      await testServer.start();
      await until(() => el.shadowRoot!.querySelector('.outcome'));
      await sleep(200);
      expect((await testServer.stats()).submissions).to.have.length(1);
    });

    it('with browser storage blocked, asks the visitor to keep the page open while it sends', async () => {
      const descriptor = Object.getOwnPropertyDescriptor(window, 'localStorage')!;
      Object.defineProperty(window, 'localStorage', {
        configurable: true,
        get() {
          throw new DOMException('blocked', 'SecurityError');
        },
      });
      try {
        await useSink();
        await testServer.stop();
        const el = await mount();
        const f = formOf(el);
        fillValid(el);
        f.form().requestSubmit();
        await until(() => f.status().startsWith('Please keep this page open'));
        await testServer.start();
        await until(() => el.shadowRoot!.querySelector('.outcome'));
        expect((await testServer.stats()).submissions).to.have.length(1);
      } finally {
        Object.defineProperty(window, 'localStorage', descriptor);
        freshAdapter();
      }
    });

    it('a refused submission keeps what was typed and offers a retry', async () => {
      await testServer.fail({ match: 'POST /api/forms', mode: 'status', status: 422, times: 1 });
      const el = await mount();
      const f = formOf(el);
      fillValid(el);
      f.form().requestSubmit();
      await until(() => f.root.querySelector('.failure button'));
      expect(f.field('name').value).to.equal(options.valid.name);
      await expect(el).to.be.accessible();
      f.root.querySelector<HTMLButtonElement>('.failure button')!.click();
      await until(() => el.shadowRoot!.querySelector('.outcome'));
      expect((await testServer.stats()).submissions).to.have.length(1);
    });

    for (const locale of LOCALES) {
      it(`without a sink says so clearly in ${locale} and loses nothing typed`, async () => {
        await useLocale(locale);
        freshAdapter();
        const el = await mount();
        const f = formOf(el);
        fillValid(el);
        f.form().requestSubmit();
        await until(() => f.root.querySelector('.failure'));
        expect(f.field('name').value).to.equal(options.valid.name);
        expect(f.root.querySelector('.failure')!.textContent!.trim()).to.equal(NO_SINK[locale]);
        await expect(el).to.be.accessible();
      });
    }

    it('keeps the honeypot out of sight, the tab order and the accessibility tree', async () => {
      const el = await mount();
      const trap = formOf(el).field('qoldau_hp_k7');
      expect(trap.tabIndex).to.equal(-1);
      expect(trap.closest('[aria-hidden="true"]')).to.exist;
      expect(trap.getAttribute('autocomplete')).to.equal('off');
      // What people see: the trap's box is clipped to 1×1 px, or it lies wholly left of or above the
      // page, where no scrolling reaches (below the fold would not do: people scroll there).
      const box = trap.closest('.hp')!;
      const rect = box.getBoundingClientRect();
      const clipped = getComputedStyle(box).overflow === 'hidden' && rect.width <= 1 && rect.height <= 1;
      const offPage = rect.right + window.scrollX <= 0 || rect.bottom + window.scrollY <= 0;
      expect(clipped || offPage, `${rect.width}×${rect.height} at ${rect.left},${rect.top}`).to.be.true;
    });

    it('"Sign up someone else" resets fields, errors and state', async () => {
      const el = await mount();
      fillValid(el);
      formOf(el).form().requestSubmit();
      const again = await until(() => el.shadowRoot!.querySelector<HTMLButtonElement>('.outcome button'));
      expect(el.shadowRoot!.activeElement?.tagName).to.equal('H3');
      again.click();
      await el.updateComplete;
      const f = formOf(el);
      expect(f.field('name').value).to.equal('');
      expect(f.inlineErrors()).to.deep.equal([]);
      expect(f.root.activeElement).to.equal(f.field('name'));
    });

    it('inputs compute to at least 16px when the page sets 13px', async () => {
      const el = options.create();
      el.style.fontSize = '13px';
      await fixture(el);
      await (el as QoldauElement).updateComplete;
      for (const input of formOf(el).root.querySelectorAll('input:not([type="checkbox"]), select, textarea'))
        expect(parseFloat(getComputedStyle(input).fontSize)).to.be.at.least(16);
    });

    for (const locale of LOCALES) {
      it(`passes axe in the idle, invalid and done states in ${locale}`, async () => {
        await useLocale(locale);
        const el = await mount();
        await expect(el).to.be.accessible();
        formOf(el).form().requestSubmit();
        await until(() => formOf(el).summary());
        await expect(el).to.be.accessible();
        fillValid(el);
        formOf(el).form().requestSubmit();
        await until(() => el.shadowRoot!.querySelector('.outcome'));
        await expect(el).to.be.accessible();
      });
    }
  });
}
