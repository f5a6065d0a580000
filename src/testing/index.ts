/**
 * `vn-worktime/testing`: fast-check arbitraries and fixtures for the tests of systems built on
 * vn-worktime — instants, instants inside working time, calendar specs, dossiers and notices —
 * and the official 2025–2026 civil-service days off and worked Saturdays, with their sources.
 *
 * fast-check is an optional peer dependency: install it (`npm install -D fast-check`) to use this
 * entry point; the rest of the package never loads it.
 *
 * @example
 * import fc from 'fast-check';
 * import { civilServiceCalendar } from 'vn-worktime';
 * import { workingInstant } from 'vn-worktime/testing';
 * const civil = civilServiceCalendar();
 * fc.assert(fc.property(workingInstant(civil), (t) => civil.isWorkingTime(t)));
 *
 * @module
 */
import fc from 'fast-check';
import { DateTime } from 'luxon';
import type { WorkingCalendar } from '../calendar/WorkingCalendar.js';
import type { CalendarSpec, TimeRange, Weekday } from '../calendar/spec.js';
import type { Notice } from '../tthc/notice/types.js';
import type { Dossier } from '../tthc/report/dossierRecord.js';
import type { Channel } from '../tthc/types.js';
import { officialSchedule } from '../vietnam/officialSchedule.js';
import type { OfficialSchedule } from '../vietnam/types.js';

/** The options of {@link instant}. */
export interface InstantOptions {
  /** The earliest instant, ISO 8601. @defaultValue `'2020-01-01T00:00+07:00'` */
  from?: string;
  /** The latest instant, ISO 8601. @defaultValue `'2030-12-31T23:59+07:00'` */
  to?: string;
  /** The zone of the returned DateTimes. @defaultValue `'Asia/Ho_Chi_Minh'` */
  zone?: string;
}

function bound(text: string, name: string): number {
  const ms = DateTime.fromISO(text, { setZone: true }).toMillis();
  if (!Number.isFinite(ms)) throw new TypeError(`vn-worktime/testing: ${name} must be an ISO 8601 instant, got ${JSON.stringify(text)}`);
  return ms;
}

/**
 * Instants (luxon DateTimes) on a one-minute grid, with more of the edges a clerk meets: the
 * quarter hours, 07:00, 11:30, 13:30, 17:00 and midnight in Vietnam.
 */
export function instant(options: InstantOptions = {}): fc.Arbitrary<DateTime> {
  const from = bound(options.from ?? '2020-01-01T00:00+07:00', 'from');
  const to = bound(options.to ?? '2030-12-31T23:59+07:00', 'to');
  const zone = options.zone ?? 'Asia/Ho_Chi_Minh';
  const minutes = fc.integer({ min: Math.ceil(from / 60_000), max: Math.floor(to / 60_000) }).map((m) => m * 60_000);
  const edges = fc
    .tuple(fc.integer({ min: Math.ceil(from / 86_400_000), max: Math.floor(to / 86_400_000) }), fc.constantFrom(0, 7 * 60, 11 * 60 + 30, 13 * 60 + 30, 17 * 60))
    .map(([day, minute]) => Math.min(to, Math.max(from, day * 86_400_000 + (minute - 7 * 60) * 60_000)));
  return fc.oneof({ arbitrary: minutes, weight: 3 }, { arbitrary: edges, weight: 1 }).map((ms) => DateTime.fromMillis(ms, { zone }));
}

/** Instants inside the working time of `calendar` (each is a working period's start or later). */
export function workingInstant(calendar: WorkingCalendar, options: Omit<InstantOptions, 'zone'> = {}): fc.Arbitrary<DateTime> {
  const to = bound(options.to ?? '2030-12-31T23:59+07:00', 'to');
  return instant({ ...options, zone: calendar.zone })
    .map((t) => calendar.nextWorkingTime(t))
    .filter((t) => t.toMillis() <= to && calendar.isWorkingTime(t));
}

const WEEKDAYS: Weekday[] = ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'];
const hhmm = (quarter: number): string => `${String(Math.floor(quarter / 4)).padStart(2, '0')}:${String((quarter % 4) * 15).padStart(2, '0')}`;

/** 0–3 ranges of a day on a 15-minute grid, touching allowed, ending at 24:00 at the latest. */
const dayRanges: fc.Arbitrary<TimeRange[]> = fc.uniqueArray(fc.integer({ min: 0, max: 96 }), { maxLength: 6 }).map((points) => {
  const sorted = [...points].sort((a, b) => a - b);
  if (sorted.length % 2 === 1) sorted.pop();
  const ranges: TimeRange[] = [];
  for (let i = 0; i < sorted.length; i += 2) ranges.push([hhmm(sorted[i] as number), hhmm(sorted[i + 1] as number)]);
  return ranges;
});

/**
 * Valid calendar specs: a week with some working time, holidays (some of them short days) and
 * extra workdays in 2024–2027, in Vietnam's zone or one with daylight saving.
 */
