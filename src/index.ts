/**
 * vn-worktime: exact working-time arithmetic for Vietnamese administrative procedures.
 * Re-exports every subpath.
 *
 * @module
 */
export * from './calendar/index.js';
export * from './lunar/index.js';
export * from './vietnam/index.js';
export * from './tthc/index.js';
