// Volunteer roles (the volunteer form's data) and the volunteer sign-up rules: the role payload,
// ages on a given day in the NGO's time zone, and the check of what a visitor typed. A module of its
// own, loaded only where roles are read, so pages of meters and counters do not download it.
import { QoldauError } from './errors.js';
import { parseJson, toLocalizedText, toText, type LocalizedText } from './validate.js';
import { required, toCount, toFlag, toList, toRecord } from './validate-payload.js';
import {
  LIMITS,
  checkMaxLength,
  checkNumber,
  formText,
  isChecked,
  normalizeEmail,
  normalizePhone,
  toTimeZone,
  type ContactRequirement,
  type FieldError,
  type FormErrorCode,
  type FormResult,
} from './validate-form.js';

/** A choice a role offers (a skill): an id the NGO keeps, a label per language. */
export interface RoleOption {
  id: string;
  label: LocalizedText;
}

/** A shift or availability slot ("weekday mornings"), with its spots when the NGO counts them. */
export interface RoleShift extends RoleOption {
  /** Volunteers wanted in this shift; absent means no limit. */
  capacity?: number;
  /** Volunteers already confirmed in it. */
  taken: number;
}

/** A volunteer role, as the volunteer form offers it (docs/data.md, "Volunteer roles"). */
export interface VolunteerRole {
  id?: string;
  title: LocalizedText;
  description?: LocalizedText;
  skills: RoleOption[];
  shifts: RoleShift[];
  /**
   * The role's minimum age. Under 18 it is the youngest age that may join at all (with `guardian`,
   * from `minAge` to 17 with a guardian's consent; without it, 18 applies). From 18 up it is the age
   * to join alone, and with `guardian` younger people join from `guardianMinAge`. See `ageRule`.
   */
  minAge?: number;
  /** Whether people under 18 (or under a `minAge` above 18) may join with a guardian's consent. */
  guardian: boolean;
  /**
   * With `guardian`: the youngest age even with a guardian's consent (default 14), when the role
   * gives no `minAge` under 18; a `minAge` under 18 takes its place.
   */
  guardianMinAge: number;
  /** IANA time zone ages are counted in (default Asia/Almaty). */
  timezone: string;
}

/** Ages below this are minors: their personal data needs a guardian's consent. */
export const ADULT_AGE = 18;
const OPTION_ID = /^[a-z0-9][\w-]{0,59}$/i;

/**
 * A list. A sheet's `skills` and `shifts` cells arrive as lists of ids already, or as the JSON of a
 * list in one cell (labels in every language, spots), as an event's `fields` do.
 */
function toItems(value: unknown, field: string): unknown[] {
  if (value === undefined || value === null || value === '') return [];
  const items = toList(typeof value === 'string' && value.startsWith('[') ? parseJson(value, field) : value, field);
  if (items.length > 1000) throw new QoldauError('absurd-value', field, String(items.length));
  return items;
}

/** An option: an id alone (its own label), or `{ id, label }`. */
function toOption(item: unknown, path: string): RoleOption {
  if (typeof item === 'string') {
    const id = toText(item, path);
    if (!OPTION_ID.test(id)) throw new QoldauError('invalid-type', path, id);
    return { id, label: id };
  }
  const record = toRecord(item, path);
  const id = toText(required(record, 'id', `${path}.id`), `${path}.id`);
  if (!OPTION_ID.test(id)) throw new QoldauError('invalid-type', `${path}.id`, id);
  return { id, label: record.label === undefined ? id : toLocalizedText(record.label, `${path}.label`) };
}

function toOptions(value: unknown, field: string): RoleOption[] {
  const ids = new Set<string>();
  return toItems(value, field).map((item, index) => {
    const option = toOption(item, `${field}[${index}]`);
    if (ids.has(option.id)) throw new QoldauError('invalid-type', `${field}[${index}].id`, option.id);
    ids.add(option.id);
    return option;
  });
}

function toShifts(value: unknown): RoleShift[] {
  const items = toItems(value, 'shifts');
  if (items.length > 100) throw new QoldauError('absurd-value', 'shifts', String(items.length));
  const options = toOptions(items, 'shifts');
  return options.map((option, index) => {
    const item = items[index];
    const shift: RoleShift = { ...option, taken: 0 };
    if (typeof item !== 'object' || item === null) return shift;
    const record = item as Record<string, unknown>;
    const path = `shifts[${index}]`;
    if (record.capacity !== undefined && record.capacity !== null) {
      shift.capacity = toCount(record.capacity, `${path}.capacity`);
      if (shift.capacity === 0) throw new QoldauError('invalid-number', `${path}.capacity`, '0');
      if (shift.capacity > 1e6) throw new QoldauError('absurd-value', `${path}.capacity`);
    }
    if (record.taken !== undefined && record.taken !== null) shift.taken = toCount(record.taken, `${path}.taken`);
    return shift;
  });
}