export function calendarSpec(): fc.Arbitrary<CalendarSpec> {
  const day = fc.integer({ min: Date.UTC(2024, 0, 1) / 86_400_000, max: Date.UTC(2027, 11, 31) / 86_400_000 });
  return fc
    .record({
      zone: fc.constantFrom('Asia/Ho_Chi_Minh', 'UTC', 'Europe/Berlin', 'America/New_York'),
      week: fc.tuple(...WEEKDAYS.map(() => dayRanges)),
      rules: fc.uniqueArray(fc.tuple(day, fc.integer({ min: 0, max: 3 }), dayRanges.filter((r) => r.length > 0)), { maxLength: 20, selector: ([d]) => d }),
    })
    .filter(({ week }) => week.some((r) => r.length > 0))
    .map(({ zone, week, rules }) => {
      const spec: CalendarSpec = { zone, week: {} };
      WEEKDAYS.forEach((d, i) => {
        const ranges = week[i] as TimeRange[];
        if (ranges.length > 0) spec.week[d] = ranges;
      });
      const holidays: NonNullable<CalendarSpec['holidays']> = [];
      const workdays: NonNullable<CalendarSpec['workdays']> = [];
      for (const [d, kind, hours] of rules) {
        const date = new Date(d * 86_400_000).toISOString().slice(0, 10);
        if (kind === 0) holidays.push(date);
        else if (kind === 1) holidays.push({ date, name: 'Nghỉ ngắn', hours });
        else if (kind === 2) workdays.push({ date, name: 'Làm bù' });
        else workdays.push({ date, hours });
      }
      if (holidays.length > 0) spec.holidays = holidays;
      if (workdays.length > 0) spec.workdays = workdays;
      return spec;
    });
}

/**
 * Valid dossiers as `summarize` and `evaluateDossier` take them: a channel, an acceptance with a
 * period in working days (1–30) or hours (1–40), sometimes a completion a little before or after,
 * sometimes a given deadline instead.
 */
export function dossier(options: InstantOptions = {}): fc.Arbitrary<Dossier> {
  const channel = fc.constantFrom<Channel>('online', 'direct', 'postal');
  const at = instant({ from: '2025-07-01T00:00+07:00', to: '2026-12-31T23:59+07:00', ...options });
  const period = fc.oneof(fc.integer({ min: 1, max: 30 }).map((workingDays) => ({ workingDays })), fc.integer({ min: 1, max: 40 }).map((workingHours) => ({ workingHours })));
  return fc
    .record({
      id: fc.integer({ min: 1, max: 999_999 }).map((n) => `HS-${String(n).padStart(6, '0')}`),
      channel,
      acceptedAt: at,
      period,
      completedAfterDays: fc.option(fc.integer({ min: 0, max: 60 }), { nil: undefined }),
      givenDeadline: fc.boolean(),
    })
    .map(({ id, channel: ch, acceptedAt, period: p, completedAfterDays, givenDeadline }) => {
      const d: Dossier = givenDeadline ? { id, channel: ch, deadline: acceptedAt.plus({ days: 10 }).toISODate() ?? '' } : { id, channel: ch, acceptedAt: acceptedAt.toISO() ?? '', period: p };
      if (completedAfterDays !== undefined) d.completedAt = acceptedAt.plus({ days: completedAfterDays, hours: 2 }).toISO() ?? '';
      return d;
    });
}

const CONTENTS = ['Hồ sơ chưa đầy đủ thành phần.', 'Hồ sơ không thuộc thẩm quyền giải quyết.', 'Hồ sơ không đủ điều kiện giải quyết.'];
const REASONS = ['Thiếu bản sao giấy khai sinh.', 'Thông tin trên tờ khai không khớp với giấy tờ tùy thân.', 'Thủ tục thuộc thẩm quyền của UBND cấp huyện.'];
const GUIDANCE = ['Nộp bản sao có chứng thực giấy khai sinh.', 'Sửa mục 3 của tờ khai cho khớp với căn cước.', 'Bổ sung văn bản ủy quyền có công chứng.'];

/** Valid notices (thông báo) of every kind, each with the fields its kind needs and a delivery channel. */
export function notice(): fc.Arbitrary<Notice> {
  return fc
    .record({
      dossierId: fc.integer({ min: 1, max: 999_999 }).map((n) => `HS-2026-${String(n).padStart(6, '0')}`),
      kind: fc.constantFrom<Notice['kind']>('supplement', 'refusal', 'redirect'),
      issuedAt: instant({ from: '2026-01-01T00:00+07:00', to: '2026-12-31T23:59+07:00' }),
      content: fc.constantFrom(...CONTENTS),
      reason: fc.constantFrom(...REASONS),
      guidance: fc.uniqueArray(fc.constantFrom(...GUIDANCE), { minLength: 1, maxLength: 3 }),
      channel: fc.constantFrom<Notice['channels'][number]>({ type: 'portal' }, { type: 'email', to: 'cong.dan@example.vn' }, { type: 'sms', to: '0912 345 678' }),
    })
    .map(({ issuedAt, channel, ...rest }) => ({
      ...rest,
      issuedAt: issuedAt.toISO() ?? '',
      channels: [channel],
      ...(rest.kind === 'redirect' && { authority: 'UBND huyện Dương Minh Châu' }),
    }));
}

/**
 * The official civil-service schedules of 2025 and 2026 (days off for a holiday reason, worked
 * Saturdays, the documents they rest on), for tests that pin the calendar of those years.
 */
export const fixtures: { readonly schedules: Readonly<Record<2025 | 2026, OfficialSchedule>> } = {
  schedules: { 2025: officialSchedule(2025), 2026: officialSchedule(2026) },
};
