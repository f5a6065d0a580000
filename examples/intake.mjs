// The intake deadline of dossiers submitted online: 8 working hours from the submission; outside
// working hours the clock starts 1 working hour after the office opens (QĐ 35/2022 Tây Ninh).
import { intakeDeadline } from 'vn-worktime/tthc';

const show = (label, r) => console.log(`${label}: clock starts ${r.clockStart.toISO()}, deadline ${r.deadline.toISO()}`);

show('Tuesday 09:00 (working hours)', intakeDeadline('2026-03-10T09:00'));
show('Friday 20:00 (off hours)', intakeDeadline('2026-03-13T20:00'));
show('Friday 20:00, grace 0', intakeDeadline('2026-03-13T20:00', { offHoursGrace: 0 }));
show('Friday 16:45 before Tết', intakeDeadline('2026-02-13T16:45'));

// Each result explains itself, in Vietnamese and English, with its legal source.
for (const b of intakeDeadline('2026-03-13T20:00').basis) console.log(`- ${b.vi}${b.source ? ` (${b.source})` : ''}`);
