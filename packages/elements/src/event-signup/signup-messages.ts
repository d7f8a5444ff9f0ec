// Sentences of <qoldau-event-signup>, in the active locale (functions: msg() runs at render time).
import { msg, str } from '@lit/localize';
import { formatNumber, pluralCategory, type QoldauLocale } from '@qoldau/core';
import { plural } from '../messages.js';

export function seatsLeft(count: number, locale: QoldauLocale): string {
  const n = formatNumber(count, locale);
  return plural(pluralCategory(count, locale), {
    one: msg(str`${n} seat left`, { id: 'signup.seats-left-one' }),
    few: msg(str`${n} seats left`, { id: 'signup.seats-left-few' }),
    many: msg(str`${n} seats left`, { id: 'signup.seats-left-many' }),
    other: msg(str`${n} seats left`, { id: 'signup.seats-left-other' }),
  });
}

export const fullMessage = () => msg('All seats are taken. You can join the waiting list.', { id: 'signup.full' });
export const closedMessage = () => msg('Registration for this event is closed.', { id: 'signup.closed' });
export const deadlineLine = (date: string) => msg(str`Sign up by ${date}`, { id: 'signup.deadline' });
export const yourTime = (time: string) => msg(str`Your time: ${time}`, { id: 'signup.your-time' });
export const whenLabel = () => msg('When', { id: 'signup.when' });
export const whereLabel = () => msg('Where', { id: 'signup.where' });
export const onlineLink = () => msg('Join online', { id: 'signup.online' });
export const attendeesLabel = () => msg('Number of people', { id: 'signup.attendees' });
export const attendeesHint = (max: number) => msg(str`Up to ${max}`, { id: 'signup.attendees-hint' });
export const accessLabel = () => msg('Accessibility needs', { id: 'signup.access' });
export const accessHint = () =>
  msg('For example step-free access or sign language interpreting', { id: 'signup.access-hint' });
export const submitLabel = () => msg('Sign up', { id: 'signup.submit' });
export const waitlistSubmitLabel = () => msg('Join the waiting list', { id: 'signup.submit-waitlist' });
export const confirmedTitle = () => msg('You are signed up', { id: 'signup.confirmed' });
export const confirmedText = (title: string) =>
  msg(str`We look forward to seeing you at “${title}”.`, { id: 'signup.confirmed-text' });
export const receivedTitle = () => msg('Your sign-up was received', { id: 'signup.received' });
export const receivedText = () => msg('The organisers will confirm your place.', { id: 'signup.received-text' });
export const waitlistedTitle = () => msg('You are on the waiting list', { id: 'signup.waitlisted' });
export const waitlistedText = () =>
  msg('We will contact you if a seat becomes free.', { id: 'signup.waitlisted-text' });
export const positionText = (position: string) =>
  msg(str`Your place on the list: ${position}.`, { id: 'signup.position' });
export const calendarLabel = () => msg('Add to calendar', { id: 'signup.calendar' });
export const icsLabel = () => msg('Download .ics file', { id: 'signup.ics' });
export const anotherLabel = () => msg('Sign up someone else', { id: 'signup.another' });
export const rejectedFull = () =>
  msg('All seats were taken before your sign-up arrived.', { id: 'signup.rejected-full' });
