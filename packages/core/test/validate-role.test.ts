// Volunteer roles and applications (validate-role.ts): the role payload, ages in the role's zone,
// who needs a guardian, and the application rules the form and the demo receiver share.
import { expect } from '@open-wc/testing';
import { ageOn, ageRule, dayIn, validateRole, validateVolunteerSignup, type VolunteerRole } from '../src/index.js';

const role = (fields: Record<string, unknown> = {}): VolunteerRole =>
  validateRole({
    title: { kk: 'Көмекші', en: 'Helper' },
    guardian: true,
    shifts: [{ id: 'saturday', label: { en: 'Saturdays' }, capacity: 5, taken: 5 }, 'evening'],
    skills: ['sewing'],
    ...fields,
  });

const codeOf = (run: () => unknown) => {
  try {
    run();
  } catch (error) {
    return (error as { code: string; field?: string }).code + ' ' + (error as { field?: string }).field;
  }
  return 'no error';
};

describe('volunteer roles', () => {
  it('reads ids and { id, label } options, spots, flags and the zone', () => {
    const helper = role({ timezone: 'Asia/Aqtobe', guardianMinAge: '15' });
    expect(helper.shifts[0]).to.deep.equal({ id: 'saturday', label: { en: 'Saturdays' }, capacity: 5, taken: 5 });
    expect(helper.shifts[1]).to.deep.equal({ id: 'evening', label: 'evening', taken: 0 });
    expect(helper.skills).to.deep.equal([{ id: 'sewing', label: 'sewing' }]);
    expect([helper.guardian, helper.guardianMinAge, helper.timezone]).to.deep.equal([true, 15, 'Asia/Aqtobe']);
  });

  it('refuses broken roles with a typed error, never a crash', () => {
    expect(codeOf(() => role({ shifts: [{ id: 'a b' }] }))).to.equal('invalid-type shifts[0].id');
    expect(codeOf(() => role({ shifts: ['a', 'a'] }))).to.equal('invalid-type shifts[1].id');
    expect(codeOf(() => role({ shifts: [{ id: 'a', capacity: 0 }] }))).to.equal('invalid-number shifts[0].capacity');
    expect(codeOf(() => role({ shifts: [{ id: 'a', capacity: -2 }] }))).to.contain('shifts[0].capacity');
    expect(codeOf(() => role({ skills: [{ id: 'x', label: '<b>x</b>' }] }))).to.equal('markup-in-text skills[0].label');
    expect(codeOf(() => role({ guardian: 'maybe' }))).to.equal('invalid-type guardian');
    expect(codeOf(() => role({ timezone: 'Mars/Olympus' }))).to.equal('invalid-date timezone');
    expect(codeOf(() => role({ guardianMinAge: 200 }))).to.equal('absurd-value guardianMinAge');
  });
});

