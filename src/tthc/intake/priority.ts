/**
 * The processing order of dossiers (docs/domain.md §3): online before direct before postal; within a
 * channel, earlier receipt first; ties broken by id, so the order is total and stable.
 *
 * @module
 */
import { WorktimeError, describe } from '../../errors.js';
import { toEpoch } from '../../time/instant.js';
import type { InstantInput } from '../../time/instant.js';
import { CompiledZone, VIETNAM_ZONE } from '../../time/zone.js';
import type { Channel } from '../types.js';

/** Anything that can be put in the processing queue. */
export interface Queued {
  /** How it was received: trực tuyến, trực tiếp, bưu chính công ích. */
  channel: Channel;
  /** When it was received; a wall-clock string is read in Asia/Ho_Chi_Minh. */
  receivedAt: InstantInput;
  /** Breaks ties between dossiers of one channel received at the same instant. */
  id?: string;
}

/** Processing rank per channel; a Map, so that 'constructor' or '__proto__' is no channel. */
const RANK: ReadonlyMap<unknown, number> = new Map<unknown, number>([
  ['online', 0],
  ['direct', 1],
  ['postal', 2],
]);

interface Key {
  readonly rank: number;
  readonly at: number;
  readonly id: string | undefined;
}

function keyOf(item: unknown, name: string): Key {
  if (typeof item !== 'object' || item === null) {
    throw new WorktimeError('INVALID_ARGUMENT', `Expected \`${name}\` to be { channel, receivedAt, id? }, got ${describe(item)}`, { [name]: item });
  }
  const { channel, receivedAt, id } = item as Record<string, unknown>;
  const rank = RANK.get(channel);
  if (rank === undefined) {
    throw new WorktimeError('INVALID_ARGUMENT', `Expected \`${name}.channel\` to be 'online', 'direct' or 'postal', got ${describe(channel)}`, {
      [name]: item,
    });
  }
  if (id !== undefined && typeof id !== 'string') {
    throw new WorktimeError('INVALID_ARGUMENT', `Expected \`${name}.id\` to be a string, got ${describe(id)}`, { [name]: item });
  }
  return { rank, at: toEpoch(receivedAt, CompiledZone.get(VIETNAM_ZONE), `${name}.receivedAt`), id };
}

function compareKeys(a: Key, b: Key): number {
  if (a.rank !== b.rank) return a.rank < b.rank ? -1 : 1;
  if (a.at !== b.at) return Math.sign(a.at - b.at);
  if (a.id === b.id) return 0;
  if (a.id === undefined) return 1;
  if (b.id === undefined) return -1;
  return a.id < b.id ? -1 : 1;
}

/**
 * Compares two dossiers in processing order: online < direct < postal, then earlier
 * `receivedAt`, then `id` (a dossier without an id comes after those with one). Usable with
 * `Array.prototype.sort`: -1 when `a` comes first, 1 when `b` does, 0 for the same place.
 *
 * @throws WorktimeError `INVALID_ARGUMENT` (unknown channel, id not a string), `INVALID_INSTANT`.
 * @example
 * comparePriority({ channel: 'postal', receivedAt: '2026-03-10T08:00' },
 *                 { channel: 'online', receivedAt: '2026-03-10T09:00' }); //=> 1 (online first)
 */
export function comparePriority(a: Queued, b: Queued): number {
  return compareKeys(keyOf(a, 'a'), keyOf(b, 'b'));
}

/**
 * A new array of the items in processing order; stable (equal items keep their input order).
 * Each item's key is computed once, so 100,000 dossiers sort in a fraction of a second.
 *
 * @throws WorktimeError `INVALID_ARGUMENT` when `items` is not an array or an item is invalid
 *   (the message names its index), `INVALID_INSTANT`.
 * @example
 * sortByPriority([
 *   { id: 'B', channel: 'direct', receivedAt: '2026-03-10T07:30' },
 *   { id: 'A', channel: 'online', receivedAt: '2026-03-10T09:00' },
 * ]).map((d) => d.id); //=> ['A', 'B']
 */
export function sortByPriority<T extends Queued>(items: readonly T[]): T[] {
  if (!Array.isArray(items)) {
    throw new WorktimeError('INVALID_ARGUMENT', `Expected \`items\` to be an array of { channel, receivedAt, id? }, got ${describe(items)}`, { items });
  }
  const keyed = items.map((item: T, index: number) => ({ item, key: keyOf(item, `items[${index}]`) }));
  // Array.prototype.sort is stable: equal keys keep their input order.
  keyed.sort((x, y) => compareKeys(x.key, y.key));
  return keyed.map((k) => k.item);
}
