/**
 * The statutory holidays as a dated table: one row per holiday per law, each with `from`/`to`
 * dates and the article it rests on. Adding a holiday is adding rows; nothing else changes: the
 * compensatory-day rule, the schedules and the calendar pick it up.
 *
 * **24 November, Ngày Văn hóa Việt Nam**, is a paid public holiday from 2026: Nghị quyết
 * 28/2026/QH16 of the National Assembly (on developing Vietnamese culture), in force 01/07/2026,
 * adds it to the list of Bộ luật Lao động 2019, Điều 112.1. It follows the Politburo's Nghị quyết
 * 80-NQ/TW (01/2026) and the Government's Nghị quyết 30/NQ-CP (26/02/2026). The source is
 * secondary: news and the official policy portal (baochinhphu.vn, 24/4/2026;
 * xaydungchinhsach.chinhphu.vn, full text of the resolution, 8/5/2026); the gazette text was not
 * read. As a holiday of Điều 112.1 it gives a compensatory day when it falls on a weekend
 * (Điều 111.3): 24/11/2029 is a Saturday (Monday 26/11 off), 24/11/2030 a Sunday (Monday 25/11).
 *
 * Periods:
 * - Bộ luật Lao động 2019 (45/2019/QH14), Điều 112 and 111.3, from 2021-01-01: the text is
 *   summarised in docs/domain.md §5.
 * - Bộ luật Lao động 2012 (10/2012/QH13), Điều 115, in force 2013-05-01 to 2020-12-31 (so Tết
 *   2013, on 10 February, still fell under the 1994 code). Article numbers and the effective date
 *   are from secondary sources (docs/domain.md §12); the text was not read.
 * - Bộ luật Lao động 1994, Điều 73 (as amended by Luật 84/2007/QH11, which added Giỗ Tổ Hùng
 *   Vương), in force 1995-01-01 to 2013-04-30: recalled, not verified against a stored text.
 * - Before 1995 the library has no statute: it applies the 1994 code's rules as a model, and its
 *   `source` fields say so. (Civil servants also worked Saturdays before QĐ 188/1999/QĐ-TTg; the
 *   library models a Monday–Friday week throughout.)
 *
 * @module
 */
import { deepFreeze } from './freeze.js';
import type { CompensationRule, LocalizedName, StatutoryRule } from './types.js';

const NAMES = {
  newYear: { vi: 'Tết Dương lịch', en: "New Year's Day" },
  tet: { vi: 'Tết Nguyên Đán', en: 'Lunar New Year (Tết)' },
  hungKings: { vi: 'Giỗ Tổ Hùng Vương', en: "Hùng Kings' Commemoration Day" },
  victory: { vi: 'Ngày Chiến thắng', en: 'Reunification Day' },
  labour: { vi: 'Ngày Quốc tế Lao động', en: 'International Labour Day' },
  national: { vi: 'Quốc khánh', en: 'National Day' },
  nationalExtra: { vi: 'Quốc khánh (ngày liền kề)', en: 'National Day (adjacent day)' },
  cultureDay: { vi: 'Ngày Văn hóa Việt Nam', en: 'Vietnamese Culture Day' },
} satisfies Record<string, LocalizedName>;

const MODEL = 'Mô hình vn-worktime: trước 1995 áp dụng quy tắc của Bộ luật Lao động 1994, Điều 73 (luật trước đó không được mô hình hoá) / model: years before 1995 use the Labour Code 1994 rules';
const BLLD_1994 = 'Bộ luật Lao động 1994, Điều 73 (recalled, not verified against the gazette)';
const LAW_84_2007 = 'Bộ luật Lao động 1994, Điều 73 as amended by Luật 84/2007/QH11 (recalled, not verified against the gazette)';
const BLLD_2012 = 'Bộ luật Lao động 2012 (10/2012/QH13), Điều 115.1';
const BLLD_2019 = 'Bộ luật Lao động 2019 (45/2019/QH14), Điều 112.1';
const NQ_28_2026 =
  'Nghị quyết 28/2026/QH16 (hiệu lực 01/07/2026), bổ sung Ngày Văn hóa Việt Nam 24/11 vào danh mục Bộ luật Lao động 2019, Điều 112.1 ' +
  '(nguồn thứ cấp / secondary source: baochinhphu.vn, xaydungchinhsach.chinhphu.vn; gazette text not read)';