/**
 * Validates a volunteer role: `title` required; `skills` and `shifts` lists of ids or `{ id, label }`
 * (shifts also `capacity` and `taken`); `minAge` and `guardianMinAge` whole numbers up to 120;
 * `guardian` a flag; `timezone` an IANA zone (default Asia/Almaty).
 */
export function validateRole(input: unknown): VolunteerRole {
  const value = toRecord(input, 'role');
  const role: VolunteerRole = {
    ...(value.id === undefined ? {} : { id: toText(value.id, 'id') }),
    title: toLocalizedText(required(value, 'title'), 'title'),
    skills: toOptions(value.skills, 'skills'),
    shifts: toShifts(value.shifts),
    guardian: value.guardian === undefined ? false : toFlag(value.guardian, 'guardian'),
    guardianMinAge: 14,
    timezone: value.timezone === undefined ? 'Asia/Almaty' : toTimeZone(value.timezone, 'timezone'),
  };
  if (value.description !== undefined) role.description = toLocalizedText(value.description, 'description');
  for (const field of ['minAge', 'guardianMinAge'] as const) {
    if (value[field] === undefined || value[field] === null || value[field] === '') continue;
    const age = toCount(value[field], field);
    if (age > 120) throw new QoldauError('absurd-value', field, String(age));
    role[field] = age;
  }
  return role;
}

/** Spots left in a shift, or undefined when it has no limit. */
export const spotsLeft = (shift: RoleShift): number | undefined =>
  shift.capacity === undefined ? undefined : Math.max(0, shift.capacity - shift.taken);

/** The calendar day of `now` in `timeZone`, as [year, month, day]. */
export function dayIn(now: Date, timeZone: string): [number, number, number] {
  const parts = new Intl.DateTimeFormat('en-US', { timeZone, year: 'numeric', month: 'numeric', day: 'numeric' })
    .formatToParts(now)
    .reduce<Record<string, number>>((all, part) => ({ ...all, [part.type]: Number(part.value) }), {});
  return [parts.year, parts.month, parts.day];
}

/** Full years between a birth date and a day (a birthday on that day counts; 29 February turns on 1 March). */
export function ageOn(birth: readonly [number, number, number], day: readonly [number, number, number]): number {
  const [by, bm, bd] = birth;
  const [y, m, d] = day;
  return y - by - (m < bm || (m === bm && d < bd) ? 1 : 0);
}

/** A real date from three typed parts, or undefined ("31 February" is not one). */
export function toBirthDate(day: unknown, month: unknown, year: unknown): [number, number, number] | undefined {
  const parts = [year, month, day].map((part) => formText(part));
  if (!/^\d{4}$/.test(parts[0]) || !parts.slice(1).every((part) => /^\d{1,2}$/.test(part))) return undefined;
  const [y, m, d] = parts.map(Number);
  const date = new Date(Date.UTC(y, m - 1, d));
  return date.getUTCFullYear() === y && date.getUTCMonth() === m - 1 && date.getUTCDate() === d ? [y, m, d] : undefined;
}

/**
 * The age a visitor gave: typed (`age`), or from the date of birth (`dob-day`, `dob-month`,
 * `dob-year`) on the day of `now` in `timeZone`; else why not, as a field error code.
 */
export function ageFrom(
  input: Record<string, unknown>,
  ageBy: 'birthdate' | 'age' | undefined,
  timeZone: string,
  now = new Date(),
): { age: number; birthDate?: string } | { code: FormErrorCode; limit?: number } {
  if (ageBy === 'age') {
    if (formText(input.age) === '') return { code: 'required' };
    const checked = checkNumber(input.age, { integer: true, min: 1, max: 120 });
    return checked.ok ? { age: checked.value } : checked;
  }
  if (['dob-day', 'dob-month', 'dob-year'].every((field) => formText(input[field]) === '')) return { code: 'required' };
  const birth = toBirthDate(input['dob-day'], input['dob-month'], input['dob-year']);
  const age = birth && ageOn(birth, dayIn(now, timeZone));
  if (!birth || age === undefined || age < 0 || age > 120) return { code: 'date' };
  return { age, birthDate: birth.map((part) => String(part).padStart(2, '0')).join('-') };
}

