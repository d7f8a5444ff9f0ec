// Form rules: pure functions from what a visitor typed to a normalized value or an error code.
import { expect } from '@open-wc/testing';
import {
  checkEmail,
  checkMaxLength,
  checkNumber,
  checkRequired,
  isChecked,
  normalizeEmail,
  normalizePhone,
  validateEvent,
  validateEventSignup,
} from '../src/index.js';

const event = validateEvent({
  title: 'Clay workshop',
  startsAt: '2027-03-13T11:00',
  capacity: 20,
  maxPerSignup: 2,
  fields: [
    { name: 'group', type: 'select', required: true, label: { en: 'Who' }, options: ['youth', 'caregiver'] },
    { name: 'photos', type: 'checkbox', label: { en: 'Photos are fine' } },
    { name: 'note', type: 'text', label: 'Note', maxLength: 10 },
  ],
});

const valid = {
  name: ' Әлия Нұрланқызы ',
  email: '',
  phone: '8 701 234 5678',
  attendees: '2',
  accessibility: '',
  consent: 'on',
  group: 'youth',
};

describe('validate-form: field rules', () => {
  it('normalizes Kazakhstan phone numbers to E.164, as people write them', () => {
    for (const written of [
      '+7 701 234 56 78',
      '8 701 234 5678',
      '87012345678',
      '+77012345678',
      '7012345678',
      '77012345678',
      '8 (701) 234-56-78',
      '+7\u00a0701\u00a0234\u00a056\u00a078',
      '  +7-701-234-56-78 ',
    ]) {
      expect(normalizePhone(written), written).to.equal('+77012345678');
    }
    expect(normalizePhone('8 7172 55 66 77')).to.equal('+77172556677'); // an Astana landline
  });

  it('takes other countries in + or 00 form, and refuses what cannot be dialled', () => {
    expect(normalizePhone('+49 30 1234567')).to.equal('+49301234567');
    expect(normalizePhone('0049 30 1234567')).to.equal('+49301234567');
    expect(normalizePhone('+998 90 123 45 67')).to.equal('+998901234567');
    for (const wrong of [
      '',
      '701 234', // too short
      '8 701 234 56 789', // one digit too many for +7
      '+7 701 234 56', // too few for +7
      '+0 123 456 789', // no country code starts with 0
      '+1234567890123456', // 16 digits: longer than E.164 allows
      '12345678', // no + and not Kazakh
      '+7 701 ABC 56 78',
      '8-800-СПАСИБО',
      '++77012345678',
    ]) {
      expect(normalizePhone(wrong), wrong).to.equal(undefined);
    }
  });

  it('checks email addresses loosely and lower-cases the domain', () => {
    expect(normalizeEmail(' Aliya.N@Mail.KZ ')).to.equal('Aliya.N@mail.kz');
    expect(normalizeEmail('әлия@пример.қаз')).to.equal('әлия@пример.қаз');
    for (const wrong of ['aliya', 'aliya@', '@mail.kz', 'aliya@mail', 'a b@mail.kz', 'a@@mail.kz', 'a@mail.k']) {
      expect(checkEmail(wrong), wrong).to.equal('email');
    }
    expect(checkEmail(`${'a'.repeat(250)}@x.kz`)).to.equal('email');
  });

  it('checks required, lengths in characters (a Kazakh letter is one), numbers and ranges', () => {
    expect(checkRequired('  ')).to.equal('required');
    expect(checkRequired(undefined)).to.equal('required');
    expect(checkRequired(true)).to.equal(undefined);
    expect(checkRequired('ә')).to.equal(undefined);
    expect(checkMaxLength('әәә', 3)).to.equal(undefined);
    expect(checkMaxLength('әәәә', 3)).to.equal('too-long');
    expect(checkNumber(' 3 ', { integer: true, min: 1, max: 5 })).to.deep.equal({ ok: true, value: 3 });
    expect(checkNumber('2,5')).to.deep.equal({ ok: true, value: 2.5 });
    expect(checkNumber('1 250')).to.deep.equal({ ok: true, value: 1250 });
    expect(checkNumber('2.5', { integer: true })).to.deep.equal({ ok: false, code: 'not-whole' });
    expect(checkNumber('0', { min: 1 })).to.deep.equal({ ok: false, code: 'too-small', limit: 1 });
    expect(checkNumber('9', { max: 5 })).to.deep.equal({ ok: false, code: 'too-large', limit: 5 });
    for (const wrong of ['', 'three', '1e3', 'NaN', 'Infinity', '--1', '3 seats']) {
      expect(checkNumber(wrong), wrong).to.deep.equal({ ok: false, code: 'not-a-number' });
    }
    expect([isChecked('on'), isChecked(true), isChecked('TRUE'), isChecked(''), isChecked('off')]).to.deep.equal([
      true,
      true,
      true,
      false,
      false,
    ]);
  });
});

