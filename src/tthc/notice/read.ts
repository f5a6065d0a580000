/**
 * The one place that reads the untrusted notice and context: each own property at most once,
 * inside try/catch, into plain data — primitives as they are, anything else by its description.
 * An inherited or polluted prototype value never counts; throwing getters and Proxy traps,
 * revoked Proxies, cycles, shared objects and arrays of any length are read safely and boundedly.
 *
 * @module
 */
import { WorkingCalendar } from '../../calendar/WorkingCalendar.js';
import { CompiledZone } from '../../time/zone.js';
import { readInstant } from './instant.js';
import type { InstantRead } from './instant.js';
import { UNREADABLE_VALUE, describeValue, isArray } from './text.js';
import type { NoticeText } from './types.js';

/** Most guidance items or channels examined. */
export const MAX_ITEMS = 200;
/** Most previous notices examined. */
export const MAX_PREVIOUS = 100_000;

/** An object, a function or a value that could not be read: its description, and for an instant field (a Date, a DateTime) its reading. */
export type Opaque = { readonly is: 'opaque'; readonly got: NoticeText; readonly instant?: InstantRead };
/** A value of the input as plain data. */
export type Plain = string | number | boolean | bigint | symbol | null | undefined | Opaque;
/** An array whose length could be read: that length and its first items. */
export type List<T> = { readonly is: 'list'; readonly length: number; readonly items: readonly T[] };
export type PlainChannel = { readonly is: 'record'; readonly type: Plain; readonly to: Plain };
/** A previous notice that is an object, or the notice being checked itself. */
export type PlainPrevious = { readonly is: 'self' } | { readonly is: 'record'; readonly dossierId: Plain; readonly kind: Plain; readonly issuedAt: Plain };
export type PlainCalendar = { readonly is: 'calendar'; readonly calendar: WorkingCalendar; readonly zone: CompiledZone };

/** The notice: its fields, or what it is (`got`) when it is not an object, and then no field. */
export interface PlainNotice {
  readonly got?: NoticeText;
  readonly dossierId: Plain;
  readonly kind: Plain;
  readonly issuedAt: Plain;
  readonly content: Plain;
  readonly reason: Plain;
  readonly guidance: Plain | List<Plain>;
  readonly authority: Plain;
  readonly channels: Plain | List<Plain | PlainChannel>;
}

/** The context: its options and own keys (`undefined` when they cannot be listed), or what it is (`got`) when it is not an object. */
export interface PlainContext {
  readonly got?: NoticeText;
  readonly keys: readonly string[] | undefined;
  readonly calendar: Plain | PlainCalendar;
  readonly submittedAt: Plain;
  readonly previousNotices: Plain | List<Plain | PlainPrevious>;
  readonly rules: Plain;
}

/** Whether `value` is a part of the plain data of kind `kind`. */
export function is<V, K extends string>(value: V, kind: K): value is Extract<V, { readonly is: K }> {
  return typeof value === 'object' && value !== null && (value as { is?: unknown }).is === kind;
}

/** The zone wall-clock strings are read in: the calendar's, or that of `civilServiceCalendar()`. */
export function zoneOf(calendar: Plain | PlainCalendar): CompiledZone {
  return is(calendar, 'calendar') ? calendar.zone : CompiledZone.get('Asia/Ho_Chi_Minh');
}

/** What reading a property that threw gives (never a value of the input). */
const THREW = Symbol('unreadable');
const UNREADABLE: Opaque = { is: 'opaque', got: UNREADABLE_VALUE };
const NO_NOTICE = { dossierId: undefined, kind: undefined, issuedAt: undefined, content: undefined, reason: undefined, guidance: undefined, authority: undefined, channels: undefined };
const NO_CONTEXT: PlainContext = { keys: [], calendar: undefined, submittedAt: undefined, previousNotices: undefined, rules: undefined };

/** An object that properties are read from: not null, not a function, not an array, not a revoked Proxy. */
const isRecord = (value: unknown): value is object => typeof value === 'object' && value !== null && isArray(value) === false;

