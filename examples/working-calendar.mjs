// A working calendar with the default civil-service hours and the Tết Bính Ngọ 2026 days off:
// when does an 8-working-hour limit end for a dossier received on Friday 13/02/2026 at 16:30?
import { WorkingCalendar } from 'vn-worktime';

const hours = [['07:00', '11:30'], ['13:30', '17:00']];
const calendar = WorkingCalendar.create({
  zone: 'Asia/Ho_Chi_Minh',
  week: { mon: hours, tue: hours, wed: hours, thu: hours, fri: hours },
  holidays: ['2026-02-16', '2026-02-17', '2026-02-18', '2026-02-19', '2026-02-20'].map((date) => ({ date, name: 'Tết Nguyên Đán' })),
});

const received = '2026-02-13T16:30';
const deadline = calendar.addWorkingTime(received, { hours: 8 });
console.log(`Received:  ${received}`);
console.log(`Deadline:  ${deadline.toISO()}`);
console.log(`Working hours in between: ${calendar.workingTimeBetween(received, deadline).as('hours')}`);
console.log(`Next working day after 13/02: ${calendar.addWorkingDays('2026-02-13', 1)}`);
