// Donations (validate-donate.ts): amounts as people type them in kk, ru and en, their bounds, and
// the `donate` resource from JSON and from a sheet.
import { expect } from '@open-wc/testing';
import { parseAmountInput, readDonationAmount, toSuggestedAmounts, validateDonate } from '../src/index.js';
import { parseCsv, recordFromRows } from '../src/data/sheet.js';
import { findStatic } from '../src/data/static.js';

type Expected = number | 'empty' | 'not-a-number' | 'too-precise';

// [typed, currency, expected]. Ambiguity rule: `,` or `.` before exactly three digits groups
// thousands (unless after a lone 0); any other is the decimal mark, limited to the minor digits.
const CASES: [string, string, Expected][] = [
  ['5000', 'KZT', 5000],
  ['5 000', 'KZT', 5000],
  ['5\u00a0000', 'KZT', 5000], // no-break space (ru/kk formatting copied from a page)
  ['5\u202f000', 'KZT', 5000], // narrow no-break space (Intl's ru-KZ output)
  ['5\u2009000', 'KZT', 5000], // thin space
  ['5 000,50', 'KZT', 5000.5],
  ['5 000.50', 'KZT', 5000.5],
  ['5,000', 'KZT', 5000],
  ['5.000', 'KZT', 5000],
  ['5,000.50', 'USD', 5000.5],
  ['5.000,50', 'EUR', 5000.5],
  ['1,234,567', 'KZT', 1234567],
  ['1.234.567', 'KZT', 1234567],
  ['1 234 567,89', 'KZT', 1234567.89],
  ["5'000", 'KZT', 5000],
  ['5,5', 'KZT', 5.5],
  ['5.5', 'KZT', 5.5],
  ['5,05', 'KZT', 5.05],
  ['0,5', 'KZT', 0.5],
  ['0.50', 'USD', 0.5],
  ['0,500', 'KZT', 'too-precise'], // a lone 0: the comma is a decimal mark, three digits too many
  ['5000₸', 'KZT', 5000],
  ['5 000 ₸', 'KZT', 5000],
  ['₸5,000', 'KZT', 5000],
  ['5000 тг', 'KZT', 5000],
  ['5000тг.', 'KZT', 5000],
  ['5 000 теңге', 'KZT', 5000],
  ['5 000 тенге', 'KZT', 5000],
  ['5000 KZT', 'KZT', 5000],
  ['kzt 5000', 'KZT', 5000],
  ['$25', 'USD', 25],
  ['25.99 USD', 'USD', 25.99],
  ['  7000  ', 'KZT', 7000],
  ['5000.', 'KZT', 5000],
  ['5000,', 'KZT', 5000],
  ['05000', 'KZT', 5000],
  ['5000,123', 'KZT', 'not-a-number'], // three digits after the mark group, but 5000 is no group
  ['5000,1234', 'KZT', 'too-precise'],
  ['5,555', 'JPY', 5555],
  ['5,5', 'JPY', 'too-precise'], // yen has no minor unit
  ['1,234.567', 'USD', 'too-precise'], // both marks: the last is the decimal one
  ['', 'KZT', 'empty'],
  ['   ', 'KZT', 'empty'],
  ['₸', 'KZT', 'empty'],
  ['abc', 'KZT', 'not-a-number'],
  ['-5000', 'KZT', 'not-a-number'],
  ['+5000', 'KZT', 'not-a-number'],
  ['5e3', 'KZT', 'not-a-number'],
  ['0x1388', 'KZT', 'not-a-number'],
  ['Infinity', 'KZT', 'not-a-number'],
  ['NaN', 'KZT', 'not-a-number'],
  ['5 00', 'KZT', 'not-a-number'], // a group of two
  ['50,00,0', 'KZT', 'not-a-number'],
  ['5,000,50', 'KZT', 'not-a-number'], // the same mark grouping and decimal
  ['5,000.000.5', 'KZT', 'not-a-number'],
  ['5..000', 'KZT', 'not-a-number'],
  ['5  000', 'KZT', 'not-a-number'],
  ['1000 5000', 'KZT', 'not-a-number'], // two amounts
  ['５０００', 'KZT', 'not-a-number'], // full-width digits
  ['<b>5000</b>', 'KZT', 'not-a-number'],
  ['9'.repeat(50), 'KZT', 'not-a-number'],
];

describe('amounts as people type them', () => {
  it(`has a table of at least 40 cases (${CASES.length})`, () => {
    expect(CASES.length).to.be.at.least(40);
  });

  for (const [typed, currency, expected] of CASES) {
    it(`${JSON.stringify(typed)} in ${currency} → ${expected}`, () => {
      const result = parseAmountInput(typed, currency);
      if (typeof expected === 'number') expect(result).to.deep.equal({ ok: true, value: expected });
      else expect(result.ok ? 'ok' : result.code).to.equal(expected);
    });
  }

  it('never throws and never returns NaN for anything thrown at it', () => {
    for (const value of [undefined, null, 5000, {}, [], Object.create(null), '٥٠٠٠', '\u0000', '1'.repeat(400)]) {
      const result = parseAmountInput(value, 'KZT');
      expect(result.ok ? Number.isFinite(result.value) : typeof result.code).to.not.equal(false);
    }
  });

  it('checks bounds, naming the limit', () => {
    expect(readDonationAmount('100', 'KZT', 500, 1000000)).to.deep.equal({ ok: false, code: 'too-small', limit: 500 });
    expect(readDonationAmount('2 000 000', 'KZT', 500, 1000000)).to.deep.equal({
      ok: false,
      code: 'too-large',
      limit: 1000000,
    });
    expect(readDonationAmount('5 000', 'KZT', 500, 1000000)).to.deep.equal({ ok: true, value: 5000 });
    expect(readDonationAmount('x', 'KZT', 500, 1000000)).to.deep.equal({ ok: false, code: 'not-a-number' });
  });
});

