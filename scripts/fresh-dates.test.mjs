// node --test (npm run test:node): freshEventDates moves sample dates by whole weeks, and only dates.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { SAMPLES_WRITTEN_ON, freshEventDates } from './fresh-dates.mjs';

const DAY = 86_400_000;
const event = {
  id: 'clay',
  title: 'Started 2026-12-05, a title that only looks like a date',
  startsAt: '2027-03-13T11:00:00+05:00',
  endsAt: '2027-03-13 13:30',
  deadline: '2027-03-11',
};
const at = (days) => Date.parse(`${SAMPLES_WRITTEN_ON}T00:00:00Z`) + days * DAY;

test('on the day the samples were written, and within its first week, nothing moves', () => {
  assert.equal(freshEventDates(event, SAMPLES_WRITTEN_ON, at(0)), event);
  assert.equal(freshEventDates(event, SAMPLES_WRITTEN_ON, at(6.9)), event);
  assert.equal(freshEventDates(event, SAMPLES_WRITTEN_ON, at(-30)), event, 'never backwards');
});

test('15 days later: two whole weeks, same weekday, wall-clock time and offset', () => {
  const moved = freshEventDates(event, SAMPLES_WRITTEN_ON, at(15));
  assert.deepEqual(moved, {
    ...event,
    startsAt: '2027-03-27T11:00:00+05:00',
    endsAt: '2027-03-27 13:30',
    deadline: '2027-03-25',
  });
  assert.equal(new Date(moved.startsAt).getUTCDay(), new Date(event.startsAt).getUTCDay());
  assert.equal(event.startsAt, '2027-03-13T11:00:00+05:00', 'the input is not changed');
});

test('across a year end and a leap day', () => {
  const moved = freshEventDates({ startsAt: '2027-12-30T10:00:00+05:00' }, SAMPLES_WRITTEN_ON, at(70));
  assert.equal(moved.startsAt, '2028-03-09T10:00:00+05:00');
});

test('a date that does not exist, a value that is no date, and a missing one are left as written', () => {
  const odd = { startsAt: '2027-02-30T10:00:00+05:00', endsAt: 'next Saturday', deadline: undefined };
  assert.deepEqual(freshEventDates(odd, SAMPLES_WRITTEN_ON, at(15)), odd);
  assert.equal(freshEventDates(undefined, SAMPLES_WRITTEN_ON, at(15)), undefined);
});

test('the default is the samples’ day', () => {
  assert.deepEqual(freshEventDates(event, undefined, at(15)), freshEventDates(event, SAMPLES_WRITTEN_ON, at(15)));
});
