// @qoldau/core: framework-free formatting, validation and the data adapter (no Lit, no DOM rendering).
export * from './errors.js';
export * from './format.js';
export * from './format-date.js';
export * from './validate.js';
export * from './validate-url.js';
export * from './validate-bounds.js';
export * from './validate-structure.js';
export * from './validate-metric.js';
export * from './validate-series.js';
export * from './validate-allocation.js';
export * from './validate-resources.js';
export * from './validate-event.js';
export * from './validate-role.js';
export * from './validate-donate.js';
export * from './data/index.js';
export * from './validate-form.js';
export * from './calendar.js';
