#!/usr/bin/env bash
# Packs the package and checks the tarball as users get it:
#  1. publint (package.json, exports and files) and @arethetypeswrong/cli (the types of every
#     subpath under node10, node16 CJS and ESM, and bundler resolution) on the tarball;
#  2. installs it in a fresh temporary project and checks an ESM import and a CJS require of
#     every subpath that is built (one WorktimeError class across them);
#  3. runs the `vn-worktime` bin, when built;
#  4. type-checks a consumer importing every subpath with the project's own TypeScript, with
#     `strict` and without `skipLibCheck`, under "moduleResolution" nodenext (ESM, CJS and a .ts
#     file of a CommonJS package), node16 (ESM and CJS) and bundler; a returned DateTime must not be
#     `any`. The consumer gets only what installing the tarball gives it (luxon and @types/luxon,
#     the package's dependencies): nothing is copied from this repository.
# Offline except for installing the package's dependencies from the registry. Needs `npm run build`.
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
bin="$root/node_modules/.bin"
section() { printf '\n-- %s\n' "$1"; }

cd "$root"
for name in index calendar/index lunar/index vietnam/index tthc/index; do
  if [ -f "src/$name.ts" ] && [ ! -f "dist/$name.js" ]; then echo "dist/$name.js is missing: run npm run build first"; exit 1; fi
done
tarball="$(npm pack --silent --pack-destination "$work" | tail -n 1)"
echo "packed $tarball ($(du -k "$work/$tarball" | cut -f1) KiB)"

section "publint"
"$bin/publint" run "$work/$tarball" --strict

section "are the types wrong (attw)"
# The bin (dist/cli/main.js) is ESM only and is not an `exports` entry, so attw does not look
# at it; no rule is ignored. --no-definitely-typed: never ask the registry for @types packages.
# TypeScript's old "moduleResolution": "node" (node10) ignores `exports`: it finds the subpaths'
# types only through `typesVersions` in package.json. Until package.json has it, node10 is left
# out (profile node16) and a warning says so; with it, every resolution mode must pass (strict).
profile=strict
if ! node -e 'process.exit(require(process.argv[1]).typesVersions ? 0 : 1)' "$root/package.json"; then
  profile=node16
  echo "WARNING: package.json has no typesVersions: subpath types do not resolve under moduleResolution node10; checking the node16 profile only"
fi
"$bin/attw" "$work/$tarball" --profile "$profile" --no-definitely-typed --format table-flipped --no-emoji --no-color

section "install in a fresh project"
cd "$work"
npm init -y >/dev/null
npm install --no-audit --no-fund --silent "$work/$tarball" >/dev/null
subpaths=""
for name in calendar lunar vietnam tthc; do
  if [ -f "$root/dist/$name/index.js" ]; then subpaths="$subpaths $name"; fi
