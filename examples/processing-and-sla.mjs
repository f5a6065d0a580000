// A processing deadline in working days (over Tết), with a pause and an extension, then the SLA
// status of a few dossiers and the report of a dashboard.
import { processingDeadline, slaStatus, summarize } from 'vn-worktime/tthc';

const r = processingDeadline('2026-02-13T16:30', { workingDays: 5 });
console.log(`5 working days from 13/02/2026 16:30: ${r.deadline.toISO()} (due ${r.dueDate})`);

const adjusted = processingDeadline('2026-03-02T09:00', { workingDays: 3 }, {
  pauses: [{ from: '2026-03-03T09:00', to: '2026-03-05T09:00' }],              // waiting for a supplement
  extensions: [{ workingDays: 2, reason: 'Xác minh thực địa' }],              // a site visit
});
console.log(`3 working days, paused 2 days, extended 2 days: due ${adjusted.dueDate}`);
for (const b of adjusted.basis) console.log(`- ${b.en}`);

const deadline = '2026-02-27T17:00';
for (const completedAt of ['2026-02-26T17:00', '2026-02-27T16:59', '2026-03-02T08:00']) {
  const s = slaStatus({ deadline, completedAt });
  console.log(`completed ${completedAt}: ${s.status} (margin ${s.margin.as('minutes')} working minutes)`);
}
console.log(`not completed on 2026-03-02T08:00: ${slaStatus({ deadline, now: '2026-03-02T08:00' }).status}`);

const report = await summarize(
  [
    { id: 'A', channel: 'online', deadline, completedAt: '2026-02-26T10:00' },
    { id: 'B', channel: 'direct', deadline, completedAt: '2026-02-27T16:59' },
    { id: 'C', channel: 'postal', acceptedAt: '2026-02-13T16:30', period: { workingDays: 5 } },
  ],
  { now: '2026-03-02T09:00' },
);
console.log(`late rate ${report.lateRate.toFixed(3)}, on-time rate ${report.onTimeRate.toFixed(3)}`);
