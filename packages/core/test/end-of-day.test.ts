// A plain `ends` date is the campaign's last day, not its first day over (issue #10).
import { expect } from '@open-wc/testing';
import { endOfPlainDay } from '../src/end-of-day.js';
import { QoldauError } from '../src/errors.js';
import { daysUntil } from '../src/format.js';
import { validateCampaign } from '../src/validate.js';

describe('endOfPlainDay', () => {
  it('is the last millisecond of that day in Almaty by default', () => {
    expect(endOfPlainDay('2026-12-31')?.toISOString()).to.equal('2026-12-31T18:59:59.999Z');
    expect(endOfPlainDay(' 2027-02-28 ')?.toISOString()).to.equal('2027-02-28T18:59:59.999Z');
  });

  it('takes another UTC offset in minutes', () => {
    expect(endOfPlainDay('2026-07-01', 'endsAt', 120)?.toISOString()).to.equal('2026-07-01T21:59:59.999Z');
    expect(endOfPlainDay('2026-12-31', 'endsAt', 0)?.toISOString()).to.equal('2026-12-31T23:59:59.999Z');
  });

  it('leaves date-times and non-strings to the caller and rejects days that do not exist', () => {
    for (const value of ['2026-12-31T10:00:00+05:00', '31.12.2026', 20261231, null]) {
      expect(endOfPlainDay(value), String(value)).to.equal(undefined);
    }
    for (const value of ['2026-02-30', '2026-13-01', '2026-00-10']) {
      expect(() => endOfPlainDay(value), value)
        .to.throw(QoldauError)
        .with.property('code', 'invalid-date');
    }
  });

  it('makes the day itself the last day and the next one "ended"', () => {
    const end = endOfPlainDay('2026-12-31')!;
    const cases: [string, number, boolean][] = [
      ['2026-12-30T23:59:00+05:00', 1, false],
      ['2026-12-31T00:00:00+05:00', 0, false],
      ['2026-12-31T23:59:59+05:00', 0, false],
      ['2027-01-01T00:00:00+05:00', -1, true],
    ];
    for (const [now, days, ended] of cases) {
      const at = new Date(now);
      expect(daysUntil(end, at), now).to.equal(days);
      expect(end.getTime() <= at.getTime(), now).to.equal(ended);
    }
  });

  it('is how a campaign reads a plain endsAt; a date-time stays exact', () => {
    expect(validateCampaign({ goal: 10, endsAt: '2026-12-31' }).endsAt?.toISOString()).to.equal(
      '2026-12-31T18:59:59.999Z',
    );
    expect(validateCampaign({ goal: 10, endsAt: '2026-12-31T12:00:00+05:00' }).endsAt?.toISOString()).to.equal(
      '2026-12-31T07:00:00.000Z',
    );
    expect(() => validateCampaign({ goal: 10, endsAt: '2026-02-30' })).to.throw();
  });
});
