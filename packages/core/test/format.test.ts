// Formatting as visitors see it: real Chromium, whose ICU data (not Node's) decides the output.
import { expect } from '@open-wc/testing';
import {
  DEFAULT_CURRENCY,
  DEFAULT_TIME_ZONE,
  SUPPORTED_LOCALES,
  daysUntil,
  formatCompact,
  formatCompactMoney,
  formatMoney,
  formatNumber,
  formatPercent,
  isKnownCurrency,
  pluralCategory,
  resolveLocale,
  type QoldauLocale,
} from '../src/format.js';
import { formatDate, formatDateTime, formatRelativeDays, formatTime, formatTimeRange } from '../src/format-date.js';

// ICU separates groups with U+00A0 or U+202F and pads range dashes with U+2009, depending on its
// version; the tests care about the characters a reader sees, not which space it is.
const plain = (text: string): string => text.replace(/[\u00a0\u202f\u2009]/g, ' ');

// Probed here independently of format.ts, so a wrong detection there cannot hide itself.
const browserHasKazakhDates =
  new Intl.DateTimeFormat('kk-KZ', { month: 'long', timeZone: 'UTC' })
    .format(new Date(Date.UTC(2026, 11, 15)))
    .toLowerCase() === 'желтоқсан';

const almaty = (isoLocal: string): Date => new Date(`${isoLocal}+05:00`);