/**
 * Who may sign up, by age: `alone`, `guardian` (needs a guardian's consent; `limit` is the age to
 * join alone) or `refused` (`limit` is the youngest age accepted). Alone from `max(18, minAge)`;
 * below that with `guardian` from `minAge` when it is under 18 (a role "from 16" takes nobody
 * younger, guardian or not), else from `guardianMinAge`; everyone else is refused.
 */
export function ageRule(age: number, role: Pick<VolunteerRole, 'minAge' | 'guardian' | 'guardianMinAge'>) {
  const { minAge = ADULT_AGE, guardian, guardianMinAge } = role;
  const adult = Math.max(ADULT_AGE, minAge);
  const youngest = minAge < ADULT_AGE ? minAge : guardianMinAge;
  if (age >= adult) return { rule: 'alone' as const, limit: adult };
  if (guardian && age >= youngest) return { rule: 'guardian' as const, limit: adult };
  return { rule: 'refused' as const, limit: guardian ? Math.min(youngest, adult) : adult };
}

/** The fields a volunteer form may show (besides name, contact, age and the consents, always there). */
export const VOLUNTEER_FIELDS = ['city', 'languages', 'skills', 'shifts', 'motivation'] as const;
export type VolunteerField = (typeof VOLUNTEER_FIELDS)[number];

/** Languages the form offers; `ksl` is Kazakh sign language. */
export const VOLUNTEER_LANGUAGES = ['kk', 'ru', 'en', 'ksl', 'other'] as const;

export interface VolunteerSignupOptions {
  /** Which contact to ask for (default `either`). */
  require?: ContactRequirement;
  /** `birthdate` (default: three inputs dob-day, dob-month, dob-year) or `age` (one number). */
  ageBy?: 'birthdate' | 'age';
  /** Fields shown (default all); fields not shown are neither checked nor sent. */
  shown?: readonly VolunteerField[];
  /** Shown fields that must be filled in (default: shifts when the role has any). */
  required?: readonly VolunteerField[];
  /** The submission day (default now), read in the role's time zone. */
  now?: Date;
}

/** A valid volunteer sign-up, normalized, as the form sends it in `data`. */
export interface VolunteerSignup {
  name: string;
  email?: string;
  phone?: string;
  city?: string;
  /** YYYY-MM-DD, when the form asked for the date of birth. */
  birthDate?: string;
  /** Age on the submission day in the role's time zone. */
  age: number;
  /** Under 18 or under the role's minimum: joins with the guardian's consent below. */
  minor: boolean;
  guardian?: { name: string; phone: string; consent: true };
  languages: string[];
  languagesOther?: string;
  skills: string[];
  shifts: string[];
  motivation?: string;
}

/** Longest motivation text, in characters. */
export const MOTIVATION_LIMIT = 1000;

const listOf = (value: unknown): string[] =>
  (Array.isArray(value) ? value : value === undefined ? [] : [value]).map(formText).filter(Boolean);

/**
 * Checks a volunteer sign-up for `role` as the form collects it (FormData entries, lists for the
 * checkbox groups `languages`, `skills`, `shifts`) or as a receiver gets it. Errors in field order:
 * name, email, phone, city, dob-day (or age), languages, skills, shifts, motivation, the guardian's
 * fields, consent. A date of birth or age that makes the visitor too young is `too-young` with the
 * youngest accepted age as `limit`. (A full shift cannot be ticked; the receiver waitlists it.)
 */