describe('ages', () => {
  it('counts a birthday on the day as reached, and 29 February on 1 March', () => {
    expect(ageOn([2008, 12, 3], [2026, 12, 3])).to.equal(18);
    expect(ageOn([2008, 12, 4], [2026, 12, 3])).to.equal(17);
    expect(ageOn([2008, 2, 29], [2026, 2, 28])).to.equal(17);
    expect(ageOn([2008, 2, 29], [2026, 3, 1])).to.equal(18);
  });

  it('takes the day in the role’s zone: 19:30 UTC is already tomorrow in Almaty', () => {
    const evening = new Date('2026-12-02T19:30:00Z');
    expect(dayIn(evening, 'Asia/Almaty')).to.deep.equal([2026, 12, 3]);
    expect(dayIn(evening, 'Europe/London')).to.deep.equal([2026, 12, 2]);
  });

  it('decides alone, with a guardian, or refused (with the youngest age accepted)', () => {
    const rules = (settings: Parameters<typeof ageRule>[1]) =>
      [13, 14, 17, 18, 20, 21].map((age) => ageRule(age, settings).rule);
    expect(rules({ guardian: true, guardianMinAge: 14 })).to.deep.equal([
      'refused',
      'guardian',
      'guardian',
      'alone',
      'alone',
      'alone',
    ]);
    expect(rules({ guardian: false, guardianMinAge: 14 })).to.deep.equal([
      'refused',
      'refused',
      'refused',
      'alone',
      'alone',
      'alone',
    ]);
    expect(rules({ guardian: true, guardianMinAge: 14, minAge: 21 })).to.deep.equal([
      'refused',
      'guardian',
      'guardian',
      'guardian',
      'guardian',
      'alone',
    ]);
    expect(ageRule(19, { guardian: false, guardianMinAge: 14, minAge: 21 })).to.deep.equal({
      rule: 'refused',
      limit: 21,
    });
  });

  it('a minimum under 18 is the youngest age at all: 16–17 with a guardian, under 16 refused', () => {
    const rules = (settings: Parameters<typeof ageRule>[1]) =>
      [13, 14, 15, 16, 17, 18].map((age) => ageRule(age, settings).rule);
    const withGuardian = ['refused', 'refused', 'refused', 'guardian', 'guardian', 'alone'];
    expect(rules({ guardian: true, guardianMinAge: 14, minAge: 16 })).to.deep.equal(withGuardian);
    // The minimum takes the place of guardianMinAge, whichever is lower.
    expect(rules({ guardian: true, guardianMinAge: 17, minAge: 16 })).to.deep.equal(withGuardian);
    expect(ageRule(15, { guardian: true, guardianMinAge: 14, minAge: 16 })).to.deep.equal({
      rule: 'refused',
      limit: 16,
    });
    expect(ageRule(16, { guardian: true, guardianMinAge: 14, minAge: 16 })).to.deep.equal({
      rule: 'guardian',
      limit: 18,
    });
    // Without a guardian a minor cannot consent alone: 18 applies, and the refusal says 18.
    expect(rules({ guardian: false, guardianMinAge: 14, minAge: 16 })).to.deep.equal([
      'refused',
      'refused',
      'refused',
      'refused',
      'refused',
      'alone',
    ]);
    expect(ageRule(16, { guardian: false, guardianMinAge: 14, minAge: 16 })).to.deep.equal({
      rule: 'refused',
      limit: 18,
    });
    // minAge 0 and 12 mean what they say with a guardian; 18 and more keep guardianMinAge.
    expect(ageRule(0, { guardian: true, guardianMinAge: 14, minAge: 0 })).to.deep.equal({
      rule: 'guardian',
      limit: 18,
    });
    expect(ageRule(13, { guardian: true, guardianMinAge: 14, minAge: 0 }).rule).to.equal('guardian');
    expect(ageRule(18, { guardian: true, guardianMinAge: 14, minAge: 0 }).rule).to.equal('alone');
    expect(ageRule(12, { guardian: true, guardianMinAge: 14, minAge: 12 }).rule).to.equal('guardian');
    expect(ageRule(11, { guardian: true, guardianMinAge: 14, minAge: 12 }).limit).to.equal(12);
    expect(ageRule(14, { guardian: true, guardianMinAge: 14, minAge: 18 }).rule).to.equal('guardian');
    expect(ageRule(13, { guardian: true, guardianMinAge: 14, minAge: 18 })).to.deep.equal({
      rule: 'refused',
      limit: 14,
    });
  });
});

