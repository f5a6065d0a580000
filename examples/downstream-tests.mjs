// How a system built on vn-worktime tests its own workflow with vn-worktime/testing (fast-check
// arbitraries and fixtures) and formatInstant: properties of "our" intake desk, checked on
// generated instants, dossiers and notices.
//   npm install vn-worktime && npm install -D fast-check && node examples/downstream-tests.mjs
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { civilServiceCalendar, evaluateDossier, formatInstant, intakeDeadline, validateNotice } from 'vn-worktime';
import { dossier, fixtures, instant, notice, workingInstant } from 'vn-worktime/testing';

const civil = civilServiceCalendar();

// Our desk's rule: the receipt slip prints the intake deadline as a clerk reads it.
function receiptSlip(submittedAt) {
  const r = intakeDeadline(submittedAt);
  return `Hạn tiếp nhận: ${formatInstant(r.deadline)}`;
}

// 1. Whenever a dossier is submitted, the slip shows a working instant after the submission.
fc.assert(
  fc.property(instant({ from: '2025-07-01T00:00+07:00', to: '2026-12-31T23:59+07:00' }), (t) => {
    const r = intakeDeadline(t);
    assert.ok(r.deadline > r.submittedAt);
    assert.match(receiptSlip(t), /^Hạn tiếp nhận: (Thứ (Hai|Ba|Tư|Năm|Sáu|Bảy)|Chủ Nhật), \d\d\/\d\d\/\d{4} \d\d:\d\d$/);
  }),
  { seed: 42, numRuns: 200 },
);

// 2. Submitted during working hours, the clock starts at once.
fc.assert(
  fc.property(workingInstant(civil, { from: '2026-01-01T00:00+07:00', to: '2026-12-31T23:59+07:00' }), (t) => {
    assert.equal(intakeDeadline(t).offHours, false);
  }),
  { seed: 42, numRuns: 200 },
);

// 3. Every dossier our export produces is evaluated without an error.
fc.assert(
  fc.property(dossier(), (d) => {
    assert.equal(evaluateDossier(d, { now: '2027-01-01T00:00+07:00' }).ok, true);
  }),
  { seed: 42, numRuns: 200 },
);

// 4. Every notice our form accepts passes the library's check.
fc.assert(
  fc.property(notice(), (n) => {
    assert.deepEqual(validateNotice(n).issues, []);
  }),
  { seed: 42, numRuns: 200 },
);

// 5. The official 2026 schedule, as a fixture: Tết Bính Ngọ and its sources.
const schedule2026 = fixtures.schedules[2026];
assert.ok(schedule2026.daysOff.some((d) => d.date === '2026-02-17'));
console.log('Slip:', receiptSlip('2026-03-13T20:00'));
console.log('2026 sources:', schedule2026.sources.join('; '));
console.log('4 properties held');
