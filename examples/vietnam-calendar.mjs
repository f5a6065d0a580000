// Vietnamese public holidays, the official civil-service schedule of a year, and the
// civil-service working calendar (with a newly announced year supplied by the user).
import { civilServiceCalendar, officialSchedule, publicHolidays, scheduleFromDecision } from 'vn-worktime/vietnam';

const tet = publicHolidays(2026).filter((h) => h.name.vi.startsWith('Tết Nguyên Đán'));
console.log(`Tết Bính Ngọ 2026: ${tet.map((h) => h.date).join(', ')}`);

const s2026 = officialSchedule(2026);
console.log(`Schedule 2026: ${s2026.status}; worked Saturdays: ${s2026.workdays.map((w) => w.date).join(', ')}`);
console.log(`Sources: ${s2026.sources.join('; ')}`);
console.log(`Schedule 2027: ${officialSchedule(2027).status}`);

const calendar = civilServiceCalendar();
// 30/4 and 1/5/2025 off, Friday 2/5 swapped for Saturday 26/4.
console.log(`Next working day after 29/04/2025: ${calendar.addWorkingDays('2025-04-29', 1)}`);
console.log(`Saturday 26/04/2025 is a working day: ${calendar.isWorkingDay('2025-04-26')}`);

// When the 2027 schedule is announced, supply it (dates illustrative):
const s2027 = scheduleFromDecision({
  year: 2027,
  sources: ['Thông báo …/TB-BNV'],
  tet: { days: ['2027-02-04', '2027-02-05', '2027-02-06', '2027-02-07', '2027-02-08'], source: 'Thông báo …/TB-BNV' },
  nationalDay: { date: '2027-09-03', source: 'Thông báo …/TB-BNV' },
});
const withSchedule = civilServiceCalendar({ schedules: [s2027] });
console.log(`2027-02-10 with the supplied schedule is a working day: ${withSchedule.isWorkingDay('2027-02-10')}`);