const PRE_1995 = { from: '1900-01-01', to: '1994-12-31' } as const;
const CODE_1994 = { from: '1995-01-01', to: '2013-04-30' } as const;
const CODE_2012 = { from: '2013-05-01', to: '2020-12-31' } as const;
const CODE_2019 = { from: '2021-01-01' } as const;

/**
 * The dated table of statutory holidays, 1900 onwards. Rows of one `id` never overlap in time.
 */
export const STATUTORY_RULES: readonly StatutoryRule[] = deepFreeze([
  // Tết Dương lịch, 1 January
  { id: 'new-year', name: NAMES.newYear, on: { type: 'solar', month: 1, day: 1 }, ...PRE_1995, source: MODEL },
  { id: 'new-year', name: NAMES.newYear, on: { type: 'solar', month: 1, day: 1 }, ...CODE_1994, source: BLLD_1994 },
  { id: 'new-year', name: NAMES.newYear, on: { type: 'solar', month: 1, day: 1 }, ...CODE_2012, source: `${BLLD_2012}.a` },
  { id: 'new-year', name: NAMES.newYear, on: { type: 'solar', month: 1, day: 1 }, ...CODE_2019, source: `${BLLD_2019}.a` },
  // Tết Nguyên Đán: 4 fixed days (1 before mùng 1, 3 from it) until April 2013, then 5 decided days
  { id: 'tet', name: NAMES.tet, on: { type: 'tet', days: 4, before: 1 }, ...PRE_1995, source: MODEL },
  { id: 'tet', name: NAMES.tet, on: { type: 'tet', days: 4, before: 1 }, ...CODE_1994, source: `${BLLD_1994}: một ngày cuối năm và ba ngày đầu năm âm lịch` },
  {
    id: 'tet', name: NAMES.tet, on: { type: 'tet', days: 5 }, ...CODE_2012,
    source: `${BLLD_2012}.b (05 ngày); Nghị định 45/2013/NĐ-CP, Điều 8 (1 ngày cuối năm + 4 ngày đầu năm, hoặc 2 + 3)`,
  },
  { id: 'tet', name: NAMES.tet, on: { type: 'tet', days: 5 }, ...CODE_2019, source: `${BLLD_2019}.b (05 ngày); Điều 112.3 (Thủ tướng quyết định cụ thể)` },
  // Giỗ Tổ Hùng Vương, 10 of the regular lunar month 3, from 2007
  { id: 'hung-kings', name: NAMES.hungKings, on: { type: 'lunar', month: 3, day: 10 }, from: '2007-01-01', to: '2013-04-30', source: LAW_84_2007 },
  { id: 'hung-kings', name: NAMES.hungKings, on: { type: 'lunar', month: 3, day: 10 }, ...CODE_2012, source: `${BLLD_2012}.e` },
  { id: 'hung-kings', name: NAMES.hungKings, on: { type: 'lunar', month: 3, day: 10 }, ...CODE_2019, source: `${BLLD_2019}.e` },
  // Ngày Chiến thắng, 30 April
  { id: 'victory', name: NAMES.victory, on: { type: 'solar', month: 4, day: 30 }, ...PRE_1995, source: MODEL },
  { id: 'victory', name: NAMES.victory, on: { type: 'solar', month: 4, day: 30 }, ...CODE_1994, source: BLLD_1994 },
  { id: 'victory', name: NAMES.victory, on: { type: 'solar', month: 4, day: 30 }, ...CODE_2012, source: `${BLLD_2012}.c` },
  { id: 'victory', name: NAMES.victory, on: { type: 'solar', month: 4, day: 30 }, ...CODE_2019, source: `${BLLD_2019}.c` },
  // Ngày Quốc tế Lao động, 1 May
  { id: 'labour', name: NAMES.labour, on: { type: 'solar', month: 5, day: 1 }, ...PRE_1995, source: MODEL },
  { id: 'labour', name: NAMES.labour, on: { type: 'solar', month: 5, day: 1 }, ...CODE_1994, source: BLLD_1994 },
  { id: 'labour', name: NAMES.labour, on: { type: 'solar', month: 5, day: 1 }, ...CODE_2012, source: `${BLLD_2012}.d` },
  { id: 'labour', name: NAMES.labour, on: { type: 'solar', month: 5, day: 1 }, ...CODE_2019, source: `${BLLD_2019}.d` },
  // Quốc khánh, 2 September; from 2021 plus one adjacent day decided by the Prime Minister
  { id: 'national', name: NAMES.national, on: { type: 'solar', month: 9, day: 2 }, ...PRE_1995, source: MODEL },
  { id: 'national', name: NAMES.national, on: { type: 'solar', month: 9, day: 2 }, ...CODE_1994, source: BLLD_1994 },
  { id: 'national', name: NAMES.national, on: { type: 'solar', month: 9, day: 2 }, ...CODE_2012, source: `${BLLD_2012}.đ (01 ngày)` },
  { id: 'national', name: NAMES.national, on: { type: 'solar', month: 9, day: 2 }, ...CODE_2019, source: `${BLLD_2019}.đ` },
  {
    id: 'national-extra', name: NAMES.nationalExtra, on: { type: 'adjacent', of: 'national' }, ...CODE_2019,
    source: `${BLLD_2019}.đ (01 ngày liền kề trước hoặc sau); Điều 112.3 (Thủ tướng quyết định cụ thể)`,
  },
  // Ngày Văn hóa Việt Nam, 24 November, from 1 July 2026
  { id: 'culture-day', name: NAMES.cultureDay, on: { type: 'solar', month: 11, day: 24 }, from: '2026-07-01', source: NQ_28_2026 },
] satisfies StatutoryRule[]);

