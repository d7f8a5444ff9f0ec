// React components for Qoldau's custom elements, for React 18 (React 19 can use the tags directly:
// see docs/frameworks.md). React 18 sets every prop of a custom element as a string attribute and
// never listens to custom events; @lit/react's wrappers set properties and add the listeners.
// Props are the elements' reactive properties; events are `onQoldau…` props named after the DOM
// event (`qoldau-goal-reached` → `onQoldauGoalReached`), typed with its detail.
import * as React from 'react';
import { createComponent, type EventName } from '@lit/react';
// The define modules register the tags (once, even next to the script-tag build on one page).
import { QoldauDonationProgress } from '@qoldau/elements/donation-progress/define.js';
import { QoldauImpactCounter } from '@qoldau/elements/impact-counter/define.js';
import { QoldauImpactCounters } from '@qoldau/elements/impact-counters/define.js';
import { QoldauEventSignup } from '@qoldau/elements/event-signup/define.js';
import { QoldauVolunteerForm } from '@qoldau/elements/volunteer-form/define.js';
import { QoldauDonorWall } from '@qoldau/elements/donor-wall/define.js';
import { QoldauDonate } from '@qoldau/elements/donate/define.js';
import { QoldauImpactChart } from '@qoldau/charts/impact-chart/define.js';
import type { QoldauEventMap } from '@qoldau/elements';

const event = <K extends keyof QoldauEventMap>(name: K) => name as EventName<QoldauEventMap[K]>;

function wrap<E extends HTMLElement, Events extends Record<string, EventName | string>>(
  tagName: string,
  elementClass: { new (): E },
  events: Events,
  displayName: string,
) {
  return createComponent({ react: React, tagName, elementClass, events, displayName });
}

/** `<qoldau-donation-progress>`: the fundraising goal meter. */
export const DonationProgress = wrap(
  'qoldau-donation-progress',
  QoldauDonationProgress,
  {
    onQoldauLoad: event('qoldau-load'),
    onQoldauError: event('qoldau-error'),
    onQoldauGoalReached: event('qoldau-goal-reached'),
  },
  'DonationProgress',
);

/** `<qoldau-impact-counter>`: one impact number with a pluralized noun. */
export const ImpactCounter = wrap(
  'qoldau-impact-counter',
  QoldauImpactCounter,
  { onQoldauLoad: event('qoldau-load'), onQoldauError: event('qoldau-error') },
  'ImpactCounter',
);

/** `<qoldau-impact-counters>`: a responsive group of counters. */
export const ImpactCounters = wrap(
  'qoldau-impact-counters',
  QoldauImpactCounters,
  { onQoldauError: event('qoldau-error') },
  'ImpactCounters',
);

/** `<qoldau-impact-chart>`: bar, doughnut or line chart with a data table. */
export const ImpactChart = wrap(
  'qoldau-impact-chart',
  QoldauImpactChart,
  { onQoldauLoad: event('qoldau-load'), onQoldauError: event('qoldau-error') },
  'ImpactChart',
);

/** `<qoldau-event-signup>`: sign-up for an event with limited seats (waiting list, consent, calendar). */
export const EventSignup = wrap(
  'qoldau-event-signup',
  QoldauEventSignup,
  {
    onQoldauLoad: event('qoldau-load'),
    onQoldauError: event('qoldau-error'),
    onQoldauSubmit: event('qoldau-submit'),
    onQoldauQueued: event('qoldau-queued'),
    onQoldauSuccess: event('qoldau-success'),
  },
  'EventSignup',
);

/** `<qoldau-volunteer-form>`: a volunteer application (skills, shifts with spots, a guardian's consent for minors). */
export const VolunteerForm = wrap(
  'qoldau-volunteer-form',
  QoldauVolunteerForm,
  {
    onQoldauLoad: event('qoldau-load'),
    onQoldauError: event('qoldau-error'),
    onQoldauSubmit: event('qoldau-submit'),
    onQoldauQueued: event('qoldau-queued'),
    onQoldauSuccess: event('qoldau-success'),
  },
  'VolunteerForm',
);

/** `<qoldau-donor-wall>`: the latest donors of a campaign, live, with the campaign's total. */
export const DonorWall = wrap(
  'qoldau-donor-wall',
  QoldauDonorWall,
  { onQoldauLoad: event('qoldau-load'), onQoldauError: event('qoldau-error') },
  'DonorWall',
);

/** `<qoldau-donate>`: suggested amounts and the hand-off to a payment page, Kaspi, CloudPayments or Stripe. */
export const Donate = wrap(
  'qoldau-donate',
  QoldauDonate,
  {
    onQoldauLoad: event('qoldau-load'),
    onQoldauError: event('qoldau-error'),
    onQoldauDonate: event('qoldau-donate'),
    onQoldauSuccess: event('qoldau-success'),
  },
  'Donate',
);

export { setLocale } from '@qoldau/elements';
