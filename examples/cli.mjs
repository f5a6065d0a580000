// A small command of your own on the public API: the intake deadline of a dossier submitted at
// the instant given on the command line, as Vietnamese users read dates.
//   node examples/cli.mjs 2026-03-13T20:00
//   → Hạn tiếp nhận: Thứ Ba, 17/03/2026 08:00
// (The `vn-worktime` command does this and more: `vn-worktime intake 2026-03-13T20:00`.)
import { argv } from 'node:process';
import { pathToFileURL } from 'node:url';
import { WorktimeError } from 'vn-worktime';
import { intakeDeadline } from 'vn-worktime/tthc';

const WEEKDAYS = ['Thứ Hai', 'Thứ Ba', 'Thứ Tư', 'Thứ Năm', 'Thứ Sáu', 'Thứ Bảy', 'Chủ Nhật'];
const vi = (dt) => `${WEEKDAYS[dt.weekday - 1]}, ${dt.toFormat('dd/MM/yyyy HH:mm')}`;

/** Prints the intake deadline of `submittedAt`; returns the exit status. */
export function main([submittedAt = '2026-03-13T20:00'] = []) {
  try {
    const r = intakeDeadline(submittedAt);
    console.log(`Nộp lúc:       ${vi(r.submittedAt)}${r.offHours ? ' (ngoài giờ làm việc)' : ''}`);
    console.log(`Hạn tiếp nhận: ${vi(r.deadline)}`);
    return 0;
  } catch (error) {
    if (!(error instanceof WorktimeError)) throw error;
    console.error(`cli.mjs: ${error.code}: ${error.message}`);
    return 1;
  }
}

// Run only when started as a script, not when imported (as the test suite does).
if (argv[1] !== undefined && import.meta.url === pathToFileURL(argv[1]).href) process.exitCode = main(argv.slice(2));
