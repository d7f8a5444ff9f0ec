// Sentences of <qoldau-volunteer-form>, in the active locale (functions: msg() runs at render time).
// Ids `volunteer.*`: in the CDN build they live in volunteer-locale-<lang> chunks (rollup.config.mjs).
import { msg, str } from '@lit/localize';
import { formatNumber, pluralCategory, type FieldError, type QoldauLocale } from '@qoldau/core';
import { plural } from '../messages.js';

export const aboutStep = () => msg('About you', { id: 'volunteer.step-about' });
export const helpStep = () => msg('How you can help', { id: 'volunteer.step-help' });
export const consentStep = () => msg('Consent', { id: 'volunteer.step-consent' });
export const stepOf = (step: number, total: number) => msg(str`Step ${step} of ${total}`, { id: 'volunteer.step-of' });
export const nextLabel = () => msg('Next', { id: 'volunteer.next' });
export const backLabel = () => msg('Back', { id: 'volunteer.back' });

export const cityLabel = () => msg('City or town', { id: 'volunteer.city' });
export const dobLabel = () => msg('Date of birth', { id: 'volunteer.dob' });
export const dobHint = () => msg('For example, 27 3 2007', { id: 'volunteer.dob-hint' });
export const dayLabel = () => msg('Day', { id: 'volunteer.day' });
export const monthLabel = () => msg('Month', { id: 'volunteer.month' });
export const yearLabel = () => msg('Year', { id: 'volunteer.year' });
export const ageLabel = () => msg('Age', { id: 'volunteer.age' });

export const languagesLabel = () => msg('Languages you speak', { id: 'volunteer.languages' });
export const languageNames = (): Record<string, string> => ({
  kk: msg('Kazakh', { id: 'volunteer.lang-kk' }),
  ru: msg('Russian', { id: 'volunteer.lang-ru' }),
  en: msg('English', { id: 'volunteer.lang-en' }),
  ksl: msg('Kazakh sign language', { id: 'volunteer.lang-ksl' }),
  other: msg('Other', { id: 'volunteer.lang-other' }),
});
export const otherLanguagesLabel = () => msg('Other languages', { id: 'volunteer.languages-other' });
export const skillsLabel = () => msg('Skills', { id: 'volunteer.skills' });
export const shiftsLabel = () => msg('When you can help', { id: 'volunteer.shifts' });
export const shiftsHint = () => msg('Choose all that suit you.', { id: 'volunteer.shifts-hint' });

/** "2 of 5 spots left" (plural of the spots left), or "Full". */
export function spotsText(left: number, capacity: number, locale: QoldauLocale): string {
  if (left === 0) return msg('Full', { id: 'volunteer.full' });
  const n = formatNumber(left, locale);
  const of = formatNumber(capacity, locale);
  return plural(pluralCategory(left, locale), {
    one: msg(str`${n} of ${of} spots left`, { id: 'volunteer.spots-one' }),
    few: msg(str`${n} of ${of} spots left`, { id: 'volunteer.spots-few' }),
    many: msg(str`${n} of ${of} spots left`, { id: 'volunteer.spots-many' }),
    other: msg(str`${n} of ${of} spots left`, { id: 'volunteer.spots-other' }),
  });
}

export const motivationLabel = () => msg('Why would you like to volunteer?', { id: 'volunteer.motivation' });

/** "You have 12 characters remaining" / "You have 3 characters too many". */
export function charactersText(remaining: number, locale: QoldauLocale): string {
  const count = Math.abs(remaining);
  const n = formatNumber(count, locale);
  const category = pluralCategory(count, locale);
  return remaining >= 0
    ? plural(category, {
        one: msg(str`You have ${n} character remaining`, { id: 'volunteer.chars-left-one' }),
        few: msg(str`You have ${n} characters remaining`, { id: 'volunteer.chars-left-few' }),
        many: msg(str`You have ${n} characters remaining`, { id: 'volunteer.chars-left-many' }),
        other: msg(str`You have ${n} characters remaining`, { id: 'volunteer.chars-left-other' }),
      })
    : plural(category, {
        one: msg(str`You have ${n} character too many`, { id: 'volunteer.chars-over-one' }),
        few: msg(str`You have ${n} characters too many`, { id: 'volunteer.chars-over-few' }),
        many: msg(str`You have ${n} characters too many`, { id: 'volunteer.chars-over-many' }),
        other: msg(str`You have ${n} characters too many`, { id: 'volunteer.chars-over-other' }),
      });
}

