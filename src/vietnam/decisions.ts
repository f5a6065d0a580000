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
 * Years and evidence (secondary sources — news, legal-database copies of the documents and
 * provincial notices — unless noted; where each was read is in the entry's `sources`/`notes`,
 * docs/domain.md §5 and §12 for the statute):
 * - 2010: the Prime Minister's swap for Tết Canh Dần (Friday 19/2 off, Saturday 27/2 worked;
 *   document number not found) and Công văn 5971/VPCP-KGVX (Friday 3/9 off, Saturday 11/9
 *   worked). The Đại lễ 1000 năm Thăng Long days off were for Hà Nội only: not encoded.
 * - 2011: Công văn 9529/VPCP-KGVX (31/12/2010): Tết swap of 31/1 and 1/2 for Saturday 29/1 and
 *   Sunday 30/1; Giỗ Tổ swap of Monday 11/4 for Saturday 9/4. The Ministry's notice number was
 *   not found.
 * - 2012: Công văn 9197/VPCP-KGVX (27/12/2011): Friday 27/1 off, Saturday 4/2 worked.
 * - 2013: Công văn 9570/VPCP-KGVX (23/11/2012): swaps 31/12/2012 ↔ 5/1, 15/2 ↔ 23/2, 29/4 ↔ 4/5.
 * - 2014: Công văn 10525/VPCP-KGVX (12/12/2013): Tết 28/1–5/2 with Saturdays 25/1 and 8/2
 *   worked; 2/5 ↔ 26/4; 1/9 ↔ 6/9. The Ministry's notice number was not found.
 * - 2015: the Ministry's notice as reported (number not found; approving Công văn not found),
 *   which follows option 1 of Tờ trình 89/TTr-LĐTBXH (20/11/2014): 2/1 ↔ 27/12/2014, 16/2 ↔ 14/2,
 *   29/4 ↔ 25/4; 2/9 (Wednesday) one day.
 * - 2016: Thông báo 4659/TB-LĐTBXH (13/11/2015): Tết 7–11/2, no swap.
 * - 2017: Công văn 9794/VPCP-KGVX (14/11/2016): Tết 26/1–1/2; no swap found for the year.
 * - 2018: Thông báo 573/TB-VPCP (14/12/2017) and Thông báo 5427/TB-LĐTBXH (22/12/2017) fix Tết
 *   and 2/9; the Ministry's proposal, Công văn 4092/LĐTBXH-ATLD, states that no day is swapped in
 *   2018 (lawnet.vn summaries).
 * - 2019: Thông báo 3238/TB-LĐTBXH (baonghean.vn, 11/9/2018): Tết DL swap of Monday 31/12/2018 for
 *   Saturday 5/1/2019, Tết 4–8/2, swap of Monday 29/4 for Saturday 4/5; Giỗ Tổ 13–15/4
 *   (vietnamnet.vn, Nhân Dân).
 * - 2020–2026: the documents named in each entry; for 2026 also the Prime Minister's approval,
 *   Công văn 9859/VPCP-KGVX (13/10/2025; number and date from a public repository note citing the
 *   chinhphu.vn document page, secondary).
 *
 * Until 30/04/2013 (Labour Code 1994) Tết is the fixed eve and mùng 1–3 and comes from the rule
 * table, so the 2010–2013 entries hold swaps only; from Tết 2014 the five days are decided. In
 * every encoded year the compensatory days derived from the statute match what was announced;
 * where a document swaps two days or names worked days without pairing them with days off
 * (2011, 2014), the pairs are in date order. Not confirmed, and so not encoded: the document
 * numbers marked "chưa tìm thấy"; any swap not reported for 2010–2017 (e.g. none was found for
 * Giỗ Tổ 2017); years before 2010 (they stay provisional).
 *
 * @module
 */
import { formatDay, parseDay } from '../time/civil.js';
import { deepFreeze } from './freeze.js';
import type { LocalizedName, ScheduleDecision } from './types.js';

