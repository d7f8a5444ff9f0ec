import { expect } from '@open-wc/testing';
import {
  QoldauError,
  validateAllocation,
  validateCampaign,
  validateDonors,
  validateEvent,
  validateMetric,
  validateMetricSet,
  validateRole,
  validateSeries,
  validators,
  toCount,
} from '../../src/index.js';

type Case = [label: string, validate: (value: unknown) => unknown, payload: unknown, code: string, field?: string];

const campaign = { goal: 100, raised: 10, currency: 'KZT' };
const event = { title: 'Семинар', startsAt: '2027-01-25T10:00:00+05:00' };
const role = { title: { kk: 'Жүргізуші' } };
const allocation = { items: [{ label: 'Көлік', amount: 10 }] };
const donors = { items: [{ name: 'Айгерим', amount: 5000 }] };

const cases: Case[] = [
  // series
  ['series not an object', validateSeries, 'x', 'invalid-type', 'series'],
  ['series not a list', validateSeries, { series: {} }, 'invalid-type', 'series'],
  [
    'series point without x',
    validateSeries,
    { series: [{ points: [{ y: 1 }] }] },
    'missing-field',
    'series[0].points[0].x',
  ],
  ['series unknown format', validateSeries, { format: 'pie', series: [] }, 'invalid-type', 'format'],
  // metric sets
  ['metric set not an object', validateMetricSet, [], 'invalid-type', 'metrics'],
  ['metric set without items', validateMetricSet, {}, 'missing-field', 'items'],
  ['metric set items not a list', validateMetricSet, { items: { a: 1 } }, 'invalid-type', 'items'],
  [
    'metric set with a bad item',
    validateMetricSet,
    { items: [{ value: 1 }, { value: 'x' }] },
    'invalid-number',
    'items[1].value',
  ],
  // campaign
  ['campaign not an object', validateCampaign, 'batyr', 'invalid-type', 'campaign'],
  ['campaign is an array', validateCampaign, [campaign], 'invalid-type', 'campaign'],
  ['goal missing', validateCampaign, { raised: 1 }, 'missing-field', 'goal'],
  ['goal zero', validateCampaign, { goal: 0 }, 'invalid-goal', 'goal'],
  ['goal negative', validateCampaign, { goal: -5 }, 'negative-value', 'goal'],
  ['goal a word', validateCampaign, { goal: 'many' }, 'invalid-number', 'goal'],
  ['goal an object', validateCampaign, { goal: { value: 1 } }, 'invalid-number', 'goal'],
  ['goal absurd', validateCampaign, { goal: 1e20 }, 'absurd-value', 'goal'],
  ['goal infinite', validateCampaign, { goal: Infinity }, 'invalid-number', 'goal'],
  ['raised negative', validateCampaign, { ...campaign, raised: -1 }, 'negative-value', 'raised'],
  ['raised NaN', validateCampaign, { ...campaign, raised: NaN }, 'invalid-number', 'raised'],
  ['currency unknown', validateCampaign, { ...campaign, currency: 'XYZ' }, 'unknown-currency', 'currency'],
  ['currency malformed', validateCampaign, { ...campaign, currency: 'tenge' }, 'unknown-currency', 'currency'],
  ['currency a number', validateCampaign, { ...campaign, currency: 398 }, 'invalid-type', 'currency'],
  [
    'title with markup',
    validateCampaign,
    { ...campaign, title: '<script>alert(1)</script>' },
    'markup-in-text',
    'title',
  ],
  [
    'localized title with markup',
    validateCampaign,
    { ...campaign, title: { ru: '<b>Сбор</b>' } },
    'markup-in-text',
    'title.ru',
  ],
  ['title a number', validateCampaign, { ...campaign, title: 5 }, 'invalid-type', 'title'],
  ['endsAt not a date', validateCampaign, { ...campaign, endsAt: 'tomorrow' }, 'invalid-date', 'endsAt'],
  ['updatedAt impossible', validateCampaign, { ...campaign, updatedAt: '2026-13-45' }, 'invalid-date', 'updatedAt'],
  ['milestones not a list', validateCampaign, { ...campaign, milestones: 5 }, 'invalid-type', 'milestones'],
  ['milestone not an object', validateCampaign, { ...campaign, milestones: [5] }, 'invalid-type', 'milestones[0]'],
  [
    'milestone negative',
    validateCampaign,
    { ...campaign, milestones: [{ amount: -1 }] },
    'negative-value',
    'milestones[0].amount',
  ],
  ['id a number', validateCampaign, { ...campaign, id: 7 }, 'invalid-type', 'id'],
  // metric
  ['metric not an object', validateMetric, null, 'invalid-type', 'metric'],
  ['metric value missing', validateMetric, { format: 'number' }, 'missing-field', 'value'],
  ['metric value negative', validateMetric, { value: -3 }, 'negative-value', 'value'],
  ['metric value text', validateMetric, { value: 'a lot' }, 'invalid-number', 'value'],
  ['metric value absurd', validateMetric, { value: 1e16 }, 'absurd-value', 'value'],
  ['metric format unknown', validateMetric, { value: 1, format: 'emoji' }, 'invalid-type', 'format'],
  ['metric percent absurd', validateMetric, { value: 90, format: 'percent' }, 'absurd-value', 'value'],
  [
    'metric currency unknown',
    validateMetric,
    { value: 1, format: 'currency', currency: 'ABC' },
    'unknown-currency',
    'currency',
  ],
  ['metric label markup', validateMetric, { value: 1, label: { en: '<a href=x>x</a>' } }, 'markup-in-text', 'label.en'],
  ['metric noun not an object', validateMetric, { value: 1, noun: 'family' }, 'invalid-type', 'noun'],
  ['metric noun forms not text', validateMetric, { value: 1, noun: { en: [1, 2] } }, 'invalid-type', 'noun.en[0]'],
  ['metric noun forms empty', validateMetric, { value: 1, noun: { ru: [] } }, 'missing-field', 'noun.ru'],
  ['metric noun markup', validateMetric, { value: 1, noun: { kk: '<i>бала</i>' } }, 'markup-in-text', 'noun.kk'],
  // event
  ['event not an object', validateEvent, 'x', 'invalid-type', 'event'],
  ['event title missing', validateEvent, { startsAt: event.startsAt }, 'missing-field', 'title'],
  ['event title empty', validateEvent, { ...event, title: '' }, 'missing-field', 'title'],
  ['event start missing', validateEvent, { title: 'x' }, 'missing-field', 'startsAt'],
  ['event start invalid', validateEvent, { ...event, startsAt: 'Saturday' }, 'invalid-date', 'startsAt'],
  [
    'event ends before start',
    validateEvent,
    { ...event, endsAt: '2027-01-24T10:00:00+05:00' },
    'invalid-date',
    'endsAt',
  ],
  ['event time zone unknown', validateEvent, { ...event, timezone: 'Asia/Nowhere' }, 'invalid-date', 'timezone'],
  ['event capacity zero', validateEvent, { ...event, capacity: 0 }, 'invalid-number', 'capacity'],
  ['event capacity fractional', validateEvent, { ...event, capacity: 2.5 }, 'invalid-number', 'capacity'],
  ['event capacity absurd', validateEvent, { ...event, capacity: 5e6 }, 'absurd-value', 'capacity'],
  ['event registered negative', validateEvent, { ...event, registered: -1 }, 'negative-value', 'registered'],
  ['event location markup', validateEvent, { ...event, location: '<iframe src=x>' }, 'markup-in-text', 'location'],
  ['event url javascript:', validateEvent, { ...event, url: 'javascript:alert(1)' }, 'invalid-url', 'url'],
  ['event url http:', validateEvent, { ...event, url: 'http://ngo.kz/event' }, 'invalid-url', 'url'],
  ['event url protocol-relative', validateEvent, { ...event, url: '//evil.example/x' }, 'invalid-url', 'url'],
  ['event url data:', validateEvent, { ...event, url: 'data:text/html,<b>' }, 'invalid-url', 'url'],
  // role
  ['role not an object', validateRole, [], 'invalid-type', 'role'],
  ['role title missing', validateRole, { skills: [] }, 'missing-field', 'title'],
  ['role skills not a list', validateRole, { ...role, skills: 'driving' }, 'invalid-type', 'skills'],
  ['role skill markup', validateRole, { ...role, skills: ['<b>it</b>'] }, 'markup-in-text', 'skills[0]'],
  ['role shifts of numbers', validateRole, { ...role, shifts: [1] }, 'invalid-type', 'shifts[0]'],
  ['role min age absurd', validateRole, { ...role, minAge: 150 }, 'absurd-value', 'minAge'],
  ['role min age fractional', validateRole, { ...role, minAge: 17.5 }, 'invalid-number', 'minAge'],
  [
    'role description markup',
    validateRole,
    { ...role, description: { en: '<p>x</p>' } },
    'markup-in-text',
    'description.en',
  ],
  [
    'role skills too many',
    validateRole,
    { ...role, skills: Array.from({ length: 10_001 }, () => 'x') },
    'absurd-value',
    'skills',
  ],
  // allocation
  ['allocation not an object', validateAllocation, 5, 'invalid-type', 'allocation'],
  ['allocation items missing', validateAllocation, {}, 'missing-field', 'items'],
  ['allocation items empty', validateAllocation, { items: [] }, 'missing-field', 'items'],
  ['allocation items not a list', validateAllocation, { items: {} }, 'invalid-type', 'items'],
  ['allocation item not an object', validateAllocation, { items: ['x'] }, 'invalid-type', 'items[0]'],
  ['allocation item label missing', validateAllocation, { items: [{ amount: 1 }] }, 'missing-field', 'items[0].label'],
  [
    'allocation item amount negative',
    validateAllocation,
    { items: [{ label: 'x', amount: -1 }] },
    'negative-value',
    'items[0].amount',
  ],
  [
    'allocation currency unknown',
    validateAllocation,
    { ...allocation, currency: 'QQQ' },
    'unknown-currency',
    'currency',
  ],
  // donors
  ['donors not an object', validateDonors, 'x', 'invalid-type', 'donors'],
  ['donors items missing', validateDonors, {}, 'missing-field', 'items'],
  ['donor not an object', validateDonors, { items: [null] }, 'invalid-type', 'items[0]'],
  ['donor name not text', validateDonors, { items: [{ name: 5 }] }, 'invalid-type', 'items[0].name'],
  ['donor message not text', validateDonors, { items: [{ message: {} }] }, 'invalid-type', 'items[0].message'],
  ['donors campaign markup', validateDonors, { items: [], campaign: '<b>x</b>' }, 'markup-in-text', 'campaign'],
  ['donor amount negative', validateDonors, { items: [{ amount: -5 }] }, 'negative-value', 'items[0].amount'],
  ['donor date invalid', validateDonors, { items: [{ date: 'yesterday' }] }, 'invalid-date', 'items[0].date'],
  ['donors currency unknown', validateDonors, { ...donors, currency: 'ZZZ' }, 'unknown-currency', 'currency'],
  [
    'donors list absurd',
    validateDonors,
    { items: Array.from({ length: 10_001 }, () => ({})) },
    'absurd-value',
    'items',
  ],
];

