#!/usr/bin/env bash
# Packs the package, installs the tarball in a fresh temporary project, and checks an ESM import
# and a CJS require of every subpath that is built.
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
cd "$root"
tarball="$(npm pack --silent --pack-destination "$work" | tail -n 1)"
cd "$work"
npm init -y >/dev/null
npm install --no-audit --no-fund --silent "$work/$tarball" >/dev/null
subpaths=""
for name in calendar lunar vietnam tthc; do
  if [ -f "$root/dist/$name/index.js" ]; then subpaths="$subpaths $name"; fi
done
cat > check.mjs <<JS
import * as root from 'vn-worktime';
import { WorkingCalendar } from 'vn-worktime';
if (typeof WorkingCalendar?.create !== 'function') throw new Error('ESM: WorkingCalendar missing');
const cal = WorkingCalendar.create({ week: { mon: [['07:00', '17:00']] } });
if (cal.addWorkingTime('2026-03-09T07:00', { hours: 1 }).toISO() !== '2026-03-09T08:00:00.000+07:00') throw new Error('ESM: wrong result');
for (const sub of '$subpaths'.split(' ').filter(Boolean)) {
  const mod = await import('vn-worktime/' + sub);
  if (Object.keys(mod).length === 0) throw new Error('ESM: empty subpath ' + sub);
}
console.log('ESM import ok:', Object.keys(root).length, 'exports');
JS
cat > check.cjs <<JS
const { WorkingCalendar } = require('vn-worktime');
if (typeof WorkingCalendar?.create !== 'function') throw new Error('CJS: WorkingCalendar missing');
const cal = WorkingCalendar.create({ week: { mon: [['07:00', '17:00']] } });
if (cal.addWorkingTime('2026-03-09T07:00', { hours: 1 }).toISO() !== '2026-03-09T08:00:00.000+07:00') throw new Error('CJS: wrong result');
for (const sub of '$subpaths'.split(' ').filter(Boolean)) {
  const mod = require('vn-worktime/' + sub);
  if (Object.keys(mod).length === 0) throw new Error('CJS: empty subpath ' + sub);
}
console.log('CJS require ok');
JS
node check.mjs
node check.cjs
echo "subpaths checked:$subpaths"