export const guardianLegend = () => msg('Parent or guardian', { id: 'volunteer.guardian' });
export const guardianHint = (age: number) =>
  msg(str`Volunteers under ${age} need the consent of a parent or guardian.`, { id: 'volunteer.guardian-hint' });
export const guardianNameLabel = () => msg('Parent’s or guardian’s full name', { id: 'volunteer.guardian-name' });
export const guardianPhoneLabel = () => msg('Parent’s or guardian’s phone', { id: 'volunteer.guardian-phone' });
export const guardianConsentText = (operator: string) =>
  msg(
    str`I am the volunteer’s parent or guardian. I agree to their taking part and that ${operator} processes their personal data and mine to handle this application.`,
    { id: 'volunteer.guardian-consent' },
  );

/** Why the form cannot be sent: the visitor is younger than the role accepts. */
export const tooYoungNotice = (age: number) =>
  msg(
    str`This role is for volunteers aged ${age} or older, so this form cannot be sent. Thank you for wanting to help: ask the organisers about roles for younger volunteers.`,
    { id: 'volunteer.too-young-notice' },
  );

export const consentText = (operator: string) =>
  msg(
    str`I agree that ${operator} collects and processes my personal data (name, contacts, age, city, languages, skills and availability) to handle my volunteer application, under the Law of the Republic of Kazakhstan “On personal data and their protection”.`,
    { id: 'volunteer.consent-text' },
  );

export const submitLabel = () => msg('Apply to volunteer', { id: 'volunteer.submit' });
export const confirmedTitle = () => msg('Thank you for applying', { id: 'volunteer.confirmed' });
export const confirmedText = (role: string) =>
  msg(str`You are registered as a volunteer for “${role}”.`, { id: 'volunteer.confirmed-text' });
export const waitlistedTitle = () => msg('You are on the waiting list', { id: 'volunteer.waitlisted' });
export const waitlistedText = () =>
  msg('The times you chose are full. We will contact you when a spot becomes free.', {
    id: 'volunteer.waitlisted-text',
  });
export const receivedTitle = () => msg('Your application was received', { id: 'volunteer.received' });
export const receivedText = () => msg('The organisers will contact you.', { id: 'volunteer.received-text' });
export const shiftConfirmed = (shift: string) => msg(str`${shift}: confirmed`, { id: 'volunteer.shift-confirmed' });
export const shiftWaitlisted = (shift: string) =>
  msg(str`${shift}: waiting list`, { id: 'volunteer.shift-waitlisted' });
export const anotherLabel = () => msg('Apply for someone else', { id: 'volunteer.another' });

/** The sentence for an error only this form has, or for a field the shared sentences do not name; else undefined. */
export function volunteerError(error: FieldError): string | undefined {
  const { field, code, limit } = error;
  if (code === 'too-young' && limit !== undefined) return tooYoungNotice(limit);
  if (code === 'date') return msg('Enter a real date of birth, like 27 3 2007', { id: 'volunteer.dob-invalid' });
  if (code === 'guardian-consent')
    return msg('Your parent or guardian must tick the box to agree', { id: 'volunteer.guardian-consent-required' });
  if (code === 'not-an-option') return msg('Choose from the list', { id: 'volunteer.not-an-option' });
  if (code !== 'required') return undefined;
  switch (field) {
    case 'dob-day':
      return msg('Enter your date of birth', { id: 'volunteer.dob-required' });
    case 'age':
      return msg('Enter your age', { id: 'volunteer.age-required' });
    case 'city':
      return msg('Enter your city or town', { id: 'volunteer.city-required' });
    case 'languages':
      return msg('Choose at least one language', { id: 'volunteer.languages-required' });
    case 'skills':
      return msg('Choose at least one skill', { id: 'volunteer.skills-required' });
    case 'shifts':
      return msg('Choose at least one time when you can help', { id: 'volunteer.shifts-required' });
    case 'motivation':
      return msg('Tell us why you would like to volunteer', { id: 'volunteer.motivation-required' });
    case 'guardian-name':
      return msg('Enter the name of your parent or guardian', { id: 'volunteer.guardian-name-required' });
    case 'guardian-phone':
      return msg('Enter the phone number of your parent or guardian', { id: 'volunteer.guardian-phone-required' });
  }
  return undefined;
}
