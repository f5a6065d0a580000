export { WorktimeError } from '../errors.js';