const NEW_YEAR: LocalizedName = { vi: 'Tết Dương lịch', en: "New Year's Day" };
const APRIL_MAY: LocalizedName = { vi: 'Ngày Chiến thắng và Ngày Quốc tế Lao động', en: 'Reunification Day and Labour Day' };
const NATIONAL: LocalizedName = { vi: 'Quốc khánh', en: 'National Day' };
const TET: LocalizedName = { vi: 'Tết Nguyên Đán', en: 'Lunar New Year (Tết)' };
const HUNG_KINGS: LocalizedName = { vi: 'Giỗ Tổ Hùng Vương', en: "Hùng Kings' Commemoration Day" };
const HUNG_KINGS_APRIL_MAY: LocalizedName = {
  vi: 'Giỗ Tổ Hùng Vương, Ngày Chiến thắng và Ngày Quốc tế Lao động',
  en: "Hùng Kings' Commemoration Day, Reunification Day and Labour Day",
};

/** `count` consecutive dates from `first`. */
function days(first: string, count: number): string[] {
  const start = parseDay(first) ?? Number.NaN;
  return Array.from({ length: count }, (_, i) => formatDay(start + i));
}

const TB_3238 = 'Thông báo 3238/TB-LĐTBXH (2018), lịch nghỉ lễ, Tết năm 2019';
/** Marks a swap whose approving document was reported in the news but whose number was not found. */
const NUMBER_NOT_FOUND = 'số văn bản chưa tìm thấy / document number not found';
const TET_2010 = `Quyết định của Thủ tướng Chính phủ về hoán đổi ngày nghỉ dịp Tết Canh Dần (01–02/2010; ${NUMBER_NOT_FOUND})`;
const TB_2015 = `Thông báo của Bộ LĐTBXH về nghỉ Tết Âm lịch và hoán đổi ngày nghỉ năm 2015 (11–12/2014; ${NUMBER_NOT_FOUND})`;