/** A value as plain data: a primitive as it is, an object or a function by its description. */
function plain(value: unknown): Plain {
  if (value === THREW) return UNREADABLE;
  return (typeof value === 'object' && value !== null) || typeof value === 'function' ? { is: 'opaque', got: describeValue(value) } : (value as Plain);
}

/** Reads the notice `notice` and the context `context` once into plain data. Never throws. */
export function readInput(notice: unknown, context: unknown): { notice: PlainNotice; context: PlainContext } {
  /** The own properties read so far: one met again (a cycle, a shared object) is not read again. */
  const seen = new WeakMap<object, Map<string, unknown>>();
  const own = (target: object, key: string): unknown => {
    const known = seen.get(target) ?? new Map<string, unknown>();
    seen.set(target, known);
    if (!known.has(key)) {
      try {
        known.set(key, Object.hasOwn(target, key) ? (target as Record<string, unknown>)[key] : undefined);
      } catch {
        known.set(key, THREW);
      }
    }
    return known.get(key);
  };
  /** An array with a readable length as the list of its first `max` items. */
  const list = <T>(value: unknown, max: number, item: (value: unknown) => T): List<T> | Plain => {
    const length = isArray(value) === true ? own(value as object, 'length') : undefined;
    if (!Number.isSafeInteger(length) || (length as number) < 0) return plain(value);
    return { is: 'list', length: length as number, items: Array.from({ length: Math.min(length as number, max) }, (_, i) => item(own(value as object, String(i)))) };
  };
  /** An instant field: a primitive as it is (read later, in the zone of the check); an object read as an instant now. */
  const instant = (value: unknown, zone: CompiledZone): Plain => {
    const read = plain(value);
    return is(read, 'opaque') && read !== UNREADABLE ? { ...read, instant: readInstant(value, zone) } : read;
  };
  const calendar = (value: unknown): Plain | PlainCalendar => {
    try {
      if (value instanceof WorkingCalendar) return { is: 'calendar', calendar: value, zone: CompiledZone.get(value.zone) };
    } catch {
      // A Proxy or a look-alike: not a calendar.
    }
    return plain(value);
  };

  let ctx = NO_CONTEXT;
  if (context !== undefined && !isRecord(context)) ctx = { ...NO_CONTEXT, got: describeValue(context) };
  else if (context !== undefined) {
    let keys: string[] | undefined;
    try {
      keys = Object.keys(context);
    } catch {
      keys = undefined;
    }
    const cal = calendar(own(context, 'calendar'));
    const previous = (item: unknown): Plain | PlainPrevious => {
      if (!isRecord(item)) return plain(item);
      if (item === notice) return { is: 'self' };
      return { is: 'record', dossierId: plain(own(item, 'dossierId')), kind: plain(own(item, 'kind')), issuedAt: instant(own(item, 'issuedAt'), zoneOf(cal)) };
    };
    ctx = {
      keys,
      calendar: cal,
      submittedAt: instant(own(context, 'submittedAt'), zoneOf(cal)),
      previousNotices: list(own(context, 'previousNotices'), MAX_PREVIOUS, previous),
      rules: plain(own(context, 'rules')),
    };
  }
  if (!isRecord(notice)) return { notice: { ...NO_NOTICE, got: describeValue(notice) }, context: ctx };
  const field = (key: string): Plain => plain(own(notice, key));
  const channel = (item: unknown): Plain | PlainChannel => (isRecord(item) ? { is: 'record', type: plain(own(item, 'type')), to: plain(own(item, 'to')) } : plain(item));
  const fields: PlainNotice = {
    dossierId: field('dossierId'),
    kind: field('kind'),
    issuedAt: instant(own(notice, 'issuedAt'), zoneOf(ctx.calendar)),
    content: field('content'),
    reason: field('reason'),
    guidance: list(own(notice, 'guidance'), MAX_ITEMS, plain),
    authority: field('authority'),
    channels: list(own(notice, 'channels'), MAX_ITEMS, channel),
  };
  return { notice: fields, context: ctx };
}
