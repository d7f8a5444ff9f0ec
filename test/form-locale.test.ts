// The forms' strings follow the locale through one page-wide listener (issue #9: one locale
// subscription for all widgets), also after every form has left the page and one comes back.
import { expect } from '@open-wc/testing';
import { LitElement } from 'lit';
import { releaseFormTranslations, useFormTranslations } from '../packages/elements/src/form/form-locale.js';
import { until, useLocale } from './helpers.js';

class StringsHost extends LitElement {}
customElements.define('form-locale-test-host', StringsHost);

describe('form strings (form-locale.ts)', () => {
  after(() => useLocale(null));

  it('add one lit-localize-status listener for the page, however often forms leave and come back', async () => {
    let added = 0;
    const { addEventListener } = window;
    window.addEventListener = function (this: Window, ...args: Parameters<typeof addEventListener>) {
      if (args[0] === 'lit-localize-status') added++;
      return addEventListener.apply(this, args);
    } as typeof addEventListener;
    try {
      const first = new StringsHost();
      const second = new StringsHost();
      await useFormTranslations(first);
      await useFormTranslations(second);
      releaseFormTranslations(first);
      releaseFormTranslations(second);
      // Every form has left; one comes back, then another.
      await useFormTranslations(first);
      releaseFormTranslations(first);
      await useFormTranslations(second);
      expect(added).to.equal(1);
      // The one listener still merges the next locale's strings for the form on the page.
      let updates = 0;
      second.requestUpdate = () => void updates++;
      await useLocale('ru');
      await until(() => updates >= 1, 3000, 'the form asked to render in Russian');
      expect(updates).to.be.at.least(1);
      releaseFormTranslations(second);
    } finally {
      window.addEventListener = addEventListener;
    }
  });
});
