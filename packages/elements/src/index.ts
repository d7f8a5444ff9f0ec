// @qoldau/elements: the component classes and shared helpers, free of side effects.
// Import `@qoldau/elements/<component>/define.js` (or the `qoldau` package) to register tags.
export { QoldauElement, VERSION } from './base/qoldau-element.js';
export { defineElement } from './base/define.js';
export { prefersReducedMotion, onFirstVisible } from './base/motion.js';
export { themeStyles } from './base/theme.js';
export type * from './base/events.js';
export { dispatchQoldauEvent } from './base/events.js';
export { submitThroughOutbox, type SubmissionResult } from './base/submission.js';
export { LiveData } from './base/live-data.js';
export { setLocale, getLocale, localeReady } from './localization.js';
export { keepPageOpenMessage } from './form/form-messages.js';
export { errorMessage, staleMessage } from './error-messages.js';
export { QoldauDonationProgress, type DonationProgressVariant } from './donation-progress/donation-progress.js';
export { QoldauImpactCounter, type ImpactCounterFormat } from './impact-counter/impact-counter.js';
export { QoldauImpactCounters } from './impact-counters/impact-counters.js';
export { QoldauEventSignup } from './event-signup/event-signup.js';
export { QoldauVolunteerForm } from './volunteer-form/volunteer-form.js';
export { QoldauDonorWall } from './donor-wall/donor-wall.js';
export { QoldauDonate } from './donate/donate.js';