done
cat > check.mjs <<JS
import * as root from 'vn-worktime';
import { WorkingCalendar, WorktimeError } from 'vn-worktime';
if (typeof WorkingCalendar?.create !== 'function') throw new Error('ESM: WorkingCalendar missing');
const cal = WorkingCalendar.create({ week: { mon: [['07:00', '17:00']] } });
if (cal.addWorkingTime('2026-03-09T07:00', { hours: 1 }).toISO() !== '2026-03-09T08:00:00.000+07:00') throw new Error('ESM: wrong result');
for (const sub of '$subpaths'.split(' ').filter(Boolean)) {
  const mod = await import('vn-worktime/' + sub);
  if (Object.keys(mod).length === 0) throw new Error('ESM: empty subpath ' + sub);
  if ('WorktimeError' in mod && mod.WorktimeError !== WorktimeError) throw new Error('ESM: two WorktimeError classes (' + sub + ')');
}
// The root re-exports every subpath (docs/API.md: "everything below, re-exported").
for (const sub of '$subpaths'.split(' ').filter(Boolean)) {
  const missing = Object.keys(await import('vn-worktime/' + sub)).filter((k) => !(k in root));
  if (missing.length > 0) throw new Error("ESM: 'vn-worktime' does not re-export " + missing.join(', ') + " of 'vn-worktime/" + sub + "'");
}
// An error thrown by one subpath is an instance of the class exported by another.
const { toLunar } = await import('vn-worktime/lunar');
try { toLunar('1800-01-01'); throw new Error('ESM: toLunar accepted 1800'); } catch (e) { if (!(e instanceof WorktimeError)) throw e; }
console.log('ESM import ok:', Object.keys(root).length, 'exports');
JS
cat > check.cjs <<JS
const { WorkingCalendar, WorktimeError } = require('vn-worktime');
if (typeof WorkingCalendar?.create !== 'function') throw new Error('CJS: WorkingCalendar missing');
const cal = WorkingCalendar.create({ week: { mon: [['07:00', '17:00']] } });
if (cal.addWorkingTime('2026-03-09T07:00', { hours: 1 }).toISO() !== '2026-03-09T08:00:00.000+07:00') throw new Error('CJS: wrong result');
for (const sub of '$subpaths'.split(' ').filter(Boolean)) {
  const mod = require('vn-worktime/' + sub);
  if (Object.keys(mod).length === 0) throw new Error('CJS: empty subpath ' + sub);
  if ('WorktimeError' in mod && mod.WorktimeError !== WorktimeError) throw new Error('CJS: two WorktimeError classes (' + sub + ')');
}
try { require('vn-worktime/lunar').toLunar('1800-01-01'); throw new Error('CJS: toLunar accepted 1800'); } catch (e) { if (!(e instanceof WorktimeError)) throw e; }
console.log('CJS require ok');
JS
# One process loading both builds: a calendar or an error of one copy is accepted by the other.
cat > check-mixed.mjs <<'JS'
import { createRequire } from 'node:module';
const esm = await import('vn-worktime');
const cjs = createRequire(import.meta.url)('vn-worktime');
if (esm.WorkingCalendar === cjs.WorkingCalendar) throw new Error('mixed: expected two copies');
for (const [maker, user, name] of [[cjs, esm, 'CJS → ESM'], [esm, cjs, 'ESM → CJS']]) {
  const calendar = maker.civilServiceCalendar();
  if (!(calendar instanceof user.WorkingCalendar)) throw new Error(name + ': calendar rejected by instanceof');
  if (!user.intakeDeadline('2027-02-05T10:00', { calendar }).provisional) throw new Error(name + ': provisional years lost');
  try { maker.toLunar('1800-01-01'); } catch (e) { if (!(e instanceof user.WorktimeError)) throw new Error(name + ': error not recognised'); }
}
console.log('mixed import and require ok');
JS
node check.mjs
node check.cjs
node check-mixed.mjs
echo "subpaths checked:$subpaths"

section "bin"
if [ -f "$root/dist/cli/main.js" ]; then
  version="$(npx --no -- vn-worktime --version)"
  expected="$(node -p "require('$root/package.json').version")"
  if [ "$version" != "$expected" ]; then echo "vn-worktime --version printed '$version', expected '$expected'"; exit 1; fi
  echo "vn-worktime --version: $version"
  npx --no -- vn-worktime intake 2026-03-13T20:00 --json > intake.json
  node -e '
    const r = JSON.parse(require("fs").readFileSync("intake.json", "utf8"));
    const text = JSON.stringify(r);
    // Friday 20:00 is off hours: the clock starts on Monday 16 March 2026.
    if (!text.includes("2026-03-16")) throw new Error("vn-worktime intake --json: unexpected output " + text);
    console.log("vn-worktime intake 2026-03-13T20:00 --json: ok (" + text.length + " characters of JSON)");
  '
else
  echo "dist/cli/main.js not built: bin not checked"
fi

