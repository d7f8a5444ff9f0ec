// Custom Elements Manifest settings for @qoldau/charts: the same conventions as @qoldau/elements
// (defineElement() registrations, expanded string-literal aliases, only qoldau-* events).
export { default } from '../elements/custom-elements-manifest.config.mjs';
