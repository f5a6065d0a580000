/**
 * The official civil-service schedules as data: one {@link ScheduleDecision} per announced year,
 * each with the documents it rests on. A decision holds only what the Government decided (Tết's
 * days, the day next to 2 September, swapped days); fixed-date holidays and compensatory days
 * follow from the statute (`rules.ts`).
 *
 * **Adding a year** (e.g. 2027, expected in late 2026) is adding one object here:
 *
 * ```ts
 * { year: 2027, sources: ['Thông báo …/TB-BNV'],
 *   tet: { days: ['2027-02-04', …], source: 'Thông báo …/TB-BNV' },
 *   nationalDay: { date: '2027-09-03', source: 'Thông báo …/TB-BNV' },
 *   swaps: [] }
 * ```
 *
 * Years and evidence (secondary sources — news and legal-database copies — unless noted; the
 * URLs are in `reference/legal-notes.md` §5 for 2020–2026):
 * - 2018: Thông báo 573/TB-VPCP (14/12/2017) and Thông báo 5427/TB-LĐTBXH (22/12/2017) fix Tết
 *   and 2/9; the Ministry's proposal, Công văn 4092/LĐTBXH-ATLD, states that no day is swapped in
 *   2018 (lawnet.vn summaries).
 * - 2019: Thông báo 3238/TB-LĐTBXH (baonghean.vn, 11/9/2018): Tết DL swap of Monday 31/12/2018 for
 *   Saturday 5/1/2019, Tết 4–8/2, swap of Monday 29/4 for Saturday 4/5; Giỗ Tổ 13–15/4
 *   (vietnamnet.vn, Nhân Dân).
 * - 2020–2026: the documents named in each entry.
 * - 2013–2017: not encoded. Tết 2017 (26/1–1/2, no swap) and Tết 2014 (28/1–5/2 with Saturdays
 *   25/1 and 8/2 worked) were found in news without the rest of the year or a document number, so
 *   those years stay provisional.
 *
 * @module
 */
import { formatDay, parseDay } from '../time/civil.js';
import { deepFreeze } from './freeze.js';
import type { LocalizedName, ScheduleDecision } from './types.js';

const NEW_YEAR: LocalizedName = { vi: 'Tết Dương lịch', en: "New Year's Day" };
const APRIL_MAY: LocalizedName = { vi: 'Ngày Chiến thắng và Ngày Quốc tế Lao động', en: 'Reunification Day and Labour Day' };
const NATIONAL: LocalizedName = { vi: 'Quốc khánh', en: 'National Day' };

/** `count` consecutive dates from `first`. */
function days(first: string, count: number): string[] {
  const start = parseDay(first) ?? Number.NaN;
  return Array.from({ length: count }, (_, i) => formatDay(start + i));
}

const TB_3238 = 'Thông báo 3238/TB-LĐTBXH (2018), lịch nghỉ lễ, Tết năm 2019';