section "type-check a consumer (strict, no skipLibCheck: nodenext, node16, bundler)"
# The project's own TypeScript (nothing else): luxon's types must come with the tarball's dependencies.
if [ ! -f node_modules/@types/luxon/index.d.ts ]; then echo "installing the tarball did not install @types/luxon"; exit 1; fi
{
  echo "import * as all from 'vn-worktime';"
  echo "import { WorkingCalendar, WorktimeError } from 'vn-worktime/calendar';"
  echo "import type { CalendarSpec, DateInput, DurationInput, InstantInput, TimeRange } from 'vn-worktime/calendar';"
  echo "type DateTime = ReturnType<WorkingCalendar['nextWorkingTime']>;"
  echo "type Duration = ReturnType<WorkingCalendar['workingTimeBetween']>;"
  echo "type IsAny<T> = 0 extends 1 & T ? true : false;"
  echo "const dateTimeIsNotAny: IsAny<DateTime> = false;"
  echo "const durationIsNotAny: IsAny<Duration> = false;"
  echo "const spec: CalendarSpec = { week: { mon: [['07:00', '11:30'], ['13:30', '17:00']] } };"
  echo "const cal: WorkingCalendar = WorkingCalendar.create(spec);"
  echo "const next: DateTime = cal.nextWorkingTime('2026-03-13T20:00');"
  echo "const worked: Duration = cal.workingTimeBetween(new Date(), next);"
  echo "const day: string = cal.addWorkingDays('2026-03-13', 1);"
  echo "const isoIsString: string | null = cal.nextWorkingTime(0).toISO();"
  echo "// @ts-expect-error a DateTime has no method named like this (proves it is luxon's type, not any)"
  echo "cal.nextWorkingTime(0).notALuxonMethod();"
  echo "const inputs: [InstantInput, DateInput, DurationInput, TimeRange] = [0, '2026-03-13', { hours: 8 }, ['07:00', '24:00']];"
  echo "const err: WorktimeError | undefined = undefined as WorktimeError | undefined;"
  echo "const code: string | undefined = err?.code;"
  echo "// @ts-expect-error days of working time are not accepted (proves the types are not any)"
  echo "cal.addWorkingTime('2026-03-13T20:00', { days: 1 });"
  echo "const same: typeof WorkingCalendar = all.WorkingCalendar;"
  if [[ " $subpaths " == *" lunar "* ]]; then
    echo "import { fromLunar, lunarYear, toLunar } from 'vn-worktime/lunar';"
    echo "import type { LunarDate } from 'vn-worktime/lunar';"
    echo "const lunar: LunarDate = toLunar('2026-02-17');"
    echo "const solar: string = fromLunar(lunar);"
    echo "const leap: number = lunarYear(2033).leapMonth;"
    echo "// @ts-expect-error leap is required"
    echo "fromLunar({ year: 2026, month: 1, day: 1 });"
  fi
  if [[ " $subpaths " == *" vietnam "* ]]; then
    echo "import { civilServiceCalendar, officialSchedule, publicHolidays } from 'vn-worktime/vietnam';"
    echo "import type { Holiday, OfficialSchedule } from 'vn-worktime/vietnam';"
    echo "const holidays: Holiday[] = publicHolidays(2026);"
    echo "const schedule: OfficialSchedule = officialSchedule(2026);"
    echo "const civil: WorkingCalendar = civilServiceCalendar({ schedules: [schedule] });"
  fi
  if [[ " $subpaths " == *" tthc "* ]]; then
    echo "import { classifyService, comparePriority, intakeDeadline, processingDeadline, slaStatus, sortByPriority, summarize, validateNotice } from 'vn-worktime/tthc';"
    echo "const intake: DateTime = intakeDeadline('2026-03-13T20:00', { calendar: cal }).deadline;"
    echo "const intakeIsNotAny: IsAny<typeof intake> = false;"
    echo "const order: number = comparePriority({ channel: 'online', receivedAt: 0 }, { channel: 'postal', receivedAt: 0 });"
    echo "const sorted: Array<{ channel: 'direct'; receivedAt: string }> = sortByPriority([{ channel: 'direct' as const, receivedAt: '2026-03-13' }]);"
    echo "const valid: boolean = validateNotice({}).valid;"
    echo "const level: 'full' | 'partial' | 'not-online' = classifyService({ legacyLevel: 4 });"
    echo "const due: string | null = processingDeadline('2026-03-10T09:00', { workingDays: 15 }, { calendar: cal }).dueDate;"
    echo "const restarted = processingDeadline('2026-03-02T09:00', { workingDays: 5 }, { supplements: [{ requestedAt: '2026-03-04T10:00', completedAt: '2026-03-09T14:00' }], method: 'legal', rules: 'national' });"
    echo "const guessed: boolean = restarted.provisional || intakeDeadline('2027-02-05T10:00', { receivedAt: '2027-02-05T10:30', rules: 'tay-ninh' }).provisional;"
    echo "const codes: string[] = restarted.violations.map((v) => v.code);"
    echo "// @ts-expect-error a rule set the library does not have"
    echo "intakeDeadline('2026-03-13T20:00', { rules: 'hanoi' });"
    echo "const margin: Duration = slaStatus({ deadline: '2026-03-20T17:00', now: '2026-03-19T09:00', calendar: cal }).margin;"
    echo "const summary: Promise<{ total: number }> = summarize([], { now: 0, calendar: cal });"
    echo "// @ts-expect-error unknown channel"
    echo "comparePriority({ channel: 'fax', receivedAt: 0 }, { channel: 'online', receivedAt: 0 });"
  fi
  echo "export {};"
} > consumer.body
# ESM: a .mts file; CJS: the same code in a .cts file (TypeScript turns its imports into require).
# Type-only imports are allowed in both; the .cts reads the "require" types (index.d.cts).
cp consumer.body consumer-esm.mts
cp consumer.body consumer-cjs.cts
cat > tsconfig.consumer.json <<JSON
{
  "compilerOptions": {
    "module": "nodenext",
    "moduleResolution": "nodenext",
    "target": "es2022",
    "lib": ["es2022"],
    "strict": true,
    "noEmit": true,
    "types": [],
    "skipLibCheck": false,
    "noUnusedLocals": false
  },
  "files": ["consumer-esm.mts", "consumer-cjs.cts"]
}
JSON
node "$root/node_modules/typescript/bin/tsc" -p tsconfig.consumer.json
echo "tsc (nodenext) ok: consumer-esm.mts and consumer-cjs.cts"
# And as a package of "type": "commonjs" with a plain .ts file under nodenext.
mkdir -p cjs-project && cp consumer.body cjs-project/consumer.ts
echo '{ "name": "cjs-consumer", "private": true, "type": "commonjs" }' > cjs-project/package.json
sed -e 's#"files": \["consumer-esm.mts", "consumer-cjs.cts"\]#"files": ["cjs-project/consumer.ts"]#' tsconfig.consumer.json > tsconfig.cjs.json
node "$root/node_modules/typescript/bin/tsc" -p tsconfig.cjs.json
echo "tsc (nodenext) ok: a .ts file in a \"type\": \"commonjs\" package"
# node16, and bundler resolution (a bundler project: "module": "preserve").
sed -e 's#"module": "nodenext"#"module": "node16"#' -e 's#"moduleResolution": "nodenext"#"moduleResolution": "node16"#' tsconfig.consumer.json > tsconfig.node16.json
node "$root/node_modules/typescript/bin/tsc" -p tsconfig.node16.json
echo "tsc (node16) ok: consumer-esm.mts and consumer-cjs.cts"
mkdir -p bundler-project && cp consumer.body bundler-project/consumer.ts
sed -e 's#"module": "nodenext"#"module": "preserve"#' -e 's#"moduleResolution": "nodenext"#"moduleResolution": "bundler"#' \
  -e 's#"files": \["consumer-esm.mts", "consumer-cjs.cts"\]#"files": ["bundler-project/consumer.ts"]#' tsconfig.consumer.json > tsconfig.bundler.json
node "$root/node_modules/typescript/bin/tsc" -p tsconfig.bundler.json
echo "tsc (bundler) ok: a .ts file"
