// One import for npm users: every component registered, plus the whole public API.
import '@qoldau/elements/donation-progress/define.js';
import '@qoldau/elements/impact-counter/define.js';
import '@qoldau/elements/impact-counters/define.js';
import '@qoldau/charts/impact-chart/define.js';
import '@qoldau/elements/event-signup/define.js';
import '@qoldau/elements/volunteer-form/define.js';
import '@qoldau/elements/donor-wall/define.js';
import '@qoldau/elements/donate/define.js';

export * from '@qoldau/core';
export * from '@qoldau/elements';
export * from '@qoldau/charts';