const codeOf = (run: () => unknown) => {
  try {
    run();
  } catch (error) {
    return `${(error as { code: string }).code} ${(error as { field?: string }).field}`;
  }
  return 'no error';
};

describe('the donate resource', () => {
  it('reads suggestions with what each buys, the default, bounds, frequency and campaign', () => {
    const options = validateDonate({
      id: 'food',
      amounts: [{ amount: 5000, impact: { kk: 'Азық-түлік себеті', ru: 'Продуктовая корзина' } }, '10 000', 2000],
      defaultAmount: '5 000',
      min: 500,
      max: '1 000 000',
      frequency: 'both',
      campaign: 'food-basket',
    });
    expect(options).to.deep.equal({
      id: 'food',
      currency: 'KZT',
      amounts: [
        { amount: 5000, impact: { kk: 'Азық-түлік себеті', ru: 'Продуктовая корзина' } },
        { amount: 10000 },
        { amount: 2000 },
      ],
      defaultAmount: 5000,
      min: 500,
      max: 1000000,
      frequency: 'both',
      campaign: 'food-basket',
    });
  });

  it('has documented defaults: KZT, once, 1 … 100 000 000, no suggestions', () => {
    expect(validateDonate({})).to.deep.equal({
      currency: 'KZT',
      amounts: [],
      min: 1,
      max: 100000000,
      frequency: 'once',
    });
  });

  it('reads an inline list "2000 5000 10000" and "5 000; 10 000"', () => {
    expect(toSuggestedAmounts('2000 5000 10000', 'KZT').map((item) => item.amount)).to.deep.equal([2000, 5000, 10000]);
    expect(toSuggestedAmounts('5 000; 10 000', 'KZT').map((item) => item.amount)).to.deep.equal([5000, 10000]);
  });

  it('refuses what would break the widget', () => {
    expect(codeOf(() => validateDonate({ currency: 'XXY' }))).to.equal('unknown-currency currency');
    expect(codeOf(() => validateDonate({ min: 5000, max: 100 }))).to.equal('invalid-number min');
    expect(codeOf(() => validateDonate({ min: 0 }))).to.equal('invalid-number min');
    expect(codeOf(() => validateDonate({ min: -5 }))).to.equal('negative-value min');
    expect(codeOf(() => validateDonate({ max: 'lots' }))).to.equal('invalid-number max');
    expect(codeOf(() => validateDonate({ amounts: [5000, 5000] }))).to.equal('invalid-number amounts[1].amount');
    expect(codeOf(() => validateDonate({ amounts: [0] }))).to.equal('invalid-number amounts[0].amount');
    expect(codeOf(() => validateDonate({ amounts: ['NaN'] }))).to.equal('invalid-number amounts[0].amount');
    expect(codeOf(() => validateDonate({ amounts: [100], min: 500 }))).to.equal('invalid-number amounts[0].amount');
    expect(codeOf(() => validateDonate({ amounts: Array.from({ length: 13 }, (_, i) => i + 1) }))).to.equal(
      'absurd-value amounts',
    );
    expect(codeOf(() => validateDonate({ amounts: [{ amount: 5, impact: '<img src=x onerror=alert(1)>' }] }))).to.equal(
      'markup-in-text amounts[0].impact',
    );
    expect(codeOf(() => validateDonate({ defaultAmount: 10, min: 500 }))).to.equal('invalid-number defaultAmount');
    expect(codeOf(() => validateDonate({ frequency: 'weekly' }))).to.equal('invalid-type frequency');
    expect(codeOf(() => validateDonate({ campaign: { id: 1 } }))).to.equal('invalid-type campaign');
    expect(codeOf(() => validateDonate('5000'))).to.equal('invalid-type donate');
    expect(codeOf(() => validateDonate({ amounts: 'x y' }))).to.equal('invalid-number amounts[0].amount');
  });

  it('comes from a sheet: one row per amount, the settings from any row', () => {
    const rows = parseCsv(
      'Kind,Id,Amount,Impact_kk,Impact_ru,Impact_en,Currency,Min,Max,DefaultAmount,Frequency,Campaign\n' +
        'donate,food,2 000,Нан,Хлеб,Bread,KZT,500,"1 000 000",5000,both,food-basket\n' +
        'donate,food,5 000,Азық-түлік себеті,Продуктовая корзина,A food basket,,,,,,\n' +
        'campaign,food,,,,,,,,,,\n',
    );
    const payload = recordFromRows(rows, { kind: 'donate', id: 'food' });
    const options = validateDonate(payload);
    expect(options.amounts.map((item) => item.amount)).to.deep.equal([2000, 5000]);
    expect(options.amounts[1].impact).to.deep.equal({
      kk: 'Азық-түлік себеті',
      ru: 'Продуктовая корзина',
      en: 'A food basket',
    });
    expect([options.min, options.max, options.defaultAmount, options.frequency, options.campaign]).to.deep.equal([
      500,
      1000000,
      5000,
      'both',
      'food-basket',
    ]);
    expect(codeOf(() => recordFromRows(rows, { kind: 'donate', id: 'other' }))).to.equal('not-found donate:other');
  });

  it('is found in static data under `donate`', () => {
    expect(findStatic({ donate: [{ id: 'food', amounts: [5000] }] }, { kind: 'donate', id: 'food' })).to.deep.equal({
      id: 'food',
      amounts: [5000],
    });
  });
});