describe('format', () => {
  describe('constants', () => {
    it('lists the three locales and the Kazakh defaults', () => {
      expect(SUPPORTED_LOCALES).to.deep.equal(['en', 'ru', 'kk']);
      expect(Object.isFrozen(SUPPORTED_LOCALES)).to.equal(true);
      expect(DEFAULT_CURRENCY).to.equal('KZT');
      expect(DEFAULT_TIME_ZONE).to.equal('Asia/Almaty');
    });
  });

  describe('resolveLocale', () => {
    const cases: [string | null | undefined, QoldauLocale][] = [
      ['kk-KZ', 'kk'],
      ['KK', 'kk'],
      ['kk_KZ', 'kk'],
      ['ru-RU', 'ru'],
      ['ru', 'ru'],
      [' ru ', 'ru'],
      ['RU-kz', 'ru'],
      ['en-GB', 'en'],
      ['en', 'en'],
      ['de', 'en'],
      ['rus', 'en'],
      ['', 'en'],
      [null, 'en'],
      [undefined, 'en'],
      ['garbage!!', 'en'],
    ];
    for (const [tag, expected] of cases) {
      it(`${JSON.stringify(tag)} → ${expected}`, () => {
        expect(resolveLocale(tag)).to.equal(expected);
      });
    }
  });

  describe('isKnownCurrency', () => {
    it('knows the currencies our NGOs use', () => {
      for (const code of ['KZT', 'EUR', 'USD', 'RUB', 'JPY']) expect(isKnownCurrency(code), code).to.equal(true);
    });

    it('rejects unknown, lower-case and malformed codes', () => {
      for (const code of ['XYZ', 'ABC', 'kzt?', 'kzt', 'Kzt', 'KZ', 'KZTT', ' KZT', '', '123']) {
        expect(isKnownCurrency(code), JSON.stringify(code)).to.equal(false);
      }
    });
  });

  describe('formatMoney', () => {
    it('prints tenge as ₸ in every locale', () => {
      expect(plain(formatMoney(8_420_000, 'KZT', 'en'))).to.equal('₸8,420,000');
      expect(plain(formatMoney(8_420_000, 'KZT', 'ru'))).to.equal('8 420 000 ₸');
      expect(plain(formatMoney(8_420_000, 'KZT', 'kk'))).to.equal('8 420 000 ₸');
    });

    it('groups with a no-break space in ru and kk, so the amount never wraps', () => {
      expect(formatMoney(8_420_000, 'KZT', 'ru')).to.match(/^8[\u00a0\u202f]420[\u00a0\u202f]000[\u00a0\u202f]₸$/);
      expect(formatMoney(8_420_000, 'KZT', 'kk')).to.match(/^8[\u00a0\u202f]420[\u00a0\u202f]000[\u00a0\u202f]₸$/);
    });

    it('shows minor units only when the amount has them', () => {
      expect(plain(formatMoney(1250.5, 'KZT', 'en'))).to.equal('₸1,250.50');
      expect(plain(formatMoney(1250.5, 'KZT', 'ru'))).to.equal('1 250,50 ₸');
      expect(plain(formatMoney(1250.5, 'KZT', 'kk'))).to.equal('1 250,50 ₸');
      expect(plain(formatMoney(1250.05, 'KZT', 'kk'))).to.equal('1 250,05 ₸');
      expect(plain(formatMoney(0, 'KZT', 'kk'))).to.equal('0 ₸');
    });

    it('judges wholeness after rounding to the minor unit', () => {
      expect(plain(formatMoney(1_250_000.001, 'KZT', 'ru'))).to.equal('1 250 000 ₸');
      expect(plain(formatMoney(0.999, 'KZT', 'en'))).to.equal('₸1');
      expect(plain(formatMoney(0.1 + 0.2, 'KZT', 'en'))).to.equal('₸0.30');
    });

    it('formats euros and dollars', () => {
      expect(plain(formatMoney(1234.5, 'EUR', 'en'))).to.equal('€1,234.50');
      expect(plain(formatMoney(1234.5, 'EUR', 'ru'))).to.equal('1 234,50 €');
      expect(plain(formatMoney(1234.5, 'EUR', 'kk'))).to.equal('1 234,50 €');
      expect(plain(formatMoney(100, 'EUR', 'en'))).to.equal('€100');
      expect(plain(formatMoney(100, 'EUR', 'ru'))).to.equal('100 €');
      expect(plain(formatMoney(1234.5, 'USD', 'en'))).to.equal('$1,234.50');
      expect(plain(formatMoney(1234.5, 'USD', 'ru'))).to.equal('1 234,50 $');
      expect(plain(formatMoney(1234.5, 'USD', 'kk'))).to.equal('1 234,50 $');
      expect(plain(formatMoney(2500, 'USD', 'kk'))).to.equal('2 500 $');
    });

    it('respects currencies without minor units', () => {
      expect(plain(formatMoney(1234, 'JPY', 'en'))).to.equal('¥1,234');
      expect(plain(formatMoney(1234.4, 'JPY', 'en'))).to.equal('¥1,234');
    });

    it("keeps each currency's minor unit apart (they are worked out once per currency)", () => {
      // Three minor digits (Kuwaiti dinar), none (yen) and two (tenge), interleaved after first use.
      for (let round = 0; round < 2; round++) {
        expect(plain(formatMoney(1.5, 'KWD', 'en'))).to.match(/1\.500$/);
        expect(plain(formatMoney(1.0005, 'KWD', 'en'))).to.match(/1\.001$/);
        expect(plain(formatMoney(2, 'KWD', 'en'))).to.match(/\D2$/);
        expect(plain(formatMoney(1.5, 'JPY', 'en'))).to.equal('¥2');
        expect(plain(formatMoney(1.5, 'KZT', 'en'))).to.equal('₸1.50');
      }
    });

    it('keeps the sign of refunds', () => {
      expect(plain(formatMoney(-500, 'KZT', 'en'))).to.equal('-₸500');
      expect(plain(formatMoney(-500, 'KZT', 'ru'))).to.equal('-500 ₸');
    });
  });

  describe('Kazakh numbers without Kazakh ICU data', () => {
    it('never prints the root locale’s comma grouping', () => {
      // Debian Chromium knows the tag but not the data: raw Intl gives '1,250,000' here.
      const raw = new Intl.NumberFormat('kk').format(1_250_000);
      expect(['1,250,000', '1 250 000']).to.include(plain(raw));
      expect(plain(formatNumber(1_250_000, 'kk'))).to.equal('1 250 000');
      expect(plain(formatMoney(1_250_000, 'KZT', 'kk'))).to.equal('1 250 000 ₸');
      expect(formatMoney(1_250_000, 'KZT', 'kk')).not.to.contain(',');
    });

    it('writes the decimal separator as a comma', () => {
      expect(plain(formatNumber(1234.5, 'kk'))).to.equal('1 234,5');
      expect(plain(formatNumber(3.14159, 'kk', { maximumFractionDigits: 2 }))).to.equal('3,14');
    });
  });

  describe('formatNumber', () => {
    it('groups per locale', () => {
      expect(formatNumber(1_250_000, 'en')).to.equal('1,250,000');
      expect(plain(formatNumber(1_250_000, 'ru'))).to.equal('1 250 000');
      expect(plain(formatNumber(1234.5, 'ru'))).to.equal('1 234,5');
      expect(formatNumber(42, 'kk')).to.equal('42');
    });

    it('passes options through', () => {
      expect(formatNumber(3.14159, 'en', { maximumFractionDigits: 2 })).to.equal('3.14');
      expect(formatNumber(7, 'en', { minimumIntegerDigits: 2 })).to.equal('07');
    });
  });

  describe('formatPercent', () => {
    it('follows each language’s spacing', () => {
      expect(formatPercent(0.9, 'en')).to.equal('90%');
      expect(plain(formatPercent(0.9, 'ru'))).to.equal('90 %');
      // CLDR Kazakh writes no space before the sign; the ru-KZ fallback must not add one.
      expect(plain(formatPercent(0.9, 'kk'))).to.equal('90%');
    });

    it('rounds to the requested fraction digits', () => {
      expect(formatPercent(0.905, 'en', 1)).to.equal('90.5%');
      expect(plain(formatPercent(0.905, 'ru', 1))).to.equal('90,5 %');
      expect(plain(formatPercent(0.905, 'kk', 1))).to.equal('90,5%');
      expect(formatPercent(0.9049, 'en')).to.equal('90%');
      expect(formatPercent(1.25, 'en')).to.equal('125%');
      expect(plain(formatPercent(-0.25, 'kk'))).to.equal('-25%');
    });
  });

  describe('formatCompact', () => {
    it('keeps one fraction digit', () => {
      expect(formatCompact(24_500_000, 'en')).to.equal('24.5M');
      expect(plain(formatCompact(24_500_000, 'ru'))).to.equal('24,5 млн');
      expect(plain(formatCompact(24_500_000, 'kk'))).to.equal('24,5 млн');
    });

    it('uses Kazakh units, not Russian ones', () => {
      expect(formatCompact(24_500, 'en')).to.equal('24.5K');
      expect(plain(formatCompact(24_500, 'ru'))).to.equal('24,5 тыс.');
      expect(plain(formatCompact(24_500, 'kk'))).to.equal('24,5 мың');
      expect(plain(formatCompact(3_200_000_000, 'kk'))).to.equal('3,2 млрд');
      expect(plain(formatCompact(4_100_000_000_000, 'kk'))).to.equal('4,1 трлн');
      const long: Intl.NumberFormatOptions = { notation: 'compact', compactDisplay: 'long', maximumFractionDigits: 1 };
      expect(plain(formatNumber(24_500, 'kk', long))).to.equal('24,5 мың');
      expect(plain(formatNumber(2_000_000, 'kk', long))).to.equal('2 миллион');
      expect(plain(formatNumber(2_000_000, 'ru', long))).to.equal('2 миллиона');
    });

    it('leaves small numbers alone', () => {
      expect(formatCompact(950, 'en')).to.equal('950');
      expect(formatCompact(950, 'kk')).to.equal('950');
    });
  });

  describe('formatCompactMoney', () => {
    it('abbreviates with the currency symbol', () => {
      expect(formatCompactMoney(24_500_000, 'KZT', 'en')).to.equal('₸24.5M');
      expect(plain(formatCompactMoney(24_500_000, 'KZT', 'ru'))).to.equal('24,5 млн ₸');
      expect(plain(formatCompactMoney(24_500_000, 'KZT', 'kk'))).to.equal('24,5 млн ₸');
      expect(plain(formatCompactMoney(24_500, 'KZT', 'kk'))).to.equal('24,5 мың ₸');
      expect(plain(formatCompactMoney(25_000_000, 'KZT', 'ru'))).to.equal('25 млн ₸');
      expect(formatCompactMoney(1_200_000, 'USD', 'en')).to.equal('$1.2M');
      expect(plain(formatCompactMoney(1_200_000, 'EUR', 'kk'))).to.equal('1,2 млн €');
    });
  });

  describe('pluralCategory', () => {
    const russian = (n: number): Intl.LDMLPluralRule => {
      if (n % 10 === 1 && n % 100 !== 11) return 'one';
      if (n % 10 >= 2 && n % 10 <= 4 && !(n % 100 >= 12 && n % 100 <= 14)) return 'few';
      return 'many';
    };

    it('follows the CLDR Russian rule for every n in 0…1000', () => {
      for (let n = 0; n <= 1000; n++) expect(pluralCategory(n, 'ru'), `ru ${n}`).to.equal(russian(n));
    });

    it('has one/other for Kazakh and English for every n in 0…1000', () => {
      for (let n = 0; n <= 1000; n++) {
        const expected = n === 1 ? 'one' : 'other';
        expect(pluralCategory(n, 'kk'), `kk ${n}`).to.equal(expected);
        expect(pluralCategory(n, 'en'), `en ${n}`).to.equal(expected);
      }
    });

    it('handles the classic examples and fractions', () => {
      expect([1, 2, 5, 21, 11, 1.5].map((n) => pluralCategory(n, 'ru'))).to.deep.equal([
        'one',
        'few',
        'many',
        'one',
        'many',
        'other',
      ]);
      expect(pluralCategory(1.5, 'kk')).to.equal('other');
      expect(pluralCategory(1.5, 'en')).to.equal('other');
    });
  });

  describe('formatDate', () => {
    const december5 = almaty('2026-12-05T10:00:00');

    it('writes a long date by default', () => {
      expect(formatDate(december5, 'en')).to.equal('December 5, 2026');
      expect(formatDate(december5, 'ru')).to.equal('5 декабря 2026 г.');
    });

    it('writes Kazakh dates in words, from its own month names where the browser has none', () => {
      if (browserHasKazakhDates) {
        expect(formatDate(december5, 'kk')).to.contain('желтоқсан').and.to.contain('2026');
      } else {
        // This is Debian Chromium: raw 'kk' would print '2026 M12 5'.
        expect(new Intl.DateTimeFormat('kk', { dateStyle: 'long' }).format(december5)).to.contain('M12');
        expect(formatDate(december5, 'kk')).to.equal('2026 жылғы 5 желтоқсан');
        expect(formatDate(almaty('2027-03-05T12:00:00'), 'kk', { dateStyle: 'full' })).to.equal(
          '2027 жылғы 5 наурыз, жұма',
        );
        // The chart axis: month and year.
        expect(formatDate(almaty('2026-05-01T00:00:00'), 'kk', { month: 'short', year: 'numeric' })).to.equal(
          'мамыр 2026',
        );
      }
    });

    it('names every Kazakh month and weekday', () => {
      const months = Array.from({ length: 12 }, (_, index) =>
        formatDate(new Date(Date.UTC(2026, index, 15)), 'kk', { month: 'long' }).toLowerCase(),
      );
      expect(months).to.deep.equal(
        'қаңтар ақпан наурыз сәуір мамыр маусым шілде тамыз қыркүйек қазан қараша желтоқсан'.split(' '),
      );
      // 4–10 January 2026 runs Sunday to Saturday.
      const weekdays = Array.from({ length: 7 }, (_, index) =>
        formatDate(new Date(Date.UTC(2026, 0, 4 + index, 6)), 'kk', { weekday: 'long' }).toLowerCase(),
      );
      expect(weekdays).to.deep.equal('жексенбі дүйсенбі сейсенбі сәрсенбі бейсенбі жұма сенбі'.split(' '));
    });

    it('reads the calendar in Almaty unless told otherwise', () => {
      const justAfterMidnight = almaty('2026-12-05T00:30:00'); // still 4 December in UTC
      expect(formatDate(justAfterMidnight, 'en')).to.equal('December 5, 2026');
      expect(formatDate(justAfterMidnight, 'en', { dateStyle: 'long', timeZone: 'UTC' })).to.equal('December 4, 2026');
      expect(formatDate(justAfterMidnight, 'ru', { day: 'numeric', month: 'long' })).to.equal('5 декабря');
    });

    it('passes other options through', () => {
      expect(formatDate(december5, 'en', { month: 'short', day: 'numeric' })).to.equal('Dec 5');
      expect(formatDate(december5, 'en', { dateStyle: 'full' })).to.equal('Saturday, December 5, 2026');
      expect(formatDate(december5, 'ru', { dateStyle: 'short' })).to.equal('05.12.2026');
    });

    it('keeps Kazakh dates free of other languages’ words', () => {
      const options: Intl.DateTimeFormatOptions[] = [
        { dateStyle: 'full' },
        { dateStyle: 'medium', timeStyle: 'medium' },
        { weekday: 'long', day: 'numeric', month: 'long' },
        { month: 'short', year: 'numeric' },
        { hour: 'numeric', minute: '2-digit', timeZoneName: 'long' },
        { month: 'numeric', day: 'numeric', era: 'short', dayPeriod: 'long' },
      ];
      const outputs = options.map((option) => plain(formatDate(december5, 'kk', option)));
      for (const output of outputs) {
        expect(output.replace('GMT', ''), output).not.to.match(/[a-z]/i);
        expect(output, output).not.to.match(/декаб|дек\.|суббот|г\./);
      }
      if (!browserHasKazakhDates) {
        expect(outputs).to.deep.equal([
          '2026 жылғы 5 желтоқсан, сенбі',
          '2026 жылғы 5 желтоқсан, 10:00:00',
          '5 желтоқсан, сенбі',
          'желтоқсан 2026',
          '10:00 GMT+5',
          // A numeric month asks for digits.
          '05.12',
        ]);
      }
    });
  });

  describe('formatDateTime and formatTimeRange', () => {
    const start = almaty('2026-12-05T10:00:00');
    const end = almaty('2026-12-05T12:00:00');

    it('writes a medium date and a short time in Almaty', () => {
      expect(plain(formatDateTime(start, 'en'))).to.equal('Dec 5, 2026, 10:00 AM');
      expect(formatDateTime(start, 'ru')).to.equal('5 дек. 2026 г., 10:00');
      expect(plain(formatDateTime(start, 'en', 'UTC'))).to.equal('Dec 5, 2026, 5:00 AM');
      if (browserHasKazakhDates) expect(formatDateTime(start, 'kk')).to.contain('2026').and.to.contain('10:00');
      else expect(formatDateTime(start, 'kk')).to.equal('2026 жылғы 5 желтоқсан, 10:00');
    });

    it('writes the shared date of a range once', () => {
      expect(plain(formatTimeRange(start, end, 'en'))).to.equal('Dec 5, 2026, 10:00 AM – 12:00 PM');
      expect(plain(formatTimeRange(start, end, 'ru'))).to.equal('5 дек. 2026 г., 10:00–12:00');
      const kk = plain(formatTimeRange(start, end, 'kk'));
      if (browserHasKazakhDates) expect(kk).to.contain('10:00').and.to.contain('12:00');
      else expect(kk).to.equal('2026 жылғы 5 желтоқсан, 10:00–12:00');
    });

    it('writes both dates of a range that spans days', () => {
      const later = almaty('2026-12-07T18:30:00');
      expect(plain(formatTimeRange(start, later, 'en'))).to.equal('Dec 5, 2026, 10:00 AM – Dec 7, 2026, 6:30 PM');
      expect(plain(formatTimeRange(start, later, 'ru'))).to.equal('5 дек. 2026 г., 10:00 – 7 дек. 2026 г., 18:30');
      if (!browserHasKazakhDates) {
        expect(plain(formatTimeRange(start, later, 'kk'))).to.equal(
          '2026 жылғы 5 желтоқсан, 10:00 – 2026 жылғы 7 желтоқсан, 18:30',
        );
      }
    });

    it('writes a time of day on its own', () => {
      expect(plain(formatTime(start, 'en'))).to.equal('10:00 AM');
      expect(formatTime(start, 'ru')).to.equal('10:00');
      expect(formatTime(start, 'kk')).to.equal('10:00');
      expect(formatTime(start, 'kk', 'UTC')).to.equal('05:00');
    });
  });

  describe('daysUntil', () => {
    it('counts Almaty calendar days, not 24-hour chunks', () => {
      expect(daysUntil(almaty('2026-11-23T00:10:00'), almaty('2026-11-22T23:30:00'))).to.equal(1);
      expect(daysUntil(almaty('2026-11-23T23:50:00'), almaty('2026-11-22T00:10:00'))).to.equal(1);
    });

    it('is 0 on the same calendar day', () => {
      expect(daysUntil(almaty('2026-11-22T23:55:00'), almaty('2026-11-22T00:05:00'))).to.equal(0);
      expect(daysUntil(almaty('2026-11-22T12:00:00'), almaty('2026-11-22T12:00:00'))).to.equal(0);
    });

    it('is negative once the end has passed', () => {
      expect(daysUntil(almaty('2026-11-20T12:00:00'), almaty('2026-11-22T23:30:00'))).to.equal(-2);
      expect(daysUntil(almaty('2026-11-22T23:59:00'), almaty('2026-11-23T00:01:00'))).to.equal(-1);
    });

    it('crosses months and years', () => {
      expect(daysUntil(almaty('2027-01-01T00:00:00'), almaty('2026-12-31T23:59:00'))).to.equal(1);
      expect(daysUntil(almaty('2027-01-01T09:00:00'), almaty('2026-01-01T09:00:00'))).to.equal(365);
      expect(daysUntil(almaty('2028-03-01T09:00:00'), almaty('2028-02-28T09:00:00'))).to.equal(2);
    });

    it('uses the given time zone', () => {
      // 18:30 and 19:10 UTC: the same day in London, two days in Almaty.
      const now = almaty('2026-11-22T23:30:00');
      const end = almaty('2026-11-23T00:10:00');
      expect(daysUntil(end, now, 'UTC')).to.equal(0);
      expect(daysUntil(end, now, 'Europe/London')).to.equal(0);
    });

    it('defaults now to the current time', () => {
      expect(daysUntil(new Date(Date.now() + 10 * 86_400_000))).to.equal(10);
      expect(daysUntil(new Date())).to.equal(0);
    });
  });

  describe('formatRelativeDays', () => {
    it('names near days in English and Russian', () => {
      expect([-1, 0, 1, 5, -3].map((days) => formatRelativeDays(days, 'en'))).to.deep.equal([
        'yesterday',
        'today',
        'tomorrow',
        'in 5 days',
        '3 days ago',
      ]);
      expect([-1, 0, 1, 2, 5, 21, -3].map((days) => formatRelativeDays(days, 'ru'))).to.deep.equal([
        'вчера',
        'сегодня',
        'завтра',
        'послезавтра',
        'через 5 дней',
        'через 21 день',
        '3 дня назад',
      ]);
    });

    it('speaks Kazakh even where the browser has no Kazakh data', () => {
      expect([-2, -1, 0, 1, 2, 5, -3].map((days) => formatRelativeDays(days, 'kk'))).to.deep.equal([
        'алдыңгүні',
        'кеше',
        'бүгін',
        'ертең',
        'бүрсігүні',
        '5 күннен кейін',
        '3 күн бұрын',
      ]);
      expect(plain(formatRelativeDays(1250, 'kk'))).to.equal('1 250 күннен кейін');
    });
  });

  describe('formatter reuse', () => {
    // Counts constructor calls by swapping in a Proxy of the real constructor for one test.
    function countConstructions<K extends 'NumberFormat' | 'DateTimeFormat'>(name: K, run: () => void): number {
      const original = Intl[name];
      let constructed = 0;
      (Intl as Record<K, unknown>)[name] = new Proxy(original, {
        construct(target, args: unknown[]) {
          constructed++;
          return Reflect.construct(target, args) as object;
        },
      });
      try {
        run();
      } finally {
        (Intl as Record<K, unknown>)[name] = original;
      }
      return constructed;
    }

    it('builds each number formatter once', () => {
      const locales: QoldauLocale[] = ['en', 'ru', 'kk'];
      const everything = (): void => {
        for (const locale of locales) {
          formatMoney(8_420_000, 'KZT', locale);
          formatMoney(8_420_000.5, 'KZT', locale);
          formatNumber(1234.5, locale);
          formatPercent(0.42, locale);
          formatCompact(24_500_000, locale);
          formatCompactMoney(24_500_000, 'KZT', locale);
        }
      };
      everything();
      const constructed = countConstructions('NumberFormat', () => {
        for (let i = 0; i < 200; i++) everything();
      });
      expect(constructed).to.equal(0);
    });

    it('builds each date formatter once', () => {
      const start = almaty('2026-12-05T10:00:00');
      const end = almaty('2026-12-05T12:00:00');
      const everything = (): void => {
        for (const locale of SUPPORTED_LOCALES) {
          formatDate(start, locale);
          formatDateTime(start, locale);
          formatTimeRange(start, end, locale);
        }
        daysUntil(end, start);
      };
      everything();
      const constructed = countConstructions('DateTimeFormat', () => {
        for (let i = 0; i < 200; i++) everything();
      });
      expect(constructed).to.equal(0);
    });
  });
});