/** The announced years, oldest first. */
export const OFFICIAL_DECISIONS: readonly ScheduleDecision[] = deepFreeze([
  {
    year: 2010,
    sources: [
      `${TET_2010}: hanoimoi.vn, "Tết Canh Dần 2010: Công chức được nghỉ 9 ngày" (06/02/2010); sggp.org.vn (TP.HCM điều chỉnh Thông báo 02/TB-UBND ngày 26/01/2010)`,
      'Công văn 5971/VPCP-KGVX (2010), hoán đổi ngày nghỉ dịp Quốc khánh 2010; Thông báo của Bộ LĐTBXH (25/8/2010): giaoduc.edu.vn 27/8/2010 (VGP)',
    ],
    swaps: [
      { off: '2010-02-19', work: '2010-02-27', occasion: TET, source: TET_2010 },
      { off: '2010-09-03', work: '2010-09-11', occasion: NATIONAL, source: 'Công văn 5971/VPCP-KGVX' },
    ],
    notes:
      'Labour Code 1994: Tết is the fixed eve and mùng 1–3 (13–16/2/2010); Saturday 13 and Sunday 14 give 17 and 18/2; Friday 19/2 ' +
      'is swapped for Saturday 27/2, so 13–21/2 is off, as announced. 30/4 (Friday) and 1/5 (Saturday, nghỉ bù Monday 3/5) follow ' +
      'from the statute; no announcement for them was read. Days off for the Đại lễ 1000 năm Thăng Long – Hà Nội (October 2010) ' +
      'concerned Hà Nội only and are not encoded (a Hà Nội agency passes its own schedule).',
  },
  {
    year: 2011,
    sources: [
      'Công văn 9529/VPCP-KGVX (31/12/2010)',
      'Thông báo của Bộ LĐTBXH (07/01/2011; số chưa tìm thấy): baotayninh.vn 07/01/2011 (theo Nhân Dân); baolangson.vn',
      'Thông báo 23/TB-UBND tỉnh Ninh Thuận (24/3/2011), Giỗ Tổ: baoninhthuan.com.vn',
    ],
    swaps: [
      { off: '2011-01-31', work: '2011-01-29', occasion: TET, source: 'Công văn 9529/VPCP-KGVX' },
      { off: '2011-02-01', work: '2011-01-30', occasion: TET, source: 'Công văn 9529/VPCP-KGVX' },
      { off: '2011-04-11', work: '2011-04-09', occasion: HUNG_KINGS, source: 'Công văn 9529/VPCP-KGVX' },
    ],
    notes:
      'Tết (Labour Code 1994): 2–5/2/2011 with nghỉ bù Monday 7/2 for Saturday 5/2; Monday 31/1 and Tuesday 1/2 are swapped for ' +
      'Saturday 29/1 and Sunday 30/1 (the only worked Sunday in the data), so 31/1–7/2 is off. The documents name the two days ' +
      'off and the two days worked without pairing them; they are paired in date order. Giỗ Tổ Tuesday 12/4: Monday 11/4 ' +
      'swapped for Saturday 9/4. 1/1 (Saturday), 30/4 and 1/5 (weekend) give nghỉ bù 3/1, 2/5 and 3/5 by the statute.',
  },
  {
    year: 2012,
    sources: ['Công văn 9197/VPCP-KGVX (27/12/2011)', 'Tờ trình 61/TTr-LĐTBXH (25/11/2011)'],
    swaps: [{ off: '2012-01-27', work: '2012-02-04', occasion: TET, source: 'Công văn 9197/VPCP-KGVX' }],
    notes:
      'Read at bnc.edu.vn (text of 9197/VPCP-KGVX) and baobinhdinh.vn (chinhphu.vn): 21–29/1/2012 off. Tết (Labour Code 1994): ' +
      'eve Sunday 22/1 – Wednesday 25/1, nghỉ bù Thursday 26/1, swap Friday 27/1. 1/1 (Sunday), Giỗ Tổ (Saturday 31/3) and 2/9 ' +
      '(Sunday) give nghỉ bù 2/1, 2/4 and 3/9 by the statute (2/1: Gia Lai notice, 23/12/2011).',
  },
  {
    year: 2013,
    sources: ['Công văn 9570/VPCP-KGVX (23/11/2012)', 'Tờ trình 72/TTr-LĐTBXH (08/11/2012)'],
    swaps: [
      { off: '2012-12-31', work: '2013-01-05', occasion: NEW_YEAR, source: 'Công văn 9570/VPCP-KGVX' },
      { off: '2013-02-15', work: '2013-02-23', occasion: TET, source: 'Công văn 9570/VPCP-KGVX' },
      { off: '2013-04-29', work: '2013-05-04', occasion: APRIL_MAY, source: 'Công văn 9570/VPCP-KGVX' },
    ],
    notes:
      'Read at eballsviet.com (text of 9570/VPCP-KGVX), tienphong.vn, baothainguyen.vn and bvhttdl.gov.vn. Tết Quý Tỵ (10/2/2013) ' +
      'still falls under the Labour Code 1994: eve Saturday 9/2 – Tuesday 12/2, nghỉ bù Wednesday 13 and Thursday 14, swap ' +
      'Friday 15/2 → 9–17/2 off. The Labour Code 2012 applies from 1/5/2013 (2/9, Monday: one day).',
  },
  {
    year: 2014,
    sources: [
      'Công văn 10525/VPCP-KGVX (12/12/2013)',
      'Tờ trình 89/TTr-LĐTBXH (21/11/2013)',
      'Thông báo của Bộ LĐTBXH (after 12/12/2013; số chưa tìm thấy): baonghean.vn; laodong.com.vn',
    ],
    tet: { days: days('2014-01-30', 5), source: 'Công văn 10525/VPCP-KGVX (30 tháng Chạp – mùng 4)' },
    swaps: [
      { off: '2014-01-28', work: '2014-01-25', occasion: TET, source: 'Công văn 10525/VPCP-KGVX' },
      { off: '2014-01-29', work: '2014-02-08', occasion: TET, source: 'Công văn 10525/VPCP-KGVX' },
      { off: '2014-05-02', work: '2014-04-26', occasion: APRIL_MAY, source: 'Công văn 10525/VPCP-KGVX' },
      { off: '2014-09-01', work: '2014-09-06', occasion: NATIONAL, source: 'Công văn 10525/VPCP-KGVX' },
    ],
    notes:
      'Read at thuvienphapluat.vn (text of 10525/VPCP-KGVX). Tết is off 28/1–5/2/2014 with Saturdays 25/1 and 8/2 worked; the ' +
      'notice names Tuesday 28/1 and Wednesday 29/1 as the swapped days, so the five Tết days are 30/1 (30 tháng Chạp) – 3/2 ' +
      '(mùng 4) and 4–5/2 are nghỉ bù for Saturday 1/2 and Sunday 2/2. The document does not pair the two swapped days with ' +
      'the two worked Saturdays; they are paired in date order.',
  },
  {
    year: 2015,
    sources: [
      `${TB_2015}: xahoi.com.vn, "Thông báo chính thức lịch ngày nghỉ, ngày đi làm bù dịp lễ Tết 2015"; baomoi.com`,
      'Tờ trình 89/TTr-LĐTBXH (20/11/2014), phương án 1: cand.com.vn; vbpl.freshdesk.com',
      '2/9/2015 (thứ Tư): một ngày, không hoán đổi: 24h.com.vn',
    ],
    tet: { days: days('2015-02-17', 5), source: `${TB_2015} (29 tháng Chạp – mùng 3)` },
    swaps: [
      { off: '2015-01-02', work: '2014-12-27', occasion: NEW_YEAR, source: `${TB_2015}; Tờ trình 89/TTr-LĐTBXH` },
      { off: '2015-02-16', work: '2015-02-14', occasion: TET, source: `${TB_2015}; Tờ trình 89/TTr-LĐTBXH` },
      { off: '2015-04-29', work: '2015-04-25', occasion: HUNG_KINGS_APRIL_MAY, source: `${TB_2015}; Tờ trình 89/TTr-LĐTBXH` },
    ],
    notes:
      'The approving Công văn of the Government Office and the number of the Ministry\'s notice were not found; the days are ' +
      'those of the notice as reported (Tết 15–23/2 with Saturday 14/2 worked; 28/4–3/5 with Saturday 25/4 worked) and match ' +
      'option 1 of Tờ trình 89/TTr-LĐTBXH. The New Year swap (Saturday 27/12/2014 worked) reaches into 2014.',
  },
  {
    year: 2016,
    sources: ['Thông báo 4659/TB-LĐTBXH (13/11/2015)'],
    tet: { days: days('2016-02-07', 5), source: 'Thông báo 4659/TB-LĐTBXH (29 tháng Chạp – mùng 4)' },
    swaps: [],
    notes:
      'Read at ngaynay.vn and daidoanket.vn: Tết 6–14/2/2016, the holiday days 7–11/2, no swap in 2016 (every holiday joins a ' +
      'weekend); Giỗ Tổ Saturday 16/4 → Monday 18/4, 30/4–1/5 weekend → 2 and 3/5, 2/9 Friday.',
  },
  {
    year: 2017,
    sources: ['Công văn 9794/VPCP-KGVX (14/11/2016)', 'Thông báo của Bộ LĐTBXH (after 14/11/2016; số chưa tìm thấy)'],
    tet: { days: days('2017-01-26', 5), source: 'Công văn 9794/VPCP-KGVX (29 tháng Chạp – mùng 3)' },
    swaps: [],
    notes:
      'Read at thuvienphapluat.vn (tintuc, 16/11/2016): Tết 26/1–1/2/2017. 1/1 (Sunday → 2/1), 30/4 (Sunday → Tuesday 2/5, ' +
      '1/5 being Monday) and 2/9 (Saturday → Monday 4/9) follow from the statute. No swap for 2017 was found (Giỗ Tổ Thursday ' +
      '6/4 stood alone); one not found would be missing here.',
  },
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
