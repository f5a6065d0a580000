/**
 * Returned instants and durations are luxon's types, never `any` (checked by `tsc --noEmit -p .`;
 * the packed tarball is checked the same way from a consumer project by .ci/pack-smoke.sh).
 */
import type { DateTime, Duration } from 'luxon';
import { describe, expectTypeOf, it } from 'vitest';
import { WorkingCalendar, civilServiceCalendar, intakeDeadline, processingDeadline, slaStatus } from '../../src/index.js';

describe('returned DateTime and Duration are not any', () => {
  const cal = civilServiceCalendar();
  it('calendar queries', () => {
    expectTypeOf(cal.nextWorkingTime('2026-03-13T20:00')).not.toBeAny();
    expectTypeOf(cal.nextWorkingTime('2026-03-13T20:00')).toEqualTypeOf<DateTime>();
    expectTypeOf(cal.workingTimeBetween(0, 1)).not.toBeAny();
    expectTypeOf(cal.workingTimeBetween(0, 1)).toEqualTypeOf<Duration>();
    expectTypeOf(WorkingCalendar.create).returns.not.toBeAny();
  });
  it('TTHC results', () => {
    expectTypeOf(intakeDeadline('2026-03-13T20:00').deadline).not.toBeAny();
    expectTypeOf(processingDeadline('2026-03-02T09:00', { workingDays: 5 }).deadline).toEqualTypeOf<DateTime | null>();
    expectTypeOf(slaStatus({ deadline: '2026-03-20T17:00', now: '2026-03-19T09:00' }).margin).not.toBeAny();
  });
});
