// @qoldau/core: framework-free formatting, validation and (later) the data adapter.
export * from './errors.js';
export * from './format.js';
export * from './validate.js';