/** The announced years, oldest first. */
export const OFFICIAL_DECISIONS: readonly ScheduleDecision[] = deepFreeze([
  {
    year: 2018,
    sources: [
      'Thông báo 573/TB-VPCP (14/12/2017)',
      'Thông báo 5427/TB-LĐTBXH (22/12/2017)',
      'Công văn 4092/LĐTBXH-ATLD (2017): không hoán đổi ngày làm việc năm 2018',
    ],
    tet: { days: days('2018-02-14', 5), source: 'Thông báo 573/TB-VPCP; Thông báo 5427/TB-LĐTBXH (29 tháng Chạp – mùng 3)' },
    swaps: [],
    notes: 'Monday 31/12/2018 is off by the 2019 decision (Thông báo 3238/TB-LĐTBXH).',
  },
  {
    year: 2019,
    sources: [TB_3238, 'Giỗ Tổ 13–15/4/2019: vietnamnet.vn (Nhân Dân), "Total of 21 days for 2019 public holidays announced"'],
    tet: { days: days('2019-02-04', 5), source: `${TB_3238} (30 tháng Chạp – mùng 4)` },
    swaps: [
      { off: '2018-12-31', work: '2019-01-05', occasion: NEW_YEAR, source: TB_3238 },
      { off: '2019-04-29', work: '2019-05-04', occasion: APRIL_MAY, source: TB_3238 },
    ],
  },
  {
    year: 2020,
    sources: ['Thông báo 4544/TB-LĐTBXH (25/10/2019)'],
    tet: { days: days('2020-01-23', 5), source: 'Thông báo 4544/TB-LĐTBXH (29 tháng Chạp – mùng 3)' },
    swaps: [],
    notes: 'Last year of the Labour Code 2012: National Day is one day (2/9).',
  },
  {
    year: 2021,
    sources: ['Công văn 9895/VPCP-KGVX (26/11/2020)', 'Thông báo 4875/TB-LĐTBXH (2020)'],
    tet: { days: days('2021-02-10', 5), source: 'Công văn 9895/VPCP-KGVX; Thông báo 4875/TB-LĐTBXH (29 tháng Chạp – mùng 3)' },
    nationalDay: { date: '2021-09-03', source: 'Công văn 9895/VPCP-KGVX; Thông báo 4875/TB-LĐTBXH' },
    swaps: [],
  },
  {
    year: 2022,
    sources: ['Công văn 245/VPCP-KGVX (11/01/2022)'],
    tet: { days: days('2022-01-31', 5), source: 'Công văn 245/VPCP-KGVX (29 tháng Chạp – mùng 4)' },
    nationalDay: { date: '2022-09-01', source: 'Công văn 245/VPCP-KGVX' },
    swaps: [],
  },
  {
    year: 2023,
    sources: ['Công văn 8056/VPCP-KGVX (01/12/2022)'],
    tet: { days: days('2023-01-20', 5), source: 'Công văn 8056/VPCP-KGVX (29 tháng Chạp – mùng 3)' },
    nationalDay: { date: '2023-09-01', source: 'Công văn 8056/VPCP-KGVX' },
    swaps: [],
  },
  {
    year: 2024,
    sources: ['Công văn 8662/VPCP-KGVX (03/11/2023)', 'Công văn 2450/VPCP-KGVX (12/4/2024)'],
    tet: { days: days('2024-02-08', 5), source: 'Công văn 8662/VPCP-KGVX (29 tháng Chạp – mùng 3)' },
    nationalDay: { date: '2024-09-03', source: 'Công văn 8662/VPCP-KGVX' },
    swaps: [{ off: '2024-04-29', work: '2024-05-04', occasion: APRIL_MAY, source: 'Công văn 2450/VPCP-KGVX' }],
  },
  {
    year: 2025,
    sources: ['Công văn 8726/VPCP-KGVX (26/11/2024)', 'Quốc khánh 30/8–2/9/2025: vietnamnews.vn 1722634'],
    tet: { days: days('2025-01-27', 5), source: 'Công văn 8726/VPCP-KGVX (28 tháng Chạp – mùng 3)' },
    nationalDay: { date: '2025-09-01', source: 'vietnamnews.vn 1722634, "National Day holiday to last four days"' },
    swaps: [{ off: '2025-05-02', work: '2025-04-26', occasion: APRIL_MAY, source: 'Công văn 8726/VPCP-KGVX' }],
  },
  {
    year: 2026,
    sources: [
      'Công văn 12729/VPCP-KGVX (25/12/2025)',
      'Thông báo 9441/TB-BNV (16/10/2025)',
      'Công văn 9859/VPCP-KGVX (13/10/2025)',
    ],
    tet: { days: days('2026-02-16', 5), source: 'Thông báo 9441/TB-BNV (29 tháng Chạp – mùng 4)' },
    nationalDay: { date: '2026-09-01', source: 'Thông báo 9441/TB-BNV' },
    swaps: [
      { off: '2026-01-02', work: '2026-01-10', occasion: NEW_YEAR, source: 'Công văn 12729/VPCP-KGVX' },
      { off: '2026-08-31', work: '2026-08-22', occasion: NATIONAL, source: 'Thông báo 9441/TB-BNV' },
    ],
    notes:
      'Công văn 9859/VPCP-KGVX (13/10/2025) is the Prime Minister\'s approval of the Ministry of Home Affairs\' plan for Tết Bính Ngọ ' +
      'and 2/9, which Thông báo 9441/TB-BNV announced (number and date: chinhphu.vn document page docid 215596, as cited in a public ' +
      'repository note; secondary). No swap for 28–29/4/2026: Bộ Nội vụ, 06/3/2026 (cafef.vn). Tuesday 24/11/2026, Ngày Văn hóa Việt Nam, is a statutory day ' +
      'from the rule table (Nghị quyết 28/2026/QH16, in force 01/07/2026), not a decision of this year. A swap proposed for it ' +
      '(Monday 23/11 off, Saturday 28/11 worked) was never confirmed by a document found, so it is not in the data; an agency ' +
      'that applied it passes its own schedule.',
  },
] satisfies ScheduleDecision[]);
