// One import for npm users: every component registered, plus the whole public API.
import '@qoldau/elements/donation-progress/define.js';

export * from '@qoldau/core';
export * from '@qoldau/elements';