/**
 * The dated table of compensatory-day rules (nghỉ bù): a statutory day on a weekly rest day gives
 * a day off on the next working day.
 */
export const COMPENSATION_RULES: readonly CompensationRule[] = deepFreeze([
  { ...PRE_1995, source: MODEL },
  { ...CODE_1994, source: `${BLLD_1994}: nghỉ bù vào ngày tiếp theo` },
  { ...CODE_2012, source: 'Bộ luật Lao động 2012 (10/2012/QH13), Điều 115.3' },
  { ...CODE_2019, source: 'Bộ luật Lao động 2019 (45/2019/QH14), Điều 111.3' },
] satisfies CompensationRule[]);

/** The laws by period, cited in the `sources` of provisional schedules. */
export const LAWS: ReadonlyArray<{ from: string; to?: string; citation: string }> = deepFreeze([
  { ...PRE_1995, citation: MODEL },
  { ...CODE_1994, citation: 'Bộ luật Lao động 1994, Điều 73 (Giỗ Tổ Hùng Vương from 2007: Luật 84/2007/QH11)' },
  { ...CODE_2012, citation: 'Bộ luật Lao động 2012 (10/2012/QH13), Điều 115' },
  { ...CODE_2019, citation: 'Bộ luật Lao động 2019 (45/2019/QH14), Điều 111.3 và Điều 112' },
  { from: '2026-07-01', citation: 'Nghị quyết 28/2026/QH16 (24/11, Ngày Văn hóa Việt Nam; nguồn thứ cấp / secondary source)' },
]);