describe('validation of every kind', () => {
  for (const [label, validate, payload, code, field] of cases) {
    it(`${label} → ${code}`, () => {
      let caught: unknown;
      try {
        validate(payload);
      } catch (error) {
        caught = error;
      }
      expect(caught, 'must throw').to.be.instanceOf(QoldauError);
      expect((caught as QoldauError).code).to.equal(code);
      if (field) expect((caught as QoldauError).field).to.equal(field);
    });
  }

  it('accepts every resource of the sample data', async () => {
    const sample = (await (await fetch('/test/server/sample-data.json')).json()) as Record<string, never[]> & {
      allocation: unknown;
    };
    for (const item of sample.campaigns) expect(validateCampaign(item).goal).to.be.greaterThan(0);
    for (const item of sample.metrics) expect(validateMetric(item).value).to.be.at.least(0);
    for (const item of sample.events) expect(validateEvent(item).startsAt).to.be.instanceOf(Date);
    for (const item of sample.volunteerRoles) expect(validateRole(item).skills.length).to.be.greaterThan(0);
    expect(validateAllocation(sample.allocation).items).to.have.length(4);
  });

  it('accepts compact metrics and metric sets', () => {
    expect(validateMetric({ value: 24500000, format: 'compact', currency: 'kzt' })).to.deep.equal({
      value: 24500000,
      format: 'compact',
      currency: 'KZT',
    });
    const set = validateMetricSet({
      id: '2026',
      items: [
        { id: 'a', value: 1 },
        { id: 'b', value: 0.5, format: 'percent' },
      ],
    });
    expect(set.items.map((metric) => metric.id)).to.deep.equal(['a', 'b']);
  });

  it('fills defaults and normalises', () => {
    expect(validateMetric({ value: '1 000' })).to.deep.equal({ value: 1000, format: 'number' });
    expect(validateMetric({ value: 5, format: 'currency' }).currency).to.equal('KZT');
    expect(validateMetric({ value: 1, noun: { kk: 'бала', en: ['child', 'children'] } }).noun).to.deep.equal({
      kk: ['бала'],
      en: ['child', 'children'],
    });
    const parsed = validateEvent({ ...event, endsAt: null, capacity: null, url: '/events/seminar' });
    // toSafeUrl answers with the absolute URL the browser will use (issue #8).
    expect(parsed).to.include({
      timezone: 'Asia/Almaty',
      registered: 0,
      url: new URL('/events/seminar', document.baseURI).href,
    });
    expect(parsed.capacity).to.equal(undefined);
    expect(validateEvent({ ...event, url: 'https://ngo.kz/e' }).url).to.equal('https://ngo.kz/e');
    expect(validateRole({ ...role, minAge: null })).to.deep.equal({
      title: { kk: 'Жүргізуші' },
      skills: [],
      shifts: [],
      guardian: false,
      guardianMinAge: 14,
      timezone: 'Asia/Almaty',
    });
    expect(validateAllocation(allocation).currency).to.equal('KZT');
    const list = validateDonors({
      id: 'x',
      currency: 'usd',
      items: [{ name: null, amount: 5, date: '2026-11-20' }, {}],
    });
    expect(list.currency).to.equal('USD');
    expect(list.items[0]).to.deep.equal({ amount: 5, date: new Date('2026-11-20T00:00:00+05:00') });
    expect(list.items[1]).to.deep.equal({});
    expect(validateDonors({ items: [{ message: 'I <3 you' }] }).items[0].message).to.equal('I <3 you');
    // Donors' own words: markup stays text (the wall renders text), control characters go, blank is absent.
    expect(
      validateDonors({
        campaign: 'batyr-van',
        items: [{ name: '<img src=x onerror=alert(1)>', message: 'hi <svg onload=x>' }],
      }),
    ).to.deep.equal({
      campaign: 'batyr-van',
      currency: 'KZT',
      items: [{ name: '<img src=x onerror=alert(1)>', message: 'hi <svg onload=x>' }],
    });
    expect(
      validateDonors({ items: [{ name: ' \u0000\u0007 ', message: 'a\u0000b\u009f\nc\u200f' }] }).items[0],
    ).to.deep.equal({
      message: 'ab\nc\u200f',
    });
    expect(toCount('12', 'n')).to.equal(12);
    // Events, roles and donor lists are validated by modules of their own (read() loads them for `event`, `role`).
    expect(Object.keys(validators)).to.deep.equal(['campaign', 'metric', 'metrics', 'series', 'allocation']);
  });
});