describe('validate-form: an event sign-up', () => {
  it('normalizes a valid sign-up (trimmed name, E.164 phone, a number of attendees, extras)', () => {
    expect(validateEventSignup({ ...valid, photos: 'on', note: ' вегетариан ' }, event)).to.deep.equal({
      ok: true,
      value: {
        name: 'Әлия Нұрланқызы',
        phone: '+77012345678',
        attendees: 2,
        extra: { group: 'youth', photos: true, note: 'вегетариан' },
      },
    });
    // Attendees absent means one; an unticked checkbox is false.
    const result = validateEventSignup({ ...valid, attendees: undefined, email: 'a@b.kz' }, event);
    expect(result.ok && result.value).to.deep.include({ attendees: 1, email: 'a@b.kz' });
    expect(result.ok && result.value.extra.photos).to.equal(false);
  });

  it('lists every error in field order, with limits', () => {
    const result = validateEventSignup(
      {
        name: 'x'.repeat(201),
        email: 'nope',
        phone: '123',
        attendees: '3',
        accessibility: 'ә'.repeat(1001),
        note: 'ә'.repeat(11),
      },
      event,
    );
    expect(result).to.deep.equal({
      ok: false,
      errors: [
        { field: 'name', code: 'too-long', limit: 200 },
        { field: 'email', code: 'email' },
        { field: 'phone', code: 'phone' },
        { field: 'attendees', code: 'too-large', limit: 2 },
        { field: 'accessibility', code: 'too-long', limit: 1000 },
        { field: 'consent', code: 'consent' },
        { field: 'group', code: 'required' },
        { field: 'note', code: 'too-long', limit: 10 },
      ],
    });
    const other = validateEventSignup({ ...valid, group: 'teachers', attendees: '1.5' }, event);
    expect(other.ok === false && other.errors).to.deep.equal([
      { field: 'attendees', code: 'not-whole' },
      { field: 'group', code: 'not-an-option' },
    ]);
  });

  it('asks for the contact details `require` names: email, phone, either or both', () => {
    const none = { ...valid, phone: '', email: '' };
    const codes = (input: Record<string, unknown>, require: 'email' | 'phone' | 'either' | 'both'): unknown => {
      const result = validateEventSignup(input, event, { require });
      return result.ok ? [] : result.errors.map((error) => `${error.field}:${error.code}`);
    };
    expect(codes(none, 'either')).to.deep.equal(['email:email-or-phone']);
    expect(codes(none, 'email')).to.deep.equal(['email:required']);
    expect(codes(none, 'phone')).to.deep.equal(['phone:required']);
    expect(codes(none, 'both')).to.deep.equal(['email:required', 'phone:required']);
    expect(codes(valid, 'either')).to.deep.equal([]);
    expect(codes(valid, 'email')).to.deep.equal(['email:required']);
    expect(codes({ ...valid, email: 'a@b.kz', phone: '' }, 'either')).to.deep.equal([]);
  });

  it('limits attendees by the seats left when the form says so, and consent can be handled elsewhere', () => {
    const result = validateEventSignup({ ...valid, attendees: '2', consent: '' }, event, {
      maxAttendees: 1,
      consent: false,
    });
    expect(result).to.deep.equal({ ok: false, errors: [{ field: 'attendees', code: 'too-large', limit: 1 }] });
    // Without maxPerSignup an event takes one attendee a sign-up.
    const single = validateEvent({ title: 'x', startsAt: '2027-03-13T11:00' });
    expect(validateEventSignup({ ...valid, attendees: '2' }, single).ok).to.equal(false);
  });
});
