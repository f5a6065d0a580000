/**
 * Brands that survive two copies of vn-worktime in one process. An application that loads the
 * package both with `import` (the ESM build) and `require` (the CJS build) has two
 * `WorkingCalendar` classes and two `WorktimeError` classes; `instanceof` against one rejects the
 * objects of the other. The classes answer `instanceof` through {@link Symbol.hasInstance} with a
 * brand registered under `Symbol.for`, which both copies share, so a calendar made by one copy is
 * accepted by the functions of the other and an error thrown by one is caught by the other's class.
 *
 * @module
 */

/** The brand of `WorkingCalendar` objects: a prototype method that checks its own private state. */
export const CALENDAR_BRAND: unique symbol = Symbol.for('vn-worktime.WorkingCalendar');

/** The brand of `WorktimeError` objects: `true` on the prototype. */
export const ERROR_BRAND: unique symbol = Symbol.for('vn-worktime.WorktimeError');

const SHARED = Symbol.for('vn-worktime.shared');

/** Reads a property without letting a hostile object (a Proxy, a throwing getter) throw. */
export function brandOf(value: unknown, brand: symbol): unknown {
  if ((typeof value !== 'object' && typeof value !== 'function') || value === null) return undefined;
  try {
    return (value as Record<symbol, unknown>)[brand];
  } catch {
    return undefined;
  }
}

/**
 * A value shared by every copy of the package in the process (kept on `globalThis` under a
 * `Symbol.for` key, not enumerable), created by the first copy that asks.
 */
export function shared<T>(name: string, create: () => T): T {
  const global = globalThis as unknown as Record<symbol, Record<string, unknown> | undefined>;
  let store = global[SHARED];
  if (store === undefined) {
    store = Object.create(null) as Record<string, unknown>;
    Object.defineProperty(globalThis, SHARED, { value: store, enumerable: false, configurable: false, writable: false });
  }
  if (!(name in store)) store[name] = create();
  return store[name] as T;
}