export function validateVolunteerSignup(
  input: Record<string, unknown>,
  role: VolunteerRole,
  options: VolunteerSignupOptions = {},
): FormResult<VolunteerSignup> {
  const errors: FieldError[] = [];
  const fail = (field: string, code: FormErrorCode, limit?: number): void => {
    errors.push(limit === undefined ? { field, code } : { field, code, limit });
  };
  const shown = new Set(options.shown ?? VOLUNTEER_FIELDS);
  const needed = new Set(options.required ?? (role.shifts.length > 0 ? ['shifts'] : []));
  const require = options.require ?? 'either';
  const text = (field: string) => formText(input[field]);

  const name = text('name');
  if (name === '') fail('name', 'required');
  else if (checkMaxLength(name, LIMITS.name)) fail('name', 'too-long', LIMITS.name);

  const emailText = text('email');
  const phoneText = text('phone');
  const email = emailText === '' ? undefined : normalizeEmail(emailText);
  const phone = phoneText === '' ? undefined : normalizePhone(phoneText);
  if (emailText === '') {
    if (require === 'email' || require === 'both') fail('email', 'required');
    else if (require === 'either' && phoneText === '') fail('email', 'email-or-phone');
  } else if (email === undefined) fail('email', 'email');
  if (phoneText === '') {
    if (require === 'phone' || require === 'both') fail('phone', 'required');
  } else if (checkMaxLength(phoneText, LIMITS.phone) || phone === undefined) fail('phone', 'phone');

  const city = shown.has('city') ? text('city') : '';
  if (shown.has('city')) {
    if (city === '' && needed.has('city')) fail('city', 'required');
    else if (checkMaxLength(city, LIMITS.name)) fail('city', 'too-long', LIMITS.name);
  }

  // The age, from the date of birth (on the submission day in the role's zone) or as typed.
  const ageField = options.ageBy === 'age' ? 'age' : 'dob-day';
  const typed = ageFrom(input, options.ageBy, role.timezone, options.now);
  if ('code' in typed) fail(ageField, typed.code, typed.limit);
  const { age, birthDate } = 'code' in typed ? { age: undefined, birthDate: undefined } : typed;
  const rule = age === undefined ? undefined : ageRule(age, role);
  if (rule?.rule === 'refused') fail(ageField, 'too-young', rule.limit);

  const languages = shown.has('languages')
    ? listOf(input.languages).filter((language) => (VOLUNTEER_LANGUAGES as readonly string[]).includes(language))
    : [];
  const languagesOther = shown.has('languages') ? text('languages-other') : '';
  if (shown.has('languages')) {
    if (languages.length === 0 && languagesOther === '' && needed.has('languages')) fail('languages', 'required');
    else if (checkMaxLength(languagesOther, LIMITS.name)) fail('languages-other', 'too-long', LIMITS.name);
  }

  const skills = shown.has('skills') ? listOf(input.skills) : [];
  if (shown.has('skills') && role.skills.length > 0) {
    if (skills.some((skill) => !role.skills.some((option) => option.id === skill))) fail('skills', 'not-an-option');
    else if (skills.length === 0 && needed.has('skills')) fail('skills', 'required');
  }

  const shifts = shown.has('shifts') ? listOf(input.shifts) : [];
  if (shown.has('shifts') && role.shifts.length > 0) {
    if (shifts.some((id) => !role.shifts.some((shift) => shift.id === id))) fail('shifts', 'not-an-option');
    else if (shifts.length === 0 && needed.has('shifts')) fail('shifts', 'required');
  }

  const motivation = shown.has('motivation') ? text('motivation') : '';
  if (shown.has('motivation')) {
    if (motivation === '' && needed.has('motivation')) fail('motivation', 'required');
    else if (checkMaxLength(motivation, MOTIVATION_LIMIT)) fail('motivation', 'too-long', MOTIVATION_LIMIT);
  }

  let guardian: VolunteerSignup['guardian'];
  if (rule?.rule === 'guardian') {
    const guardianName = text('guardian-name');
    const guardianPhoneText = text('guardian-phone');
    const guardianPhone = normalizePhone(guardianPhoneText);
    if (guardianName === '') fail('guardian-name', 'required');
    else if (checkMaxLength(guardianName, LIMITS.name)) fail('guardian-name', 'too-long', LIMITS.name);
    if (guardianPhoneText === '') fail('guardian-phone', 'required');
    else if (guardianPhone === undefined || checkMaxLength(guardianPhoneText, LIMITS.phone))
      fail('guardian-phone', 'phone');
    if (!isChecked(input['guardian-consent'])) fail('guardian-consent', 'guardian-consent');
    if (guardianName && guardianPhone) guardian = { name: guardianName, phone: guardianPhone, consent: true };
  }

  if (!isChecked(input.consent)) fail('consent', 'consent');

  if (errors.length > 0 || age === undefined) return { ok: false, errors };
  const value: VolunteerSignup = { name, age, minor: rule?.rule === 'guardian', languages, skills, shifts };
  if (email) value.email = email;
  if (phone) value.phone = phone;
  if (city) value.city = city;
  if (birthDate) value.birthDate = birthDate;
  if (guardian) value.guardian = guardian;
  if (languagesOther) value.languagesOther = languagesOther;
  if (motivation) value.motivation = motivation;
  return { ok: true, value };
}
