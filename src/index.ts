/**
 * vn-worktime: exact working-time arithmetic for Vietnamese administrative procedures.
 * Re-exports every subpath except `vn-worktime/testing` (which needs fast-check), and
 * `formatInstant`.
 *
 * @module
 */
export * from './calendar/index.js';
export * from './lunar/index.js';
export * from './vietnam/index.js';
export * from './tthc/index.js';
export { formatInstant } from './time/formatInstant.js';
export type { FormatInstantOptions } from './time/formatInstant.js';
