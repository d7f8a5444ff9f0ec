// The data adapter: configuration, reading (sources, cache, refresh) and writing (outbox, sinks).
export { configure, getConfig, configFromScriptTag } from './config.js';
export { registerScriptTag } from './script-tag.js';
export { read, refresh, watch } from './read.js';
export { submit, outbox, purgeOutbox } from './outbox.js';
export type * from './types.js';
