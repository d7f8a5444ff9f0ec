// The read side of the data adapter alone (`@qoldau/core/data/read`): what widgets that show data
// import. The write side (submit, outbox) is left out, so in the CDN build a page of meters and
// counters does not download it; `@qoldau/core/data` has both.
export { getConfig } from './config.js';
export { read, refresh, watch } from './read.js';