describe('volunteer applications', () => {
  const now = new Date('2026-12-02T19:30:00Z'); // 3 December in Almaty
  const valid = {
    name: 'Дана',
    email: 'dana@example.kz',
    'dob-day': '3',
    'dob-month': '12',
    'dob-year': '2008',
    shifts: ['evening'],
    consent: 'yes',
  };

  it('turning 18 today in Almaty: an adult; tomorrow: a minor who needs a guardian', () => {
    const today = validateVolunteerSignup(valid, role(), { now });
    expect(today.ok && today.value).to.include({ age: 18, minor: false, birthDate: '2008-12-03' });
    const tomorrow = validateVolunteerSignup({ ...valid, 'dob-day': '4' }, role(), { now });
    expect(tomorrow.ok ? [] : tomorrow.errors.map((error) => error.field)).to.deep.equal([
      'guardian-name',
      'guardian-phone',
      'guardian-consent',
    ]);
    const withGuardian = validateVolunteerSignup(
      {
        ...valid,
        'dob-day': '4',
        'guardian-name': 'Ерлан',
        'guardian-phone': '87017654321',
        'guardian-consent': 'yes',
      },
      role(),
      { now },
    );
    expect(withGuardian.ok && withGuardian.value.guardian).to.deep.equal({
      name: 'Ерлан',
      phone: '+77017654321',
      consent: true,
    });
  });

  it('minAge 16 with a guardian: 16 today joins with a guardian, 16 tomorrow is refused (limit 16)', () => {
    const from16 = role({ minAge: 16 });
    const guardian = { 'guardian-name': 'Ерлан', 'guardian-phone': '87017654321', 'guardian-consent': 'yes' };
    const sixteenToday = validateVolunteerSignup({ ...valid, 'dob-year': '2010', ...guardian }, from16, { now });
    expect(sixteenToday.ok && sixteenToday.value).to.include({ age: 16, minor: true, birthDate: '2010-12-03' });
    const noGuardian = validateVolunteerSignup({ ...valid, 'dob-year': '2010' }, from16, { now });
    expect(noGuardian.ok ? [] : noGuardian.errors.map((error) => error.field)).to.deep.equal([
      'guardian-name',
      'guardian-phone',
      'guardian-consent',
    ]);
    const sixteenTomorrow = validateVolunteerSignup(
      { ...valid, 'dob-day': '4', 'dob-year': '2010', ...guardian },
      from16,
      { now },
    );
    expect(sixteenTomorrow.ok ? [] : sixteenTomorrow.errors).to.deep.equal([
      { field: 'dob-day', code: 'too-young', limit: 16 },
    ]);
    // 14 and 15, accepted before with guardianMinAge 14, are refused now; so is a typed age of 15.
    const fourteen = validateVolunteerSignup({ ...valid, 'dob-year': '2012', ...guardian }, from16, { now });
    expect(fourteen.ok ? [] : fourteen.errors).to.deep.equal([{ field: 'dob-day', code: 'too-young', limit: 16 }]);
    const typed = validateVolunteerSignup({ ...valid, age: '15', ...guardian }, from16, { now, ageBy: 'age' });
    expect(typed.ok ? [] : typed.errors).to.deep.equal([{ field: 'age', code: 'too-young', limit: 16 }]);
  });

  it('minAge 16 without a guardian: under 18 refused (limit 18), 18 today joins alone', () => {
    const alone16 = role({ minAge: 16, guardian: false });
    const guardian = { 'guardian-name': 'Ерлан', 'guardian-phone': '87017654321', 'guardian-consent': 'yes' };
    for (const year of ['2010', '2009']) {
      const minor = validateVolunteerSignup({ ...valid, 'dob-year': year, ...guardian }, alone16, { now });
      expect(minor.ok ? [] : minor.errors, year).to.deep.equal([{ field: 'dob-day', code: 'too-young', limit: 18 }]);
    }
    const eighteenTomorrow = validateVolunteerSignup({ ...valid, 'dob-day': '4' }, alone16, { now });
    expect(eighteenTomorrow.ok ? [] : eighteenTomorrow.errors).to.deep.equal([
      { field: 'dob-day', code: 'too-young', limit: 18 },
    ]);
    const eighteenToday = validateVolunteerSignup(valid, alone16, { now });
    expect(eighteenToday.ok && eighteenToday.value).to.include({ age: 18, minor: false });
  });

  it('accepts the demo role (packages/qoldau/demo/data/role)', async () => {
    const demo = await (await fetch('/packages/qoldau/demo/data/role/batyr-class-helper.json')).json();
    const demoRole = validateRole(demo);
    expect(demoRole.id).to.equal('batyr-class-helper');
    expect(demoRole.skills.map((skill) => skill.id)).to.deep.equal([
      'computers',
      'sign-language',
      'driving-license-b',
      'first-aid',
    ]);
    expect(demoRole.shifts.map((shift) => [shift.id, shift.capacity, shift.taken])).to.deep.equal([
      ['weekday-morning', 5, 3],
      ['weekday-afternoon', 4, 4],
      ['saturday', 6, 1],
    ]);
    for (const field of ['title', 'description'] as const)
      expect(Object.keys(demoRole[field] as object).sort(), field).to.deep.equal(['en', 'kk', 'ru']);
    // What its description promises: from 14 with a parent's consent, alone from 18.
    expect([13, 14, 17, 18].map((age) => ageRule(age, demoRole).rule)).to.deep.equal([
      'refused',
      'guardian',
      'guardian',
      'alone',
    ]);
  });

  it('answers every bad input with a code, never NaN or an exception', () => {
    const codes = (input: Record<string, unknown>, options = {}) => {
      const result = validateVolunteerSignup({ ...valid, ...input }, role(), { now, ...options });
      return result.ok ? [] : result.errors.map((error) => `${error.field}:${error.code}`);
    };
    expect(codes({ 'dob-day': '31', 'dob-month': '2' })).to.deep.equal(['dob-day:date']);
    expect(codes({ 'dob-year': '3000' })).to.deep.equal(['dob-day:date']);
    expect(codes({ 'dob-year': 'abcd' })).to.deep.equal(['dob-day:date']);
    expect(codes({ 'dob-day': '', 'dob-month': '', 'dob-year': '' })).to.deep.equal(['dob-day:required']);
    expect(codes({ 'dob-year': '2016' })).to.deep.equal(['dob-day:too-young']);
    expect(codes({ age: 'NaN' }, { ageBy: 'age' })).to.deep.equal(['age:not-a-number']);
    expect(codes({ age: '300' }, { ageBy: 'age' })).to.deep.equal(['age:too-large']);
    expect(codes({ shifts: ['nope'] })).to.deep.equal(['shifts:not-an-option']);
    expect(codes({ shifts: [] })).to.deep.equal(['shifts:required']);
    expect(codes({ motivation: 'x'.repeat(1001) })).to.deep.equal(['motivation:too-long']);
    expect(codes({ city: '' }, { required: ['city'] })).to.deep.equal(['city:required']);
    expect(codes({ city: '' }, { shown: [] })).to.deep.equal([]);
    expect(codes({ languages: ['kk', 'klingon'] })).to.deep.equal([]);
    expect(codes({ consent: undefined, name: ' ' })).to.deep.equal(['name:required', 'consent:consent']);
  });
});
