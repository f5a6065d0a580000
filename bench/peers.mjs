// The peer libraries of the benchmark, configured with the same calendar as vn-worktime's.
// Imported first by run.mjs: moment and dayjs read wall-clock time in the process's local zone,
// so the zone is set to Asia/Ho_Chi_Minh before either is loaded (Node applies a TZ change at once).
process.env.TZ = 'Asia/Ho_Chi_Minh';

import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);

/** Monday–Friday 07:00–11:30 and 13:30–17:00. */
export const HOURS = [['07:00', '11:30'], ['13:30', '17:00']];

/**
 * The 2024–2026 civil-service schedule: Monday–Friday days off and worked Saturdays (làm bù), as
 * `officialSchedule(year)` gives them (the documents are in src/vietnam/decisions.ts); 2026 with
 * 24 November (Ngày Văn hóa Việt Nam).
 */
const SCHEDULE = {
  2024: { off: '01-01 02-08 02-09 02-12 02-13 02-14 04-18 04-29 04-30 05-01 09-02 09-03', work: '05-04' },
  2025: { off: '01-01 01-27 01-28 01-29 01-30 01-31 04-07 04-30 05-01 05-02 09-01 09-02', work: '04-26' },
  2026: { off: '01-01 01-02 02-16 02-17 02-18 02-19 02-20 04-27 04-30 05-01 08-31 09-01 09-02 11-24', work: '01-10 08-22' },
};
const dates = (key) => Object.entries(SCHEDULE).flatMap(([y, s]) => s[key].split(' ').map((md) => `${y}-${md}`));
export const HOLIDAYS = dates('off'); // 36 days
export const WORKED_SATURDAYS = dates('work'); // 4 days; the two peers cannot express them

// moment-business-time: working hours and holidays are locale data.
export const moment = require('moment-business-time');
const flat = HOURS.flat().map((hm) => `${hm}:00`);
moment.updateLocale('en', {
  workinghours: { 0: null, 1: flat, 2: flat, 3: flat, 4: flat, 5: flat, 6: null },
  holidays: HOLIDAYS,
});

// dayjs-business-time: a dayjs plugin with global business hours and holidays.
export const dayjs = require('dayjs');
dayjs.extend(require('dayjs-business-time'));
const segments = HOURS.map(([start, end]) => ({ start: `${start}:00`, end: `${end}:00` }));
dayjs.setBusinessTime({
  sunday: null,
  monday: segments,
  tuesday: segments,
  wednesday: segments,
  thursday: segments,
  friday: segments,
  saturday: null,
});
dayjs.setHolidays(HOLIDAYS);

// date-holidays: Vietnam's public holidays from its own rules (not the civil-service schedule).
const Holidays = require('date-holidays');
export const holidaysVN = new Holidays('VN');

// lunar-javascript: the Chinese calendar (new moons and solar terms at UTC+8).
export const { Solar } = require('lunar-javascript');

// opening_hours (OpenStreetMap's syntax): the fastest peer that gives the same answers. It knows
// no working-time arithmetic; adding working time walks its iterator from change to change.
const OpeningHours = require('opening_hours');
const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
const ohDate = (iso) => `${iso.slice(0, 4)} ${MONTHS[Number(iso.slice(5, 7)) - 1]} ${iso.slice(8, 10)}`;
const ohHours = HOURS.map(([s, e]) => `${s}-${e}`).join(',');
/** The same calendar as vn-worktime's, worked Saturdays included (opening_hours can say them). */
export const OPENING_HOURS_RULE = [
  `Mo-Fr ${ohHours}`,
  ...HOLIDAYS.map((d) => `${ohDate(d)} off`),
  ...WORKED_SATURDAYS.map((d) => `${ohDate(d)} ${ohHours}`),
].join('; ');
export const openingHours = new OpeningHours(OPENING_HOURS_RULE, null, 0);

/** Earliest instant with `ms` of open time after `epoch`, walking the iterator. */
export function openingHoursAdd(epoch, ms) {
  const it = openingHours.getIterator(new Date(epoch));
  let left = ms;
  let t = epoch;
  for (;;) {
    const open = it.getState();
    if (!it.advance()) return undefined;
    const next = it.getDate().getTime();
    if (open) {
      if (next - t >= left) return t + left;
      left -= next - t;
    }
    t = next;
  }
}
