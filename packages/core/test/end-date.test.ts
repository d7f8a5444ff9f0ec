// A plain `ends` date is the campaign's last day, not its first day over (issue #10).
import { expect } from '@open-wc/testing';
import { QoldauError } from '../src/errors.js';
import { daysUntil } from '../src/format.js';
import { toDate, validateCampaign } from '../src/validate.js';

describe('toDate(…, endOfDay)', () => {
  it('is the last millisecond of that day in Almaty by default', () => {
    expect(toDate('2026-12-31', 'endsAt', true).toISOString()).to.equal('2026-12-31T18:59:59.999Z');
    expect(toDate(' 2027-02-28 ', 'endsAt', true).toISOString()).to.equal('2027-02-28T18:59:59.999Z');
    // Without endOfDay, the start of that day.
    expect(toDate('2026-12-31', 'endsAt').toISOString()).to.equal('2026-12-30T19:00:00.000Z');
  });

  it('takes date-times exactly and rejects days that do not exist', () => {
    expect(toDate('2026-12-31T10:00:00+05:00', 'endsAt', true).toISOString()).to.equal('2026-12-31T05:00:00.000Z');
    for (const value of ['2026-02-30', '2026-13-01', '2026-00-10', '31.12.2026', 20261231, null]) {
      expect(() => toDate(value, 'endsAt', true), String(value))
        .to.throw(QoldauError)
        .with.property('code', 'invalid-date');
    }
  });

  it('makes the day itself the last day and the next one "ended"', () => {
    const end = toDate('2026-12-31', 'endsAt', true);
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
