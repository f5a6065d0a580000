// Thời hạn theo pháp luật hiện hành (NĐ 118/2025/NĐ-CP) và theo cách tính chỉ số QĐ 766, trên một
// hồ sơ phải bổ sung; quy định Tây Ninh so với quy định quốc gia; kết quả tạm tính của năm 2027.
import { intakeDeadline, processingDeadline } from 'vn-worktime/tthc';

// Hồ sơ nộp trực tuyến tối thứ Sáu 13/03/2026
for (const rules of ['tay-ninh', 'national']) {
  const r = intakeDeadline('2026-03-13T20:00', { rules });
  console.log(`Tiếp nhận (${rules}): hạn ${r.deadline.toISO()}`);
  for (const b of r.basis) console.log(`  - ${b.vi}${b.source ? ` [${b.source}]` : ''}`);
}

// Tiếp nhận thứ Hai 02/03/2026, 5 ngày làm việc; yêu cầu bổ sung thứ Tư 04/03 10:00,
// nhận đủ hồ sơ thứ Hai 09/03 14:00
const supplements = [{ requestedAt: '2026-03-04T10:00', completedAt: '2026-03-09T14:00' }];
for (const method of ['legal', 'kpi766']) {
  const r = processingDeadline('2026-03-02T09:00', { workingDays: 5 }, { supplements, method });
  console.log(`Giải quyết (${method}): hạn ${r.dueDate}`);
}

// Chưa bổ sung: chưa có hạn; hồ sơ bị đóng sau 15 ngày
const waiting = processingDeadline('2026-03-02T09:00', { workingDays: 5 }, { supplements: [{ requestedAt: '2026-03-04T10:00' }] });
console.log(`Đang chờ bổ sung: hạn ${waiting.deadline}, đóng hồ sơ sau ngày ${waiting.waiting.closesOn}`);

// Gia hạn hai lần, lần đầu gửi đúng ngày hết hạn
const late = processingDeadline('2026-03-02T09:00', { workingDays: 5 }, {
  extensions: [
    { workingDays: 2, reason: 'Xác minh thực địa', requestedAt: '2026-03-09T08:00' },
    { workingDays: 1, reason: 'Lấy ý kiến', requestedAt: '2026-03-10T08:00' },
  ],
});
for (const v of late.violations) console.log(`Vi phạm ${v.code}: ${v.vi} [${v.source}]`);

// Năm 2027 chưa có lịch nghỉ chính thức
const guess = intakeDeadline('2027-02-05T10:00');
console.log(`05/02/2027: hạn ${guess.deadline.toISO()}, tạm tính: ${guess.provisional}`);
